import { describe, expect, it } from 'vitest';
import { crossValidatedConfusion, accuracyOf, DOMAIN_HELD_OUT_SPLITS, domainHeldOut, domainHeldOutAccuracy, fitPageTypeModel, sourceOf, sourceWeights, type PageTypeRow } from '../benchmarks/fit/body-pagetype.js';
import { TRAINABLE_SETS } from '../benchmarks/corpus/clean-pages.js';
import { PAGE_TYPE_FEATURE_NAMES } from '../src/pagetype/features.js';

/**
 * The page-type fit's domain-held-out criterion (session 34, branch ptdomain-34): a source's pages
 * typed by a model fitted on the other sources only, and the per-source row weights. Rows written here.
 */

const PRICES = PAGE_TYPE_FEATURE_NAMES.indexOf('prices');
const DATED = PAGE_TYPE_FEATURE_NAMES.indexOf('datedSegments');

/** `n` rows of a source, every fourth a product; `flip`: in this source the cue points the other way (its products have no prices, its articles do). */
function rowsOf(source: string, n: number, flip = false): PageTypeRow[] {
  return Array.from({ length: n }, (_, i) => {
    const product = i % 4 === 0;
    const features = new Array<number>(PAGE_TYPE_FEATURE_NAMES.length).fill(0);
    features[PRICES] = product !== flip ? 2 + (i % 3) * 0.1 : (i % 5) * 0.1;
    features[DATED] = (i % 7) * 0.1;
    return { key: `${source}/${i}`, type: product ? 'product' : 'article', features };
  });
}

describe('sourceOf and sourceWeights', () => {
  it('reads the set off the key', () => {
    expect(sourceOf({ key: 'zh-gbk/0042' })).toBe('zh-gbk');
    expect(sourceOf({ key: 'plain' })).toBe('plain');
  });

  it('weighs every row 1 at power 0, and every source alike at power 1', () => {
    const rows = [...rowsOf('big', 90), ...rowsOf('small', 10)];
    expect(new Set(sourceWeights(rows, 0))).toEqual(new Set([1]));
    const w = sourceWeights(rows, 1);
    const total = (source: string) => rows.reduce((a, r, i) => a + (sourceOf(r) === source ? w[i]! : 0), 0);
    expect(total('big')).toBeCloseTo(50, 6);
    expect(total('small')).toBeCloseTo(50, 6);
    const half = sourceWeights(rows, 0.5);
    expect(half[0]!).toBeLessThan(1);
    expect(half[95]!).toBeGreaterThan(1);
  });

  it('change the fit when a source is small and disagrees', () => {
    const rows = [...rowsOf('big', 80), ...rowsOf('odd', 20, true)];
    const plain = fitPageTypeModel(rows, [], '', { sourcePower: 0 });
    const balanced = fitPageTypeModel(rows, [], '', { sourcePower: 1 });
    expect(balanced.types.product.weights[PRICES]!).toBeLessThan(plain.types.product.weights[PRICES]!);
  });
});

describe('domainHeldOut', () => {
  it('types each left-out source with a model fitted on the others only', () => {
    const rows = [...rowsOf('a', 40), ...rowsOf('b', 40), ...rowsOf('c', 40, true)];
    const [toC, toB] = domainHeldOut(rows, [
      { train: ['a', 'b'], test: ['c'] },
      { train: ['a'], test: ['b'] },
    ]);
    // c's cue points the other way: a model that never saw c gets every c page wrong
    expect(toC!.pages).toBe(40);
    expect(toC!.accuracy).toBe(0);
    // b is like a: the cue carries over
    expect(toB!.pages).toBe(40);
    expect(toB!.accuracy).toBe(1);
    expect(domainHeldOutAccuracy([toC!, toB!])).toBeCloseTo(0.5, 10);
    // the in-domain CV sees c's pages in training and types most of them right
    expect(accuracyOf(crossValidatedConfusion(rows))).toBeGreaterThan(0.6);
  });

  it('averages the sources, not the pages, and leaves out a split with no rows', () => {
    const rows = [...rowsOf('a', 40), ...rowsOf('b', 8), ...rowsOf('c', 40, true)];
    const results = domainHeldOut(rows, [
      { train: ['a'], test: ['b'] },
      { train: ['a'], test: ['c'] },
      { train: ['a'], test: ['nowhere'] },
    ]);
    expect(results.map((r) => r.pages)).toEqual([8, 40]);
    expect(domainHeldOutAccuracy(results)).toBeCloseTo(0.5, 10);
    expect(domainHeldOutAccuracy([])).toBe(0);
  });

  it('leaves out each small trainable source in turn, never wcxb-dev, and never tests a source it trains on', () => {
    const tested = DOMAIN_HELD_OUT_SPLITS.flatMap((s) => s.test);
    expect(new Set(tested)).toEqual(new Set(TRAINABLE_SETS.filter((s) => s !== 'wcxb-dev')));
    for (const split of DOMAIN_HELD_OUT_SPLITS) {
      expect(split.test.some((s) => split.train.includes(s))).toBe(false);
      expect([...split.train, ...split.test].sort()).toEqual([...TRAINABLE_SETS].sort());
    }
  });
});
