import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPrices, MAX_AMOUNT_CHARS, PRICE, THOUSANDS_SPACE } from '../src/pagetype/prices.js';

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
    // amount first, then a sign, code or word (issue #13: European and Asian shops)
    ['34,90 €', 1],
    ['1.299,00 €', 1],
    ['34,90\u00a0€', 1], // a no-break space between amount and sign
    ['49,99 zł', 1],
    ['1 290 ₽', 1], // a space between thousands
    ['1\u202f290,50\u00a0₽', 1], // the narrow no-break space of French and Russian typesetting
    ['1 290 руб.', 1],
    ['299 kč', 1],
    ['129 kr', 1],
    ['129 kr.', 1],
    ['1.250 tl', 1],
    ['450.000 đ', 1],
    ['450.000₫', 1],
    ['450.000 vnđ', 1],
    ['34,90 eur', 1],
    ['1999,00 €', 1], // a year-shaped amount with cents is a price
    ['1.999 €', 1],
    ['2 × 34,90 €', 1], // a count before a price: the price alone
    ['statt 49,99 € nur 34,90 €', 2],
    ['4.5 $12.99', 1], // a rating before a price: the sign is the price's
    // a sign, code or word first
    ['₺1.250', 1],
    ['rp 125.000', 1],
    ['rp. 125.000', 1],
    ['rp125.000', 1], // no space, but thousands
    ['rs.1,500', 1],
    ['r$ 89,90', 1],
    ['chf 49.90', 1],
    ['€ 34,90', 1],
    ['kr 129', 1],
    ['₽ 1 290', 1],
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
    // a year alone before a currency is taken for a year
    ['2026 €'],
    ['im jahr 2026 kr'],
    ['1999 zł'],
    // dates, times, percentages, versions, phone numbers, counts
    ['12.10.2026'],
    ['am 12.10.2026 um 14.30 uhr'],
    ['rabatt 25 %'],
    ['25,5 % mwst.'],
    ['version 1.2.3'],
    ['tel. +49 30 123 456 789'],
    ['1.250 kişi katıldı'], // Turkish: 1,250 people
    ['450.000 người'], // Vietnamese: 450,000 people
    ['2026 đã'], // đ starting a Vietnamese word
    ['3 kraje'], // Polish: 3 countries
    ['12 krzeseł'],
    ['5 tlf'],
    ['hours 5'], // a code inside a word before an amount
    ['years 2020'],
    ['tours 12'],
    ['europe 2'],
    ['3 europäer'],
    // an amount is not read across a line break (the page's text joins its segments with one)
    ['76\ntl;dr'],
    ['€\n256 gb'],
    // a code that is part of a name
    ['rp2040 boards'],
    ['gtx titan z 12g-p4-3992-kr 12gb'],
    // no dollar after an amount: a shell prompt after a version, a rating before a price
    ['v1.2.3 $ go build'],
    ['34,99 $'],
  ])('%j holds none', (text) => {
    expect(countPrices(text)).toBe(0);
  });

  it('an amount of MAX_AMOUNT_CHARS characters is a price, a longer run is none (both sides of the bound)', () => {
    expect(countPrices(`${'7'.repeat(MAX_AMOUNT_CHARS)} usd`)).toBe(1);
    expect(countPrices(`${'7'.repeat(MAX_AMOUNT_CHARS + 1)} usd`)).toBe(0);
    expect(countPrices(`${'7'.repeat(10_000)} usd`)).toBe(0);
    expect(countPrices(`$${'7'.repeat(10_000)}`)).toBe(1);
  });

  it('ten million digits or commas before a currency: no price, and no stack overflow', () => {
    expect(countPrices(`${'9'.repeat(10_000_000)} €`)).toBe(0);
    expect(countPrices(`${','.repeat(10_000_000)}5 €`)).toBe(0);
  });

  it('is called again and again on one pattern without carrying its position over', () => {
    expect([countPrices('$1 $2'), countPrices('$1 $2'), countPrices('$3')]).toEqual([2, 2, 1]);
  });

  // The amount-first form starts only where a run of digits, commas and points starts. Tried from
  // every position instead (quadratic on a long run, as before session 29), it must count the same
  // on text with no year in it (a year alone before its currency is not an amount, but the rest of
  // its run would be).
  const EVERYWHERE = new RegExp(PRICE.source.replace('(?<![\\d,.])', ''), PRICE.flags);
  const countEverywhere = (text: string): number => [...text.replace(THOUSANDS_SPACE, '.').matchAll(EVERYWHERE)].length;
  const piece = fc.constantFrom('1', '2', '0', '9', ',', '.', ' ', '\u00a0', '$', '€', 'zł', 'kr', 'kraje', 'tl', 'đ', 'đã', 'u', 's', 'd', 'r', 'p', 'x', '元', 'usd', 'rs', 'chf', '₽', '123', '\n');

  it('the run-start guard is in the pattern', () => {
    expect(EVERYWHERE.source).not.toBe(PRICE.source);
  });

  it('counts as the pattern tried from every position, on random strings of digits, separators, signs and codes', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        fc.pre(!/(?:19|20)\d\d/.test(text));
        expect(countPrices(text)).toBe(countEverywhere(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads a long run of thousands groups with no currency once, not once per group', () => {
    // a million groups (4 million characters): read as a repeated group inside the pattern, as tried
    // first, each group cost V8 a backtracking entry; from every group, as without a guard, minutes
    const groups = `1${' 111'.repeat(1_000_000)}`;
    const started = performance.now();
    expect(countPrices(groups)).toBe(0);
    // four million characters of amount: longer than MAX_AMOUNT_CHARS, so no price either
    expect(countPrices(`${groups} €`)).toBe(0);
    expect(countPrices('1 111 111 €')).toBe(1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
