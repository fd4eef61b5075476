import { beforeAll, describe, expect, it } from 'vitest';
import { ONE_PRODUCT_MAX_PRICED, showsOneProduct, type OneProductInput } from '../src/classify/one-product.js';
import { parseOptions } from '../src/options.js';
import { siftPage } from '../src/pipeline.js';
import { loadResources, type Resources } from '../src/resources.js';
import { typedAs } from '../benchmarks/diagnose/forced-type.js';

/**
 * classify/one-product.ts: a page whose first <h1> and one product's price share a container whose
 * class or id names a product shows one product; its list is promoted without a listing call. The
 * pages below were written for these tests.
 */

const WORDS = ['product', 'price', 'cart'];
const seg = (text: string, path: string, ancestors: number[], extra: Partial<OneProductInput> = {}): OneProductInput => ({ visible: true, h1: false, text, path, ancestors, ...extra });
/** html(1) > body(2) > container(3) > h1(4) / p(5..); grid(9) > card(20+i). */
const h1 = (container = 'div#item-details.product-info'): OneProductInput => seg('Trail Lantern 300', `html>body>${container}>h1`, [1, 2, 3, 4], { h1: true });
const inBox = (text: string, n: number, container = 'div#item-details.product-info'): OneProductInput => seg(text, `html>body>${container}>p`, [1, 2, 3, 5 + n]);
const card = (i: number): OneProductInput => seg(`Camp Stove ${i} $${20 + i}.00`, 'html>body>div.grid>div.card', [1, 2, 9, 20 + i]);
const cards = (n: number): OneProductInput[] => Array.from({ length: n }, (_, i) => card(i));

describe('showsOneProduct', () => {
  const cases: { name: string; segments: OneProductInput[]; fires: boolean }[] = [
    { name: 'the h1, then its price in the product container, then a priced grid', segments: [h1(), inBox('Part number: TL-300', 0), inBox('$24.99', 1), ...cards(6)], fires: true },
    { name: 'the price far below the h1 in the same container (a label column, then the values)', segments: [h1(), ...Array.from({ length: 8 }, (_, i) => inBox(`Label ${i}:`, i)), inBox('Our price $24.99', 9), ...cards(6)], fires: true },
    { name: `${ONE_PRODUCT_MAX_PRICED} priced segments in the container (a was-price, a price, a unit price)`, segments: [h1(), ...Array.from({ length: ONE_PRODUCT_MAX_PRICED }, (_, i) => inBox(`$${24 + i}.99`, i)), ...cards(6)], fires: true },
    { name: 'the container named by its id only', segments: [h1('div#product-details-container'), inBox('$24.99', 0, 'div#product-details-container')], fires: true },
    { name: `${ONE_PRODUCT_MAX_PRICED + 1} priced segments in the container (a category's grid under its h1)`, segments: [h1(), ...Array.from({ length: ONE_PRODUCT_MAX_PRICED + 1 }, (_, i) => inBox(`$${24 + i}.99`, i))], fires: false },
    { name: 'the container names no product (a category header)', segments: [h1('div.page-header'), inBox('From $24.99', 0, 'div.page-header'), ...cards(6)], fires: false },
    { name: 'no price in the container, prices only in the grid', segments: [h1(), inBox('Part number: TL-300', 0), ...cards(6)], fires: false },
    { name: 'the price before the h1', segments: [inBox('$24.99', 0), h1(), inBox('Part number: TL-300', 1), ...cards(6)], fires: false },
    { name: 'the price hidden', segments: [h1(), inBox('$24.99', 0)].map((s, i) => (i === 1 ? { ...s, visible: false } : s)), fires: false },
    { name: 'no h1 on the page', segments: [inBox('$24.99', 0), ...cards(6)], fires: false },
    { name: 'a hidden h1', segments: [{ ...h1(), visible: false }, inBox('$24.99', 0)], fires: false },
    { name: 'the h1 without a recorded ancestry (a text page)', segments: [{ ...h1(), ancestors: undefined }, inBox('$24.99', 0)], fires: false },
  ];
  for (const c of cases) {
    it(`${c.fires ? 'fires' : 'does not fire'}: ${c.name}`, () => {
      expect(showsOneProduct(c.segments, WORDS)).toBe(c.fires);
    });
  }
});

const HEADER = `<div id="top"><a href="/">Home</a> | <a href="/camping">Camping</a> | <a href="/lights">Lights</a> | <a href="/cart">Cart</a></div>`;
const FOOTER = `<div id="bottom"><p>© 2026 Hillside Outdoor Supply. All rights reserved.</p><a href="/privacy">Privacy policy</a></div>`;
const SIMILAR = Array.from({ length: 10 }, (_, i) =>
  `<div class="row"><a class="item-name" href="/p/${i}">Ridge Camp Lantern model ${i} with dimmer, rechargeable battery and hanging hook</a><span>Part number: RL-${100 + i}</span> <span class="amount">$${30 + i}.00</span> <b>In stock</b> <a href="/cart/add/${i}">Add to cart</a></div>`).join('');
const DESCRIPTION = [
  'Bright 300 lumen lantern with three light modes, a folding handle and a battery that lasts a weekend.',
  'The shell is made of impact resistant polycarbonate and the base holds four AA cells when the battery runs flat in the field.',
  'A red night mode keeps your eyes adjusted to the dark, and the dimmer turns down to a glow for reading in the tent.',
  'Weight 310 grams with the battery, height 18 centimetres, water resistant to IPX4, charged over USB in about four hours.',
].map((p) => `<p>${p}</p>`).join('');

/** A shop's product page: the name and price in the product's box, its description, then ten other priced lanterns. */
function productPage(boxClass: string): string {
  return `<html><head><title>Trail Lantern 300 - Hillside Outdoor Supply</title></head><body>${HEADER}
<div id="main"><div class="${boxClass}"><h1>Trail Lantern 300 camping lantern</h1><p><b>Part number:</b> TL-300</p><p><b>Our price:</b> <b class="red">$24.99</b></p></div>
<div id="specs">${DESCRIPTION}</div>
<div id="others">${SIMILAR}</div></div>
${FOOTER}</body></html>`;
}

describe('a page typed listing whose h1 and price share a product box (src/pipeline.ts)', () => {
  let listing: Resources;
  beforeAll(async () => {
    const shipped = await loadResources(parseOptions({}));
    listing = { ...shipped, pageType: { ...shipped.pageType, model: typedAs(shipped.pageType.model!, 'listing') } };
  });
  const similarBody = (html: string): number => siftPage(listing, parseOptions({}), { html }).segments.filter((s) => s.label === 'body' && s.text.includes('Ridge Camp Lantern')).length;

  it('the similar products are promoted when the box names no product', () => {
    expect(similarBody(productPage('summary-box'))).toBeGreaterThan(0);
  });

  it('the similar products are not promoted when the box names a product', () => {
    expect(similarBody(productPage('product-info'))).toBe(0);
  });
});
