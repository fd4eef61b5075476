import { describe, expect, it } from 'vitest';
import { foldGaps } from '../benchmarks/eval/fold-gap.js';
import type { PageResult } from '../benchmarks/eval/page.js';

function page(pageType: string, precision: number, recall: number): PageResult {
  return { pageType, body: { precision, recall } } as PageResult;
}

/** Training pages of one type: three in four score high, one in four low. */
function training(type: string, n: number): PageResult[] {
  return Array.from({ length: n }, (_, i) => (i % 4 === 0 ? page(type, 0.5, 0.6) : page(type, 0.95, 0.97)));
}

const groups = (train: PageResult[], heldBack: PageResult[]) =>
  new Map([
    ['wcxb-dev/train', train],
    ['wcxb-dev/held-back', heldBack],
  ]);

describe('foldGaps (held back against same-size draws of training pages)', () => {
  it('says nothing when only one part was evaluated', () => {
    expect(foldGaps(new Map([['wcxb-dev/train', training('product', 40)]]))).toEqual([]);
    expect(foldGaps(new Map([['wcxb-dev/held-back', training('product', 8)]]))).toEqual([]);
  });

  it('finds held-back pages scoring like the training pages within the draws', () => {
    const [product] = foldGaps(groups(training('product', 40), training('product', 8)), 2000);
    expect(product?.type).toBe('product');
    expect(product?.heldBackF1).toBeGreaterThanOrEqual(product?.drawLow ?? 1);
    expect(product?.heldBackF1).toBeLessThanOrEqual(product?.drawHigh ?? 0);
    expect(product?.shareAtOrUnder).toBeGreaterThan(0.05);
  });

  it('finds held-back pages that all score like the training folds’ worst under nearly every draw', () => {
    const heldBack = Array.from({ length: 8 }, () => page('product', 0.5, 0.6));
    const [product] = foldGaps(groups(training('product', 40), heldBack), 2000);
    expect(product?.heldBackF1).toBeLessThan(product?.drawLow ?? 0);
    expect(product?.shareAtOrUnder).toBeLessThan(0.01);
  });

  it('gives a row per type held back, most pages first, then all; skips a type with too few training pages', () => {
    const train = [...training('article', 40), ...training('product', 12), ...training('listing', 3)];
    const heldBack = [...training('product', 6), ...training('article', 10), ...training('listing', 4)];
    const rows = foldGaps(groups(train, heldBack), 500);
    expect(rows.map((r) => r.type)).toEqual(['article', 'product', 'all']);
    expect(rows.at(-1)?.heldBackPages).toBe(20);
    expect(rows.at(-1)?.trainPages).toBe(55);
  });

  it('is the same on every run (seeded)', () => {
    const g = groups(training('forum', 30), training('forum', 7));
    expect(foldGaps(g, 500)).toEqual(foldGaps(g, 500));
  });
});
