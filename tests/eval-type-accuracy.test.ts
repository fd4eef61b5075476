import { describe, expect, it } from 'vitest';
import type { PageResult } from '../benchmarks/eval/page.js';
import { reportType, typeAccuracy, typeAccuracyRows } from '../benchmarks/eval/type-accuracy.js';

function page(pageType: string | null, predictedPageType: string | null): PageResult {
  return { pageType, predictedPageType } as PageResult;
}

describe('reportType', () => {
  it.each([
    ['article', 'article'],
    ['forum', 'forum'],
    ['listing', 'listing'],
    ['product', 'product'],
    ['other', 'other'],
    ['collection', 'listing'],
    ['documentation', 'other'],
    ['service', 'other'],
  ])('reads gold type %s as the report type %s', (gold, want) => {
    expect(reportType(gold)).toBe(want);
  });

  it.each([['spam-excerpt'], ['clean-excerpt'], ['homepage'], [null]])('has no report type for %s', (gold) => {
    expect(reportType(gold)).toBeNull();
  });
});

describe('typeAccuracy', () => {
  it('counts the pages whose report type is the gold type, and the confusion', () => {
    const a = typeAccuracy([page('article', 'article'), page('article', 'listing'), page('collection', 'listing'), page('service', 'article')]);
    expect(a.pages).toBe(4);
    expect(a.correct).toBe(2);
    expect(a.accuracy).toBe(0.5);
    expect(a.confusion).toEqual({ article: { article: 1, listing: 1 }, listing: { listing: 1 }, other: { article: 1 } });
  });

  it('leaves out pages with no report type on either side', () => {
    const a = typeAccuracy([page('spam-excerpt', 'article'), page('article', null), page(null, 'article')]);
    expect(a.pages).toBe(0);
    expect(a.accuracy).toBeNull();
    expect(typeAccuracyRows(new Map([['spam', a]]))).toEqual([]);
  });

  it('names the commonest wrong type per gold type in the table', () => {
    const a = typeAccuracy([page('article', 'article'), page('article', 'listing'), page('article', 'listing'), page('article', 'forum')]);
    const [row] = typeAccuracyRows(new Map([['news', a]]));
    expect(row).toEqual(['news', '4', '0.250', '1/4 (listing 2)', '-', '-', '-', '-']);
  });
});
