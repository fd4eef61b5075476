import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The README's code examples, as a user copies them, pointed at this checkout's sources. */

export const ROOT = resolve(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** tsx's loader by its path, so that an example also runs from a directory outside the checkout (`--import tsx` is looked up from the working directory). */
export const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** The code block after `<!-- example:NAME -->` in README.md. */
export function readmeBlock(marker: string): string {
  const at = README.indexOf(marker);
  if (at < 0) throw new Error(`README lacks ${marker}`);
  const match = /```\w*\n([^]*?)```/.exec(README.slice(at));
  if (!match) throw new Error(`no code block after ${marker}`);
  return match[1]!;
}

/**
 * An example with the package's specifiers pointed at this checkout: `'pagesift'` and
 * `'pagesift/bullmq'` at their sources, and `import.meta.resolve('pagesift/package.json')` (how
 * an example finds the files the package ships) at this package.json. Nothing else is changed.
 */
export function againstCheckout(code: string): string {
  return code
    .replaceAll("from 'pagesift'", `from ${JSON.stringify(join(ROOT, 'src', 'index.ts'))}`)
    .replaceAll("from 'pagesift/bullmq'", `from ${JSON.stringify(join(ROOT, 'src', 'bullmq', 'index.ts'))}`)
    .replaceAll("import.meta.resolve('pagesift/package.json')", JSON.stringify(pathToFileURL(join(ROOT, 'package.json')).href));
}
