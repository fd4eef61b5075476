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

const DIGITS = /^\p{Nd}+$/u;
/** Han, Hiragana, Katakana (incl. the prolonged sound mark): the scripts whose characters pair up. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

const cjkTable = new Uint8Array(0x10000);
const UNKNOWN = 0;
const YES = 1;
const NO = 2;

/** Whether the UTF-16 unit is a Han or kana character (the CJK language family). */
export function isCjkUnit(code: number): boolean {
  let cls = cjkTable[code]!;
  if (cls === UNKNOWN) cls = cjkTable[code] = CJK_CHAR.test(String.fromCharCode(code)) ? YES : NO;
  return cls === YES;
}

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
  let start = 0;
  for (let i = 1; i <= normalized.length; i++) {
    if (boundary[i] !== 1 && i < normalized.length) continue;
    const piece = normalized.slice(start, i);
    if (WORD_CHAR.test(piece)) {
      const word = piece.trim();
      const offset = start + piece.indexOf(word);
      const feature = DIGITS.test(word) ? `d${word.length}` : `w${word}`;
      visit(feature, offset, offset + word.length);
    }
    start = i;
  }
  for (let i = 0; i + 1 < normalized.length; i++) {
    if (isCjkUnit(normalized.charCodeAt(i)) && isCjkUnit(normalized.charCodeAt(i + 1))) {
      visit(`b${normalized.slice(i, i + 2)}`, i, i + 2);
    }
  }
}
