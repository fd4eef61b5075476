/**
 * A product page's suggestion grid. A shop's product page runs: the product's name, its buy box (a
 * price, often a table of prices), its description, then a grid of other priced products
 * ("Recommendations", "Customers who bought this…", a series' other books). When the page is typed
 * listing — a grid of twenty priced cards outweighs one product in the page-type model — the listing
 * promotion (late-promotions.ts `promoteListingItems`) takes that grid as the page's list; the
 * product page's gold keeps only the product.
 *
 * The page tells which it is by what comes before the grid: on a product page the product's name is
 * a heading that the <title> repeats, a price follows it within a few segments (the buy box, as the
 * page-type feature `buyBox` reads it: pagetype/features.ts BUY_BOX_MAX_SEGMENTS), and the product's
 * description (long running text, body.long-text) comes after, all before any item of the list; a
 * category or search page opens on its list, or on its heading and an intro with no price of its
 * own. So when, before the first promoted item, a body block outside every item holds a price
 * within BUY_BOX_MAX_SEGMENTS visible segments after a heading whose words are all in the <title>,
 * a later body block outside every item is long prose, and the list's items carry prices, nothing
 * of the list is promoted. It is the mirror of showcase.ts (a shop's priced grid, then its prose,
 * then more grids: the later grids are a showcase): here the product and its description come
 * first and every grid is a suggestion.
 *
 * Blocks are outside the items as in showcase.ts (its `outsideItems`, shared): their parent element holds no promoted segment
 * (a card's own price and description are the item's, not the page's). The priced block must be
 * body already: a shop's "free shipping over $99" bar and its menus are navigation, and with them
 * counted the test fired on five listing and collection pages of wcxb-dev's training folds whose
 * list is their content (a tuxedo shop, a running shop, a whetstone shop, a solar shop, a craft
 * market). Without the name anchor (any body block with a price, then prose) a service's home page
 * typed listing by a cross-validated page-type model lost its plan cards (identity-protection
 * plans, 0.896 -> 0.778): a feature card's heading named "$1,000,000 … insurance" twenty segments
 * after its <h1>, a testimonial's long quote after it.
 *
 * Measured: see BUY_BOX_GRID_MIN_PRICED_ITEMS.
 */
import { countPrices } from '../pagetype/prices.js';
import { BUY_BOX_MAX_SEGMENTS } from '../pagetype/features.js';
import { outsideItems } from './showcase.js';

/**
 * The fewest priced items (countPrices > 0 in a promoted segment's text) for the list to be a grid of
 * products a buy box can have as suggestions. Lists without prices (a blog's posts under its intro,
 * an index of recipes) are left alone. From product-unseen half A (session 44, helper prodfix-44): a
 * 2010 bookshop's product page typed listing (no <h1>; its name an <h2> the <title> repeats, a table
 * of member prices three segments below it, the blurb, then twenty recommended books each with
 * "Club Price: $…") body F1 0.46 -> 0.90 (the score it has forced to product). On wcxb-dev's
 * training folds no page moves, with the shipped page types or cross-validated ones; l3s-gn1,
 * readability, zh-gbk and zh-news-clean unchanged; the other half-A pages of every unseen set
 * unchanged.
 */
export const BUY_BOX_GRID_MIN_PRICED_ITEMS = 1;

/** One segment of the page, in document order, as the buy-box test reads it. */
export interface BuyBoxGridInput {
  /** Visible text of the page body: not a head block (<title>, meta) and not an inline block. */
  visible: boolean;
  /** The listing promotion would make it body. */
  item: boolean;
  /** Its text (prices are counted in it). */
  text: string;
  /** A heading element. */
  heading: boolean;
  /** Labelled body by the passes before the listing promotion. */
  body: boolean;
  /** A body block holding long running text (body.long-text). */
  prose: boolean;
  /** Block-element ancestry, outermost first, ending with the block's own element. */
  ancestors: readonly number[] | undefined;
}

const WORD = /[\p{L}\p{N}]+/gu;
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Whether every word of a heading is a word of the page's <title> (a product's name, which its shop repeats there). */
export function namesTitle(heading: string, titleWords: ReadonlySet<string>): boolean {
  const words = wordsOf(heading);
  return words.length > 0 && words.every((w) => titleWords.has(w));
}

/**
 * Whether the list follows a product's buy box and description: before the first item, a body block
 * outside every item holds a price within BUY_BOX_MAX_SEGMENTS visible segments after a heading
 * that names the <title> (`title`, the page's <title> text), a later body block outside every item
 * is long prose, and at least BUY_BOX_GRID_MIN_PRICED_ITEMS items hold a price.
 */
export function followsBuyBox(segments: readonly BuyBoxGridInput[], title: string | undefined): boolean {
  if (title === undefined) return false;
  const titleWords = new Set(wordsOf(title));
  const pricedItems = segments.filter((s) => s.item && countPrices(s.text.toLowerCase()) > 0).length;
  if (pricedItems < BUY_BOX_GRID_MIN_PRICED_ITEMS) return false;
  const outside = outsideItems(segments);
  /** Visible segments since the last heading that names the title (-1 before one). */
  let sinceName = -1;
  let priced = false;
  for (const s of segments) {
    if (s.item) return false;
    if (!s.visible) continue;
    if (s.heading && namesTitle(s.text, titleWords)) {
      sinceName = 0;
      continue;
    }
    if (sinceName >= 0) sinceName++;
    if (!s.body || !outside(s.ancestors)) continue;
    if (priced && s.prose) return true;
    if (sinceName >= 0 && sinceName <= BUY_BOX_MAX_SEGMENTS && countPrices(s.text.toLowerCase()) > 0) priced = true;
  }
  return false;
}
