import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportSchema, type Sifter } from '../src/index.js';
import { PAGE_TYPE_FEATURE_NAMES } from '../src/pagetype/features.js';
import { classifyPage, PAGE_TYPE_MIN_HIT, PAGE_TYPES, pageTypeScores, type PageType, type PageTypeModel } from '../src/pagetype/model.js';
import { declaredTypesOfJsonLd, schemaTypeOf } from '../src/segment/declared-types.js';
import { segmentHtml } from '../src/segment/html.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * report.pageType (issue 13): a table of pages, written for these tests in the markup of common
 * site software (text our own), that must get one type and must not get others; the declared
 * types the segmenter reads; and the page-type model's decision and hits on a model made here.
 */

const FIXTURES = join(import.meta.dirname, 'fixtures', 'pages');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

let sifter: Sifter;
beforeAll(async () => {
  sifter = await defaultSifter();
});

const TABLE: { page: string; is: PageType; isNot: PageType[] }[] = [
  { page: 'en-blog-comments.html', is: 'article', isNot: ['forum', 'listing'] },
  { page: 'en-news-zero-font-essay-mill.html', is: 'article', isNot: ['listing', 'product'] },
  { page: 'ja-news-article.html', is: 'article', isNot: ['forum', 'listing'] },
  { page: 'zh-table-layout-news.html', is: 'article', isNot: ['listing'] },
  { page: 'en-forum-thread.html', is: 'forum', isNot: ['article'] },
  { page: 'zh-forum-thread.html', is: 'forum', isNot: ['article'] },
  // a German phpBB thread: no English forum word, German dates; its user cards' 'Registriert:' lines (session 36)
  { page: 'de-phpbb-thread.html', is: 'forum', isNot: ['article', 'other'] },
  { page: 'ru-news-lead.html', is: 'article', isNot: ['listing', 'forum'] },
  { page: 'en-category-listing.html', is: 'listing', isNot: ['article', 'forum'] },
  { page: 'zh-portal-home.html', is: 'listing', isNot: ['article'] },
  { page: 'en-product-page.html', is: 'product', isNot: ['article', 'listing'] },
  { page: 'ja-product-page.html', is: 'product', isNot: ['article', 'listing'] },
  { page: 'en-docs-reference.html', is: 'other', isNot: ['article', 'forum'] },
];

describe('report.pageType on fixture pages', () => {
  it.each(TABLE)('$page is $is', ({ page, is, isNot }) => {
    const report = sifter.sift(fixture(page));
    expect(report.version).toBe(3);
    expect(report.pageType.type).toBe(is);
    for (const other of isNot) expect(report.pageType.type).not.toBe(other);
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('names the features that decided a clear case', () => {
    const product = sifter.sift(fixture('en-product-page.html')).pageType;
    expect(product.hits.map((h) => h.rule)).toContain('pagetype.declared.product');
    const forum = sifter.sift(fixture('en-forum-thread.html')).pageType;
    expect(forum.hits.map((h) => h.rule)).toContain('pagetype.class.forum');
    for (const hit of [...product.hits, ...forum.hits]) {
      expect(hit.score).toBeGreaterThanOrEqual(PAGE_TYPE_MIN_HIT);
      expect(hit.description.length).toBeGreaterThan(0);
    }
  });

  it('gives text input a type too', () => {
    const report = sifter.sift('A plain line of text.\n\nAnother paragraph, with a sentence in it.');
    expect(PAGE_TYPES).toContain(report.pageType.type);
  });
});

describe('declared types', () => {
  it('reads og:type, JSON-LD @type (string and array) and microdata itemtype', () => {
    const page = segmentHtml(
      '<html><head><meta property="og:type" content="Article"><script type="application/ld+json">{"@type":["Product","Thing"],"offers":{"@type":"Offer"}}</script></head>' +
        '<body><div itemscope itemtype="https://schema.org/DiscussionForumPosting"><p>Hi.</p></div></body></html>',
    );
    expect(page.declaredTypes).toEqual(['article', 'product', 'thing', 'offer', 'discussionforumposting']);
  });

  it('ignores ordinary scripts and pages that declare nothing', () => {
    expect(segmentHtml('<script>var x = {"@type": "Product"};</script><p>Text.</p>').declaredTypes).toBeUndefined();
    expect(segmentHtml('<p>Text.</p>').declaredTypes).toBeUndefined();
  });

  it('takes the last part of a type IRI and refuses what is not a name', () => {
    expect(schemaTypeOf('http://schema.org/NewsArticle')).toBe('newsarticle');
    expect(schemaTypeOf('https://schema.org/Product https://schema.org/Thing')).toBe('product');
    expect(schemaTypeOf('https://schema.org/')).toBeUndefined();
    expect(schemaTypeOf('Product!')).toBeUndefined();
    expect(declaredTypesOfJsonLd('{"@type": "9lives"}')).toEqual([]);
    expect(declaredTypesOfJsonLd('{"@type": "QAPage", "mainEntity": {"@type" : "Question"}}')).toEqual(['qapage', 'question']);
  });
});

describe('classifyPage', () => {
  const d = PAGE_TYPE_FEATURE_NAMES.length;
  const prices = PAGE_TYPE_FEATURE_NAMES.indexOf('prices');
  const zero = (): number[] => new Array<number>(d).fill(0);
  function model(productWeight: number, productIntercept = -1): PageTypeModel {
    const types = Object.fromEntries(PAGE_TYPES.map((t) => [t, { intercept: t === 'article' ? 0 : t === 'product' ? productIntercept : -1, weights: zero() }])) as PageTypeModel['types'];
    types.product.weights[prices] = productWeight;
    return { version: 1, fittedAt: 'test', trainedOn: { sources: [], dataHash: '', pages: {} }, crossValidation: { folds: 5, accuracy: 0, confusion: {} }, features: [...PAGE_TYPE_FEATURE_NAMES], means: zero(), types };
  }
  const withPrices = (n: number): number[] => {
    const f = zero();
    f[prices] = n;
    return f;
  };

  it('picks the type with the highest score, the prior when nothing is seen', () => {
    expect(classifyPage(model(1), zero())).toEqual({ type: 'article', hits: [] });
    expect(classifyPage(model(1), withPrices(0.9)).type).toBe('article');
    expect(classifyPage(model(1), withPrices(1.1)).type).toBe('product');
  });

  it('scores every type as intercept + weights · features (the listing stage reads them, classify/listing.ts)', () => {
    const scores = pageTypeScores(model(2), withPrices(1.5));
    expect(scores).toEqual({ article: 0, forum: -1, listing: -1, product: 2, other: -1 });
    expect(classifyPage(model(2), withPrices(1.5), scores)).toEqual(classifyPage(model(2), withPrices(1.5)));
  });

  it('names a feature only when it moved the score by PAGE_TYPE_MIN_HIT or more', () => {
    const weight = 10;
    const just = PAGE_TYPE_MIN_HIT / weight;
    expect(classifyPage(model(weight, 1), withPrices(just * 1.01))).toMatchObject({ type: 'product', hits: [{ rule: 'pagetype.prices' }] });
    expect(classifyPage(model(weight, 1), withPrices(just * 0.99))).toEqual({ type: 'product', hits: [] });
  });

  it('does not name an absent feature whose absence helped', () => {
    const m = model(-5, 1);
    m.means[prices] = 1;
    expect(classifyPage(m, withPrices(0))).toEqual({ type: 'product', hits: [] });
    expect(classifyPage(model(5, 1), withPrices(1)).hits.map((h) => h.rule)).toEqual(['pagetype.prices']);
  });
});
