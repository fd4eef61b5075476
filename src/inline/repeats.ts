/**
 * Stretches of text repeated across the page: hijack kits splice the same keyword string into a
 * page again and again (a dozen times in one factory page), often in words the Bayes model has
 * never seen. Every position where the REPEAT_GRAM units starting there occur at least
 * REPEAT_MIN_COUNT times on the page is marked; a maximal run of marked positions is a repeated
 * stretch. Whether a stretch is injected is for the fitted evidence to say (candidates.ts): a
 * product name repeated in its own catalogue is not.
 */

import { isCjkUnit } from '../bayes/tokens.js';

/** Units per gram: six characters, longer than most words, shorter than the shortest kit strings. */
export const REPEAT_GRAM = 6;
/** A gram must occur this many times on the page… */
export const REPEAT_MIN_COUNT = 3;
/**
 * …and this many times in the segment itself: kits splice their string into the same paragraph
 * again and again, while a page's own repeated words (menu items, a product name in every list
 * entry) repeat across segments.
 */
export const REPEAT_MIN_IN_SEGMENT = 2;
/** Pages longer than this (units of segment text) are not searched: the search allocates per unit. */
export const REPEAT_MAX_PAGE_UNITS = 200_000;

const BASE = 131;
const MOD = 2 ** 31 - 1;

/** Hash of every gram of `text` (NaN where the gram would cross the end). */
function gramHashes(text: string): Float64Array {
  const out = new Float64Array(text.length).fill(Number.NaN);
  if (text.length < REPEAT_GRAM) return out;
  let power = 1;
  for (let i = 1; i < REPEAT_GRAM; i++) power = (power * BASE) % MOD;
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    if (i >= REPEAT_GRAM) hash = (hash - ((text.charCodeAt(i - REPEAT_GRAM) * power) % MOD) + MOD) % MOD;
    hash = (hash * BASE + text.charCodeAt(i)) % MOD;
    if (i >= REPEAT_GRAM - 1) out[i - REPEAT_GRAM + 1] = hash;
  }
  return out;
}

export interface RepeatIndex {
  /** Repeated stretches [start, end) of one text that belongs to the indexed page. */
  stretches(text: string): [number, number][];
  /** Occurrences on the page of the gram of REPEAT_GRAM units at `at` in `text` (0 when the page was not searched). */
  countAt(text: string, at: number): number;
  /** Whether a text's grams are in the index (its page was searched and it holds Han or kana). */
  searched(text: string): boolean;
}

/** The hash gramHashes gives the gram at `at`, computed in place (no array, no slice). */
function gramHashAt(text: string, at: number): number {
  let hash = 0;
  for (let i = at; i < at + REPEAT_GRAM; i++) hash = (hash * BASE + text.charCodeAt(i)) % MOD;
  return hash;
}

/**
 * Whether a text holds Han or kana: only such texts are searched. Repeated stretches in other
 * scripts had 46 labelled injections against 249,000 candidates in training (and cost most of the
 * search time on English pages), too few to weigh them.
 */
function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCjkUnit(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Counts by gram hash (an integer below MOD), in an open-addressing table of typed arrays sized
 * for `keys` distinct hashes at most. A Map<number, number> held each hash over 2^30 as a boxed
 * number (half of them: they are no small integers) and was most of the index's time (session 27).
 */
class GramCounts {
  private readonly hashes: Int32Array;
  private readonly counts: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(keys: number) {
    let bits = 4;
    while (2 ** bits < keys * 2) bits++;
    this.hashes = new Int32Array(2 ** bits).fill(-1);
    this.counts = new Int32Array(2 ** bits);
    this.mask = 2 ** bits - 1;
    this.shift = 32 - bits;
  }

  private slotOf(hash: number): number {
    // the high bits of a multiplicative hash pick the slot; a taken slot passes on to the next
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    while (this.hashes[slot] !== -1 && this.hashes[slot] !== hash) slot = (slot + 1) & this.mask;
    return slot;
  }

  add(hash: number): void {
    const slot = this.slotOf(hash);
    this.hashes[slot] = hash;
    this.counts[slot]!++;
  }

  get(hash: number): number {
    return this.counts[this.slotOf(hash)]!;
  }
}

/** Index the grams of the page's texts (normalised segment texts). */
export function indexRepeats(allTexts: readonly string[]): RepeatIndex {
  const texts = allTexts.filter(hasCjk);
  let units = 0;
  for (const text of texts) units += text.length;
  const searched = units <= REPEAT_MAX_PAGE_UNITS;
  const counts = new GramCounts(searched ? units : 0);
  /** Each indexed text's gram hashes, kept for its stretches (the same string objects come back). */
  const hashesOf = new Map<string, Float64Array>();
  if (searched) {
    for (const text of texts) {
      const hashes = gramHashes(text);
      hashesOf.set(text, hashes);
      for (let i = 0; i < hashes.length; i++) {
        const h = hashes[i]!;
        if (!Number.isNaN(h)) counts.add(h);
      }
    }
  }
  return {
    searched(text) {
      return searched && hasCjk(text);
    },
    countAt(text, at) {
      return searched ? counts.get(gramHashAt(text, at)) : 0;
    },
    stretches(text) {
      if (!searched || !hasCjk(text)) return [];
      const hashes = hashesOf.get(text) ?? gramHashes(text);
      const local = new GramCounts(hashes.length);
      for (let i = 0; i < hashes.length; i++) {
        const h = hashes[i]!;
        if (!Number.isNaN(h)) local.add(h);
      }
      const out: [number, number][] = [];
      let start = -1;
      let end = -1;
      for (let i = 0; i < hashes.length; i++) {
        const h = hashes[i]!;
        if (Number.isNaN(h) || counts.get(h) < REPEAT_MIN_COUNT || local.get(h) < REPEAT_MIN_IN_SEGMENT) continue;
        if (start !== -1 && i <= end) {
          end = i + REPEAT_GRAM;
        } else {
          if (start !== -1) out.push([start, end]);
          start = i;
          end = i + REPEAT_GRAM;
        }
      }
      if (start !== -1) out.push([start, end]);
      return out;
    },
  };
}
