import { describe, expect, it } from 'vitest';
import { isPageType, typedAs } from '../benchmarks/diagnose/forced-type.js';
import { LISTING_MIN_MARGIN, listingMargin } from '../src/classify/listing.js';
import { loadPageTypeResources } from '../src/pagetype/detect.js';
import { classifyPage, PAGE_TYPES, pageTypeScores } from '../src/pagetype/model.js';
import { PAGE_TYPE_FEATURE_NAMES } from '../src/pagetype/features.js';

/**
 * benchmarks/diagnose/forced-type.ts: the page-type model that gives every page one type, with
 * which late-passes.ts (--type-as) and type-oracle.ts probe what a wrong type costs.
 */
const model = loadPageTypeResources().model;
if (model === undefined) throw new Error('these tests need the fitted page-type model (data/weights/pagetype.json)');

// pages as the model sees them: no evidence at all, an average training page, and one with every feature high
const zeros = PAGE_TYPE_FEATURE_NAMES.map(() => 0);
const average = [...model.means];
const loud = PAGE_TYPE_FEATURE_NAMES.map(() => 5);

describe('typedAs', () => {
  for (const type of PAGE_TYPES) {
    it(`types every page ${type}`, () => {
      const forced = typedAs(model, type);
      for (const features of [zeros, average, loud]) expect(classifyPage(forced, features).type).toBe(type);
    });
  }

  it('leaves the shipped model as it was', () => {
    const before = classifyPage(model, average).type;
    typedAs(model, before === 'forum' ? 'article' : 'forum');
    expect(classifyPage(model, average).type).toBe(before);
  });

  it('forced to listing, every page is a clear listing call', () => {
    const forced = typedAs(model, 'listing');
    for (const features of [zeros, average, loud]) expect(listingMargin(pageTypeScores(forced, features))).toBeGreaterThanOrEqual(LISTING_MIN_MARGIN);
  });
});

describe('isPageType', () => {
  it.each(PAGE_TYPES)('accepts %s', (type) => expect(isPageType(type)).toBe(true));
  it.each(['collection', 'service', 'documentation', 'Article', ''])('rejects %j (WCXB types are mapped first)', (value) => expect(isPageType(value)).toBe(false));
});
