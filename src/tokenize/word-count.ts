/**
 * How many words a short text has, with Chinese and Japanese counted as English is: runs between
 * white space are words, and so is each character of a script written without spaces (Han, kana,
 * Thai). A bound in words (a heading of a few words, a term of a few words) then holds for a
 * Chinese heading as for an English one: "相关新闻" is four words, not one. Cheap enough for the
 * late passes' bounds; the tokenizer (tokenize.ts) is what cuts real words.
 */

/** A word: one character of a script written without spaces, or a run of other characters between white space. */
const WORD_PATTERN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+/gu;

/** Words of a text (WORD_PATTERN). */
export function wordCount(text: string): number {
  return text.match(WORD_PATTERN)?.length ?? 0;
}
