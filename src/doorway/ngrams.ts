/**
 * The n-grams of a page's body text as the doorway n-gram model reads them (text-model.ts): the
 * characters of Han and kana runs one, two and three at a time, and the words of Latin text one and
 * two at a time. Each n-gram is hashed (32-bit FNV-1a over its UTF-16 code units, after a prefix
 * that keeps the kinds apart) into NGRAM_HASH_BITS bits; a hash's value is 1 + ln(count), and the
 * vector has unit length, so a long page and a short one are on one scale.
 *
 * The hashes are computed as the text is read, without making a string per n-gram: a character
 * n-gram's hash continues its (n−1)-gram's. The model keeps only the hashes it weighs; the n-gram
 * text behind a hash is made only for those, on request, to name the evidence.
 */

/** Hash space: 2^20 buckets. Collisions among the ~10^5 n-grams of the training pages are rare and cost little. */
export const NGRAM_HASH_BITS = 20;
const HASH_MASK = (1 << NGRAM_HASH_BITS) - 1;
/** At most this many characters of body text are read (a long page's opening says what it is). */
export const NGRAM_MAX_CHARS = 20_000;
/** Character n-grams of Han and kana runs, of lengths 1 to this. */
export const NGRAM_MAX_CHAR_N = 3;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const CHAR_PREFIX = 0x63; // 'c'
const WORD_PREFIX = 0x77; // 'w'
const BIGRAM_PREFIX = 0x62; // 'b'
const SPACE = 0x20;

function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

/** Han, kana and the prolonged sound mark (a code unit; astral Han counts through its surrogates as other). */
function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** A letter of a Latin word: ASCII letters and digits, Latin-1 and Latin Extended letters (Vietnamese included). */
function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff);
}

/** One n-gram of the text: its hash and where it is (to make its text when it is evidence). */
export interface NgramSpan {
  start: number;
  end: number;
  /** For a word bigram: the end of the first word and the start of the second (quoted joined by one space). */
  firstEnd?: number;
  secondStart?: number;
}

export interface PageNgrams {
  /** Hash → value (1 + ln count, scaled to unit length). */
  values: Map<number, number>;
  /** Hash → its first occurrence, for the hashes `keep` asked for. */
  spans: Map<number, NgramSpan>;
  /** The text the spans point into (lower-cased, cut at NGRAM_MAX_CHARS). */
  text: string;
}

/**
 * The page's n-gram vector. `keep`, when given, says which hashes' first occurrence to remember
 * (the model's own); without it none is.
 */
export function pageNgrams(bodyText: string, keep?: (hash: number) => boolean): PageNgrams {
  const text = bodyText.slice(0, NGRAM_MAX_CHARS).toLowerCase();
  const counts = new Map<number, number>();
  const spans = new Map<number, NgramSpan>();
  const add = (hash: number, span: () => NgramSpan): void => {
    const h = hash & HASH_MASK;
    counts.set(h, (counts.get(h) ?? 0) + 1);
    if (keep !== undefined && !spans.has(h) && keep(h)) spans.set(h, span());
  };
  let previousWord: { start: number; end: number } | undefined;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isCjk(code)) {
      let end = i;
      while (end < text.length && isCjk(text.charCodeAt(end))) end++;
      addCharGrams(text, i, end, add);
      previousWord = undefined;
      i = end;
    } else if (isWordChar(code)) {
      let end = i;
      while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
      const word = { start: i, end };
      add(hashRange(step(FNV_OFFSET, WORD_PREFIX), text, i, end), () => ({ start: word.start, end: word.end }));
      if (previousWord !== undefined) {
        const first = previousWord;
        const bigram = hashRange(step(hashRange(step(FNV_OFFSET, BIGRAM_PREFIX), text, first.start, first.end), SPACE), text, i, end);
        add(bigram, () => ({ start: first.start, end: word.end, firstEnd: first.end, secondStart: word.start }));
      }
      previousWord = word;
      i = end;
    } else {
      // a space or a hyphen between two words keeps them a bigram; anything else breaks it
      if (code !== SPACE && code !== 0x2d) previousWord = undefined;
      i++;
    }
  }
  return { values: unitValues(counts), spans, text };
}

function addCharGrams(text: string, start: number, end: number, add: (hash: number, span: () => NgramSpan) => void): void {
  for (let i = start; i < end; i++) {
    let hash = step(FNV_OFFSET, CHAR_PREFIX);
    for (let n = 1; n <= NGRAM_MAX_CHAR_N && i + n <= end; n++) {
      hash = step(hash, text.charCodeAt(i + n - 1));
      const last = i + n;
      add(hash, () => ({ start: i, end: last }));
    }
  }
}

function hashRange(hash: number, text: string, start: number, end: number): number {
  let h = hash;
  for (let i = start; i < end; i++) h = step(h, text.charCodeAt(i));
  return h;
}

function unitValues(counts: ReadonlyMap<number, number>): Map<number, number> {
  const values = new Map<number, number>();
  let sumSquares = 0;
  for (const [hash, count] of counts) {
    const v = 1 + Math.log(count);
    values.set(hash, v);
    sumSquares += v * v;
  }
  const norm = Math.sqrt(sumSquares);
  if (norm > 0) for (const [hash, v] of values) values.set(hash, v / norm);
  return values;
}

/** The n-gram's text, as a reader would quote it. */
export function ngramText(text: string, span: NgramSpan): string {
  if (span.firstEnd === undefined || span.secondStart === undefined) return text.slice(span.start, span.end);
  return `${text.slice(span.start, span.firstEnd)} ${text.slice(span.secondStart, span.end)}`;
}
