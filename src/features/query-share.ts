/**
 * How much of a page is about one query: the page's text cut into fragments where a results page
 * cuts its entries (a snippet's ellipsis, a " - " or " – " before a site's name, a shown host name,
 * a snippet cut before its full stop " 。", a segment's end), and the share of the fragments that
 * hold the page's most widespread run of three Han characters. A page of search results for one
 * query repeats the query in nearly every entry ("英語夏令營的名字? - 已回答 - … 靜修英語夏令營的問題 …
 * 2006康橋英語夏令營學員分享 …"); a page stitched from unrelated texts does not. Read by the rule
 * spam.scraped-results with `page.resultSites` (result-sites.ts): a page of one site's own items
 * on one subject repeats its subject as much, so the share alone says little.
 *
 * Han text only (a page with no Han fragment has share 0). The text is the normalised one
 * (Traditional → Simplified, lower case), so both scripts of a query count as one.
 */

/**
 * A fragment shorter than this (in UTF-16 units) is a separator's leftover, not an entry: a site
 * name between two dashes (" - 生活誌 - "). Set by reading the pool's results pages (session 23),
 * not tuned: their entries run 15–150 characters.
 */
export const QUERY_FRAGMENT_MIN_CHARS = 8;
/**
 * Below this many fragments a page is one or two texts, not a list of entries: share 0. Set by
 * reading, not tuned: the results pages spam.scraped-results finds in the pool's training folds
 * hold 6 to 53 entries in their 1,000 characters.
 */
export const QUERY_MIN_FRAGMENTS = 4;
/** The page text read (characters): the first entries of a results page show its query; a 10 MB page is not read whole. */
export const QUERY_MAX_CHARS = 20_000;
/** Han characters in a row that stand for the query: two would match any common word (我们, 可以) in every entry. */
const QUERY_RUN = 3;

// the places a results page cuts between entries; runs of 3–6 dots (longer ones are leaders, as in
// ellipses.ts) and host names as in result-sites.ts (lower case: the text is normalised), bounded
// repetitions, a host tried only where a label starts
const ENTRY_CUT = /\.{3,6}|…{1,2}| [-–—|] | 。|(?<![a-z0-9-])(?:[a-z0-9-]{1,63}\.){1,6}(?:com|net|org|tw|cn|hk|jp)(?![\w.-])|\n/g;
const HAN = /\p{Script=Han}/u;

/** The page's fragments (see the module comment). */
export function queryFragments(texts: readonly string[]): string[] {
  const out: string[] = [];
  let read = 0;
  for (const text of texts) {
    if (read >= QUERY_MAX_CHARS) break;
    const part = text.slice(0, QUERY_MAX_CHARS - read);
    read += part.length;
    for (const fragment of part.split(ENTRY_CUT)) if (fragment.trim().length >= QUERY_FRAGMENT_MIN_CHARS) out.push(fragment);
  }
  return out;
}

/** HAN's answer for each BMP code point once asked (0: not yet, 1: Han, 2: not): fragments are read a character at a time. */
const hanBmp = new Uint8Array(0x10000);

function isHan(codePoint: number): boolean {
  if (codePoint > 0xffff) return HAN.test(String.fromCodePoint(codePoint));
  let known = hanBmp[codePoint]!;
  if (known === 0) known = hanBmp[codePoint] = HAN.test(String.fromCharCode(codePoint)) ? 1 : 2;
  return known === 1;
}

/** The Han runs of QUERY_RUN characters (code points) a fragment holds, each once. */
export function hanRuns(fragment: string): Set<string> {
  const runs = new Set<string>();
  let hanInRow = 0;
  // where the last QUERY_RUN code points start: a run is the text from the first of them on
  const starts = new Int32Array(QUERY_RUN);
  for (let i = 0, k = 0; i < fragment.length; k++) {
    const codePoint = fragment.codePointAt(i)!;
    const next = i + (codePoint > 0xffff ? 2 : 1);
    starts[k % QUERY_RUN] = i;
    hanInRow = isHan(codePoint) ? hanInRow + 1 : 0;
    if (hanInRow >= QUERY_RUN) runs.add(fragment.slice(starts[(k + 1) % QUERY_RUN]!, next));
    i = next;
  }
  return runs;
}

/** The share of the page's fragments that hold its most widespread Han run (0 below QUERY_MIN_FRAGMENTS fragments). */
export function queryShare(texts: readonly string[]): number {
  const fragments = queryFragments(texts);
  if (fragments.length < QUERY_MIN_FRAGMENTS) return 0;
  const holding = new Map<string, number>();
  let most = 0;
  for (const fragment of fragments) {
    for (const run of hanRuns(fragment)) {
      const n = (holding.get(run) ?? 0) + 1;
      holding.set(run, n);
      if (n > most) most = n;
    }
  }
  return most / fragments.length;
}
