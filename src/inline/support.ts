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

/** Calls `visit` with the span `[start, end)` of each unit of `text` in order. */
function forEachUnitSpan(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isCjkUnit(code)) {
      let end = i + 1;
      while (end < text.length && isCjkUnit(text.charCodeAt(end))) end++;
      if (end - i === 1) visit(i, i + 1);
      for (let j = i; j + 1 < end; j++) visit(j, j + 2);
      i = end;
    } else if (isWordUnit(code)) {
      let end = i + 1;
      while (end < text.length && isWordUnit(text.charCodeAt(end)) && !isCjkUnit(text.charCodeAt(end))) end++;
      visit(i, end);
      i = end;
    } else {
      i++;
    }
  }
}

/** Calls `visit` with each unit of `text` in order. */
export function forEachUnit(text: string, visit: (unit: string) => void): void {
  forEachUnitSpan(text, (start, end) => visit(text.slice(start, end)));
}

/** Counts of every unit of a (short) text. */
export function unitCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  forEachUnit(text, (unit) => counts.set(unit, (counts.get(unit) ?? 0) + 1));
  return counts;
}

/** How often each unit occurs in a text: what pageSupport reads. */
export interface UnitCounts {
  get(unit: string): number | undefined;
}

/** The unit table starts this big (slots, a power of two) and doubles when half full. */
const UNIT_TABLE_MIN_SLOTS = 1024;

function hashSpan(text: string, start: number, end: number): number {
  // FNV-1a over the UTF-16 units
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The counts of every unit of a page's text, as `unitCounts` gives them, kept as spans of the text
 * in an open-addressing table of typed arrays: no string per unit and no Map entry per distinct
 * unit. A page of garbage (random bytes, a 10 MB line of noise) has close to one distinct unit
 * per word; as a Map<string, number> its counts took most of the inline stage's time and, once
 * the Map held hundreds of thousands of strings, grew faster than the page (random bytes,
 * session 26: 5 MB → 0.3 s, 10 MB → 2 s of the page's 10 s, mostly the garbage collector marking
 * the Map).
 */
export function pageUnitCounts(text: string): UnitCounts {
  let mask = UNIT_TABLE_MIN_SLOTS - 1;
  let hashes = new Uint32Array(mask + 1);
  // start + 1 of the unit's first occurrence (0: empty slot), its length and its count
  let starts = new Int32Array(mask + 1);
  let lengths = new Int32Array(mask + 1);
  let counts = new Int32Array(mask + 1);
  let size = 0;
  const grow = (): void => {
    const [oldHashes, oldStarts, oldLengths, oldCounts] = [hashes, starts, lengths, counts];
    mask = mask * 2 + 1;
    hashes = new Uint32Array(mask + 1);
    starts = new Int32Array(mask + 1);
    lengths = new Int32Array(mask + 1);
    counts = new Int32Array(mask + 1);
    for (let k = 0; k < oldStarts.length; k++) {
      if (oldStarts[k] === 0) continue;
      let slot = oldHashes[k]! & mask;
      while (starts[slot] !== 0) slot = (slot + 1) & mask;
      hashes[slot] = oldHashes[k]!;
      starts[slot] = oldStarts[k]!;
      lengths[slot] = oldLengths[k]!;
      counts[slot] = oldCounts[k]!;
    }
  };
  const sameSpan = (slot: number, start: number, length: number): boolean => {
    if (lengths[slot] !== length) return false;
    const at = starts[slot]! - 1;
    for (let i = 0; i < length; i++) if (text.charCodeAt(at + i) !== text.charCodeAt(start + i)) return false;
    return true;
  };
  forEachUnitSpan(text, (start, end) => {
    const hash = hashSpan(text, start, end);
    const length = end - start;
    let slot = hash & mask;
    while (starts[slot] !== 0) {
      if (hashes[slot] === hash && sameSpan(slot, start, length)) {
        counts[slot]!++;
        return;
      }
      slot = (slot + 1) & mask;
    }
    hashes[slot] = hash;
    starts[slot] = start + 1;
    lengths[slot] = length;
    counts[slot] = 1;
    if (++size * 2 > mask + 1) grow();
  });
  return {
    get(unit) {
      const hash = hashSpan(unit, 0, unit.length);
      for (let slot = hash & mask; starts[slot] !== 0; slot = (slot + 1) & mask) {
        if (hashes[slot] !== hash || lengths[slot] !== unit.length) continue;
        const at = starts[slot]! - 1;
        let same = true;
        for (let i = 0; i < unit.length && same; i++) same = text.charCodeAt(at + i) === unit.charCodeAt(i);
        if (same) return counts[slot];
      }
      return undefined;
    },
  };
}

/** Occurrences of `needle` in `haystack`, not overlapping; the count stops at `atMost`. */
export function occurrences(haystack: string, needle: string, atMost: number = Number.POSITIVE_INFINITY): number {
  if (needle.length === 0) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1 && count < atMost; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * A copy of a run cut short at the edge of a piece of text (a window of a crawl's text, a line, a
 * title truncated with "…") is still a copy: a prefix of the run that ends a line (or the text, or
 * runs into "…" / "..."), or a suffix that starts one, at least PARTIAL_COPY_MIN_CHARS characters
 * and PARTIAL_COPY_MIN_SHARE of the run long. A prefix that the text goes on from is the page's own
 * use of the words ("发表于 2010-" beside a cut "发表于 2011-4"; "东风日产" beside "东风日产官方旗舰店").
 * Set on the pool's training folds (session 11): a Simplified porn string spliced 14 times into a
 * Traditional product page, once more split 9 + 10 characters by a window's edge, had support 0.92
 * because each of its words occurred 15 times.
 */
export const PARTIAL_COPY_MIN_CHARS = 4;
export const PARTIAL_COPY_MIN_SHARE = 0.4;

/** Whether `text` ends a piece of text at `at`: the end, a line break (after spaces) or an ellipsis. */
function endsPiece(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i >= text.length || text[i] === '\n' || text[i] === '\u2026' || text.startsWith('...', i);
}

/** Whether `text` starts a piece of text at `at`: the start or a line break (before spaces). */
function startsPiece(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

/** The units of the cut-short copies of `run` in `pageText` (see PARTIAL_COPY_MIN_CHARS), counted. */
export function partialCopyUnits(run: string, pageText: string): Map<string, number> {
  const counts = new Map<string, number>();
  const least = Math.max(PARTIAL_COPY_MIN_CHARS, Math.ceil(run.length * PARTIAL_COPY_MIN_SHARE));
  if (run.length <= least) return counts;
  const add = (piece: string): void => forEachUnit(piece, (unit) => counts.set(unit, (counts.get(unit) ?? 0) + 1));
  const prefix = run.slice(0, least);
  for (let at = pageText.indexOf(prefix); at !== -1; at = pageText.indexOf(prefix, at + 1)) {
    let length = least;
    while (length < run.length && pageText.charCodeAt(at + length) === run.charCodeAt(length)) length++;
    if (length < run.length && endsPiece(pageText, at + length)) add(run.slice(0, length));
    at += length - 1;
  }
  const suffix = run.slice(run.length - least);
  for (let from = pageText.indexOf(suffix); from !== -1; from = pageText.indexOf(suffix, from + 1)) {
    const stop = from + least;
    let length = least;
    while (length < run.length && stop - length - 1 >= 0 && pageText.charCodeAt(stop - length - 1) === run.charCodeAt(run.length - length - 1)) length++;
    if (length < run.length && startsPiece(pageText, stop - length)) add(run.slice(run.length - length));
    from = stop - 1;
  }
  return counts;
}

/**
 * The share of `run`'s distinct units that the page (`pageCounts`, the units of `pageText`) uses
 * outside the copies of `run`, whole or cut short (partialCopyUnits). Units of digits only are
 * left out. A run with no other units has support 1 (nothing marks it as foreign).
 */
export function pageSupport(run: string, pageText: string, pageCounts: UnitCounts): number {
  const inRun = unitCounts(run);
  let words = 0;
  let supported = 0;
  let copies: number | undefined;
  let partial: Map<string, number> | undefined;
  for (const [unit, count] of inRun) {
    // a number is no word of the page's: "1" occurs everywhere (session 11: the kit "色即是空1下载",
    // spliced 19 times, was "supported" by a twentieth 1)
    if (DIGITS.test(unit)) continue;
    words++;
    copies ??= Math.max(1, occurrences(pageText, run));
    partial ??= partialCopyUnits(run, pageText);
    if ((pageCounts.get(unit) ?? 0) > count * copies + (partial.get(unit) ?? 0)) supported++;
  }
  return words === 0 ? 1 : supported / words;
}

const DIGITS = /^\p{Nd}+$/u;
