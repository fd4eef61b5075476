import { RegexpTokenizer } from 'natural/lib/natural/tokenizers/index.js';
import { hasHan } from './script.js';
import { jiebaPieces } from './jieba.js';
import { hasWordChar, markWordRuns } from './word-chars.js';

/**
 * Segment text → words. jieba-wasm only where there is Han text (it costs ~3–4 MB/s, DESIGN §5);
 * natural's RegexpTokenizer otherwise, with a Unicode word pattern (its Word/Aggressive tokenizers
 * keep ASCII only). Runs on the normalised text (Traditional already mapped to Simplified, which
 * keeps jieba from splitting names like 馬斯克).
 */

/** jieba's memory grows to its largest input and never shrinks: feed it at most this many units at a time. */
export const JIEBA_CHUNK_UNITS = 4096;

export interface Tokens {
  /** Word tokens (no spaces, no punctuation), normalised. */
  words: string[];
  /** 1 at every offset where a token starts or ends (for `@token` lexicon terms); length = text length + 1. */
  boundary: Uint8Array;
}

/**
 * The longest gap between words that one match of the tokenizer's pattern takes. Unbounded (`+`),
 * ten million commas in one segment threw "Maximum call stack size exceeded" out of `String.split`
 * (V8 keeps a backtracking entry per character of a Unicode-property run; session 36). Bounded, a
 * longer gap is cut into several, and the empty strings between them are discarded by the
 * tokenizer as before: the words are the same.
 */
export const MAX_GAP_UNITS = 1024;
/** A gap between words: anything but letters, marks, digits and apostrophes, at most MAX_GAP_UNITS of it. */
export const WORD_GAP = new RegExp(`[^\\p{L}\\p{M}\\p{N}'’]{1,${MAX_GAP_UNITS}}`, 'u');
const latinTokenizer = new RegexpTokenizer({ pattern: WORD_GAP });

/** Cut points no later than `limit`, preferring whitespace or punctuation so words stay whole. */
function chunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > JIEBA_CHUNK_UNITS) {
    let cut = from + JIEBA_CHUNK_UNITS;
    for (let i = cut; i > from + JIEBA_CHUNK_UNITS / 2; i--) {
      if (!hasWordChar(text[i - 1] ?? '')) {
        cut = i;
        break;
      }
    }
    // never cut a surrogate pair
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, text.length]);
  return out;
}

export function tokenize(normalized: string): Tokens {
  const boundary = new Uint8Array(normalized.length + 1);
  const words: string[] = [];
  if (!hasHan(normalized)) {
    for (const word of latinTokenizer.tokenize(normalized)) words.push(word);
    // boundaries of word runs, for @token terms in Latin script
    markWordRuns(normalized, boundary);
    return { words, boundary };
  }
  for (const [from, to] of chunks(normalized)) {
    let at = from;
    for (const word of jiebaPieces(normalized.slice(from, to))) {
      boundary[at] = 1;
      at += word.length;
      boundary[at] = 1;
      if (hasWordChar(word)) words.push(word);
    }
  }
  return { words, boundary };
}
