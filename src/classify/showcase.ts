/**
 * A shop's showcase grids after its own text. A shop's home or category page is often built as a
 * run of sections: a grid of priced products, a block of the shop's own prose ("The biggest wall
 * art, anywhere", a buying guide, an FAQ), then another grid ("Best selling", "New arrivals", a
 * card row of help topics). The listing promotion (late-promotions.ts `promoteListingItems`) takes
 * every grid inside the list region; WCXB's gold keeps the prose and leaves the grids that follow
 * it out. So on a page whose promoted list carries prices, the promoted segments that come after a
 * long prose block lying outside every item of the list stay navigation: the catalogue is what
 * comes before the shop starts talking, what follows the talk is a showcase.
 *
 * The prose must lie outside the items: a product card's own description (a long paragraph under
 * the name, beside the price) is an item's text, not the page's, and a grid of such cards is one
 * list. A block is outside the items when its parent element holds no promoted segment. Lists
 * without prices — a blog's sections, each with its own intro paragraph, a recipe index — are left
 * alone: their gold keeps every section.
 *
 * Measured on wcxb-dev's training folds: see SHOWCASE_MIN_PRICED_ITEMS.
 */
import { countPrices } from '../pagetype/prices.js';

/**
 * The fewest priced promoted segments (countPrices > 0) before the prose for the segments after it
 * to be a showcase. wcxb-dev training folds, simulated on main's segment dump and then built, the
 * same figures (session 38, helper product-38): with 1, body F1 0.93721 -> 0.93755 (folds 1-2
 * +0.00036, folds 3-4 +0.00032), collection 0.8720 -> 0.8784, three shop pages up (a wall-art
 * shop's home page 0.53 -> 0.71, a solar shop 0.66 -> 0.84, a lock maker's category 0.66 -> 0.75),
 * no page of any type down; 2 decides the same pages; 3, 4, 5 and 10 lose the solar shop (two
 * priced items before its prose; collection 0.8751). With 0 (any listing, prices or not) listing
 * fell 0.8688 -> 0.8622 (a recipe index whose sections each open with an intro 0.81 -> 0.44, a
 * blog's front 0.61 -> 0.52) and service 0.9081 -> 0.9058. Without the outside-the-items test a
 * category of long-described cards lost its later cards (0.97 -> 0.94); with medium text
 * (body.medium-text) as the prose instead of long text, collection 0.8768 (a headphone shop's
 * category 0.99 -> 0.95). l3s-gn1, readability, zh-gbk and zh-news-clean unchanged page for page.
 */
export const SHOWCASE_MIN_PRICED_ITEMS = 1;

/** One segment of the page, in document order, as the showcase test reads it. */
export interface ShowcaseInput {
  /** The listing promotion would make it body. */
  item: boolean;
  /** Its text (prices are counted in it when it is an item). */
  text: string;
  /** A body block the promotion does not touch, holding long running text (body.long-text). */
  prose: boolean;
  /** Block-element ancestry, outermost first, ending with the block's own element. */
  ancestors: readonly number[] | undefined;
}

/**
 * The test of a block lying outside every item of a list (`segments`' items): its parent element
 * holds no item — a card's own description and price are the item's, not the page's. A block with
 * no recorded parent is not outside. Shared with buy-box-grid.ts.
 */
export function outsideItems(segments: readonly { item: boolean; ancestors: readonly number[] | undefined }[]): (ancestors: readonly number[] | undefined) => boolean {
  const itemElements = new Set<number>();
  for (const s of segments) if (s.item && s.ancestors) for (const id of s.ancestors) itemElements.add(id);
  return (ancestors) => ancestors !== undefined && ancestors.length >= 2 && !itemElements.has(ancestors[ancestors.length - 2]!);
}

/**
 * The indices of the items that follow the shop's own prose: after SHOWCASE_MIN_PRICED_ITEMS priced
 * items, the first prose block whose parent element holds no item starts the showcase, and every
 * item after it is returned. Empty when there is no such block.
 */
export function findShowcaseItems(segments: readonly ShowcaseInput[]): ReadonlySet<number> {
  const outside = outsideItems(segments);
  const showcase = new Set<number>();
  let priced = 0;
  let started = false;
  segments.forEach((s, i) => {
    if (s.item) {
      if (started) showcase.add(i);
      else if (countPrices(s.text.toLowerCase()) > 0) priced++;
      return;
    }
    if (started || !s.prose || priced < SHOWCASE_MIN_PRICED_ITEMS) return;
    if (outside(s.ancestors)) started = true;
  });
  return showcase;
}

/** The rule that marks long running text (data/rules/30_body.json): the prose that starts a showcase. */
export const LONG_TEXT_RULE = 'body.long-text';
