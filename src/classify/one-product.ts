import { countPrices } from '../pagetype/prices.js';
import { isHeadBlock } from '../segment/block.js';
import type { LabelledSegment } from './classify.js';

/**
 * A page that shows one product: its first `<h1>` sits in a container whose class or id names a
 * product (the page-type cue words of data/pagetype/cues.json `classTokens.product`: product, price,
 * cart…) and that container, after the `<h1>`, holds a price in at most ONE_PRODUCT_MAX_PRICED
 * segments: the product's name and its buy box, in one block. Shop platforms build their product
 * page that way: Magento 2's `div.product-info-main` (h1.page-title, then span.price), Shopify's
 * Dawn theme `div.product__info-container` (h1, then the price), PrestaShop's
 * `div.product-information` / `div.product-prices` beside h1.product-name, and the 2010 shop
 * CompSource's `div#product-details-container2` (product-unseen half A). A category or search page
 * puts its `<h1>` over the grid: the h1's container then holds every card's price (wcxb-dev training
 * folds, listing pages whose h1's container holds a price: 6 to 55 priced segments each; the one
 * whose container names a product, `div#indexProductList`, holds 24), or names no product.
 *
 * Such a page is not a listing whatever the page-type model says (it types a product page listing
 * when a grid of "similar products", a seller's offers or a carousel outweighs the product): the list
 * promotion runs on it without a listing call (classify/listing-call.ts NO_LISTING_CALL), as on a
 * page typed product, so a list is promoted only when it dwarfs the page's body.
 *
 * Measured (session 45, branch prod-45): product-unseen half A, CompSource's camera page (its
 * "Similar products" tab of ten priced cards had been promoted) 0.323 -> 0.464; it fires on
 * Waterstone's book page too (`div.contentProductDetails`), unchanged. wcxb-dev training folds, the
 * four guard sets and every other half-A page typed listing: no page changed.
 */

/**
 * The most segments with a price that the product's container may hold after its `<h1>`: one price,
 * a was-price beside it, a unit price. The product containers measured (CompSource's on
 * product-unseen half A, Barnes & Noble's `div#product-info`) held one; listing pages' h1
 * containers on wcxb-dev's training folds held 6 or more (see above).
 */
export const ONE_PRODUCT_MAX_PRICED = 3;

/** One segment of the page, in document order, as the test reads it. */
export interface OneProductInput {
  /** Visible text of the page body: not a head block, not an inline block, not hidden. */
  visible: boolean;
  /** An `<h1>` heading. */
  h1: boolean;
  text: string;
  /** Tag path, e.g. `html>body>div#main.product-info>h1`. */
  path: string | undefined;
  /** Block-element ancestry, outermost first, ending with the block's own element. */
  ancestors: readonly number[] | undefined;
}

/** The test's reading of the labelled segments (OneProductInput). */
export function oneProductInputs(segments: readonly LabelledSegment[]): OneProductInput[] {
  return segments.map(({ block }) => ({ visible: !isHeadBlock(block) && block.kind !== 'inline' && !block.hidden, h1: block.kind === 'heading' && block.headingLevel === 1, text: block.text, path: block.path, ancestors: block.ancestors }));
}

/** The lower-case class and id tokens of a path element such as `div#product-details.main.wide`. */
function elementTokens(element: string): string[] {
  return element.toLowerCase().split(/[#.]/).slice(1).filter((t) => t.length > 0);
}

/** Whether the page's first visible `<h1>` and one product's price share a container named for a product. */
export function showsOneProduct(segments: readonly OneProductInput[], productWords: readonly string[]): boolean {
  const at = segments.findIndex((s) => s.visible && s.h1);
  if (at < 0) return false;
  const title = segments[at]!;
  const elements = title.path?.split('>') ?? [];
  const parentElement = elements[elements.length - 2];
  const parent = title.ancestors !== undefined && title.ancestors.length >= 2 ? title.ancestors[title.ancestors.length - 2] : undefined;
  if (parentElement === undefined || parent === undefined) return false;
  if (!elementTokens(parentElement).some((token) => productWords.some((word) => token.includes(word)))) return false;
  let priced = 0;
  for (const s of segments.slice(at + 1)) {
    if (!s.visible || s.ancestors === undefined || !s.ancestors.includes(parent)) continue;
    if (countPrices(s.text.toLowerCase()) > 0) priced++;
  }
  return priced > 0 && priced <= ONE_PRODUCT_MAX_PRICED;
}
