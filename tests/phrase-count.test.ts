import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPhraseGroups, countPhrases } from '../src/pagetype/terms.js';

/**
 * pagetype/terms.ts: phrases counted in one automaton pass, occurrences taken as repeated indexOf
 * takes them (left to right, never overlapping an earlier occurrence of the same phrase), Latin,
 * Cyrillic, Greek and Arabic phrases at word boundaries only.
 */

/** The reference: one indexOf scan per phrase (the counting before session 36). */
function byIndexOf(text: string, phrases: readonly string[]): number {
  const word = /[\p{L}\p{N}]/u;
  const spaced = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{N}\s\-':]+$/u;
  const isWord = (c: string | undefined): boolean => c !== undefined && word.test(c);
  let n = 0;
  for (const phrase of phrases) {
    const boundedStart = spaced.test(phrase) && isWord(phrase[0]);
    const boundedEnd = spaced.test(phrase) && isWord(phrase[phrase.length - 1]);
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
      if (!(boundedStart && isWord(text[at - 1])) && !(boundedEnd && isWord(text[at + phrase.length]))) n++;
    }
  }
  return n;
}

describe('countPhrases', () => {
  const cases: [string, string, string[], number][] = [
    ['a phrase at word boundaries', 'add to cart now, add to cart', ['add to cart'], 2],
    ['not inside a longer word', 'readd to cartoon', ['add to cart'], 0],
    ['a Cyrillic phrase at word boundaries only', 'в корзину, добавить в корзинувшую', ['в корзину'], 1],
    ['a Han phrase as a substring', '加入购物车加入购物车', ['加入购物车'], 2],
    ['occurrences of one phrase do not overlap', 'aaaa aaa', ['aa'], 0],
    ['occurrences of one phrase do not overlap (unbounded)', '呵呵呵', ['呵呵'], 1],
    ['a phrase listed twice counts twice', 'checkout', ['checkout', 'checkout'], 2],
    ['two phrases may overlap each other', 'add to cart', ['add to cart', 'to cart'], 2],
    ['a phrase ending in a colon: no boundary wanted after it', 'registriert:mo 3. registriert:12 unregistriert:', ['registriert:'], 2],
  ];
  it.each(cases)('%s', (_name, text, phrases, expected) => {
    expect(countPhrases(text, phrases)).toBe(expected);
    expect(byIndexOf(text, phrases)).toBe(expected);
  });

  it('counts as one indexOf scan per phrase does, on any text (property)', () => {
    const phrases = ['ab', 'aba', 'b a', 'ба', '购物', '购物车', 'a', 'a:'];
    fc.assert(
      fc.property(fc.stringMatching(/^[ab 购物车ба.:]{0,40}$/u), (text) => countPhrases(text, phrases) === byIndexOf(text, phrases)),
      { numRuns: 500 },
    );
  });
});

describe('countPhraseGroups', () => {
  it('each list counted on its own, in one pass', () => {
    const groups = { commerce: ['add to cart', 'checkout'], forum: ['reply', 'joined'], docs: ['api reference'] };
    expect(countPhraseGroups('add to cart · checkout · reply · reply', groups)).toEqual({ commerce: 2, forum: 2, docs: 0 });
    expect(countPhraseGroups('', groups)).toEqual({ commerce: 0, forum: 0, docs: 0 });
  });
});
