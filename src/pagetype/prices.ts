/**
 * Prices in a page's visible text, for the page-type features `prices` and `buyBox`
 * (features.ts; the text is lowercased before it comes here). Three forms:
 *
 * - a sign, then an amount: $12.99, € 5, ￥1299, ₩9,900, ₺1.250, r$ 89,90 (the `$` of r$ and us$);
 * - a currency code or short word standing alone as a word, then an amount: chf 49.90, rp 125.000,
 *   rs. 500, kr 129;
 * - an amount, then a sign, code or word (the European and Asian way of writing a price):
 *   34,90 €, 1.299,00 €, 49,99 zł, 1 290 ₽, 299 kč, 129 kr, 1.250 tl, 450.000₫, 120 元, 30usd.
 *
 * An amount is digits with commas and points in any order (a decimal comma or point, a thousands
 * point or comma alike), and thousands groups after a space, a no-break space or a thin space
 * (1 290, the French and Russian way): a group is exactly three digits after a digit and a space.
 * A year alone before a currency ("2026 €", "im Jahr 2026 kr") is not an amount: a bare 19xx/20xx
 * is taken for a year (the price "1999 €" written without cents is missed for it; "1.999 €" and
 * "1999,00 €" are prices).
 *
 * A code or word (before or after the amount) counts only as a whole word: "12 users", "3 kraje",
 * "3원하다", "2026 đã" and "hours 5" hold no price. Until session 36 "rs" was read anywhere, so
 * "users 5", "years 2020" and "filters 10" were prices: on 166 of the 910 pages of wcxb-dev's
 * training folds such words were all or some of the page's prices. Sign, amount and currency are
 * read on one line only (see GROUP_SPACE).
 *
 * Linear time: an amount is one run of digits, commas and points (a spaced thousands group is made
 * a point first, THOUSANDS_SPACE, which looks at a fixed width around each space), and the
 * amount-first form starts only where such a run starts (`(?<![\d,.])`, the run's own leading
 * commas and points taken by `[,.]{0,MAX_AMOUNT_CHARS}`). Written as `\d[\d,.]*\s?(?:usd|…)` alone, as it was until
 * session 29, it was tried again from every digit of a run that no currency follows, each try
 * reading to the run's end: 80,000 digits in a row took 3 s (the pathological family
 * `text-digit-run` times it). Reading the spaced groups inside the pattern instead, as a repeated
 * group, was tried in session 36: it needs a second guard against starting again at every group
 * ("1 111 111 …" was quadratic without it), and even with it V8 keeps one backtracking entry per
 * group, so five million groups in one line threw "Maximum call stack size exceeded" (the family
 * `text-digit-groups` times the point-first way).
 */

/**
 * Currency signs written before an amount (a character class's contents): dollar, euro, pound,
 * yen/yuan, rupee, full-width yuan and dollar of Chinese shops, won, lira, dong, rouble, hryvnia,
 * shekel, peso, baht, naira, tenge.
 */
export const CURRENCY_SIGNS = '$€£¥₹￥＄₩₺₫₽₴₪₱฿₦₸';

/**
 * The signs also written after an amount (34,90 €, 1 290 ₽, 450.000₫): CURRENCY_SIGNS but the
 * dollars. "34,99 $" is a Quebec price, but on English pages an amount before a `$` is a version
 * before a shell prompt ("v1.2.3 $ go build") or a rating or count before the next price
 * ("4.5 $12.99"): on wcxb-dev's training folds an amount-last `$` read such text on 21 pages,
 * and no Quebec price (session 36).
 */
export const CURRENCY_SIGNS_AFTER = '€£¥₹￥₩₺₫₽₴₪₱฿₦₸';

export const CURRENCY_PREFIXES = ['rs', 'rp', 'kr', 'chf', 'eur', 'usd', 'gbp', 'pln', 'czk', 'sek', 'nok', 'dkk', 'brl', 'rub', 'idr', 'vnd', 'inr', 'jpy', 'cny', 'huf'] as const;

/**
 * Codes and words written after an amount, as a whole word (no letter or combining mark after):
 * zł (Polish złoty), kč (Czech koruna), kr (Scandinavian krona/krone), tl (Turkish lira), đ and
 * vnđ (Vietnamese đồng), руб (rouble), 元 円 원, and ISO codes. Left out: "ft" (the forint, but
 * also feet: "5 ft"), "lei" (an Italian pronoun), "try" (an English verb), "р." (also "river").
 */
export const CURRENCY_SUFFIXES = ['usd', 'eur', 'gbp', 'chf', 'pln', 'zł', 'kč', 'czk', 'kr', 'sek', 'nok', 'dkk', 'tl', 'rub', 'руб', 'brl', 'idr', 'vnd', 'vnđ', 'đ', 'inr', 'jpy', 'cny', 'krw', 'huf', '元', '円', '원'] as const;

/**
 * The spaces that separate thousands groups, and a sign or code from its amount: space, no-break
 * space, thin space, narrow no-break space. Not a line break: the page's text joins its segments
 * with one, and a number ending one segment is not the amount of a sign starting the next
 * ("76\ntl;dr", "€\n256 gb").
 */
const GROUP_SPACE = '[ \\u00a0\\u2009\\u202f]';
/**
 * A space that separates thousands groups (after a digit, before exactly three digits: 1 290,
 * 12 345 678,90). countPrices makes it a point before it counts, so that an amount is one run of
 * digits, commas and points (see the module comment).
 */
export const THOUSANDS_SPACE = new RegExp(`(?<=\\d)${GROUP_SPACE}(?=\\d{3}(?!\\d))`, 'g');
/**
 * An amount is at most this many digits, commas and points: the longest price written out is about
 * 17 ("12.345.678.901,00"). Unbounded, a run of ten million digits before " €" threw "Maximum call
 * stack size exceeded" from the amount-first form (V8 keeps a backtracking entry per character of
 * `[\d,.]*` when a suffix has to follow, and ten million commas before a digit did the same; session
 * 36, on a 10 MB paragraph, the same on session 35's pattern): bounded, a run that no currency
 * follows is given up after this many, and so are the commas and points leading a run.
 */
export const MAX_AMOUNT_CHARS = 24;
const AMOUNT = `\\d[\\d,.]{0,${MAX_AMOUNT_CHARS - 1}}`;
const SUFFIX = `(?:[${CURRENCY_SIGNS_AFTER}]|(?:${CURRENCY_SUFFIXES.join('|')})(?![\\p{L}\\p{M}]))`;
const SIGN_FIRST = `(?:[${CURRENCY_SIGNS}]${GROUP_SPACE}?|(?<![\\p{L}\\p{N}_-])(?:${CURRENCY_PREFIXES.join('|')})(?:\\.?${GROUP_SPACE}|\\.|(?=\\d{1,3}[,.]\\d{3})))${AMOUNT}`;
/** Not inside a run (see the module comment), and not a year alone before its currency. */
export const AMOUNT_START = `(?<![\\d,.])(?!(?:19|20)\\d\\d${GROUP_SPACE}?${SUFFIX})`;
const AMOUNT_FIRST = `[,.]{0,${MAX_AMOUNT_CHARS}}${AMOUNT}${GROUP_SPACE}?${SUFFIX}`;

/** The pattern countPrices runs (on the text with THOUSANDS_SPACE made points). */
export const PRICE = new RegExp(`${SIGN_FIRST}|${AMOUNT_START}${AMOUNT_FIRST}`, 'gu');

/** How many prices the text holds (the page's visible text is lowercased before, features.ts). */
export function countPrices(text: string): number {
  const grouped = text.replace(THOUSANDS_SPACE, '.');
  PRICE.lastIndex = 0;
  let n = 0;
  while (PRICE.exec(grouped)) n++;
  return n;
}
