/**
 * Copies of phrases in a page's text, found without scanning the page for each phrase. The inline
 * stage asks, for each candidate run, how often its text occurs on the page (a term phrase, a glued
 * term, an opening keyword: at most a few copies) and where (a cut's copies, extend.ts). Each
 * question scanned the whole page text when the phrase was rare, which made a page's cost grow
 * with runs × page: 4,000 paragraphs that each hold a term phrase of their own (370 K characters)
 * spent a third of their time in these scans (session 27).
 *
 * The index: every position of the text sorted by the two UTF-16 units starting there (its
 * bigram), positions in text order within a bigram: two counting sorts, linear in the page. A
 * phrase's copies all start at a copy of each of its bigrams, so the candidates are the positions
 * of its rarest bigram, each checked against the whole phrase, in text order: the same copies a
 * scan finds, in the same order, taken by the same rule (not overlapping, each search going on
 * after the copy before). Answers are the scan's, exactly.
 *
 * Most pages ask a few questions, which a scan answers faster than the index is built: the index
 * is built once the page's scans have read INDEX_AFTER_SCANNED_PAGES times its text.
 */

/**
 * Scans of the page text, in page lengths, after which the index is built. A scan (String
 * indexOf) reads under 1 ns a character; building the index costs 50 to 180 scans (session 27,
 * 700 K characters of Han text on the shared machine: a scan ~0.5 ms, the index 25 to 90 ms), so
 * a page builds it once its scans have cost about as much: the page's cost stays linear, within
 * twice the cheaper of the two ways. On the guard sets (l3s-gn1, readability, zh-gbk; session 27)
 * 75 of 349 pages ask questions; 10 of them scan 8 to 16 page lengths in all, one 121 (it builds
 * the index), the others fewer.
 */
export const INDEX_AFTER_SCANNED_PAGES = 64;

/** Symbols of the sort: a UTF-16 unit + 1, and 0 for "no unit" (the text's end). */
const SYMBOLS = 0x10001;

export interface PageTextIndex {
  /** Copies of `needle` in the text, not overlapping, counted up to `atMost` (support.ts occurrences). */
  occurrences(needle: string, atMost?: number): number;
  /** Where the copies of `needle` start, not overlapping, the first `max` of them in text order (extend.ts). */
  starts(needle: string, max: number): number[];
}

interface BigramIndex {
  /** Every position, sorted by (unit at it, unit after it, position). */
  order: Int32Array;
  /** Where each first unit's positions start in `order` (UTF-16 unit → index; one more entry at the end). */
  firstStart: Int32Array;
}

/** The symbol of the unit after position `i`: the unit + 1, or 0 at the text's end. */
function secondOf(text: string, i: number): number {
  return i + 1 < text.length ? text.charCodeAt(i + 1) + 1 : 0;
}

function buildBigramIndex(text: string): BigramIndex {
  const n = text.length;
  // by the second unit, then (stable) by the first: positions stay in text order within a bigram
  const counts = new Int32Array(SYMBOLS + 1);
  for (let i = 0; i < n; i++) counts[secondOf(text, i) + 1]!++;
  for (let c = 1; c <= SYMBOLS; c++) counts[c]! += counts[c - 1]!;
  const bySecond = new Int32Array(n);
  for (let i = 0; i < n; i++) bySecond[counts[secondOf(text, i)]!++] = i;
  const firstStart = new Int32Array(0x10000 + 1);
  for (let i = 0; i < n; i++) firstStart[text.charCodeAt(i) + 1]!++;
  for (let c = 1; c <= 0x10000; c++) firstStart[c]! += firstStart[c - 1]!;
  const next = firstStart.slice();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = bySecond[k]!;
    order[next[text.charCodeAt(i)]!++] = i;
  }
  return { order, firstStart };
}

/** The range [from, to) of `order` holding the positions of the bigram (first, second) (second: a unit + 1, or 0 for the end). */
function bigramRange(text: string, { order, firstStart }: BigramIndex, first: number, second: number): [number, number] {
  let lo = firstStart[first]!;
  let hi = firstStart[first + 1]!;
  // the first position whose second unit is not below `second`, then the first above it
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (secondOf(text, order[mid]!) < second) a = mid + 1;
    else b = mid;
  }
  lo = a;
  b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (secondOf(text, order[mid]!) <= second) a = mid + 1;
    else b = mid;
  }
  hi = a;
  return [lo, hi];
}

/** The positions of the first `max` copies of `needle` (not overlapping) read off the index, in text order. */
function indexedStarts(text: string, index: BigramIndex, needle: string, max: number): number[] {
  const out: number[] = [];
  if (needle.length === 1) {
    // a single unit's copies never overlap: its positions, sorted
    const code = needle.charCodeAt(0);
    const positions = index.order.slice(index.firstStart[code]!, index.firstStart[code + 1]!).sort();
    for (let k = 0; k < positions.length && out.length < max; k++) out.push(positions[k]!);
    return out;
  }
  // the rarest bigram of the needle: every copy holds it, at the same offset
  let best: [number, number] | undefined;
  let offset = 0;
  for (let j = 0; j + 1 < needle.length; j++) {
    const range = bigramRange(text, index, needle.charCodeAt(j), needle.charCodeAt(j + 1) + 1);
    if (best === undefined || range[1] - range[0] < best[1] - best[0]) {
      best = range;
      offset = j;
      if (range[1] === range[0]) return out;
    }
  }
  const [lo, hi] = best!;
  let from = 0;
  for (let k = lo; k < hi && out.length < max; k++) {
    const start = index.order[k]! - offset;
    if (start < from) continue;
    if (!text.startsWith(needle, start)) continue;
    out.push(start);
    from = start + needle.length;
  }
  return out;
}

/** The index of a page's text (see above), built once its scans have read `afterScannedPages` times the text (0: at the first question). */
export function pageTextIndex(text: string, afterScannedPages: number = INDEX_AFTER_SCANNED_PAGES): PageTextIndex {
  let index: BigramIndex | undefined;
  let scanned = 0;
  const indexed = (): BigramIndex | undefined => {
    if (index === undefined && scanned >= afterScannedPages * text.length) index = buildBigramIndex(text);
    return index;
  };
  const starts = (needle: string, max: number): number[] => {
    if (needle.length === 0 || max <= 0) return [];
    const built = indexed();
    if (built !== undefined) return indexedStarts(text, built, needle, max);
    const out: number[] = [];
    let from = 0;
    while (out.length < max) {
      const at = text.indexOf(needle, from);
      if (at === -1) break;
      out.push(at);
      from = at + needle.length;
    }
    // a search that stopped at its max-th copy read up to it; one that found fewer read the whole text
    scanned += out.length < max ? text.length : from;
    return out;
  };
  return {
    occurrences(needle, atMost = Number.POSITIVE_INFINITY) {
      return starts(needle, atMost).length;
    },
    starts,
  };
}
