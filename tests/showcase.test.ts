import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelledSegment } from '../src/classify/classify.js';
import { findShowcaseItems, SHOWCASE_MIN_PRICED_ITEMS, type ShowcaseInput } from '../src/classify/showcase.js';
import { parseOptions } from '../src/options.js';
import { loadResources, type Resources } from '../src/resources.js';
import { classifiedHtml, listingPromotedTexts } from './helpers/classified.js';

/**
 * classify/showcase.ts: on a page whose promoted list carries prices, the promoted segments after a
 * long prose block outside every item stay navigation (a shop's showcase grids after its own text).
 * The pages below were written for these tests.
 */

const item = (text: string, ancestors: number[]): ShowcaseInput => ({ item: true, text, prose: false, ancestors });
const prose = (ancestors: number[]): ShowcaseInput => ({ item: false, text: 'The shop talks about itself at length.', prose: true, ancestors });

/** html(1) > main(2) > grid(3) > card(10+i) > name / price, then prose in section(4) > p(5), then grid(6) > card(20+i). */
function shopPage(pricedCards: number, proseParent = 4): ShowcaseInput[] {
  const first = [0, 1, 2].flatMap((i) => [item(`Wall print ${i}`, [1, 2, 3, 10 + i, 100 + i]), item(i < pricedCards ? `$${160 + i}.00` : 'Sold out', [1, 2, 3, 10 + i, 110 + i])]);
  const later = [0, 1, 2].flatMap((i) => [item(`Best seller ${i}`, [1, 2, 6, 20 + i, 120 + i]), item(`$${170 + i}.00`, [1, 2, 6, 20 + i, 130 + i])]);
  return [...first, prose([1, 2, proseParent, 5]), ...later];
}

describe('findShowcaseItems', () => {
  it('after SHOWCASE_MIN_PRICED_ITEMS priced items, the items that follow prose outside the items are the showcase', () => {
    const segments = shopPage(SHOWCASE_MIN_PRICED_ITEMS);
    const showcase = findShowcaseItems(segments);
    const laterIndices = segments.map((s, i) => (s.text.startsWith('Best seller') || /^\$17/.test(s.text) ? i : -1)).filter((i) => i >= 0);
    expect([...showcase].sort((a, b) => a - b)).toEqual(laterIndices);
    // the catalogue before the prose is left to the promotion
    expect(showcase.has(0)).toBe(false);
  });

  it('with one priced item fewer before the prose there is no showcase', () => {
    expect(findShowcaseItems(shopPage(SHOWCASE_MIN_PRICED_ITEMS - 1)).size).toBe(0);
  });

  it('prose whose parent element holds an item (a card\'s own description) starts no showcase', () => {
    // the prose sits in card 10, beside the first card's name and price
    expect(findShowcaseItems(shopPage(3, 10)).size).toBe(0);
  });

  it('prose before the first priced item starts no showcase', () => {
    const segments = [prose([1, 2, 4, 5]), ...shopPage(3).filter((s) => s.item)];
    expect(findShowcaseItems(segments).size).toBe(0);
  });
});

const HEADER = `<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/prints">Prints</a></li><li><a href="/frames">Frames</a></li><li><a href="/about">About us</a></li></ul></nav></header>`;
const FOOTER = `<footer class="site-footer"><p>Copyright 2026 Big Walls. All rights reserved.</p><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul></footer>`;
const FIRST = ['Harbour at dawn', 'Lemon grove', 'Blue hour over the bay', 'Salt flats', 'Night market', 'Orchard in bloom'];
const LATER = ['Desert road', 'Pine ridge', 'Fog on the river', 'Red dunes', 'Old lighthouse', 'Quiet meadow'];
const PROSE = [
  'We print every piece on heavy archival paper in our own workshop, stretch it over a solid pine frame and pack it by hand, so that it arrives ready to hang on the day it was promised. If a corner is dented or the canvas is scratched on the way, tell us within thirty days and we send a new one at our own cost.',
  'Our artists are paid for every print we sell, and each design is made in four sizes up to two metres wide, because a large wall deserves more than a poster in a thin plastic frame. New designs arrive every month, and the ones that sell best stay in the shop for as long as their artists want them there.',
];

/** A grid of cards, each a linked name over a price (`priced` false: over a linked "Details" line instead). */
const grid = (names: readonly string[], cls: string, priced: boolean, start: number): string =>
  `<div class="${cls}">${names.map((name, i) => `<div class="card"><a class="card-name" href="/p/${start + i}">${name}</a><p class="card-price"><a href="/p/${start + i}">${priced ? `$${160 + i}.00` : 'Details and sizes'}</a></p></div>`).join('')}</div>`;

/** A shop's home page: a grid, a section of the shop's prose, another grid. */
const shopHome = (priced: boolean): string => `<!doctype html><html><head><title>Big Walls – large wall art</title></head><body>${HEADER}
<main><h1>Large wall art</h1>${grid(FIRST, 'products', priced, 1)}
<section class="about"><h2>The biggest wall art, anywhere</h2>${PROSE.map((p) => `<p>${p}</p>`).join('')}</section>
${grid(LATER, 'bestsellers', priced, 20)}</main>${FOOTER}</body></html>`;

describe('promoteListingItems: a shop\'s grid after its own prose is a showcase', () => {
  let resources: Resources;
  beforeAll(async () => {
    resources = await loadResources(parseOptions({}));
  });

  const promotedTexts = (html: string): string[] => listingPromotedTexts(html, resources);

  it('with prices, the grid before the prose is promoted and the grid after it stays navigation', () => {
    const segments: LabelledSegment[] = classifiedHtml(shopHome(true), resources);
    // the prose is body before the promotion, the names are navigation
    expect(segments.find((s) => s.block.text.startsWith('We print every piece'))?.label).toBe('body');
    for (const name of [...FIRST, ...LATER]) expect(segments.find((s) => s.block.text === name)?.label).toBe('navigation');
    const promoted = promotedTexts(shopHome(true));
    for (const name of FIRST) expect(promoted).toContain(name);
    for (const name of LATER) expect(promoted).not.toContain(name);
  });

  it('without prices (not a shop), both grids are promoted', () => {
    const promoted = promotedTexts(shopHome(false));
    for (const name of [...FIRST, ...LATER]) expect(promoted).toContain(name);
  });
});
