/** The corpus: its pages read into memory, grouped by set. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { SiftInput, Sifter } from '../../src/index.js';
import { errorMessage } from '../error-message.js';
import { log } from './log.js';
import { usage } from './options.js';
import { sum } from './stats.js';

export const DEFAULT_SETS = ['readability', 'zh-gbk'];
const TRUTH_FILE = 'truth.json';

export interface Page {
  set: string;
  id: string;
  file: string;
  kind: 'html' | 'text';
  bytes: Uint8Array;
  input: SiftInput;
  /** Charset of pagesift's report (filled by the warm-up pass); null for text pages. */
  charset: string | null;
}

export const utf8 = new TextDecoder('utf-8');

/** Sub-directories of `dir` (symbolic links to directories too), sorted; hidden ones skipped. */
async function listDirs(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory() || (e.isSymbolicLink() && (await stat(join(dir, e.name)).catch(() => null))?.isDirectory() === true)) out.push(e.name);
  }
  return out.sort();
}

const PAGE_FILE = /\.(?:html?|txt)$/i;

/** The page of a case folder: truth.json's `input` when it names one, else page.html, else page.txt, else its only .html/.htm file. */
async function caseInput(caseDir: string): Promise<string | undefined> {
  const files = (await readdir(caseDir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  if (files.includes(TRUTH_FILE)) {
    const path = join(caseDir, TRUTH_FILE);
    let truth: { input?: unknown };
    try {
      truth = JSON.parse(await readFile(path, 'utf8')) as { input?: unknown };
    } catch (e) {
      throw new Error(`${path}: ${errorMessage(e)}`);
    }
    if (typeof truth.input === 'string' && files.includes(truth.input)) return truth.input;
  }
  for (const name of ['page.html', 'page.txt']) if (files.includes(name)) return name;
  const html = files.filter((f) => /\.html?$/i.test(f));
  return html.length === 1 ? html[0] : undefined;
}

async function readPage(set: string, id: string, file: string): Promise<Page> {
  const bytes = new Uint8Array(await readFile(file));
  const kind = file.toLowerCase().endsWith('.txt') ? 'text' : 'html';
  return { set, id, file, kind, bytes, input: kind === 'text' ? { text: utf8.decode(bytes) } : { bytes }, charset: null };
}

async function readCases(setDir: string, set: string): Promise<Page[]> {
  const pages: Page[] = [];
  for (const id of await listDirs(setDir)) {
    const name = await caseInput(join(setDir, id));
    if (name === undefined) log(`warning: ${join(setDir, id)} holds no page (page.html, page.txt or one .html file); skipped`);
    else pages.push(await readPage(set, id, join(setDir, id, name)));
  }
  return pages;
}

async function isCase(dir: string): Promise<boolean> {
  return (await caseInput(dir)) !== undefined;
}

/**
 * What a corpus directory holds, so the bench runs on any folder of pages, not only on the
 * development corpus:
 *   - a corpus of sets (<dir>/<set>/<case>/page.html, truth.json optional): the sets asked for
 *     with --sets; without --sets, readability and zh-gbk when it has them, else all its sets;
 *   - one set (<dir>/<case>/page.html): that set, named after the directory;
 *   - any other folder: every .html/.htm/.txt file under it, as one set named after the directory.
 */
export async function readCorpus(corpus: string, requested: readonly string[] | null): Promise<{ sets: string[]; pages: Page[] }> {
  const dirs = await listDirs(corpus);
  const setsWithCases: string[] = [];
  for (const dir of dirs) {
    for (const sub of await listDirs(join(corpus, dir))) {
      if (await isCase(join(corpus, dir, sub))) {
        setsWithCases.push(dir);
        break;
      }
    }
  }
  if (requested !== null) {
    const unknown = requested.filter((s) => !setsWithCases.includes(s));
    if (unknown.length > 0) usage(`unknown set(s): ${unknown.join(', ')} (corpus has: ${setsWithCases.join(', ') || 'no sets of cases'})`);
    return { sets: [...requested], pages: (await Promise.all(requested.map((s) => readCases(join(corpus, s), s)))).flat() };
  }
  if (setsWithCases.length > 0) {
    const defaults = DEFAULT_SETS.filter((s) => setsWithCases.includes(s));
    const sets = defaults.length > 0 ? defaults : setsWithCases;
    if (defaults.length === 0) log(`no ${DEFAULT_SETS.join(' or ')} set in this corpus: using all its sets (${sets.join(', ')})`);
    return { sets, pages: (await Promise.all(sets.map((s) => readCases(join(corpus, s), s)))).flat() };
  }
  const name = basename(corpus);
  for (const dir of dirs) if (await isCase(join(corpus, dir))) return { sets: [name], pages: await readCases(corpus, name) };
  const files: string[] = [];
  for (const entry of await readdir(corpus, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && PAGE_FILE.test(entry.name) && !entry.name.startsWith('.')) files.push(join(entry.parentPath, entry.name));
  }
  files.sort();
  return { sets: [name], pages: await Promise.all(files.map((f) => readPage(name, relative(corpus, f), f))) };
}

export function groupBySet(pages: readonly Page[]): Map<string, Page[]> {
  const out = new Map<string, Page[]>();
  for (const p of pages) {
    const list = out.get(p.set) ?? [];
    list.push(p);
    out.set(p.set, list);
  }
  return out;
}

export const bytesOf = (pages: readonly Page[]): number => sum(pages.map((p) => p.bytes.byteLength));

/** One pass of `sifter.sift` over the pages; a page that throws is skipped (the first warm-up pass reports and counts errors). */
export function siftAllQuietly(sifter: Sifter, pages: readonly Page[]): void {
  for (const page of pages) {
    try {
      sifter.sift(page.input);
    } catch {
      // reported and counted by the first warm-up pass
    }
  }
}
