import { beforeAll, describe, expect, it } from 'vitest';
import { BUY_BOX_GRID_MIN_PRICED_ITEMS, followsBuyBox, namesTitle, type BuyBoxGridInput } from '../src/classify/buy-box-grid.js';
import { BUY_BOX_MAX_SEGMENTS } from '../src/pagetype/features.js';
import { parseOptions } from '../src/options.js';
import { loadResources, type Resources } from '../src/resources.js';
import { classifiedHtml, listingPromotedTexts } from './helpers/classified.js';

/**
 * classify/buy-box-grid.ts: a priced list after a body block with a price just below a heading that
 * names the <title>, and then long prose, both outside every item, is a product page's suggestion
 * grid and is not promoted. The pages below were
 * written for these tests.
 */

const LONG = 'The book opens on a storm over the harbour and follows the keeper through one long winter.';
const TITLE = 'The Harbour Light by Ann Reed (Paperback): Harbour Books';
const block = (text: string, ancestors: number[], body = true, prose = false): BuyBoxGridInput => ({ visible: true, item: false, text, heading: false, body, prose, ancestors });
const heading = (text: string, ancestors = [1, 2, 8]): BuyBoxGridInput => ({ visible: true, item: false, text, heading: true, body: false, prose: false, ancestors });
const item = (text: string, ancestors: number[]): BuyBoxGridInput => ({ visible: true, item: true, text, heading: false, body: false, prose: false, ancestors });
/** html(1) > main(2) > name(8); buy box(3) > price(4); description(5) > p(6); grid(7) > card(10+i) > name / price. */
const name = (): BuyBoxGridInput => heading('The Harbour Light (Paperback)');
const priceBlock = (ancestors = [1, 2, 3, 4]): BuyBoxGridInput => block('Online price: $7.63', ancestors);
const proseBlock = (ancestors = [1, 2, 5, 6]): BuyBoxGridInput => block(LONG, ancestors, true, true);
const filler = (n: number): BuyBoxGridInput[] => Array.from({ length: n }, (_, i) => block(`Add to wishlist ${i}`, [1, 2, 9, 30 + i], false));
const cards = (priced: number): BuyBoxGridInput[] =>
  [0, 1, 2].flatMap((i) => [item(`Another book ${i}`, [1, 2, 7, 10 + i, 100 + i]), item(i < priced ? `Club price: $${6 + i}.86` : 'Paperback', [1, 2, 7, 10 + i, 110 + i])]);

describe('followsBuyBox', () => {
  const cases: { name: string; segments: BuyBoxGridInput[]; title?: string; fires: boolean }[] = [
    { name: 'the name, a price, then the description, then a priced grid', segments: [name(), priceBlock(), proseBlock(), ...cards(3)], fires: true },
    { name: `the price ${BUY_BOX_MAX_SEGMENTS} segments after the name`, segments: [name(), ...filler(BUY_BOX_MAX_SEGMENTS - 1), priceBlock(), proseBlock(), ...cards(3)], fires: true },
    { name: `with ${BUY_BOX_GRID_MIN_PRICED_ITEMS} priced item`, segments: [name(), priceBlock(), proseBlock(), ...cards(BUY_BOX_GRID_MIN_PRICED_ITEMS)], fires: true },
    { name: `the price ${BUY_BOX_MAX_SEGMENTS + 1} segments after the name`, segments: [name(), ...filler(BUY_BOX_MAX_SEGMENTS), priceBlock(), proseBlock(), ...cards(3)], fires: false },
    { name: 'no heading names the title (a feature card\'s priced heading)', segments: [heading('Protection for your family'), priceBlock(), proseBlock(), ...cards(3)], fires: false },
    { name: 'the page has no <title>', segments: [name(), priceBlock(), proseBlock(), ...cards(3)], title: '', fires: false },
    { name: 'a grid without prices (a blog\'s posts after its intro)', segments: [name(), priceBlock(), proseBlock(), ...cards(0)], fires: false },
    { name: 'prose before the price (a category\'s intro, then a priced banner)', segments: [name(), proseBlock(), priceBlock(), ...cards(3)], fires: false },
    { name: 'a price and no prose before the grid', segments: [name(), priceBlock(), ...cards(3)], fires: false },
    { name: 'prose only (a category page\'s intro)', segments: [name(), proseBlock(), ...cards(3)], fires: false },
    { name: 'the price is navigation (a "free shipping over $99" bar)', segments: [name(), block('Free shipping over $99', [1, 2, 3, 4], false), proseBlock(), ...cards(3)], fires: false },
    { name: 'the price and prose come after the first item', segments: [name(), ...cards(3).slice(0, 2), priceBlock(), proseBlock(), ...cards(3).slice(2)], fires: false },
    { name: 'the price sits in a card\'s element (its parent holds an item)', segments: [name(), priceBlock([1, 2, 7, 10, 120]), proseBlock(), ...cards(3)], fires: false },
    { name: 'the prose sits in a card\'s element', segments: [name(), priceBlock(), proseBlock([1, 2, 7, 11, 121]), ...cards(3)], fires: false },
  ];
  for (const c of cases) {
    it(`${c.fires ? 'fires' : 'does not fire'}: ${c.name}`, () => {
      expect(followsBuyBox(c.segments, c.title === '' ? undefined : c.title ?? TITLE)).toBe(c.fires);
    });
  }
});

describe('namesTitle', () => {
  const words = new Set(['the', 'harbour', 'light', 'by', 'ann', 'reed', 'paperback', 'harbour', 'books']);
  it('a heading whose words are all in the title names it', () => {
    expect(namesTitle('The Harbour Light (Paperback)', words)).toBe(true);
  });
  it('a heading with a word the title lacks does not; nor does an empty one', () => {
    expect(namesTitle('Recommendations', words)).toBe(false);
    expect(namesTitle('The Harbour Light Hardcover', words)).toBe(false);
    expect(namesTitle('—', words)).toBe(false);
  });
});

const HEADER = `<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/books">Books</a></li><li><a href="/music">Music</a></li><li><a href="/help">Help</a></li></ul></nav></header>`;
const FOOTER = `<footer class="site-footer"><p>Copyright 2026 Harbour Books. All rights reserved.</p><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul></footer>`;
const NAMES = ['The Lighthouse Keeper', 'Salt and Stone', 'A Winter Crossing', 'The Quiet Bay', 'Northern Lights', 'Tide Tables', 'The Last Ferry', 'Gull Island'];
const BLURB = [
  'When the storm of the century cuts the island off from the mainland, the old keeper and his granddaughter have nothing but the lamp, a radio that works one day in three and the stories he never told her about the winter her mother left.',
  'Told over one long season, this is a novel about the people who stay when everyone else has gone, about the sea that feeds them and takes from them, and about the small rituals of light and weather that keep a family together.',
];

/** A grid of cards, each a linked title over a price. */
const grid = (cls: string): string =>
  `<div class="${cls}">${NAMES.map((name, i) => `<div class="card"><a class="card-name" href="/b/${i}">${name}</a><p class="card-price">Club price: $${6 + i}.86</p></div>`).join('')}</div>`;

/** A product page: name, a table of prices, the blurb, then a "Recommendations" grid. */
const productPage = `<!doctype html><html><head><title>The Harbour Light (Paperback) – Harbour Books</title></head><body>${HEADER}
<div id="content"><h2>The Harbour Light (Paperback)</h2>
<table class="prices"><tr><td>Retail price: $7.99. Online price: $7.63, and members pay only $6.86 for this edition.</td></tr></table>
<div class="details">${BLURB.map((p) => `<p>${p}</p>`).join('')}</div>
<h4>Recommendations</h4>${grid('product-list')}</div>${FOOTER}</body></html>`;

/** A category page: a heading, an intro paragraph, then the grid of books. */
const categoryPage = `<!doctype html><html><head><title>Sea novels – Harbour Books</title></head><body>${HEADER}
<div id="content"><h1>Sea novels</h1><div class="intro"><p>${BLURB[1]}</p></div>
${grid('product-list')}</div>${FOOTER}</body></html>`;

describe('promoteListingItems: a product page\'s suggestion grid', () => {
  let resources: Resources;
  beforeAll(async () => {
    resources = await loadResources(parseOptions({}));
  });

  const promotedTexts = (html: string): string[] => listingPromotedTexts(html, resources);

  it('the grid after the buy box and the blurb is not promoted', () => {
    const segments = classifiedHtml(productPage, resources);
    // the price sentence and the blurb are body before the promotion, the card titles navigation
    expect(segments.find((s) => s.block.text.startsWith('Retail price'))?.label).toBe('body');
    expect(segments.find((s) => s.block.text.startsWith('When the storm'))?.label).toBe('body');
    for (const name of NAMES) expect(segments.find((s) => s.block.text === name)?.label).toBe('navigation');
    const promoted = promotedTexts(productPage);
    for (const name of NAMES) expect(promoted).not.toContain(name);
  });

  it('the same page without its price table has its grid promoted (the buy box is what holds it back)', () => {
    const withoutPrice = productPage.replace(/<table class="prices">.*?<\/table>/s, '');
    const promoted = promotedTexts(withoutPrice);
    for (const name of NAMES) expect(promoted).toContain(name);
  });

  it('a category page\'s grid after its intro (no price before it) is promoted', () => {
    const promoted = promotedTexts(categoryPage);
    for (const name of NAMES) expect(promoted).toContain(name);
  });
});
