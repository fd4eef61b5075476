import { beforeAll, describe, expect, it } from 'vitest';
import { BESIDE_MAIN_HIT, BESIDE_MAIN_MAX_DISTANCE, BESIDE_MAIN_MAX_LEVELS, BESIDE_MAIN_PAGE_TYPES, BESIDE_MAIN_WEAK_RULES, findBesideMain, isBesideMain, type BesideMainInput } from '../src/classify/beside-main.js';
import { SENTENCE_RULE } from '../src/classify/label.js';
import { HARD_NAVIGATION_RULES } from '../src/classify/sibling-items.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/beside-main.ts: on listing, product and other pages a sentence beside the main
 * container, near body, that only a class cue or its place made navigation, is body. The inputs and
 * pages below were written for these tests.
 */

// element ids: 1 html > 2 body > 3 main > 4 div.layout > 5 div.catalog > 6 div.grid (the main container)
const MAIN = new Set([6]);
const GRID = [1, 2, 3, 4, 5, 6];
const inside = (label: BesideMainInput['label']): BesideMainInput => ({ label, ancestors: [...GRID, 100], candidate: false });
/** A candidate whose nearest shared element with the container is `levels` above it. */
const beside = (levels: number, over: Partial<BesideMainInput> = {}): BesideMainInput => ({ label: 'navigation', ancestors: [...GRID.slice(0, GRID.length - levels), 200 + levels, 300], candidate: true, ...over });
const navigation = (): BesideMainInput => ({ label: 'navigation', ancestors: [1, 2, 9, 10], candidate: false });

describe('isBesideMain: how far up the tree', () => {
  const chains = [GRID];
  const cases: [string, readonly number[] | undefined, boolean][] = [
    ['inside the container', [...GRID, 7], false],
    ['the container\'s sibling (one level up)', [1, 2, 3, 4, 5, 8], true],
    [`${BESIDE_MAIN_MAX_LEVELS} levels up`, [...GRID.slice(0, GRID.length - BESIDE_MAIN_MAX_LEVELS), 8], true],
    [`${BESIDE_MAIN_MAX_LEVELS + 1} levels up`, [...GRID.slice(0, GRID.length - BESIDE_MAIN_MAX_LEVELS - 1), 8], false],
    ['no ancestors (head text)', undefined, false],
  ];
  it.each(cases)('%s', (_name, ancestors, expected) => {
    expect(isBesideMain(ancestors, chains)).toBe(expected);
  });

  it('inside one of two sibling containers is inside', () => {
    expect(isBesideMain([1, 2, 3, 4, 5, 7, 8], [GRID, [1, 2, 3, 4, 5, 7]])).toBe(false);
  });
});

describe('findBesideMain: each condition, both sides', () => {
  const gap = (n: number): BesideMainInput[] => Array.from({ length: n }, navigation);
  const cases: [string, BesideMainInput[], number[]][] = [
    ['right after body', [inside('body'), beside(1)], [1]],
    ['right before body', [beside(1), inside('body')], [0]],
    [`${BESIDE_MAIN_MAX_DISTANCE} segments after body`, [inside('body'), ...gap(BESIDE_MAIN_MAX_DISTANCE - 1), beside(1)], [BESIDE_MAIN_MAX_DISTANCE]],
    [`${BESIDE_MAIN_MAX_DISTANCE + 1} segments after body`, [inside('body'), ...gap(BESIDE_MAIN_MAX_DISTANCE), beside(1)], []],
    [`${BESIDE_MAIN_MAX_LEVELS} levels up`, [inside('body'), beside(BESIDE_MAIN_MAX_LEVELS)], [1]],
    [`${BESIDE_MAIN_MAX_LEVELS + 1} levels up`, [inside('body'), beside(BESIDE_MAIN_MAX_LEVELS + 1)], []],
    ['not a candidate (a hard rule, no sentence, a strong cue)', [inside('body'), beside(1, { candidate: false })], []],
    ['inside the container: not beside it', [inside('body'), { ...inside('navigation'), candidate: true }], []],
    ['already body', [inside('body'), beside(1, { label: 'body' })], []],
    ['spam is left alone', [inside('body'), beside(1, { label: 'spam' })], []],
    ['near navigation only', [inside('navigation'), beside(1), navigation()], []],
    ['a promoted neighbour does not count', [inside('body'), ...gap(BESIDE_MAIN_MAX_DISTANCE - 1), beside(1), beside(1)], [BESIDE_MAIN_MAX_DISTANCE]],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findBesideMain(segments, MAIN)).toEqual(expected);
  });

  it('no main container: nothing', () => {
    expect(findBesideMain([inside('body'), beside(1)], undefined)).toEqual([]);
  });
});

describe('the rules and types named', () => {
  it('no hard navigation rule counts as weak', () => {
    for (const rule of HARD_NAVIGATION_RULES) expect(BESIDE_MAIN_WEAK_RULES).not.toContain(rule);
  });

  it('runs on listing pages and not on article or forum pages', () => {
    expect(BESIDE_MAIN_PAGE_TYPES).toContain('listing');
    expect(BESIDE_MAIN_PAGE_TYPES).not.toContain('article');
    expect(BESIDE_MAIN_PAGE_TYPES).not.toContain('forum');
  });
});

// A boat-tour operator's list of tours; beside the grid, under a `search-help` class (a navigation
// cue), a note on where the tours leave from.
const NOTE = 'Every tour on this page leaves from the harbour office, and tickets bought online can be changed up to a day before.';
const NOTE_BARE = 'Every tour on this page leaves from the harbour office and tickets bought online can be changed up to a day before';
const NOTE_MENU_WORDS = 'Subscribe to our newsletter or contact us before you book any of the tours on this page.';
const TOURS: [string, string][] = [
  ['Seal island morning trip', 'Two hours around the island where the seal colony rests on the rocks, with a guide on board who knows every one of them.'],
  ['Lighthouse and cliffs', 'A slow cruise under the white cliffs to the old lighthouse, where the keeper\'s cottage can be seen from the water.'],
  ['Sunset over the bay', 'An evening trip that leaves an hour before sunset and comes back to the harbour as the town lights come on.'],
  ['Fishing with the crew', 'Half a day with the crew of a working boat, who show how the pots are set and hauled in the deeper water.'],
  ['Birds of the estuary', 'A quiet trip up the estuary at high tide, when the waders feed on the mud banks close to the channel.'],
  ['Caves by kayak', 'Paddle into the sea caves along the north shore with an instructor, in small groups of no more than eight.'],
];
const grid = TOURS.map(([title, summary], i) => `<div class="card"><h2><a href="/t/${i}">${title}</a></h2><p>${summary}</p></div>`).join('\n');
const SEASONS = ['Tours in spring', 'Tours in summer', 'Tours in autumn', 'Tours in winter'];
/** `n` paragraphs of one link each: navigation segments between the grid and the note. */
const links = (n: number): string => SEASONS.slice(0, n).map((t, i) => `<p><a href="/s/${i}">${t}</a></p>`).join('');

interface ListingOptions {
  note?: string;
  /** Navigation between the grid and the note. */
  before?: string;
  /** The note outside <main>, under <body>: far above the grid. */
  far?: boolean;
}
const listingPage = ({ note = NOTE, before = '', far = false }: ListingOptions = {}): string => {
  const aside = `<div class="search-help">${before}<p>${note}</p></div>`;
  return `<!doctype html><html><head><title>Harbour boat tours | Bay Trips</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Harbour boat tours"}</script></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/tours">Tours</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>
<main><div class="layout"><div class="catalog"><h1>Harbour boat tours</h1>
<div class="grid">${grid}</div></div>
${far ? '' : aside}</div></main>
${far ? aside : ''}
<footer class="site-footer"><p>Bay Trips, Harbour Office, Quay Street.</p></footer></body></html>`;
};

// A story on a news site, the same note beside it under the same class.
const STORY = [
  'The harbour board voted on Tuesday to extend the season for tour boats by three weeks, after a summer in which every morning trip was sold out.',
  'Operators had asked for the change for two years, saying that visitors now come well into October and that the seal colony is easiest to see then.',
  'The board said it would review the decision next spring, once it has counted how many trips ran in the extra weeks and what the harbour master made of them.',
  'Fishing crews, who share the quay with the tour boats, said they had no objection as long as the boats keep to the marked channel at low tide.',
];
const articlePage = `<!doctype html><html><head><title>Tour boat season extended | Bay News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tour boat season extended"}</script></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav></header>
<main><div class="layout"><article class="story"><h1>Tour boat season extended</h1>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}</article>
<div class="search-help"><p>${NOTE}</p></div></div></main>
<footer class="site-footer"><p>Bay News, Quay Street.</p></footer></body></html>`;

describe('beside the main container on a written page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const sift = (html: string, text: string) => segmentOf(sifter, html, text);

  it('a sentence beside a listing\'s grid, under a navigation class, is body', () => {
    const { type, label, rules } = sift(listingPage(), NOTE);
    expect(type).toBe('listing');
    expect(label).toBe('body');
    expect(rules).toContain('nav.dom-cue');
    expect(rules).toContain(BESIDE_MAIN_HIT.rule);
  });

  it('the same sentence beside an article stays navigation', () => {
    const { type, label, rules } = sift(articlePage, NOTE);
    expect(type).toBe('article');
    expect(label).toBe('navigation');
    expect(rules).not.toContain(BESIDE_MAIN_HIT.rule);
  });

  it(`${BESIDE_MAIN_MAX_DISTANCE - 1} link paragraph(s) between the grid and the sentence: ${BESIDE_MAIN_MAX_DISTANCE} segments from body`, () => {
    const { label, rules } = sift(listingPage({ before: links(BESIDE_MAIN_MAX_DISTANCE - 1) }), NOTE);
    expect(label).toBe('body');
    expect(rules).toContain(BESIDE_MAIN_HIT.rule);
  });

  it(`${BESIDE_MAIN_MAX_DISTANCE} link paragraphs between the grid and the sentence: ${BESIDE_MAIN_MAX_DISTANCE + 1} segments from body, too far`, () => {
    const { type, label, rules } = sift(listingPage({ before: links(BESIDE_MAIN_MAX_DISTANCE) }), NOTE);
    expect(type).toBe('listing');
    expect(label).toBe('navigation');
    expect(rules).not.toContain(BESIDE_MAIN_HIT.rule);
  });

  it('outside <main>, far above the grid: not beside it', () => {
    const { type, label, rules } = sift(listingPage({ far: true }), NOTE);
    expect(type).toBe('listing');
    expect(label).toBe('navigation');
    expect(rules).not.toContain(BESIDE_MAIN_HIT.rule);
  });

  it('a sentence of menu words (a hard navigation rule) stays navigation', () => {
    const { label, rules } = sift(listingPage({ note: NOTE_MENU_WORDS }), NOTE_MENU_WORDS);
    expect(rules).toContain('nav.lexicon-many');
    expect(label).toBe('navigation');
    expect(rules).not.toContain(BESIDE_MAIN_HIT.rule);
  });

  it('text that does not end like a sentence stays navigation', () => {
    const { label, rules } = sift(listingPage({ note: NOTE_BARE }), NOTE_BARE);
    expect(rules).not.toContain(SENTENCE_RULE);
    expect(label).toBe('navigation');
    expect(rules).not.toContain(BESIDE_MAIN_HIT.rule);
  });
});
