import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';

/**
 * Stopword lists, one per language (`data/stopwords/<lang>.txt`, one word a line, `#` comments).
 * English, Chinese and Japanese are counted on every page: the rules were set and fitted on pages
 * in those languages, whose scripts keep the three lists apart, and Chinese and Japanese pages
 * carry English menus and names. Any other list is counted only on a page whose words it covers
 * more often than those three together (pageStopwords): the page is in that language. Merged into
 * one set, the other lists' words would count on every English page (German die and war, French
 * and Spanish la, de, son, Italian con and per).
 *
 * A list may carry a scale (data/stopwords/scales.json, fitted on real text by
 * benchmarks/stopwords/scales.ts): its language's prose has fewer stopwords than English prose (a
 * Vietnamese list counts syllables, Indonesian glues function words to stems), and the ratio of
 * its pages is multiplied by the scale so that `body.stopwords`' line, drawn on English prose,
 * means the same there.
 */
export const EVERY_PAGE_STOPWORD_LANGUAGES: readonly string[] = ['en', 'ja', 'zh'];

export interface StopwordLists {
  /** The words of EVERY_PAGE_STOPWORD_LANGUAGES' lists. */
  everyPage: ReadonlySet<string>;
  /** Each other language: its own words (to tell the page's language) and everyPage with them (the set its pages count). */
  languages: readonly { language: string; own: ReadonlySet<string>; counted: ReadonlySet<string>; scale: number }[];
  /** Each word of the other lists: the indices into `languages` of the lists holding it (one lookup a word per page). */
  listsOf: ReadonlyMap<string, readonly number[]>;
}

function words(text: string, normalize: (s: string) => string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((word) => word !== '' && !word.startsWith('#'))
    .map(normalize);
}

/** The stopwords a page counts, and the factor its ratio is multiplied by. */
export interface PageStopwords {
  words: ReadonlySet<string>;
  scale: number;
}

/** The scales file's name in the stopwords folder. */
export const STOPWORD_SCALES_FILE = 'scales.json';

const scalesSchema = z.object({ scales: z.record(z.string(), z.number().min(1).max(4)) });

async function readScales(dir: string, names: readonly string[]): Promise<Readonly<Record<string, number>>> {
  if (!names.includes(STOPWORD_SCALES_FILE)) return {};
  return scalesSchema.parse(JSON.parse(await readFile(join(dir, STOPWORD_SCALES_FILE), 'utf8'))).scales;
}

/** Load every `data/stopwords/<lang>.txt`, and the scales of data/stopwords/scales.json. */
export async function loadStopwords(dir: string, normalize: (s: string) => string): Promise<StopwordLists> {
  const names = await readdir(dir);
  const scales = await readScales(dir, names);
  const everyPage = new Set<string>();
  const others: { language: string; own: Set<string> }[] = [];
  for (const file of names.filter((f) => f.endsWith('.txt')).sort()) {
    const language = basename(file, '.txt');
    const list = words(await readFile(join(dir, file), 'utf8'), normalize);
    if (EVERY_PAGE_STOPWORD_LANGUAGES.includes(language)) for (const word of list) everyPage.add(word);
    else others.push({ language, own: new Set(list) });
  }
  const listsOf = new Map<string, number[]>();
  others.forEach(({ own }, index) => {
    for (const word of own) listsOf.set(word, [...(listsOf.get(word) ?? []), index]);
  });
  return { everyPage, languages: others.map(({ language, own }) => ({ language, own, counted: new Set([...everyPage, ...own]), scale: scales[language] ?? 1 })), listsOf };
}

/**
 * The stopwords counted on a page, from the words of its segments: everyPage, and with it the list
 * of another language whose words occur on the page more often than everyPage's do (the one with the
 * most, when several do).
 */
export function pageStopwords(lists: StopwordLists, segmentWords: readonly (readonly string[])[]): PageStopwords {
  const everyPage = { words: lists.everyPage, scale: 1 };
  if (lists.languages.length === 0) return everyPage;
  let everyPageHits = 0;
  const hits = new Array<number>(lists.languages.length).fill(0);
  for (const segment of segmentWords) {
    for (const word of segment) {
      if (lists.everyPage.has(word)) everyPageHits++;
      const holding = lists.listsOf.get(word);
      if (holding !== undefined) for (const i of holding) hits[i]!++;
    }
  }
  let best = -1;
  for (let i = 0; i < hits.length; i++) if (hits[i]! > everyPageHits && (best < 0 || hits[i]! > hits[best]!)) best = i;
  if (best < 0) return everyPage;
  const { counted, scale } = lists.languages[best]!;
  return { words: counted, scale };
}

/** The share of `words` that are stopwords, times `scale` (at most 1). */
export function stopwordRatio(words: readonly string[], stopwords: ReadonlySet<string>, scale = 1): number {
  if (words.length === 0) return 0;
  let n = 0;
  for (const word of words) if (stopwords.has(word)) n++;
  return Math.min(1, (n / words.length) * scale);
}
