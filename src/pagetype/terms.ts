/**
 * Counting phrases of a word list in text: phrases of scripts that space their words (Latin,
 * Cyrillic, Greek, Arabic) at word boundaries, Han/kana/Hangul ones as substrings. Cyrillic was
 * counted as substrings until session 36, when the lists had no Cyrillic phrase; a Russian phrase
 * taken as a substring would count inside longer words. A phrase may end in a colon (German
 * phpBB's "registriert:", the field label of a user card, where the bare word is news prose too):
 * the word-boundary test applies at a phrase's ends that are letters or digits, so "registriert:"
 * counts before "Mo 3. Mär" and before a digit, not inside "unregistriert:".
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACED_SCRIPT_ONLY = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{N}\s\-':]+$/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

/** Occurrences of every phrase of `phrases` in `text` (both lower case). */
export function countPhrases(text: string, phrases: readonly string[]): number {
  let n = 0;
  for (const phrase of phrases) {
    const bounded = SPACED_SCRIPT_ONLY.test(phrase);
    // a boundary is wanted only where the phrase itself ends in a letter or digit (not after a final colon)
    const boundedStart = bounded && isWordChar(phrase[0]);
    const boundedEnd = bounded && isWordChar(phrase[phrase.length - 1]);
    let at = text.indexOf(phrase);
    while (at !== -1) {
      if (!(boundedStart && isWordChar(text[at - 1])) && !(boundedEnd && isWordChar(text[at + phrase.length]))) n++;
      at = text.indexOf(phrase, at + phrase.length);
    }
  }
  return n;
}
