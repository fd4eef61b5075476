import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelledSegment } from '../src/classify/classify.js';
import { promoteListingItems } from '../src/classify/late-promotions.js';
import { listingCallMargin, NO_LISTING_CALL } from '../src/classify/listing-call.js';
import { LISTING_MIN_LIST_TO_BODY, LISTING_MIN_MARGIN, listingMargin } from '../src/classify/listing.js';
import { parseOptions } from '../src/options.js';
import { PAGE_TYPES, type PageType, type PageTypeScores } from '../src/pagetype/model.js';
import { loadResources, type Resources } from '../src/resources.js';
import { classifiedHtml } from './helpers/classified.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/listing-call.ts: the list promotion runs on pages of every type but forums; without a
 * listing call (a page typed article, product or other) only the list-to-body ratios promote the
 * list. The pages below were written for these tests.
 */

/** Scores of a page typed listing without a clear call (margin 2 < LISTING_MIN_MARGIN). */
const SCORES: PageTypeScores = { article: -1, forum: -4, listing: 1, product: -2, other: -1.5 };

describe('listingCallMargin: the margin the list promotion runs with, by page type', () => {
  const cases: { type: PageType; scores: PageTypeScores | undefined; margin: number | undefined }[] = [
    { type: 'listing', scores: SCORES, margin: listingMargin(SCORES) },
    { type: 'listing', scores: undefined, margin: NO_LISTING_CALL },
    { type: 'article', scores: SCORES, margin: NO_LISTING_CALL },
    { type: 'product', scores: SCORES, margin: NO_LISTING_CALL },
    { type: 'other', scores: SCORES, margin: NO_LISTING_CALL },
    { type: 'other', scores: undefined, margin: NO_LISTING_CALL },
    { type: 'forum', scores: SCORES, margin: undefined },
    { type: 'forum', scores: undefined, margin: undefined },
  ];
  it.each(cases)('$type (scores: $scores) -> $margin', ({ type, scores, margin }) => {
    expect(listingCallMargin(type, scores)).toBe(margin);
  });

  it('covers every page type', () => {
    expect(new Set(cases.map((c) => c.type))).toEqual(new Set(PAGE_TYPES));
  });

  it('without a call the margin is under any clear call', () => {
    expect(NO_LISTING_CALL).toBeLessThan(LISTING_MIN_MARGIN);
    expect(listingCallMargin('article', { ...SCORES, listing: 1e6 })).toBe(NO_LISTING_CALL);
  });
});

const HEADER = `<header class="site-header"><nav class="menu"><a href="/">Home</a> <a href="/events">Events</a> <a href="/venues">Venues</a> <a href="/about">About</a></nav></header>`;
const FOOTER = `<footer class="site-footer"><p>© 2026 Riverside Events. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>`;

const EVENTS: readonly [string, string][] = [
  ['Spring quilt fair at the old mill', 'Saturday 14 March, Mill Street hall'],
  ['Brass band concert on the green', 'Sunday 15 March, Riverside green'],
  ['Seed swap and potting morning', 'Saturday 21 March, Community garden'],
  ['Night walk along the river path', 'Friday 27 March, Boat house'],
  ['Repair café for lamps and toasters', 'Saturday 28 March, Library annex'],
  ['Children\'s kite making workshop', 'Sunday 29 March, Scout hut'],
  ['Local history talk on the tannery', 'Tuesday 31 March, Museum room'],
  ['Open studios weekend', 'Saturday 4 April, Various studios'],
];

const INTRO = [
  'Free events in town this spring.',
  'Riverside Events lists what happens in the town each month, from the quilt fair at the old mill to the night walks the wardens lead along the river.',
  'Everything here is free unless we say so, and most of it is run by volunteers who would be glad of another pair of hands on the day.',
  'If you organise something the town should know about, write to us a fortnight before and we will add it, with the place, the date and who to ask.',
  'The list is checked every Monday; events that have been cancelled or moved are marked, and past events are kept in the archive for a year.',
];

/** An events page whose intro is `sentences` of INTRO: the list is event names and dates, each item one link. */
function eventsPage(sentences: number): string {
  const intro = sentences === 0 ? '' : `<p>${INTRO.slice(0, sentences).join(' ')}</p>`;
  const items = EVENTS.map(([name, when], i) => `<li class="event-card"><a href="/events/${i}"><span class="event-name">${name}</span> <span class="event-when">${when}</span></a></li>`).join('');
  return `<!doctype html><html><head><title>Events – Riverside</title></head><body>${HEADER}<main><h1>What's on</h1>${intro}<ul class="event-list">${items}</ul></main>${FOOTER}</body></html>`;
}

describe('the list promotion without a listing call, on written pages', () => {
  let resources: Resources;
  beforeAll(async () => {
    resources = await loadResources(parseOptions({}));
  });

  const classified = (html: string): LabelledSegment[] => classifiedHtml(html, resources);

  const promoted = (segments: readonly LabelledSegment[], margin: number | undefined): number =>
    margin === undefined ? 0 : promoteListingItems(segments, resources.space, margin).filter((s) => s.hits.some((h) => h.rule === 'context.listing-item')).length;

  /** The list's weight over the body's before promotion, read off what a clear call promotes. */
  function ratio(segments: readonly LabelledSegment[]): number {
    const weight = resources.space.indexOf('weightedChars');
    const clear = promoteListingItems(segments, resources.space, LISTING_MIN_MARGIN);
    let list = 0;
    let body = 0;
    clear.forEach((s, i) => {
      if (s.hits.some((h) => h.rule === 'context.listing-item')) list += s.features[weight] ?? 0;
      else if (segments[i]!.label === 'body' && s.block.kind !== 'inline') body += s.features[weight] ?? 0;
    });
    return body === 0 ? Infinity : list / body;
  }

  it('a list that dwarfs the body is promoted on a page typed article, product or other; not on a forum', () => {
    const segments = classified(eventsPage(0));
    expect(ratio(segments)).toBeGreaterThanOrEqual(LISTING_MIN_LIST_TO_BODY);
    for (const type of ['article', 'product', 'other', 'listing'] as const) expect(promoted(segments, listingCallMargin(type, undefined)), type).toBeGreaterThan(0);
    expect(promoted(segments, listingCallMargin('forum', SCORES))).toBe(0);
  });

  it('under a long intro the list is not promoted without a call, and is with a clear one', () => {
    const segments = classified(eventsPage(INTRO.length));
    expect(ratio(segments)).toBeLessThan(LISTING_MIN_LIST_TO_BODY);
    for (const type of ['article', 'product', 'other'] as const) expect(promoted(segments, listingCallMargin(type, SCORES)), type).toBe(0);
    expect(listingMargin(SCORES)).toBeLessThan(LISTING_MIN_MARGIN);
    expect(promoted(segments, listingCallMargin('listing', { ...SCORES, listing: SCORES.article + LISTING_MIN_MARGIN }))).toBeGreaterThan(0);
  });

  it('the intros straddle the ratio: the shortest ones are promoted without a call, the longest are not', () => {
    const pages = [0, 1, 2, 3, 4, 5].map((n) => classified(eventsPage(n)));
    const ratios = pages.map(ratio);
    for (let i = 1; i < ratios.length; i++) expect(ratios[i]!).toBeLessThanOrEqual(ratios[i - 1]!);
    expect(ratios.filter((r) => r >= LISTING_MIN_LIST_TO_BODY).length).toBeGreaterThan(1);
    expect(ratios.filter((r) => r < LISTING_MIN_LIST_TO_BODY).length).toBeGreaterThan(0);
    pages.forEach((segments, i) => {
      const expected = ratios[i]! >= LISTING_MIN_LIST_TO_BODY;
      expect(promoted(segments, NO_LISTING_CALL) > 0, `intro of ${i} sentences, ratio ${ratios[i]}`).toBe(expected);
    });
  });
});

describe('sift(): an article with a "more events" column keeps the column navigation', () => {
  const ARTICLE = `<!doctype html><html><head><title>The quilt fair returns – Riverside</title></head><body>${HEADER}
<main><article><h1>The quilt fair returns to the old mill</h1>
<p>After three years away the spring quilt fair is back at the old mill on Mill Street, with forty makers from the valley showing work that ranges from patchwork bed covers to small wall hangings.</p>
<p>The organisers moved the fair to the mill's upper hall this year, where the light from the long windows shows the colours better than the church hall ever did, and where there is room for a café.</p>
<p>Entry is free, and the makers will be demonstrating hand quilting and machine piecing through the day; the children's corner has squares to sew and take home.</p>
<p>The fair opens at ten on Saturday 14 March and closes at four. Parking at the mill is limited, so the organisers ask visitors to walk or take the river bus from the town quay.</p>
</article></main>
<aside class="more-events"><h2>More events</h2><ul>${EVENTS.slice(1, 4).map(([name], i) => `<li><a href="/events/${i + 1}">${name}</a></li>`).join('')}</ul></aside>${FOOTER}</body></html>`;

  it('the article is body and nothing is promoted as a list item', async () => {
    const sifter = await defaultSifter();
    const report = sifter.sift(ARTICLE);
    expect(report.pageType.type).not.toBe('listing');
    expect(report.segments.find((s) => s.text.startsWith('After three years away'))?.label).toBe('body');
    for (const [name] of EVENTS.slice(1, 4)) expect(report.segments.find((s) => s.text.includes(name))?.label, name).toBe('navigation');
    expect(report.segments.flatMap((s) => s.hits.map((h) => h.rule))).not.toContain('context.listing-item');
  });
});
