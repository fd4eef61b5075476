import { pageTextIndex, type PageTextIndex } from './text-index.js';

/**
 * A hijack kit splices the same keyword string into a page again and again, word for word
 * ("荧光绿,新?大雄的大魔境,李玲玉裸体艺术照" five times into a factory's page about 線棒), but the
 * candidates of candidates.ts are runs of spam-leaning characters: the cut often holds only the
 * string's strongest part ("裸体艺术照") and leaves the rest of the string in the page's text. Where
 * the cut phrase occurs several times on the page, the text the copies share on either side belongs
 * to the spliced string too: the page's own sentences around each copy differ. So a cut grows to
 * the longest stretch around it that every copy on the page shares.
 *
 * Out of fold on the pool's training folds (session 19, benchmarks/RESULTS.md): spam-token recall
 * rose on 75 documents and precision fell on none (token F1 0.482 -> 0.497; zh-Hant 0.671 -> 0.710),
 * and no page of the development corpus changed. The verdict still counts the phrase the evidence
 * found (split.ts inlineCountOnceKey), so no verdict moved either.
 */

/** The cut phrase must occur at least this often on the page: with one copy there is nothing to compare. */
export const EXTEND_MIN_COPIES = 2;
/** Copies compared at most (a kit splices a string a handful of times; hundreds are a list, not a kit). */
export const EXTEND_MAX_COPIES = 64;
/**
 * A side grows by at least this many shared characters, or not at all: two copies may share one
 * character beside the phrase by chance (a comma, 的).
 */
export const EXTEND_MIN_CHARS = 2;
/**
 * A side that the copies share for this many characters or more is a passage the page repeats (a
 * text window's two halves overlapping, a mobile copy of the article), not a keyword string: the cut
 * does not grow at all. The kit strings of the pool's labels are at most ~40 characters.
 */
export const EXTEND_MAX_CHARS = 48;

/**
 * How many characters every copy shares on one side (`step` -1: before the copies' starts, +1:
 * after their ends), stopping at a line break (the page text joins its segments with "\n": a cut
 * never grows across a segment) and at EXTEND_MAX_CHARS.
 */
function shared(pageText: string, edges: readonly number[], step: -1 | 1): number {
  let n = 0;
  for (; n < EXTEND_MAX_CHARS; n++) {
    const offset = step === -1 ? -(n + 1) : n;
    const first = edges[0]! + offset;
    if (first < 0 || first >= pageText.length) return n;
    const ch = pageText[first]!;
    if (ch === '\n') return n;
    for (let k = 1; k < edges.length; k++) {
      const i = edges[k]! + offset;
      if (i < 0 || i >= pageText.length || pageText[i] !== ch) return n;
    }
  }
  return n;
}

/**
 * The characters a cut of `run` grows by on each side: what every copy of the run on the page
 * shares (see above), 0 on a side under EXTEND_MIN_CHARS, and 0 on both when either side reaches
 * EXTEND_MAX_CHARS. `pageText` is the page's normalised segment texts joined by "\n" (candidates.ts
 * PageContext.normalizedText), `run` the cut's normalised text; `index` finds the run's copies
 * in `pageText` (at most EXTEND_MAX_COPIES, not overlapping: text-index.ts).
 */
export function sharedContext(pageText: string, run: string, index: Pick<PageTextIndex, 'starts'> = pageTextIndex(pageText)): { before: number; after: number } {
  const none = { before: 0, after: 0 };
  if (run.length === 0) return none;
  const copies = index.starts(run, EXTEND_MAX_COPIES);
  if (copies.length < EXTEND_MIN_COPIES) return none;
  const before = shared(pageText, copies, -1);
  const after = shared(pageText, copies.map((c) => c + run.length), 1);
  if (before >= EXTEND_MAX_CHARS || after >= EXTEND_MAX_CHARS) return none;
  return { before: before >= EXTEND_MIN_CHARS ? before : 0, after: after >= EXTEND_MIN_CHARS ? after : 0 };
}
