/**
 * Counting phrases of a word list in text: phrases of scripts that space their words (Latin,
 * Cyrillic, Greek, Arabic) at word boundaries, Han/kana/Hangul ones as substrings. Cyrillic was
 * counted as substrings until session 36, when the lists had no Cyrillic phrase; a Russian phrase
 * taken as a substring would count inside longer words.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACED_SCRIPT_ONLY = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{N}\s\-']+$/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

/** Occurrences of every phrase of `phrases` in `text` (both lower case). */
export function countPhrases(text: string, phrases: readonly string[]): number {
  let n = 0;
  for (const phrase of phrases) {
    const bounded = SPACED_SCRIPT_ONLY.test(phrase);
    let at = text.indexOf(phrase);
    while (at !== -1) {
      if (!bounded || (!isWordChar(text[at - 1]) && !isWordChar(text[at + phrase.length]))) n++;
      at = text.indexOf(phrase, at + phrase.length);
    }
  }
  return n;
}
