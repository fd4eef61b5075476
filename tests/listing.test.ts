import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelledSegment } from '../src/classify/classify.js';
import { promoteListingItems } from '../src/classify/late-promotions.js';
import { isControlLabel } from '../src/features/control.js';
import {
  findListingRegion,
  isListingContent,
  isItemList,
  isRecommendationTitle,
  isTitleHeading,
  ITEM_SHAPE_LABELS,
  itemShape,
  LISTING_FALLBACK_MIN_ITEMS,
  LISTING_MIN_LIST_TO_BODY,
  LISTING_MIN_MARGIN,
  LISTING_MIN_TITLED_ITEMS,
  LISTING_REGION_SHARE,
  LISTING_TITLED_MIN_LIST_TO_BODY,
  listingMargin,
  RECOMMENDATION_MIN_NAV_HITS,
  type ListingEvidence,
  type ListingInput,
} from '../src/classify/listing.js';
import { TEASER_HEADLINE_MIN_LINK_DENSITY } from '../src/classify/teasers.js';
import type { Report, Sifter } from '../src/index.js';
import { parseOptions } from '../src/options.js';
import { loadResources, type Resources } from '../src/resources.js';
import { classifiedHtml } from './helpers/classified.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/listing.ts: on a page whose page type is `listing`, the navigation inside the element
 * that holds the list becomes body (issue 13: wcxb-dev's gold body of a listing page is the list).
 * The pages below were written for these tests.
 */

const EPS = 1e-6;
const ROOT = 1;
const MAIN = 2;
const LIST = 3;
const ASIDES = [4, 5];

/** Five list items of `itemWeight` each (html > main > ul > li) and two asides of `asideWeight` each (html > aside > p). */
function page(itemWeight: number, asideWeight: number, asideCandidate = true): ListingInput[] {
  const items = [10, 11, 12, 13, 14].map((li) => ({ ancestors: [ROOT, MAIN, LIST, li], weight: itemWeight, candidate: true }));
  return [...items, ...ASIDES.map((aside, i) => ({ ancestors: [ROOT, aside, 20 + i], weight: asideWeight, candidate: asideCandidate }))];
}

describe('findListingRegion', () => {
  it('takes the deepest element holding LISTING_REGION_SHARE of the candidates', () => {
    // the list holds exactly the share: it is the region
    const total = 100;
    const listWeight = LISTING_REGION_SHARE * total;
    expect(findListingRegion(page(listWeight / 5, (total - listWeight) / 2))).toBe(LIST);
  });

  it('climbs to an element that holds the share when the list holds just under it', () => {
    const total = 100;
    const listWeight = LISTING_REGION_SHARE * total - EPS;
    // neither the list nor an aside holds the share: only the root holds them
    expect(findListingRegion(page(listWeight / 5, (total - listWeight) / 2))).toBe(ROOT);
  });

  it('does not count segments that are not candidates (navigation cue, spam, out of flow)', () => {
    expect(findListingRegion(page(1, 1000, false))).toBe(LIST);
    expect(findListingRegion(page(1, 1000, true))).toBe(ROOT);
  });

  it('finds nothing without candidates or containers', () => {
    expect(findListingRegion([])).toBeUndefined();
    expect(findListingRegion(page(10, 10).map((s) => ({ ...s, candidate: false })))).toBeUndefined();
    expect(findListingRegion([{ ancestors: undefined, weight: 100, candidate: true }])).toBeUndefined();
  });
});

const HEADER = `<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/garden">Garden</a></li><li><a href="/kitchen">Kitchen</a></li><li><a href="/about">About us</a></li></ul></nav></header>`;
const FOOTER = `<footer class="site-footer"><p>Copyright 2026 Allotment Notes. All rights reserved.</p><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul></footer>`;

const POSTS: readonly [string, string][] = [
  ['Planting garlic before the first frost', 'Cloves set out in October root before winter and give fatter bulbs by midsummer than spring planting does.'],
  ['Why our runner beans stopped flowering', 'A hot dry spell in July halted the flowers; a deep soak every third evening brought them back within a fortnight.'],
  ['Saving tomato seed from this year\'s best plants', 'Ferment the pulp for three days, rinse the seed, and dry it on a plate before storing it in paper envelopes.'],
  ['A cheap cold frame from old windows', 'Four reclaimed sashes and a few offcuts of timber made a frame that keeps salad leaves growing into December.'],
  ['Leaf mould: the slowest compost worth making', 'Autumn leaves in a wire cage turn into a crumbly mulch in two years, with no turning and no smell at all.'],
  ['Netting brassicas against pigeons', 'A frame of canes and fine netting kept the birds off the kale all winter; the netting must not touch the leaves.'],
];

const card = ([title, summary]: readonly [string, string], i: number): string =>
  `<article class="post-card"><h2><a href="/posts/${i}">${title}</a></h2><p>${summary}</p><p class="date">March ${i + 2}, 2026</p></article>`;

const LISTING_PAGE = `<!doctype html><html><head><title>Garden – Allotment Notes</title>
</head><body>${HEADER}
<main><h1>Garden</h1><div class="posts">${POSTS.map(card).join('')}</div>
<nav class="pagination"><a href="/garden/page/2">Older posts</a></nav></main>${FOOTER}</body></html>`;

const ARTICLE_PARAGRAPHS = [
  'We set out forty cloves of a hardneck variety in the second week of October, in a bed that had grown beans over the summer and was dug over with a barrow of compost.',
  'The cloves went in five centimetres deep and fifteen apart, pointed end up, and the bed was covered with a thin layer of leaf mould to keep the soil from crusting in the rain.',
  'By Christmas every clove had sent up a green shoot, and the roots that had formed in the warm autumn soil held the plants firm through two weeks of hard frost in January.',
  'In June the leaves began to yellow from the bottom, the sign that the bulbs were ready; we lifted them on a dry morning and hung them in the shed to cure for three weeks.',
  'The harvest weighed nearly twice what the spring-planted row gave last year, and the bulbs were firmer and kept better into the following spring than any we had grown before.',
];

const ARTICLE_PAGE = `<!doctype html><html><head><title>Planting garlic before the first frost – Allotment Notes</title>
<meta property="og:type" content="article"></head><body>${HEADER}
<main><article class="entry"><h1>Planting garlic before the first frost</h1><p class="byline">By Ruth Meadows, October 14, 2026</p>
<div class="entry-content">${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></article>
<section class="more-from"><h2>More from the garden</h2>${POSTS.slice(1, 5).map(card).join('')}</section></main>${FOOTER}</body></html>`;

function labelOf(report: Report, phrase: string): string | undefined {
  return report.segments.find((s) => s.source.kind !== 'title' && s.text.includes(phrase))?.label;
}

describe('listing pages: the list is body', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('a blog category page is a listing; its headlines, dates and summaries are body, its menu and footer navigation', async () => {
    const report = await sifter.sift(LISTING_PAGE);
    expect(report.pageType.type).toBe('listing');
    for (const [title, summary] of POSTS) {
      expect(labelOf(report, title), title).toBe('body');
      expect(labelOf(report, summary.slice(0, 30)), summary).toBe('body');
    }
    expect(labelOf(report, 'March 2, 2026')).toBe('body');
    expect(report.segments.find((s) => s.text.includes(POSTS[0]![0]) && s.source.kind !== 'title')?.hits.map((h) => h.rule)).toContain('context.listing-item');
    expect(labelOf(report, 'Kitchen')).toBe('navigation');
    expect(labelOf(report, 'All rights reserved')).toBe('navigation');
    expect(labelOf(report, 'Privacy policy')).toBe('navigation');
  });

  it('on an article page the "more from" teasers stay navigation and the article stays body', async () => {
    const report = await sifter.sift(ARTICLE_PAGE);
    expect(report.pageType.type).toBe('article');
    for (const p of ARTICLE_PARAGRAPHS) expect(labelOf(report, p.slice(0, 40))).toBe('body');
    for (const [title, summary] of POSTS.slice(1, 5)) {
      expect(labelOf(report, title), title).toBe('navigation');
      expect(labelOf(report, summary.slice(0, 30)), summary).toBe('navigation');
    }
    expect(report.segments.flatMap((s) => s.hits.map((h) => h.rule))).not.toContain('context.listing-item');
  });
});

describe('isListingContent: a clear listing call, or a list that dwarfs the body', () => {
  const evidence = (margin: number, listWeight: number, bodyWeight: number, titledItems = 0): ListingEvidence => ({ margin, listWeight, bodyWeight, titledItems });

  it('promotes from LISTING_MIN_MARGIN up whatever the weights', () => {
    expect(isListingContent(evidence(LISTING_MIN_MARGIN, 0, 1000))).toBe(true);
    expect(isListingContent(evidence(LISTING_MIN_MARGIN - EPS, 0, 1000))).toBe(false);
  });

  it('under the margin, promotes from LISTING_MIN_LIST_TO_BODY times the body up', () => {
    const margin = LISTING_MIN_MARGIN - EPS;
    expect(isListingContent(evidence(margin, LISTING_MIN_LIST_TO_BODY * 100, 100))).toBe(true);
    expect(isListingContent(evidence(margin, LISTING_MIN_LIST_TO_BODY * 100 - EPS, 100))).toBe(false);
    // a page with no body before promotion: any list is the content
    expect(isListingContent(evidence(margin, 1, 0))).toBe(true);
  });

  it('under the margin, a list of LISTING_MIN_TITLED_ITEMS titled items is promoted from LISTING_TITLED_MIN_LIST_TO_BODY times the body up', () => {
    const margin = LISTING_MIN_MARGIN - EPS;
    expect(LISTING_TITLED_MIN_LIST_TO_BODY).toBeLessThan(LISTING_MIN_LIST_TO_BODY);
    expect(isListingContent(evidence(margin, LISTING_TITLED_MIN_LIST_TO_BODY * 100, 100, LISTING_MIN_TITLED_ITEMS))).toBe(true);
    expect(isListingContent(evidence(margin, LISTING_TITLED_MIN_LIST_TO_BODY * 100 - EPS, 100, LISTING_MIN_TITLED_ITEMS))).toBe(false);
    expect(isListingContent(evidence(margin, LISTING_TITLED_MIN_LIST_TO_BODY * 100, 100, LISTING_MIN_TITLED_ITEMS - 1))).toBe(false);
  });

  it('isRecommendationTitle: a heading with a full-weight navigation term', () => {
    expect(isRecommendationTitle(true, RECOMMENDATION_MIN_NAV_HITS)).toBe(true);
    expect(isRecommendationTitle(true, RECOMMENDATION_MIN_NAV_HITS - 0.5)).toBe(false);
    expect(isRecommendationTitle(false, RECOMMENDATION_MIN_NAV_HITS)).toBe(false);
  });

  it('isTitleHeading: a heading that is (almost) all link', () => {
    expect(isTitleHeading(true, TEASER_HEADLINE_MIN_LINK_DENSITY)).toBe(true);
    expect(isTitleHeading(true, TEASER_HEADLINE_MIN_LINK_DENSITY - EPS)).toBe(false);
    expect(isTitleHeading(false, 1)).toBe(false);
  });

  it('listingMargin is the listing score over the article score', () => {
    expect(listingMargin({ article: 1.5, forum: 9, listing: 4, product: -2, other: 0 })).toBeCloseTo(2.5, 9);
    expect(listingMargin({ article: 3, forum: 0, listing: 1, product: 0, other: 0 })).toBeCloseTo(-2, 9);
  });
});

/**
 * A category page whose intro (body before promotion) is `introSentences` sentences long; its
 * items are titled by linked headings, or (`titled` false) by links in a paragraph.
 */
function categoryPage(introSentences: number, titled = true, morePosts = 0): string {
  const intro = INTRO_SENTENCES.slice(0, introSentences).join(' ');
  const more = MORE_POSTS.slice(0, morePosts).map((post, i) => card(post, POSTS.length + i)).join('');
  const page = LISTING_PAGE.replace('<main><h1>Garden</h1>', `<main><h1>Garden</h1><p>${intro}</p>`).replace('</div>\n<nav class="pagination">', `${more}</div>\n<nav class="pagination">`);
  return titled ? page : page.replace(/<h2>(<a [^>]*>[^<]*<\/a>)<\/h2>/g, '<p class="title">$1</p>');
}

/** Four more posts for a longer category page. */
const MORE_POSTS: readonly [string, string][] = [
  ['Rhubarb forcing with an upturned bucket', 'Covering the crowns in February gave pale pink stalks three weeks before the open plants, sweeter and less stringy.'],
  ['What the slugs left of the lettuce', 'Beer traps caught dozens a night, but a ring of grit around each plant did more to keep the seedlings whole.'],
  ['Dividing the old clump of chives', 'A spade through the middle in early spring made four vigorous plants out of one that had stopped flowering well.'],
  ['Sowing parsnips on the shortest days', 'Seed sown thickly in late winter came up patchily; a second sowing in April under a board came up in a fortnight.'],
];

const INTRO_SENTENCES = [
  'Notes from our allotment on the edge of town, where we have grown vegetables, fruit and flowers on the same two plots for eleven years.',
  'We write about what worked, what failed and what we would do differently next season, with the dates on which we sowed, planted and picked.',
  'Nothing here is sponsored; the tools and seeds we mention were bought at the garden centre down the road or swapped with our neighbours.',
  'Most of the posts are short; the longer ones, on compost, seed saving and cold frames, are collected in the guides section of the site.',
  'If you garden on heavy clay as we do, start with the posts on raised beds and leaf mould, which changed more for us than anything else.',
];

function weightOf(segments: readonly LabelledSegment[], resources: Resources, keep: (s: LabelledSegment) => boolean): number {
  const weight = resources.space.indexOf('weightedChars');
  return segments.filter(keep).reduce((sum, s) => sum + (s.features[weight] ?? 0), 0);
}

describe('promoteListingItems on written pages: margin and list-to-body ratio', () => {
  let resources: Resources;
  beforeAll(async () => {
    resources = await loadResources(parseOptions({}));
  });

  const classified = (html: string): LabelledSegment[] => classifiedHtml(html, resources);

  /** The list's and the body's weights, read off what a clear call promotes. */
  function weights(segments: readonly LabelledSegment[]): { list: number; body: number } {
    const promoted = new Set(promoteListingItems(segments, resources.space, LISTING_MIN_MARGIN).filter((s) => s.hits.some((h) => h.rule === 'context.listing-item')).map((s) => s.block.start));
    return {
      list: weightOf(segments, resources, (s) => promoted.has(s.block.start)),
      body: weightOf(segments, resources, (s) => s.label === 'body' && s.block.kind !== 'inline'),
    };
  }

  const promotedCount = (segments: readonly LabelledSegment[], margin: number): number =>
    promoteListingItems(segments, resources.space, margin).filter((s) => s.hits.some((h) => h.rule === 'context.listing-item')).length;

  it('with a clear call the list is promoted even when a long intro is body', () => {
    const segments = classified(categoryPage(INTRO_SENTENCES.length));
    const { list, body } = weights(segments);
    expect(list).toBeGreaterThan(0);
    expect(list).toBeLessThan(LISTING_MIN_LIST_TO_BODY * body);
    expect(promotedCount(segments, LISTING_MIN_MARGIN)).toBeGreaterThan(0);
    expect(promotedCount(segments, LISTING_MIN_MARGIN - EPS)).toBe(0);
  });

  /** The category pages with 0–5 intro sentences, with their list-to-body ratios. */
  function categoryPages(titled: boolean, morePosts = 0): { segments: LabelledSegment[]; ratio: number; titles: number }[] {
    return [0, 1, 2, 3, 4, 5].map((n) => {
      const segments = classified(categoryPage(n, titled, morePosts));
      const { list, body } = weights(segments);
      const titles = segments.filter((s) => s.block.kind === 'heading' && s.block.text !== 'Garden').length;
      return { segments, ratio: body === 0 ? Infinity : list / body, titles };
    });
  }

  it('under the margin, a short intro (list ≥ LISTING_MIN_LIST_TO_BODY × body) is promoted, a longer one is not', () => {
    const ratios = categoryPages(false);
    // items titled by plain links: the titled-items rule does not apply
    for (const r of ratios) expect(r.titles).toBe(0);
    const above = ratios.filter((r) => r.ratio >= LISTING_MIN_LIST_TO_BODY);
    const below = ratios.filter((r) => r.ratio < LISTING_MIN_LIST_TO_BODY);
    // the written intros straddle the threshold
    expect(above.length).toBeGreaterThan(0);
    expect(below.length).toBeGreaterThan(0);
    for (const r of above) expect(promotedCount(r.segments, LISTING_MIN_MARGIN - EPS), `ratio ${r.ratio}`).toBeGreaterThan(0);
    for (const r of below) expect(promotedCount(r.segments, LISTING_MIN_MARGIN - EPS), `ratio ${r.ratio}`).toBe(0);
  });

  it('under the margin, items titled by linked headings are promoted from LISTING_TITLED_MIN_LIST_TO_BODY × body up', () => {
    // a longer list, so that some intros fall between the two thresholds
    const ratios = categoryPages(true, MORE_POSTS.length);
    for (const r of ratios) expect(r.titles).toBeGreaterThanOrEqual(LISTING_MIN_TITLED_ITEMS);
    const above = ratios.filter((r) => r.ratio >= LISTING_TITLED_MIN_LIST_TO_BODY);
    const below = ratios.filter((r) => r.ratio < LISTING_TITLED_MIN_LIST_TO_BODY);
    // the written intros straddle the threshold, and some page is promoted only for its titles
    expect(below.length).toBeGreaterThan(0);
    expect(above.some((r) => r.ratio < LISTING_MIN_LIST_TO_BODY)).toBe(true);
    for (const r of above) expect(promotedCount(r.segments, LISTING_MIN_MARGIN - EPS), `ratio ${r.ratio}`).toBeGreaterThan(0);
    for (const r of below) expect(promotedCount(r.segments, LISTING_MIN_MARGIN - EPS), `ratio ${r.ratio}`).toBe(0);
  });

  it('a navigation segment in the list is promoted, unless it is the label of a <button>', () => {
    const html = LISTING_PAGE.replace(/(<p class="date">[^<]*<\/p>)<\/article>/g, '$1<button class="save">Save for later</button></article>');
    // the classifier's call on such a label varies from page to page: take it as navigation
    const segments = classified(html).map((s) => (s.block.text === 'Save for later' ? { ...s, label: 'navigation' as const } : s));
    const isButton = (s: LabelledSegment): boolean => s.block.text === 'Save for later';
    expect(segments.filter(isButton).length).toBe(POSTS.length);
    const promoted = (list: readonly LabelledSegment[]): LabelledSegment[] => promoteListingItems(list, resources.space, LISTING_MIN_MARGIN).filter((s) => s.hits.some((h) => h.rule === 'context.listing-item'));
    const asButtons = promoted(segments);
    expect(asButtons.length).toBeGreaterThan(0);
    expect(asButtons.filter(isButton)).toHaveLength(0);
    // the same text in a paragraph is an item of the list (its path, and the dom.control feature
    // domFeatures reads off the path, as a <p> would have them)
    const control = resources.space.indexOf('dom.control');
    const asParagraph = (s: LabelledSegment): LabelledSegment => {
      const features = Float64Array.from(s.features);
      features[control] = 0;
      return { ...s, features, block: { ...s.block, path: s.block.path?.replace(/button\.save$/, 'p.save') } };
    };
    expect(segments.filter(isButton).every((s) => s.features[control] === 1)).toBe(true);
    const asParagraphs = promoted(segments.map((s) => (isButton(s) ? asParagraph(s) : s)));
    expect(asParagraphs.filter(isButton)).toHaveLength(POSTS.length);
  });

  it('a list that opens with a heading naming it as recommendations is not promoted; another heading does not stop it', () => {
    const headed = (heading: string): string => LISTING_PAGE.replace('<div class="posts">', `<div class="posts"><h2>${heading}</h2>`);
    expect(promotedCount(classified(headed('Related items to explore')), LISTING_MIN_MARGIN)).toBe(0);
    expect(promotedCount(classified(headed('You may also like')), LISTING_MIN_MARGIN)).toBe(0);
    expect(promotedCount(classified(headed('Our latest posts')), LISTING_MIN_MARGIN)).toBeGreaterThan(0);
  });

  it('text in a dialog inside the list (a quick view, a guarantee pop-up) is not promoted', () => {
    const dialog = 'Every plant we send is guaranteed for a full year from the day it arrives.';
    const html = LISTING_PAGE.replace('</div>\n<nav class="pagination">', `<div class="guarantee-modal"><div class="modal-text"><p class="text">${dialog}</p></div></div></div>\n<nav class="pagination">`);
    const segments = classified(html);
    const inDialog = segments.filter((s) => s.block.text === dialog);
    expect(inDialog).toHaveLength(1);
    expect(inDialog[0]!.label).toBe('navigation');
    const promoted = promoteListingItems(segments, resources.space, LISTING_MIN_MARGIN).filter((s) => s.hits.some((h) => h.rule === 'context.listing-item'));
    expect(promoted.length).toBeGreaterThan(0);
    expect(promoted.filter((s) => s.block.text === dialog)).toHaveLength(0);
  });

  it.each([
    ['jdgm-carousel', 'not promoted', 0],
    ['yotpo-reviews', 'not promoted', 0],
    ['customer-quotes', 'promoted like the rest', 1],
  ])('text in a block under "%s" inside the list is %s (a review widget\'s text is never an item)', (cls, _what, expected) => {
    const quote = 'Every plant we were sent arrived healthy and has flowered twice this summer.';
    const html = LISTING_PAGE.replace('</div>\n<nav class="pagination">', `<div class="${cls}"><div class="entry"><a href="/reviews">${quote}</a></div></div></div>\n<nav class="pagination">`);
    const segments = classified(html);
    const quoted = segments.filter((s) => s.block.text === quote);
    expect(quoted).toHaveLength(1);
    expect(quoted[0]!.label).toBe('navigation');
    const promoted = promoteListingItems(segments, resources.space, LISTING_MIN_MARGIN).filter((s) => s.hits.some((h) => h.rule === 'context.listing-item'));
    expect(promoted.length).toBeGreaterThan(0);
    expect(promoted.filter((s) => s.block.text === quote)).toHaveLength(expected);
  });

  const HEAVY_OFFERS = [
    'Free delivery on every order over forty pounds to any address in the country',
    'Join our seed club and get a packet of something unusual every single month',
    'Gift cards for gardeners who already have every tool you could think of buying',
    'Visit the nursery on Saturdays for talks on pruning, grafting and seed saving',
    'Download our sowing calendar for heavy clay soils and cold northern gardens',
    'Order bare-root fruit trees in autumn and we will deliver them in late November',
    'Ask our growers anything about pests, diseases and feeding by email or phone',
    'Return any tool within a year if it breaks in normal use in the garden or shed',
    'Members get early access to the spring plug plants before the general sale',
    'Read the story of how three neighbours turned two allotments into a seed company',
    'Book a place on the winter course in hedge laying, dry stone walling and coppicing',
    'Our compost is peat free, made from green waste collected within twenty miles',
    'Recycle your old plastic pots at the nursery gate and take home a free seedling',
    'Sign up for the newsletter to hear when the rare tomato varieties are in stock',
  ];

  // a wrapper of the site's chrome holding linked offers that outweigh the posts: without the
  // rule it would be the list region
  it.each([
    ['the site footer', (html: string) => `<div class="site-footer"><div class="col"><div class="text">${html}</div></div></div>`],
    ["the site's chrome (an <aside> rail)", (html: string) => `<aside class="rail"><div class="col"><div class="text">${html}</div></div></aside>`],
  ])('the list is not looked for in %s, however heavy its linked offers are', (_where, wrap) => {
    const block = wrap(HEAVY_OFFERS.map((o, i) => `<p><a href="/offer/${i}">${o}</a></p>`).join(''));
    const segments = classified(LISTING_PAGE.replace('</body>', `${block}</body>`));
    const inBlock = (s: LabelledSegment): boolean => HEAVY_OFFERS.includes(s.block.text);
    expect(segments.filter(inBlock)).toHaveLength(HEAVY_OFFERS.length);
    expect(segments.filter(inBlock).every((s) => s.label === 'navigation')).toBe(true);
    expect(weightOf(segments, resources, inBlock)).toBeGreaterThan(weightOf(segments, resources, (s) => POSTS.some(([title, summary]) => s.block.text === title || s.block.text === summary)));
    const promoted = promoteListingItems(segments, resources.space, LISTING_MIN_MARGIN).filter((s) => s.hits.some((h) => h.rule === 'context.listing-item'));
    expect(promoted.some((s) => s.block.text === POSTS[0]![0])).toBe(true);
    expect(promoted.filter(inBlock)).toHaveLength(0);
  });

  /**
   * A river of posts cut in two by a sponsor block: four cards in the first section (the list
   * region), two after the break. `cardDepth` extra wrappers inside each card set how many of its
   * headline's last path labels the two sections share: with one wrapper
   * (article.post-card > div.card-body > h2 > a) ITEM_SHAPE_LABELS of them, without it one fewer
   * (the fourth label up is the section itself).
   */
  function splitRiver(wrapped: boolean): string {
    const riverCard = ([title, summary]: readonly [string, string], i: number): string => {
      const inner = `<h2><a href="/posts/${i}">${title}</a></h2><p>${summary}</p><p class="date">March ${i + 2}, 2026</p>`;
      return `<article class="post-card">${wrapped ? `<div class="card-body">${inner}</div>` : inner}</article>`;
    };
    const sponsor = '<div class="sponsor-break"><p>Our seed partner sends every reader ten per cent off this month.</p></div>';
    return LISTING_PAGE.replace(
      /<div class="posts">.*<\/div>\n<nav class="pagination">/s,
      `<div class="posts">${POSTS.slice(0, 4).map(riverCard).join('')}</div>${sponsor}<section class="later">${POSTS.slice(4).map((p, i) => riverCard(p, i + 4)).join('')}</section>\n<nav class="pagination">`,
    );
  }

  it('items of the list that run on past the region (same last ITEM_SHAPE_LABELS path labels) are promoted with it', () => {
    const later = POSTS.slice(4).map(([title]) => title);
    const promotedTitles = (wrapped: boolean): string[] =>
      promoteListingItems(classified(splitRiver(wrapped)), resources.space, LISTING_MIN_MARGIN)
        .filter((s) => s.hits.some((h) => h.rule === 'context.listing-item'))
        .map((s) => s.block.text);
    for (const wrapped of [true, false]) {
      const segments = classified(splitRiver(wrapped));
      // the later headlines are navigation before the promotion, the first section's are promoted
      for (const title of later) expect(segments.find((s) => s.block.text === title)?.label).toBe('navigation');
      expect(promotedTitles(wrapped)).toContain(POSTS[0]![0]);
    }
    // the cards share ITEM_SHAPE_LABELS labels: the later headlines are items of the list
    for (const title of later) expect(promotedTitles(true)).toContain(title);
    // they share one label fewer: they stay navigation
    for (const title of later) expect(promotedTitles(false)).not.toContain(title);
  });

  /**
   * A shop's category page: a long intro in its own container and a grid of `cards` products, each
   * a linked name over a linked price (link text weighs less, so the intro holds the region).
   */
  function shopCategory(cards: number): string {
    const names = ['Black dress shoes', 'Brown leather shoes', 'Navy ribbed socks', 'Grey wool socks', 'Tan suede loafers', 'Striped cotton socks', 'White canvas shoes', 'Patent leather shoes'];
    const grid = names.slice(0, cards).map((name, i) => `<div class="card" id="card-${i + 1}"><a class="card-link" href="/p/${i + 1}"><h2 class="card-name">${name}</h2></a><p class="card-price"><a href="/p/${i + 1}">$${15 + i}</a></p></div>`).join('');
    return `<!doctype html><html><head><title>Shoes and socks – Formal Wear Rentals</title></head><body>${HEADER}
<main><div class="category-intro"><h1>Shoes and socks</h1>${INTRO_SENTENCES.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="product-grid">${grid}</div></main>${FOOTER}</body></html>`;
  }

  it('when the intro holds the region, a grid of LISTING_FALLBACK_MIN_ITEMS items of one shape outside it is the list', () => {
    const promotedNames = (cards: number): string[] =>
      promoteListingItems(classified(shopCategory(cards)), resources.space, LISTING_MIN_MARGIN)
        .filter((s) => s.hits.some((h) => h.rule === 'context.listing-item'))
        .map((s) => s.block.text);
    const segments = classified(shopCategory(8));
    // the names are navigation before the promotion and the intro is body
    expect(segments.find((s) => s.block.text === 'Black dress shoes')?.label).toBe('navigation');
    expect(segments.find((s) => s.block.text.startsWith(INTRO_SENTENCES[0]!.slice(0, 30)))?.label).toBe('body');
    // the region that holds most of the page's weight is the intro's: it holds nothing to promote
    const weight = resources.space.indexOf('weightedChars');
    const introWeight = segments.filter((s) => s.label === 'body').reduce((sum, s) => sum + (s.features[weight] ?? 0), 0);
    const gridWeight = segments.filter((s) => /^(\$\d+|.*(shoes|socks|loafers))$/.test(s.block.text) && s.label === 'navigation').reduce((sum, s) => sum + (s.features[weight] ?? 0), 0);
    expect(introWeight).toBeGreaterThan(gridWeight);
    expect(promotedNames(8)).toContain('Black dress shoes');
    expect(promotedNames(LISTING_FALLBACK_MIN_ITEMS)).toContain('Black dress shoes');
    // one card fewer than the minimum: no list
    expect(promotedNames(LISTING_FALLBACK_MIN_ITEMS - 1)).toHaveLength(0);
    // the menu stays navigation
    expect(promotedNames(8)).not.toContain('Kitchen');
  });

  it('a short article beside a larger teaser column, typed listing without a clear call, keeps the column navigation', () => {
    const segments = classified(SIDEBAR_ARTICLE);
    const { list, body } = weights(segments);
    expect(list).toBeGreaterThan(body);
    expect(list).toBeLessThan(LISTING_MIN_LIST_TO_BODY * body);
    expect(promotedCount(segments, LISTING_MIN_MARGIN - EPS)).toBe(0);
    expect(promotedCount(segments, LISTING_MIN_MARGIN)).toBeGreaterThan(0);
    // headed as a suggestion block, the column stays navigation even with a clear call
    expect(promotedCount(classified(sidebarArticle("Don't miss")), LISTING_MIN_MARGIN)).toBe(0);
  });
});

/** An l3s-gn1-like page: a two-paragraph article in one column, a "don't miss" teaser column beside it (no navigation class names). */
/** A short article beside a teaser column under `heading` (l3s-gn1's 2008 pages: "Don't miss", "More in Science"). */
const sidebarArticle = (heading: string): string => `<!doctype html><html><head><title>Garlic beats the frost – Allotment Notes</title></head><body>${HEADER}
<div id="wrap"><div class="col1"><h1>Planting garlic before the first frost</h1>${ARTICLE_PARAGRAPHS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}</div>
<div class="col2"><h3>${heading}</h3>${POSTS.map(card).join('')}</div></div>${FOOTER}</body></html>`;
const SIDEBAR_ARTICLE = sidebarArticle('This week on the plots');

describe('isItemList: LISTING_FALLBACK_MIN_ITEMS items of one shape', () => {
  const item = (i: number): string => `html>body>main>div.grid>div#card-${i}>a>h2.name`;
  const items = (n: number): string[] => Array.from({ length: n }, (_, i) => item(i));
  it.each([
    ['as many items of one shape as the minimum', items(LISTING_FALLBACK_MIN_ITEMS), true],
    ['one fewer', items(LISTING_FALLBACK_MIN_ITEMS - 1), false],
    ['one fewer of one shape, with other shapes beside them', [...items(LISTING_FALLBACK_MIN_ITEMS - 1), 'html>body>main>div.grid>div.byline>span.author>a', 'html>body>main>div.grid>h1.title>a>span'], false],
    ['enough items, but no class or id in their last labels (no shape)', Array.from({ length: LISTING_FALLBACK_MIN_ITEMS + 2 }, () => 'html>body>main>ul>li>p>a'), false],
    ['no paths', [], false],
  ])('%s: %s', (_name, paths, expected) => {
    expect(isItemList(paths)).toBe(expected);
  });
});

describe('itemShape: the last ITEM_SHAPE_LABELS labels of a block\'s path', () => {
  const labels = ['html', 'body', 'main', 'section.river', 'article.card', 'header', 'h2', 'a'];
  it('is the last ITEM_SHAPE_LABELS labels, digits as 0, when one of them has a class or id', () => {
    const shape = labels.slice(-ITEM_SHAPE_LABELS).join('>').replace(/[0-9]+/g, '0');
    expect(itemShape(labels.join('>'))).toBe(shape);
    expect(itemShape(labels.slice(-ITEM_SHAPE_LABELS).join('>'))).toBe(shape);
    expect(itemShape('html>body>div#post-12>h2>a')).toBe(itemShape('html>body>div#post-345>h2>a'));
  });
  it('is undefined for a path of fewer labels, or when none of the last ones has a class or id', () => {
    expect(itemShape(labels.slice(-(ITEM_SHAPE_LABELS - 1)).join('>'))).toBeUndefined();
    expect(itemShape('html>body>div.list>ul>li>p>a')).toBeUndefined();
    expect(itemShape(undefined)).toBeUndefined();
  });
  it('two paths that share only their last ITEM_SHAPE_LABELS - 1 labels have different shapes', () => {
    expect(itemShape('main>div.a>article.card>h2>a')).not.toBe(itemShape('main>div.a>section.b>h2>a'));
  });
});

describe('isControlLabel: text inside a <button> is a control, not a list item', () => {
  it('reads the element path: the block\'s own element or one above it', () => {
    expect(isControlLabel('html>body>main>div.card>button.add-to-cart')).toBe(true);
    expect(isControlLabel('html>body>main>div.card>button#quick-1>span.label')).toBe(true);
    expect(isControlLabel('button')).toBe(true);
    // a class or id that merely says button, or a tag that starts with it, is not a <button>
    expect(isControlLabel('html>body>main>div.card>a.button')).toBe(false);
    expect(isControlLabel('html>body>main>div#button-row>p')).toBe(false);
    // an element or parent classed as a button (a btn word in its recorded class) is a control too
    expect(isControlLabel('html>body>main>div.card>a.btn')).toBe(true);
    expect(isControlLabel('html>body>main>div.card>a.job-apply-btn>span')).toBe(true);
    expect(isControlLabel('html>body>main>div.card>div.btn_wrap')).toBe(true);
    // not three elements up, not a word that merely contains btn, not an id
    expect(isControlLabel('html>body>main>div.btn>div.card>p.summary')).toBe(false);
    expect(isControlLabel('html>body>main>div.card>p.subtnote')).toBe(false);
    expect(isControlLabel('html>body>main>div.card>p#btn-note')).toBe(false);
    expect(isControlLabel('html>body>main>buttons-list>p')).toBe(false);
    expect(isControlLabel(undefined)).toBe(false);
  });
});
