import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPrices } from '../src/pagetype/prices.js';

// The page's visible text reaches countPrices lowercased (pagetype/features.ts).
describe('countPrices', () => {
  it.each([
    ['$12.99', 1],
    ['€ 5 and £20', 2],
    ['us$3,000', 1],
    ['rs. 500', 1],
    ['120 元', 1],
    ['3000円', 1],
    ['30usd', 1],
    ['1,299.00 eur', 1],
    ['.99 gbp', 1], // an amount written from its point
    ['12 usd, 13 usd; 14 usd', 3],
    ['$1$2$3', 3],
    ['$12 usd', 1], // the sign's amount, then a code with no amount of its own
    ['￥1299.00 ￥1599.00', 2], // the full-width yuan sign of Chinese shops (session 35)
    ['＄5', 1],
    ['₩9,900', 1],
    ['12,000원', 1],
  ])('%j holds %i price(s)', (text, count) => {
    expect(countPrices(text)).toBe(count);
  });

  it.each([
    ['1999'],
    ['call 555-0100'],
    ['12 users'], // a code must not run on into a word
    ['3원하다'], // nor 원 into a Korean word
    ['$ and €'],
    ['rs and us'],
    ['1'.repeat(50_000)],
    ['1,'.repeat(25_000)],
  ])('%j holds none', (text) => {
    expect(countPrices(text)).toBe(0);
  });

  it('counts a price after a long run of digits once, from the run', () => {
    expect(countPrices(`${'7'.repeat(10_000)} usd`)).toBe(1);
  });

  it('is called again and again on one pattern without carrying its position over', () => {
    expect([countPrices('$1 $2'), countPrices('$1 $2'), countPrices('$3')]).toEqual([2, 2, 1]);
  });

  // The pattern before session 29, whose amount-first form was tried from every digit of a run
  // (quadratic on a long run of digits): the count must not have changed.
  const BEFORE = /(?:[$€£¥₹]|us\$|rs\.?)\s?\d[\d,.]*|\d[\d,.]*\s?(?:usd|eur|gbp|元|円)(?![\p{L}])/gu;
  const countBefore = (text: string): number => [...text.matchAll(BEFORE)].length;
  const piece = fc.constantFrom('1', '2', ',', '.', ' ', '$', '€', 'u', 's', 'd', 'r', 'e', 'g', 'b', 'p', 'x', '元', '円', 'usd', 'rs', 'us$');

  it('counts as the pattern before session 29 did, on random strings of digits, separators, signs and codes', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(countPrices(text)).toBe(countBefore(text));
      }),
      { numRuns: 5_000 },
    );
  });
});
