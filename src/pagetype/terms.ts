/** Counting phrases of a word list in text: Latin phrases at word boundaries, Han/kana ones as substrings. */

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\s\-']+$/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

/** Occurrences of every phrase of `phrases` in `text` (both lower case). */
export function countPhrases(text: string, phrases: readonly string[]): number {
  let n = 0;
  for (const phrase of phrases) {
    const bounded = LATIN_ONLY.test(phrase);
    let at = text.indexOf(phrase);
    while (at !== -1) {
      if (!bounded || (!isWordChar(text[at - 1]) && !isWordChar(text[at + phrase.length]))) n++;
      at = text.indexOf(phrase, at + phrase.length);
    }
  }
  return n;
}
