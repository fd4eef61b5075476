/**
 * Word characters (`\p{L}\p{M}\p{N}`, per code point) tested through a table instead of a regex:
 * the tokenizer asks this of every character of Latin text and of every jieba piece, and regex
 * calls there were ~1% of sift time. Results equal the regexes' on any string, lone surrogates
 * and astral characters included (tests/tokenize.test.ts compares them).
 */

const WORD_CODE_POINT = /^[\p{L}\p{M}\p{N}]$/u;

const UNKNOWN = 0;
const WORD = 1;
const NOT_WORD = 2;
/** Per BMP code unit, filled on first sight. */
const classes = new Uint8Array(0x10000);

function isWordCodePoint(cp: number): boolean {
  if (cp > 0xffff) return WORD_CODE_POINT.test(String.fromCodePoint(cp)); // astral: rare, not cached
  let cls = classes[cp]!;
  if (cls === UNKNOWN) cls = classes[cp] = WORD_CODE_POINT.test(String.fromCharCode(cp)) ? WORD : NOT_WORD;
  return cls === WORD;
}

/** Whether `text` holds a word character: `/[\p{L}\p{M}\p{N}]/u.test(text)`. */
export function hasWordChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (isWordCodePoint(cp)) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/** Set `boundary[i] = 1` at the start and the end of every run of word characters (`/[\p{L}\p{M}\p{N}]+/gu`). */
export function markWordRuns(text: string, boundary: Uint8Array): void {
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const word = isWordCodePoint(cp);
    if (word !== inRun) {
      boundary[i] = 1;
      inRun = word;
    }
    if (cp > 0xffff) i++;
  }
  if (inRun) boundary[text.length] = 1;
}

/** Whether the UTF-16 unit `code` is a word character on its own (a surrogate half is not). */
export function isWordUnit(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return isWordCodePoint(code);
}
