import { buildAutomaton } from '../lexicon/automaton.js';

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

/**
 * Counts the phrases of several lists in a text: one Aho-Corasick pass (lexicon/automaton.ts) for
 * all of them, instead of one `indexOf` scan per phrase, which cost 7.5 ms a page once the page-type
 * lists held 255 phrases in twelve more languages (session 36; 1.3 ms with 84). Each phrase's
 * occurrences are taken as the repeated `indexOf` took them: left to right, the next one starting
 * at or after the end of the last.
 */
function groupCounter<K extends string>(groups: Readonly<Record<K, readonly string[]>>): (text: string) => Record<K, number> {
  const keys = Object.keys(groups) as K[];
  const phrases: string[] = [];
  const groupOf: number[] = [];
  keys.forEach((key, group) => {
    for (const phrase of groups[key]) {
      phrases.push(phrase);
      groupOf.push(group);
    }
  });
  const automaton = buildAutomaton(phrases);
  // a boundary is wanted only where a spaced-script phrase itself ends in a letter or digit (not after a final colon)
  const boundedStart = phrases.map((phrase) => SPACED_SCRIPT_ONLY.test(phrase) && isWordChar(phrase[0]));
  const boundedEnd = phrases.map((phrase) => SPACED_SCRIPT_ONLY.test(phrase) && isWordChar(phrase[phrase.length - 1]));
  return (text) => {
    const counts = new Array<number>(keys.length).fill(0);
    const lastEnd = new Array<number>(phrases.length).fill(0);
    automaton.scan(text, ({ pattern, start, end }) => {
      if (start < lastEnd[pattern]!) return;
      lastEnd[pattern] = end;
      if (!(boundedStart[pattern] && isWordChar(text[start - 1])) && !(boundedEnd[pattern] && isWordChar(text[end]))) counts[groupOf[pattern]!]!++;
    });
    return Object.fromEntries(keys.map((key, group) => [key, counts[group]!])) as Record<K, number>;
  };
}

/** Each group object's counter, built on first use (the lists are loaded once per sifter). */
const groupCounters = new WeakMap<object, (text: string) => Record<string, number>>();

/** Occurrences of the phrases of each list of `groups` in `text` (both lower case), per list. */
export function countPhraseGroups<K extends string>(text: string, groups: Readonly<Record<K, readonly string[]>>): Record<K, number> {
  let count = groupCounters.get(groups);
  if (count === undefined) {
    count = groupCounter(groups);
    groupCounters.set(groups, count);
  }
  return count(text) as Record<K, number>;
}

/** One list's group object, so that countPhrases reuses its counter. */
const singleGroups = new WeakMap<readonly string[], { phrases: readonly string[] }>();

/** Occurrences of every phrase of `phrases` in `text` (both lower case). */
export function countPhrases(text: string, phrases: readonly string[]): number {
  let groups = singleGroups.get(phrases);
  if (groups === undefined) {
    groups = { phrases };
    singleGroups.set(phrases, groups);
  }
  return countPhraseGroups(text, groups).phrases;
}
