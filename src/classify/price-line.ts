import { join } from 'node:path';
import { z } from 'zod';
import { readDataFile } from '../data-file.js';
import { DATA_DIR } from '../data-dir.js';
import type { PageType } from '../pagetype/model.js';
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES, PRICE, THOUSANDS_SPACE } from '../pagetype/prices.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { longerThan } from './short-line.js';

/**
 * A product page's price line: the buy box's offer on a line of its own, the amounts with nothing
 * but the words a shop prints around them — "From: $39.00", "Regular price Sale price $39.99 USD",
 * "$169.95 Original price was: $169.95. $101.97 Current price is: $101.97.", "$399.99 Price reduced
 * from $799.99 to", "$3,560.00 $1,779.00 (SAVE 50%)". It says on what terms the item is sold, not
 * what it is, like the quantity box and the cart button beside it, which are navigation; under the
 * product's name and over its description, the context passes make it body. On a page typed
 * product (PRICE_LINE_PAGE_TYPES), a whole body block of at most PRICE_LINE_MAX_CHARS characters
 * that holds a price (pagetype/prices.ts, the page-type features' own reading), no other word than
 * the price words of PRICE_WORDS_FILE and currency codes, and either one such word or a second
 * amount (a struck-through price) becomes navigation — when the page's body holds at most
 * PRICE_LINE_MAX_LINES such lines: a buy box prints its offer once or twice (a screen-reader copy,
 * a regular and a sale price), while a page with more priced lines in its body is a grid of items,
 * each priced, whose prices go with their items. A bare price ("$9.99") is left alone: a jewellery
 * shop's gold keeps its item's price, printed bare, on wcxb-dev folds 1-2.
 *
 * wcxb-dev folds 1-2 (session 39, helper product-39): buy-box price lines were body and not in the
 * gold on six shops' product pages (a hair-tool shop, a backpack shop, a rental shop, a chair
 * dealer, a food-colour shop, a robot maker), in the gold on one (the jewellery shop). Built with
 * bare prices too: folds 1-2 +0.00007 (product +0.0016 there), folds 3-4 -0.00004 (two product
 * pages and a service page typed product down, none up); without bare prices: folds 1-2 +0.00010
 * (5 pages up, none down; product 0.87605 -> 0.87696 over folds 1-4), folds 3-4 -0.00002 (one
 * product page down by 0.0125, none up) — within the session's tolerance, but not confirmed by
 * folds 3-4: WCXB's gold keeps a buy box's price on some shops and drops it on others.
 */

/** The page types the pass runs on: a listing's or collection's prices are its items' (kept by WCXB's gold on every grid of folds 1-2), a service's its plans'. */
export const PRICE_LINE_PAGE_TYPES: readonly PageType[] = ['product'];

/** The data file of the price words (data/cues). */
export const PRICE_WORDS_FILE = join(DATA_DIR, 'cues', 'price-words.json');

/**
 * A price line has at most this many characters: the longest buy-box line of wcxb-dev folds 1-2
 * is a hair-tool shop's "$169.95 Original price was: $169.95.$101.97Current price is: $101.97."
 * (68); a sentence about the price ("Was $99, now yours from $79 when you trade in your old one")
 * has other words, whatever its length.
 */
export const PRICE_LINE_MAX_CHARS = 80;

/**
 * A page whose body holds more price lines than this is a grid of priced items, not one buy box:
 * on wcxb-dev folds 1-2 the product pages' buy boxes print one or two (a backpack shop's regular
 * and sale price), and the grids typed product (a cosmetics shop's collection, an office-chair
 * maker's configurator cards) print four and more, which their gold keeps.
 */
export const PRICE_LINE_MAX_LINES = 3;

const priceWordsSchema = z.strictObject({ description: z.string(), words: z.array(z.string().regex(/^[\p{Ll}\p{M}]+$/u)) });

/** The price words (data/cues/price-words.json) and the currency codes the price reader knows (pagetype/prices.ts). */
export function loadPriceWords(path: string = PRICE_WORDS_FILE): ReadonlySet<string> {
  const words = readDataFile(priceWordsSchema, path, 'a price-word list').words;
  return new Set([...words, ...CURRENCY_PREFIXES, ...CURRENCY_SUFFIXES]);
}

/** A percentage: "50%", "(SAVE 50 %)". */
const PERCENT = /\d{1,3}(?:[.,]\d+)?\s?%/gu;
/** A word: a run of letters and marks (digits, signs and punctuation are not words). */
const WORD = /[\p{L}\p{M}]+/gu;

/** Whether a block's text is a price line: short enough, holds a price, and every word in it besides the prices is a price word. */
export function isPriceLine(text: string, words: ReadonlySet<string>): boolean {
  if (longerThan(text, PRICE_LINE_MAX_CHARS)) return false;
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line.length === 0 || line.length > PRICE_LINE_MAX_CHARS) return false;
  const lower = line.toLowerCase().replace(THOUSANDS_SPACE, '.');
  const rest = lower.replace(PRICE, ' ');
  if (rest === lower) return false;
  const lineWords = rest.replace(PERCENT, ' ').match(WORD) ?? [];
  if (!lineWords.every((w) => words.has(w))) return false;
  return lineWords.length > 0 || countMatches(lower) >= 2;
}

function countMatches(lower: string): number {
  return lower.match(PRICE)?.length ?? 0;
}

/** One frozen hit, shared by every line it is given to (like rule hits, rules/engine.ts). */
export const PRICE_LINE_HIT: RuleHit = Object.freeze({
  rule: 'context.price-line',
  label: 'navigation' satisfies Label,
  score: 0,
  description: 'a product page\'s price line ("Regular price $39.99", "From: $39.00"): the offer in the buy box, not the product\'s description',
});
