import { readFile, writeFile } from 'node:fs/promises';

/**
 * Generated sections of benchmarks/RESULTS.md: each script owns the text between its
 * `<!-- NAME:start -->` and `<!-- NAME:end -->` markers and never touches the rest.
 */

export function markers(name: string): { start: string; end: string } {
  return { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` };
}

/** Puts `section` between the markers of `existing` (appended, with markers and an optional heading, if there are none). */
export function replaceSection(existing: string | null, name: string, section: string, heading?: string): string {
  const { start: open, end: close } = markers(name);
  const block = `${open}\n${section.trimEnd()}\n${close}`;
  const appended = heading ? `${heading}\n\n${block}` : block;
  if (existing === null || existing.length === 0) return `${appended}\n`;
  const start = existing.indexOf(open);
  const end = existing.indexOf(close);
  if (start === -1 && end === -1) return `${existing.replace(/\n*$/, '\n\n')}${appended}\n`;
  if (start === -1 || end === -1 || end < start) throw new Error(`unbalanced ${open} / ${close} markers`);
  return existing.slice(0, start) + block + existing.slice(end + close.length);
}

/** The file's text, or null when it does not exist. */
export async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Replace (or append) the named section of a markdown file. */
export async function writeSection(file: string, name: string, section: string, heading?: string): Promise<void> {
  await writeFile(file, replaceSection(await readOptional(file), name, section, heading));
}
