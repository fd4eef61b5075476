import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { holderDepth, isListicle, LISTICLE_MIN_OWN_SEGMENTS, type ListicleSegment, type TeaserUnit } from '../src/classify/listicle.js';
import { findTeasers, TEASER_HEADLINE_MIN_WEIGHT, TEASER_HIT, TEASER_MIN_UNITS, type TeaserInput } from '../src/classify/teasers.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

// An article <div id=5> inside <main id=1>: its own paragraphs (ids 300+) are children of 5; each
// item is a <div> (10 + k) holding a linked <h3> (100 + k) and a <p> (200 + k).
const own = (k: number): TeaserInput => ({ ancestors: [1, 5, 300 + k], isBody: true, weight: 300, linkDensity: 0, anchored: false });
const heading = (k: number, holder = 5): TeaserInput => ({ ancestors: [1, holder, 10 + k, 100 + k], isBody: false, weight: TEASER_HEADLINE_MIN_WEIGHT, linkDensity: 1, anchored: false });
const item = (k: number, holder = 5): TeaserInput => ({ ancestors: [1, holder, 10 + k, 200 + k], isBody: true, weight: 300, linkDensity: 0, anchored: false });
const items = (n: number, holder = 5): TeaserInput[] => Array.from({ length: n }, (_, k) => [heading(k, holder), item(k, holder)]).flat();
const ownText = (n: number, from: number): TeaserInput[] => Array.from({ length: n }, (_, k) => own(from + k));

/** Summary indexes of the items when `before` own paragraphs come first. */
const itemIndexes = (n: number, before: number): number[] => Array.from({ length: n }, (_, k) => before + 2 * k + 1);

describe('holderDepth', () => {
  it('is the depth of the deepest element common to every unit', () => {
    const units: TeaserUnit[] = [{ summary: 1, path: [1, 5, 10] }, { summary: 3, path: [1, 5, 11] }, { summary: 5, path: [1, 5, 12] }];
    expect(holderDepth(units)).toBe(1);
  });

  it('is -1 with no units or no common root', () => {
    expect(holderDepth([])).toBe(-1);
    expect(holderDepth([{ summary: 1, path: [1, 10] }, { summary: 3, path: [2, 11] }])).toBe(-1);
  });
});

describe('isListicle', () => {
  const units = (n: number, before: number): TeaserUnit[] => itemIndexes(n, before).map((summary, k) => ({ summary, path: [1, 5, 10 + k] }));
  const page = (before: number, n: number, after: number): ListicleSegment[] => [...ownText(before, 0), ...items(n), ...ownText(after, before)];

  it.each([
    // [own paragraphs before, own paragraphs after, listicle?]
    [LISTICLE_MIN_OWN_SEGMENTS, LISTICLE_MIN_OWN_SEGMENTS, true],
    [LISTICLE_MIN_OWN_SEGMENTS + 2, LISTICLE_MIN_OWN_SEGMENTS + 1, true],
    [LISTICLE_MIN_OWN_SEGMENTS - 1, LISTICLE_MIN_OWN_SEGMENTS, false],
    [LISTICLE_MIN_OWN_SEGMENTS, LISTICLE_MIN_OWN_SEGMENTS - 1, false],
    [LISTICLE_MIN_OWN_SEGMENTS + 3, 0, false],
  ] as const)('own text %i before and %i after the units: %s', (before, after, expected) => {
    expect(isListicle(page(before, 4, after), units(4, before))).toBe(expected);
  });

  it('does not count own text that is not body', () => {
    const segments = page(1, 4, 1).map((s, i) => (i === 0 ? { ...s, isBody: false } : s));
    expect(isListicle(segments, units(4, 1))).toBe(false);
  });

  it('does not count body text outside the element that holds the units', () => {
    // the story's paragraphs in <div id=5>, a related grid after it in <div id=6>, the comments' prose in <div id=6>'s sibling
    const segments: ListicleSegment[] = [own(0), ...items(4, 6), { ancestors: [1, 7, 400], isBody: true }];
    const grid = itemIndexes(4, 1).map((summary, k) => ({ summary, path: [1, 6, 10 + k] }));
    expect(isListicle(segments, grid)).toBe(false);
  });
});

describe('findTeasers and listicles', () => {
  it('leaves the items of a listicle alone (own text before and after them)', () => {
    expect(findTeasers([...ownText(2, 0), ...items(TEASER_MIN_UNITS + 1), ...ownText(1, 2)])).toEqual([]);
  });

  it('still finds a related-posts grid after the story', () => {
    const story = ownText(3, 0);
    expect(findTeasers([...story, ...items(TEASER_MIN_UNITS + 1)])).toEqual(itemIndexes(TEASER_MIN_UNITS + 1, story.length));
  });

  it('still finds a grid in an element of its own between two parts of the page', () => {
    const page = [...ownText(2, 0), ...items(TEASER_MIN_UNITS, 6), ...ownText(2, 2)];
    expect(findTeasers(page)).toEqual(itemIndexes(TEASER_MIN_UNITS, 2));
  });
});

describe('through the sifter: a written listicle and a related grid', () => {
  const items = [
    ['The Harbour Walk along the old sea wall', 'The harbour walk follows the old sea wall for two miles, with benches every few hundred yards and a kiosk that sells tea at the far end.'],
    ['Mill Lane Trail through the beech woods', 'Mill Lane starts behind the library and climbs gently through beech woods to the ruined mill, where the stream is shallow enough to paddle in summer.'],
    ['The Castle Hill Loop and its view of the bay', 'The loop circles the hill below the castle on a gravel path, steep in two places, and rewards walkers with a view over the whole bay from the top.'],
    ['Riverside Meadows for families with pushchairs', 'The meadows flood most winters, but from May the path along the river is dry and flat, which makes it the best choice for families with pushchairs.'],
  ];
  const card = ([title, text]: string[], tag: string): string => `<div class="entry"><h3><a href="/${title!.toLowerCase().replace(/ /g, '-')}">${title}</a></h3><${tag}>${text}</${tag}></div>`;
  const intro = 'Our town has more good walks than most visitors expect, and every one of them can be done in an afternoon without a car or special boots.';
  const verdict = 'Whichever walk you choose, take water and a jumper, because the wind off the sea turns cold quickly once the sun drops behind the hills.';
  const page = (after: string): string => `<html><head><title>Four walks around the bay</title></head><body>
    <nav><a href="/">Home</a> <a href="/walks">Walks</a></nav>
    <main><article><h1>Four walks around the bay</h1><div class="story">
      <p>${intro}</p>${items.map((i) => card(i, 'p')).join('')}${after}
    </div></article></main><footer><p>Copyright the Bay Walkers.</p></footer></body></html>`;
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('keeps the items as body when the article\'s own text comes before and after them', () => {
    const { label, rules } = segmentOf(sifter, page(`<p>${verdict}</p>`), items[1]![1]!);
    expect(label).toBe('body');
    expect(rules).not.toContain(TEASER_HIT.rule);
  });

  it('demotes the same units as teasers when the story ends before them (a related grid)', () => {
    // the page's type then decides what becomes of them (this short page reads as a list of walks)
    expect(segmentOf(sifter, page(''), items[1]![1]!).rules).toContain(TEASER_HIT.rule);
  });
});
