/**
 * Prices in a page's visible text, for the page-type feature `prices`: a currency sign and an
 * amount ($12.99, € 5, us$3, Rs. 500, the full-width ￥1299 of Chinese shops, ₩9,900), or an amount
 * and a currency code or 元/円/원 (120 元, 30usd, 12,000원).
 *
 * The amount-first form starts only where a run of digits, commas and points starts
 * (`(?<![\d,.])`, the run's own leading commas and points taken by `[,.]*`). Written as
 * `\d[\d,.]*\s?(?:usd|…)` alone, as it was until session 29, it was tried again from every digit
 * of a run that no currency follows, each try reading to the run's end: a page holding 80,000
 * digits in a row spent 3 s here, 160,000 13 s (found in session 29; the pathological family
 * `text-digit-run` times it now). The count is the same: from any digit of a run the form reads to
 * the same end of the run, so it matches from the run's first digit or from none (checked against
 * the old pattern on 300,000 random strings of digits, separators, signs and currency words).
 */
const PRICE = /(?:[$€£¥₹￥＄₩]|us\$|rs\.?)\s?\d[\d,.]*|(?<![\d,.])[,.]*\d[\d,.]*\s?(?:usd|eur|gbp|元|円|원)(?![\p{L}])/gu;

/** How many prices the text holds (the page's visible text is lowercased before, features.ts). */
export function countPrices(text: string): number {
  PRICE.lastIndex = 0;
  let n = 0;
  while (PRICE.exec(text)) n++;
  return n;
}
