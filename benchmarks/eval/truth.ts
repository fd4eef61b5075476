/** Reading the corpus: a case's truth.json (format: the corpus README) and its page. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BODY_LABELS_DIR, bodyLabelsOf, labelledBody, type BodyConvention } from '../corpus/body-labels.js';
import { corrected } from '../corpus/corrections.js';
import type { SnippetGold } from '../metric.js';
import type { SiftInput } from './report.js';

export const TRUTH_FILE = 'truth.json';
const INPUT_HTML = 'page.html';
const INPUT_TEXT = 'page.txt';

export interface Truth {
  input: string;
  lang: string | null;
  /** WCXB's own type when the set keeps it (`wcxbPageType`), else truth.json `pageType`. */
  pageType: string | null;
  body: string | null;
  snippets: SnippetGold | null;
  spam: string[];
  pageSpam: boolean;
  /** The page's address when truth.json gives one (`url`), else null: the eval's per-page records name the site by it. */
  url: string | null;
}

export function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

export function parseTruth(json: string, where: string): Truth {
  const bad = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  const t = JSON.parse(json) as Record<string, unknown>;
  const { input, lang, body, snippets, spam, pageSpam, pageType, wcxbPageType, url } = t;
  if (input !== INPUT_HTML && input !== INPUT_TEXT) bad(`input must be ${INPUT_HTML} or ${INPUT_TEXT}`);
  if (lang !== null && typeof lang !== 'string') bad('lang must be a string or null');
  if (body !== null && typeof body !== 'string') bad('body must be a string or null');
  let snippetGold: SnippetGold | null = null;
  if (snippets !== null && snippets !== undefined) {
    const s = snippets as Record<string, unknown>;
    if (!isStringArray(s.body) || !isStringArray(s.boilerplate)) bad('snippets.body/boilerplate must be string arrays');
    snippetGold = { body: s.body as string[], boilerplate: s.boilerplate as string[] };
  }
  if (!isStringArray(spam)) bad('spam must be a string array');
  if (typeof pageSpam !== 'boolean') bad('pageSpam must be a boolean');
  return {
    input: input as string,
    lang: (lang as string | null) ?? null,
    pageType: typeof wcxbPageType === 'string' ? wcxbPageType : typeof pageType === 'string' ? pageType : null,
    body: body as string | null,
    snippets: snippetGold,
    spam: spam as string[],
    pageSpam: pageSpam as boolean,
    url: typeof url === 'string' ? url : null,
  };
}

/**
 * The folders in `dir` (sets of a corpus, cases of a set), names starting with a dot left out.
 * A symbolic link to a folder counts as one: a set put together from links to other sets' cases
 * (or a part of a set linked into a scratch corpus) is read like any other (session 43 found
 * such links silently skipped).
 */
export async function listDirs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory() || (e.isSymbolicLink() && (await isDirectoryBehind(join(dir, e.name))))) names.push(e.name);
  }
  return names.sort();
}

/** Whether a symbolic link leads to a folder; a broken link is an error naming it, not a folder quietly missing. */
async function isDirectoryBehind(link: string): Promise<boolean> {
  try {
    return (await stat(link)).isDirectory();
  } catch (error) {
    throw new Error(`${link}: a symbolic link that leads nowhere (${(error as Error).message})`);
  }
}

const utf8 = new TextDecoder('utf-8');

export async function readInput(caseDir: string, truth: Truth): Promise<SiftInput> {
  const bytes = new Uint8Array(await readFile(join(caseDir, truth.input)));
  return truth.input === INPUT_HTML ? { bytes } : { text: utf8.decode(bytes) };
}

/**
 * A case's truth as the eval scores it: truth.json, with its correction (corrections.json) and,
 * for a set with body labels (benchmarks/labels/body/<set>.json), the body made from the page by
 * the labels' selectors in the convention asked for. Sets without a labels file are read as
 * truth.json says, whatever the convention.
 */
export async function readCaseTruth(corpus: string, set: string, id: string, convention: BodyConvention, labelsDir: string = BODY_LABELS_DIR): Promise<Truth> {
  const caseDir = join(corpus, set, id);
  const truth = corrected(set, id, parseTruth(await readFile(join(caseDir, TRUTH_FILE), 'utf8'), `${set}/${id}/${TRUTH_FILE}`));
  const labels = bodyLabelsOf(set, labelsDir);
  if (labels === null) return truth;
  if (truth.body !== null) throw new Error(`${set}/${id}: truth.json has a body and the set has body labels; one gold only`);
  if (truth.input !== INPUT_HTML) throw new Error(`${set}/${id}: body labels need an HTML page, the case's input is ${truth.input}`);
  const bytes = new Uint8Array(await readFile(join(caseDir, truth.input)));
  return { ...truth, body: labelledBody(labels, id, bytes, convention) };
}
