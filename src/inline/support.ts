import { isCjkUnit } from '../bayes/tokens.js';
import { isWordUnit } from '../tokenize/word-chars.js';

/**
 * Does the page use a candidate's words anywhere but in the candidate's own copies? A page about
 * hair removal says 全身脱毛 five times, and 脱毛 in a dozen other phrases besides; a hijack kit's
 * string (劲霸男装广告片,丁香干妹妹成人 小说) is spliced in whole, and its words occur nowhere else
 * on the page. This holds whatever the words are, so it carries over to kits whose vocabulary the
 * Bayes table has never seen.
 *
 * Units: each pair of adjacent Han or kana characters (a single one where it stands alone), and
 * each word of other letters and digits. `support` is the share of a candidate's distinct units
 * that occur on the page more often than its copies account for.
 */

/** Calls `visit` with each unit of `text` in order. */
export function forEachUnit(text: string, visit: (unit: string) => void): void {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isCjkUnit(code)) {
      let end = i + 1;
      while (end < text.length && isCjkUnit(text.charCodeAt(end))) end++;
      if (end - i === 1) visit(text[i]!);
      for (let j = i; j + 1 < end; j++) visit(text.slice(j, j + 2));
      i = end;
    } else if (isWordUnit(code)) {
      let end = i + 1;
      while (end < text.length && isWordUnit(text.charCodeAt(end)) && !isCjkUnit(text.charCodeAt(end))) end++;
      visit(text.slice(i, end));
      i = end;
    } else {
      i++;
    }
  }
}

/** Counts of every unit of a page's text. */
export function unitCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  forEachUnit(text, (unit) => counts.set(unit, (counts.get(unit) ?? 0) + 1));
  return counts;
}

/** Occurrences of `needle` in `haystack`, not overlapping; the count stops at `atMost`. */
export function occurrences(haystack: string, needle: string, atMost: number = Number.POSITIVE_INFINITY): number {
  if (needle.length === 0) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1 && count < atMost; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * The share of `run`'s distinct units that the page (`pageCounts`, the units of `pageText`) uses
 * outside the copies of `run`. A run with no units has support 1 (nothing marks it as foreign).
 */
export function pageSupport(run: string, pageText: string, pageCounts: ReadonlyMap<string, number>): number {
  const inRun = unitCounts(run);
  if (inRun.size === 0) return 1;
  const copies = Math.max(1, occurrences(pageText, run));
  let supported = 0;
  for (const [unit, count] of inRun) if ((pageCounts.get(unit) ?? 0) > count * copies) supported++;
  return supported / inRun.size;
}
