import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelledSegment } from '../src/classify/classify.js';
import { isListControl, LIST_CONTROL_MIN_LINK_DENSITY, SHORT_NAVIGATION_TERM_RULE } from '../src/classify/listing.js';
import { parseOptions } from '../src/options.js';
import { loadResources, type Resources } from '../src/resources.js';
import { classifiedHtml, listingPromotedTexts } from './helpers/classified.js';

/**
 * classify/listing.ts `isListControl`: a short link holding a navigation term inside a listing's list
 * ("View all changes", "Sign up to see more") is the list's control and stays navigation when the
 * listing promotion makes the list body; a heading with such a term (an item's title) is promoted.
 * The pages below were written for these tests.
 */

const EPS = 1e-6;

describe('isListControl: a short navigation-term link, not a heading', () => {
  it.each([
    // heading, link density, short navigation term, control
    [false, 1, true, true],
    [false, LIST_CONTROL_MIN_LINK_DENSITY, true, true],
    [false, LIST_CONTROL_MIN_LINK_DENSITY - EPS, true, false],
    [false, 0, true, false],
    [false, 1, false, false],
    [true, 1, true, false],
    [true, LIST_CONTROL_MIN_LINK_DENSITY - EPS, true, false],
    [true, 1, false, false],
  ] as const)('heading %s, link density %s, short term %s -> %s', (heading, density, term, expected) => {
    expect(isListControl(heading, density, term)).toBe(expected);
  });

  it('reads the short navigation-term rule of the rule set', () => {
    expect(SHORT_NAVIGATION_TERM_RULE).toBe('nav.lexicon-short');
  });
});

const MENU = '<header><nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/boats">Boats</a></li><li><a href="/trips">Trips</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>';
const FOOT = '<footer class="page-foot"><p>Copyright 2026 River Hire. All rights reserved.</p></footer>';

const TRIPS: readonly [string, string][] = [
  ['Three days down the upper reaches', 'Slow water, two locks a day and a pub at every mooring: the gentlest start for a first hire.'],
  ['A week on the tidal stretch', 'Plan the passages around the tides and the bridges; the harbour master answers the radio until six.'],
  ['Weekend loop from the boatyard', 'Out past the water meadows and back by the old mill, with a night moored under the willows.'],
  ['The long haul to the estuary', 'Ten days and thirty locks, for crews who have handled a narrow boat before and like an early start.'],
  ['Autumn colour on the canal', 'The towpath trees turn in October, and the moorings are quiet once the school holidays are over.'],
];

/** A list of trips; `extra` is put inside the list's element after the items. */
function tripsPage(extra: string): string {
  const cards = TRIPS.map(([title, text], i) => `<div class="trip"><h3><a href="/trips/${i}">${title}</a></h3><p class="trip-text">${text}</p></div>`).join('');
  return `<!doctype html><html><head><title>Trips – River Hire</title></head><body>${MENU}
<main><h1>Trips</h1><section class="trip-list">${cards}${extra}</section></main>${FOOT}</body></html>`;
}

describe('promoteListingItems: the list\'s own control stays navigation', () => {
  let resources: Resources;
  beforeAll(async () => {
    resources = await loadResources(parseOptions({}));
  });

  const promotedTexts = (html: string): string[] => listingPromotedTexts(html, resources);

  const segmentOf = (html: string, text: string): LabelledSegment | undefined => classifiedHtml(html, resources).find((s) => s.block.text === text);

  it('a "View all trips" link inside the list is not promoted; the items are', () => {
    const html = tripsPage('<div class="list-foot"><a href="/trips/all">View all trips</a></div>');
    const link = segmentOf(html, 'View all trips');
    expect(link?.label).toBe('navigation');
    expect(link?.hits.some((h) => h.rule === SHORT_NAVIGATION_TERM_RULE)).toBe(true);
    const promoted = promotedTexts(html);
    expect(promoted).toContain(TRIPS[0]![0]);
    expect(promoted).not.toContain('View all trips');
  });

  it('a sign-up link inside the list is not promoted', () => {
    const html = tripsPage('<a class="cta" href="/signup">Sign up to see more</a>');
    expect(segmentOf(html, 'Sign up to see more')?.hits.some((h) => h.rule === SHORT_NAVIGATION_TERM_RULE)).toBe(true);
    expect(promotedTexts(html)).not.toContain('Sign up to see more');
    expect(promotedTexts(html)).toContain(TRIPS[1]![0]);
  });

  it('a link without a navigation term inside the list is promoted with it', () => {
    const html = tripsPage('<div class="list-foot"><a href="/trips/map">Map of the moorings</a></div>');
    const link = segmentOf(html, 'Map of the moorings');
    expect(link?.hits.some((h) => h.rule === SHORT_NAVIGATION_TERM_RULE)).toBe(false);
    expect(link?.label).toBe('navigation');
    expect(promotedTexts(html)).toContain('Map of the moorings');
  });

  it('a navigation term in plain text (no link) is not a control', () => {
    const html = tripsPage('<p class="list-note">See all dates</p>');
    const note = segmentOf(html, 'See all dates');
    expect(note?.hits.some((h) => h.rule === SHORT_NAVIGATION_TERM_RULE)).toBe(true);
    expect(note?.label).toBe('navigation');
    expect(promotedTexts(html)).toContain('See all dates');
  });

  it('an item titled by a linked heading with a navigation term is promoted', () => {
    const html = tripsPage('<div class="trip"><h3><a href="/trips/home">Home waters</a></h3><p class="trip-text">Short hops from the yard for crews with children, never more than an hour from the slipway.</p></div>');
    const title = segmentOf(html, 'Home waters');
    expect(title?.hits.some((h) => h.rule === SHORT_NAVIGATION_TERM_RULE)).toBe(true);
    expect(title?.label).toBe('navigation');
    expect(promotedTexts(html)).toContain('Home waters');
  });
});
