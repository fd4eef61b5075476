import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelledSegment } from '../src/classify/classify.js';
import { demoteTaxonomyLines, LATE_DEMOTIONS } from '../src/classify/late-demotions.js';
import { LISTING_ITEM_HIT } from '../src/classify/listing.js';
import { TAXONOMY_LINE, TAXONOMY_LINE_MAX_CHARS } from '../src/classify/taxonomy-line.js';
import type { Sifter } from '../src/index.js';
import { describeShortLineRule } from './helpers/short-line-table.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/taxonomy-line.ts: a line that files the page under the site's taxonomy ("SKU: …",
 * "Category: …", "Tags: …") is navigation. Every line and page below was written for these tests.
 */

const PATTERNS = TAXONOMY_LINE.load();

const fire: string[] = [
  'SKU: KT-2041',
  'sku:KT-2041',
  'SKU : KT-2041 Categories: Kettles, Stovetop Tag: enamel',
  'SKU: N/A Categories: Trail Packs, Rentals',
  'Category: review',
  'Categories: Kettles, Stovetop',
  'CATEGORIES: Gardening',
  'Tags: kettles, enamel, camping',
  'Tag: enamel',
  'Tags:kettles enamel',
  'Tagged: kettles, enamel',
  'Filed under: Recipes, Breakfast',
  'Filed Under: Build It',
  'Filed in: cheap kettles',
  'Labels: customer development, lean startup',
  'Tags:',
  '  Category:   review  ',
];
const stay: string[] = [
  // a sentence that names a category or a tag is the page's own text
  'Category 5 hurricanes are the strongest storms on the scale.',
  'The category of the kettle is stovetop: it needs a flame.',
  'Tags are small labels sewn into the seam.',
  'Our SKU list is updated every Monday.',
  'This kettle is filed under our best sellers: it sold out twice.',
  // left out on purpose: a paper's keywords (gold), a forum menu, a byline, spec rows
  'Keywords: inflammation, depression, endorphins',
  'Topics: Active | Unanswered',
  'Posted in News by Jane Doe',
  'Item #: 22405',
  'Model: KT-2041',
  'Brand: The Hob Shop',
  '',
];
const at = `Tags: ${'x'.repeat(TAXONOMY_LINE_MAX_CHARS - 'Tags: '.length)}`;
describeShortLineRule('TAXONOMY_LINE', TAXONOMY_LINE, { fire, stay, bound: { at, over: `${at}y` } }, (patterns) => {
  it('a label followed by more white space than the bound is still a short line', () => {
    expect(TAXONOMY_LINE.matches(`Tags:${' '.repeat(TAXONOMY_LINE_MAX_CHARS)}enamel`, patterns)).toBe(true);
  });
  it('is a named late demotion after the furniture lines', () => {
    expect(LATE_DEMOTIONS.indexOf('taxonomy-line')).toBe(LATE_DEMOTIONS.indexOf('furniture-line') + 1);
  });
});

describe('demoteTaxonomyLines', () => {
  const segment = (text: string, label: 'body' | 'navigation', kind = 'block', hits: unknown[] = []): LabelledSegment =>
    ({ block: { text, kind }, label, hits }) as unknown as LabelledSegment;
  it('turns a body taxonomy line to navigation with its hit, and leaves navigation, inline cuts, listing items and other body text', () => {
    const segments = [
      segment('A blue enamel kettle for the stove and the campfire.', 'body'),
      segment('Tags: kettles, enamel', 'body'),
      segment('Category: Kettles', 'navigation'),
      segment('SKU: KT-2041', 'body', 'inline'),
      segment('Category:Kettles', 'body', 'block', [LISTING_ITEM_HIT]),
    ];
    const out = demoteTaxonomyLines(segments, PATTERNS);
    expect(out[0]).toBe(segments[0]);
    expect(out[1]!.label).toBe('navigation');
    expect(out[1]!.hits).toContain(TAXONOMY_LINE.hit);
    expect(out[2]).toBe(segments[2]);
    expect(out[3]).toBe(segments[3]);
    expect(out[4]).toBe(segments[4]);
  });
});

const PARAGRAPHS = [
  'We took the blue enamel kettle on four camping trips this autumn, and it boiled a litre of water on the small gas stove in a little under six minutes every time.',
  'The handle stays cool enough to hold without a glove, the lid sits firmly when you pour, and the enamel has not chipped, even after a fall onto the rocks by the lake.',
  'It is heavier than the aluminium kettles we tried last year, so it suits a car camp better than a long walk, but for a family weekend it has become the first thing we pack.',
];

/** A written blog post: the review, then one more line in the text's own element (its category line, or a closing sentence). */
function reviewPage(meta: string): string {
  return `<!doctype html><html><head><title>Blue enamel kettle review – The Camp Kitchen</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/reviews">Reviews</a></li><li><a href="/recipes">Recipes</a></li><li><a href="/about">About</a></li></ul></nav></header>
<main><article class="post"><h1>Blue enamel kettle review</h1>
<div class="entry-content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>${meta}</p></div>
</article></main>
<footer class="site-footer"><p>Copyright 2026 The Camp Kitchen. All rights reserved.</p></footer></body></html>`;
}

describe('a written blog post through the whole pipeline', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the review is body and its category line is navigation', () => {
    const page = reviewPage('Category: review');
    expect(segmentOf(sifter, page, PARAGRAPHS[1]!).label).toBe('body');
    const { label, rules } = segmentOf(sifter, page, 'Category: review');
    expect(label).toBe('navigation');
    expect(rules).toContain(TAXONOMY_LINE.hit.rule);
  });

  it('a closing sentence in the same place stays body', () => {
    const closing = 'Category 5 storms aside, it has survived everything the lake has thrown at it.';
    const { label, rules } = segmentOf(sifter, reviewPage(closing), closing);
    expect(rules).not.toContain(TAXONOMY_LINE.hit.rule);
    expect(label).toBe('body');
  });
});
