import { hasWordChar, isWordUnit } from '../tokenize/word-chars.js';

/**
 * The token features of the spam Bayes model, with their offsets, from a segment's normalised text
 * and its word boundaries (tokenize/tokenize.ts). The same function feeds training
 * (benchmarks/train) and sifting, so the model sees at run time exactly what it was trained on.
 *
 * - every word is a feature (`w` + the word): jieba's words for Han text, natural's word runs for
 *   Latin text; a run of digits is a feature of its length only (`d` + length), so numbers do not
 *   flood the vocabulary;
 * - every pair of adjacent Han or kana characters is a feature (`b` + the pair): character bigrams
 *   learn keyword strings that jieba cuts in unexpected places, and Japanese, which jieba does not
 *   cut well.
 */

export interface BayesToken {
  feature: string;
  start: number;
  end: number;
}

/**
 * A test of one UTF-16 unit against a one-character pattern, answered from a table filled on first
 * sight (regex calls per character were a measurable share of sift time, see word-chars.ts).
 */
function unitTest(pattern: RegExp): (code: number) => boolean {
  const UNKNOWN = 0;
  const YES = 1;
  const NO = 2;
  const table = new Uint8Array(0x10000);
  return (code) => {
    let cls = table[code]!;
    if (cls === UNKNOWN) cls = table[code] = pattern.test(String.fromCharCode(code)) ? YES : NO;
    return cls === YES;
  };
}

/** Whether the unit is a decimal digit (\p{Nd}). */
export const isDigitUnit = unitTest(/^\p{Nd}$/u);
const isSpaceUnit = unitTest(/^\s$/u);
/** The characters of the CJK language family, as the body of a regex character class (`u` flag): Han, hiragana, katakana and the prolonged sound mark ー. */
export const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー';
/** Whether the UTF-16 unit is a Han or kana character (CJK_CLASS): the CJK language family, the scripts whose characters pair up. */
export const isCjkUnit = unitTest(new RegExp(`^[${CJK_CLASS}]$`, 'u'));

/** Whether a feature belongs to the CJK family (Han or kana) rather than the Latin one. */
export function isCjkFeature(feature: string): boolean {
  return feature.startsWith('b') || (feature.length > 1 && isCjkUnit(feature.charCodeAt(1)));
}

/** Features of `normalized` (lower-cased, Simplified, full-width folded), cut at `boundary`. */
export function bayesTokens(normalized: string, boundary: Uint8Array): BayesToken[] {
  const out: BayesToken[] = [];
  forEachFeature(normalized, boundary, (feature, start, end) => out.push({ feature, start, end }));
  return out;
}

/** Calls `visit` for every feature in text order (words first, then character pairs); no token objects. */
export function forEachFeature(normalized: string, boundary: Uint8Array, visit: (feature: string, start: number, end: number) => void): void {
  forEachWord(normalized, boundary, (word, start, digits) => visit(digits ? `d${word.length}` : `w${word}`, start, start + word.length));
  forEachPair(normalized, (first, second, start) => visit(`b${String.fromCharCode(first, second)}`, start, start + 2));
}

/** The word pieces between boundary marks that hold a word character, trimmed, with their offsets; `digits` when the word is a run of digits. */
export function forEachWord(normalized: string, boundary: Uint8Array, visit: (word: string, start: number, digits: boolean) => void): void {
  let start = 0;
  for (let i = 1; i <= normalized.length; i++) {
    if (boundary[i] !== 1 && i < normalized.length) continue;
    // trim whitespace at the piece's ends, then keep it when it holds a word character
    let from = start;
    let to = i;
    while (from < to && isSpaceUnit(normalized.charCodeAt(from))) from++;
    while (to > from && isSpaceUnit(normalized.charCodeAt(to - 1))) to--;
    let word = false;
    let digits = true;
    for (let k = from; k < to; k++) {
      const code = normalized.charCodeAt(k);
      if (isWordUnit(code) || (code >= 0xd800 && code <= 0xdbff && hasWordChar(normalized.slice(k, k + 2)))) word = true;
      if (!isDigitUnit(code)) digits = false;
    }
    if (word) visit(normalized.slice(from, to), from, digits);
    start = i;
  }
}

/** Every pair of adjacent Han/kana units, as their two code units and the offset of the first. */
export function forEachPair(normalized: string, visit: (first: number, second: number, start: number) => void): void {
  let previous = normalized.length > 0 ? normalized.charCodeAt(0) : 0;
  let previousCjk = normalized.length > 0 && isCjkUnit(previous);
  for (let i = 1; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i);
    const cjk = isCjkUnit(code);
    if (cjk && previousCjk) visit(previous, code, i - 1);
    previous = code;
    previousCjk = cjk;
  }
}
