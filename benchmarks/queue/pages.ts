import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PageToEnqueue } from '../../src/bullmq/index.js';

/** Page files the bench takes from its directory (as the CLI takes from a directory). */
const PAGE_FILES = /\.(?:html?|xhtml|txt)$/i;

/** The page files under `dir` (recursively, sorted), as bytes. */
export function readPages(dir: string): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (PAGE_FILES.test(entry)) out.push({ name: path, bytes: new Uint8Array(readFileSync(path)) });
    }
  };
  walk(dir);
  if (out.length === 0) throw new Error(`no page files (.html, .htm, .xhtml, .txt) under ${dir}`);
  return out;
}

/** `count` jobs cycling through the pages, each with its own id (run tag + index). */
export function jobsOf(pages: readonly { name: string; bytes: Uint8Array }[], count: number, tag: string): PageToEnqueue[] {
  return Array.from({ length: count }, (_, i) => {
    const page = pages[i % pages.length]!;
    return { id: `${tag}/${i}`, bytes: page.bytes };
  });
}
