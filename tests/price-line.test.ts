import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelledSegment } from '../src/classify/classify.js';
import { demotePriceLines, LATE_DEMOTIONS } from '../src/classify/late-demotions.js';
import { isPriceLine, loadPriceWords, PRICE_LINE_HIT, PRICE_LINE_MAX_CHARS, PRICE_LINE_MAX_LINES, PRICE_LINE_PAGE_TYPES } from '../src/classify/price-line.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/price-line.ts: on a page typed product, the buy box's price line ("Regular price
 * $39.99 USD", "From: $39.00") is navigation, unless the body holds more than PRICE_LINE_MAX_LINES
 * of them. Every line and page below was written for these tests.
 */

const WORDS = loadPriceWords();

describe('isPriceLine: lines that must and must not fire', () => {
  const fire: string[] = [
    'Regular price $39.99 USD',
    'Regular price Sale price $24.50 USD',
    'Sale price €49,95 Regular price €57,95',
    '$120.00 Original price was: $120.00.$84.00Current price is: $84.00.',
    '$249.99 Price reduced from $499.99 to',
    'From: $18.00',
    'From $18.00',
    '$1,200.00 $899.00 (SAVE 25%)',
    '$12.99 $9.99',
    'Preis ab 34,90 €',
    'Prix : 1 290 € au lieu de 1 490 €',
    'Precio: $45.000',
    '$14.00/ea',
    '  Price:   $8.50  ',
  ];
  const stay: string[] = [
    // a bare price: some gold bodies keep the item's own price
    '$9.99',
    '34,90 €',
    // a sentence about the price, a maker's suggested price, a configurator's card, a shipping promise
    'Only $39.99 for a kettle that will last a lifetime',
    '$399.99 MSRP',
    'Starting at $434',
    'Free shipping on orders over $50',
    'Pay $29/month for 12 months',
    'Capacity: 900 ml',
    // no price at all
    'Regular price',
    'Unit price / per',
    'Save 50%',
    '',
  ];
  it.each(fire)('fires: %j', (line) => {
    expect(isPriceLine(line, WORDS)).toBe(true);
  });
  it.each(stay)('does not fire: %j', (line) => {
    expect(isPriceLine(line, WORDS)).toBe(false);
  });
  it(`a line of ${PRICE_LINE_MAX_CHARS} characters fires, one more does not; spaces are collapsed before the bound`, () => {
    const fits = `Regular price $1.00 Sale price $0.50${' now'.repeat(11)}`;
    expect(fits.length).toBe(PRICE_LINE_MAX_CHARS);
    expect(isPriceLine(fits, WORDS)).toBe(true);
    expect(isPriceLine(`${fits}!`, WORDS)).toBe(false);
    expect(isPriceLine(`Sale price${' '.repeat(PRICE_LINE_MAX_CHARS)}$24.50`, WORDS)).toBe(true);
  });
  it('the shipped list loads with the currency codes, the hit says navigation and the pass is a named late demotion on product pages', () => {
    expect(WORDS.has('price')).toBe(true);
    expect(WORDS.has('usd')).toBe(true);
    expect(WORDS.has('msrp')).toBe(false);
    expect(PRICE_LINE_HIT.label).toBe('navigation');
    expect(LATE_DEMOTIONS.indexOf('price-line')).toBeGreaterThan(LATE_DEMOTIONS.indexOf('card-badge'));
    expect(PRICE_LINE_PAGE_TYPES).toEqual(['product']);
  });
});

describe('demotePriceLines', () => {
  const segment = (text: string, label: 'body' | 'navigation', kind = 'block'): LabelledSegment =>
    ({ block: { text, kind }, label, hits: [] }) as unknown as LabelledSegment;
  it('turns the body price lines to navigation with the hit, and leaves navigation, inline cuts and other body text', () => {
    const segments = [segment('Blue enamel kettle', 'body'), segment('Regular price $39.99 USD', 'body'), segment('From: $18.00', 'navigation'), segment('Sale price $24.50', 'body', 'inline')];
    const out = demotePriceLines(segments, WORDS);
    expect(out[0]).toBe(segments[0]);
    expect(out[1]!.label).toBe('navigation');
    expect(out[1]!.hits).toContain(PRICE_LINE_HIT);
    expect(out[2]).toBe(segments[2]);
    expect(out[3]).toBe(segments[3]);
  });
  it(`${PRICE_LINE_MAX_LINES} body price lines are demoted; one more is a grid of priced items, and all stay body`, () => {
    const lines = (n: number): LabelledSegment[] => Array.from({ length: n }, (_, i) => segment(`Sale price $${10 + i}.00 Regular price $${20 + i}.00`, 'body'));
    expect(demotePriceLines(lines(PRICE_LINE_MAX_LINES), WORDS).every((s) => s.label === 'navigation')).toBe(true);
    const grid = lines(PRICE_LINE_MAX_LINES + 1);
    expect(demotePriceLines(grid, WORDS)).toBe(grid);
  });
});

const HEADER = `<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/kettles">Kettles</a></li><li><a href="/pans">Pans</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>`;
const FOOTER = `<footer class="site-footer"><p>Copyright 2026 The Hob Shop. All rights reserved.</p></footer>`;
const DESCRIPTION = [
  'Our enamel kettle is pressed from a single sheet of steel and coated twice in glass enamel, so it heats evenly on gas, electric and induction hobs alike.',
  'The wide base boils a full litre and a half in under six minutes, and the beech handle stays cool enough to hold without a cloth while the water rolls.',
  'A loose whistle sits in the spout and sings when the water boils; lift it out if you would rather listen for the kettle yourself on quiet mornings.',
];

/** A shop's product page: the name, the price line, a one-line summary, the cart, the description and a details list. */
function productPage(priceLine: string): string {
  return `<!doctype html><html><head><title>Blue enamel kettle – The Hob Shop</title>
<meta property="og:type" content="product">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue enamel kettle","offers":{"@type":"Offer","price":"39.99","priceCurrency":"USD"}}</script>
</head><body>${HEADER}
<main class="product"><div class="summary"><h1 class="product-title">Blue enamel kettle</h1>
<p>${priceLine}</p>
<p>A stovetop kettle in deep blue enamel, made to last a lifetime of morning tea.</p></div>
<form class="cart"><label>Quantity</label><input type="number" value="1"><button>Add to cart</button></form>
<div class="product-description">${DESCRIPTION.map((p) => `<p>${p}</p>`).join('')}</div>
<ul class="details"><li>Capacity: 1.5 litres</li><li>Weight: 1.1 kg</li><li>Made in Portugal</li></ul>
</main>${FOOTER}</body></html>`;
}

describe('a written product page through the pipeline', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  it('the buy box\'s price line is navigation with its hit, the description stays body', () => {
    const line = segmentOf(sifter, productPage('Regular price $49.99 Sale price $39.99 USD'), 'Regular price $49.99 Sale price $39.99 USD');
    expect(line.type).toBe('product');
    expect(line.label).toBe('navigation');
    expect(line.rules).toContain(PRICE_LINE_HIT.rule);
    expect(segmentOf(sifter, productPage('Regular price $49.99 Sale price $39.99 USD'), DESCRIPTION[0]!).label).toBe('body');
  });
  it('a sentence about the price in the same place is no price line and stays body', () => {
    const text = 'Only $39.99 for a kettle that will last a lifetime';
    const line = segmentOf(sifter, productPage(text), text);
    expect(line.type).toBe('product');
    expect(line.label).toBe('body');
    expect(line.rules).not.toContain(PRICE_LINE_HIT.rule);
  });
  it('a bare price is not taken by the pass (whatever the other rules make of it)', () => {
    const line = segmentOf(sifter, productPage('$39.99'), '$39.99');
    expect(line.type).toBe('product');
    expect(line.rules).not.toContain(PRICE_LINE_HIT.rule);
  });
});
