import { beforeAll, describe, expect, it } from 'vitest';
import { typedSegmentsOf } from '../benchmarks/train/page-segments.js';
import { parseOptions } from '../src/options.js';
import { BUY_BOX_MAX_SEGMENTS, PAGE_TYPE_FEATURE_NAMES, PAGE_TYPE_FEATURES, pageTypeFeatures } from '../src/pagetype/features.js';
import { loadResources, type Resources } from '../src/resources.js';

/**
 * The page-type feature `buyBox`: a price at most BUY_BOX_MAX_SEGMENTS visible segments after the
 * page's first `<h1>` (one product's name, then its price). Pages written for these tests.
 */

let resources: Resources;
beforeAll(async () => {
  resources = await loadResources(parseOptions({}));
});

const BUY_BOX = PAGE_TYPE_FEATURE_NAMES.indexOf('buyBox');

function buyBoxOf(html: string): number {
  const { page, segments } = typedSegmentsOf(resources, { html });
  return pageTypeFeatures(page, segments, resources.pageType.cues)[BUY_BOX]!;
}

/** `before` paragraphs between the `<h1>` and the price line. */
function productPage(before: number, title = '<h1>Harbour Canvas Tote</h1>', price = '$48.00'): string {
  const filler = Array.from({ length: before }, (_, i) => `<p>Detail ${i + 1}: waxed canvas, stitched by hand in the workshop by the quay, number ${i + 1} of the series.</p>`).join('');
  return `<html><head><title>Harbour Canvas Tote</title></head><body><nav><a href="/">Home</a> <a href="/bags">Bags</a></nav><main>${title}${filler}<p class="price">${price}</p><button>Add to cart</button></main></body></html>`;
}

const GRID = `<html><head><title>Bags</title></head><body><main><h1>Bags</h1><p>Sort by: newest</p><p>Filter: colour</p><p>Filter: size</p><p>Filter: material</p><p>Filter: price range</p><ul class="grid">${['Canvas Tote', 'Rope Bag', 'Net Bag', 'Duffel']
  .map((name, i) => `<li><a href="/p/${i}">${name}</a><p>$${20 + i}.00</p></li>`)
  .join('')}</ul></main></body></html>`;

describe('buyBox', () => {
  it('is a described page-type feature', () => {
    expect(BUY_BOX).toBeGreaterThanOrEqual(0);
    expect(PAGE_TYPE_FEATURES.buyBox.length).toBeGreaterThan(0);
  });

  // the price line is segment `before + 1` after the <h1>
  it.each(Array.from({ length: BUY_BOX_MAX_SEGMENTS }, (_, before) => before))('fires with the price %i segment(s) below the <h1>', (before) => {
    expect(buyBoxOf(productPage(before))).toBe(1);
  });

  it.each([BUY_BOX_MAX_SEGMENTS, BUY_BOX_MAX_SEGMENTS + 2])('does not fire with the price %i segments below the <h1> (past the threshold)', (before) => {
    expect(buyBoxOf(productPage(before))).toBe(0);
  });

  it('does not fire without an <h1>, nor on a price above it', () => {
    expect(buyBoxOf(productPage(0, '<h2>Harbour Canvas Tote</h2>'))).toBe(0);
    expect(buyBoxOf('<html><body><main><p class="price">$48.00</p><h1>Harbour Canvas Tote</h1><p>Waxed canvas, stitched by hand in the workshop by the quay.</p></main></body></html>')).toBe(0);
  });

  // issue #13: a price written amount first, as European and Asian shops write it
  it.each(['48,00 €', '1.299,00 €', '189,99 zł', '1 290 ₽', '1.250 TL', '450.000₫', 'Rp 125.000', 'R$ 89,90', 'CHF 49.90'])('fires on the price %j below the <h1>', (price) => {
    expect(buyBoxOf(productPage(0, undefined, price))).toBe(1);
  });

  it.each(['2026 €', '12.10.2026', '25 %', '1.250 kişi'])('does not fire on %j below the <h1> (a year, a date, a share, a count)', (price) => {
    expect(buyBoxOf(productPage(0, undefined, price))).toBe(0);
  });

  it('does not fire on a grid whose <h1> names the category and whose prices come after its controls', () => {
    expect(buyBoxOf(GRID)).toBe(0);
  });
});
