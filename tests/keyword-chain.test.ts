import { describe, expect, it } from 'vitest';
import { CHAIN_MAX_GAP, CHAIN_MIN_HITS, chainedWeights } from '../src/features/keyword-chain.js';
import type { LexiconHit } from '../src/lexicon/matcher.js';

/** The hits of `terms` in `text`, left to right, as the matcher reports them (category `q` unless given). */
function hitsOf(text: string, terms: readonly string[], category = 'q', weight = 1): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (const term of terms) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
      hits.push({ category, label: 'spam', term, weight, start: at, end: at + term.length, marksPhrase: false });
    }
  }
  return hits.sort((a, b) => a.end - b.end);
}

const TERMS = ['哪里买', '比价', '评价', '开箱', '心得'];

describe('chainedWeights (keyword strings)', () => {
  it(`counts a string of ${CHAIN_MIN_HITS} hits joined by separators, and not one of ${CHAIN_MIN_HITS - 1}`, () => {
    const three = '水杯 哪里买.比价.评价 好用';
    expect(chainedWeights(hitsOf(three, TERMS), three).get('q')).toBe(3);
    const two = '水杯 哪里买.比价 好用';
    expect(chainedWeights(hitsOf(two, TERMS), two).get('q')).toBeUndefined();
  });

  it('joins hits side by side (no separator) as a string', () => {
    const text = '哪里买比价评价';
    expect(chainedWeights(hitsOf(text, TERMS), text).get('q')).toBe(3);
  });

  it(`allows ${CHAIN_MAX_GAP} separator characters between two hits, not ${CHAIN_MAX_GAP + 1}`, () => {
    const ok = `哪里买${' - '.slice(0, CHAIN_MAX_GAP)}比价${' | '.slice(0, CHAIN_MAX_GAP)}评价`;
    expect(chainedWeights(hitsOf(ok, TERMS), ok).get('q')).toBe(3);
    const wide = `哪里买${' '.repeat(CHAIN_MAX_GAP + 1)}比价,评价`;
    expect(chainedWeights(hitsOf(wide, TERMS), wide).get('q')).toBeUndefined();
  });

  it('breaks a string at any letter between two hits (words in a sentence)', () => {
    const text = '哪里买的比价和评价都好';
    expect(chainedWeights(hitsOf(text, TERMS), text).get('q')).toBeUndefined();
  });

  it('sums the weights of every string of the segment', () => {
    const text = '杯 哪里买 比价 评价。壶 开箱 心得 评价';
    expect(chainedWeights(hitsOf(text, TERMS, 'q', 0.5), text).get('q')).toBe(3);
  });

  it('keeps categories apart: hits of another list do not lengthen a string', () => {
    const text = '哪里买 比价 最新';
    const hits = [...hitsOf(text, ['哪里买', '比价']), ...hitsOf(text, ['最新'], 'other')].sort((a, b) => a.end - b.end);
    expect(chainedWeights(hits, text).size).toBe(0);
  });

  it('skips a hit overlapping the one before it', () => {
    const text = '哪里买 比价 评价';
    const hits = [...hitsOf(text, TERMS), { category: 'q', label: 'spam' as const, term: '里买', weight: 1, start: 1, end: 3, marksPhrase: false }];
    expect(chainedWeights(hits, text).get('q')).toBe(3);
  });
});
