import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LabelledSegment } from '../src/classify/classify.js';
import { CARD_ACTION_HIT, CARD_ACTIONS_FILE, findCardActions, loadCardActionVerbs, type CardActionInput } from '../src/classify/card-action.js';
import { actionWords, CARD_ACTION_MAX_WORDS, CARD_ACTION_MIN_REPEATS, isCallToActionLabel, repeatKey } from '../src/segment/call-to-action.js';
import { demoteCardActions } from '../src/classify/late-demotions.js';
import { promoteListingItems } from '../src/classify/late-promotions.js';
import { LISTING_ITEM_HIT, LISTING_MIN_MARGIN } from '../src/classify/listing.js';
import { parseOptions } from '../src/options.js';
import { loadResources, type Resources } from '../src/resources.js';
import { classifiedHtml } from './helpers/classified.js';

/**
 * classify/card-action.ts: a promoted list item that is a call to action printed on many cards
 * ("View details") is left navigation. Every input and page below was written for these tests.
 */

const VERBS: ReadonlySet<string> = new Set(['view', 'add', 'read', 'more', 'shop']);
const item = (text: string, promoted = true): CardActionInput => ({ text, promoted });
const times = (n: number, text: string, promoted = true): CardActionInput[] => Array.from({ length: n }, () => item(text, promoted));
const indices = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);

describe('findCardActions: each condition, both sides', () => {
  const enough = CARD_ACTION_MIN_REPEATS;
  const longest = ['view', 'the', 'full', 'details', 'here', 'now'].slice(0, CARD_ACTION_MAX_WORDS).join(' ');
  const tooLong = ['view', 'the', 'full', 'details', 'here', 'now', 'please'].slice(0, CARD_ACTION_MAX_WORDS + 1).join(' ');
  const cases: [string, CardActionInput[], number[]][] = [
    [`"View details" printed ${enough} times`, times(enough, 'View details'), indices(0, enough)],
    [`"View details" printed ${enough - 1} times`, times(enough - 1, 'View details'), []],
    ['repeats counted over case and inner space', [item('View details'), item('VIEW  details'), item(' view details ')], [0, 1, 2]],
    [`a ${CARD_ACTION_MAX_WORDS}-word label`, times(enough, longest), indices(0, enough)],
    [`a ${CARD_ACTION_MAX_WORDS + 1}-word label`, times(enough, tooLong), []],
    ['a first word outside the verb list (a vendor name on every card)', times(enough, 'Lodge cast iron'), []],
    ['the verb not first ("Details to view")', times(enough, 'Details to view'), []],
    ['punctuation before the verb ("+ more")', times(enough, '+ more'), indices(0, enough)],
    ['a title that starts with a verb, printed once', [item('Read the river: a guide'), ...times(enough, 'Add to cart')], indices(1, enough)],
    ['copies that were not promoted count for the repeat but stay as they are', [...times(enough - 1, 'Add to cart', false), item('Add to cart')], [enough - 1]],
    ['none promoted', times(enough, 'Add to cart', false), []],
    ['empty text', times(enough, ' '), []],
  ];
  it.each(cases)('%s', (_name, items, expected) => {
    expect([...findCardActions(items, VERBS)].sort((a, b) => a - b)).toEqual(expected);
  });
});

describe('isCallToActionLabel', () => {
  it.each<[string, boolean]>([
    ['View details', true],
    ['View options for it', true],
    ['add to cart', true],
    ['View the full details here', CARD_ACTION_MAX_WORDS >= 5],
    ['Blue enamel kettle', false],
    ['Best seller', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(isCallToActionLabel(text, VERBS)).toBe(expected);
  });
});

describe('actionWords and repeatKey', () => {
  it.each([
    ['Add to Cart', ['add', 'to', 'cart']],
    ['+More', ['more']],
    ['Quick shop – 7 colours', ['quick', 'shop', '7', 'colours']],
    ['', []],
  ])('%j → %j', (text, words) => {
    expect(actionWords(text)).toEqual(words);
  });
  it('repeatKey trims, lower-cases and squeezes space', () => {
    expect(repeatKey('  View\n  Details ')).toBe('view details');
  });
});

describe('loadCardActionVerbs', () => {
  it('reads the shipped list: lower-case single words, the common verbs in it', () => {
    const verbs = loadCardActionVerbs();
    for (const verb of ['view', 'add', 'read']) expect(verbs.has(verb)).toBe(true);
    for (const verb of verbs) expect(verb).toMatch(/^[\p{Ll}\p{N}]+$/u);
  });
  it('refuses a list with a phrase in it, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-actions-'));
    mkdirSync(join(dir, 'cues'));
    writeFileSync(join(dir, CARD_ACTIONS_FILE), JSON.stringify({ description: 'x', words: ['view', 'add to cart'] }));
    expect(() => loadCardActionVerbs(dir)).toThrow(/card-actions\.json/);
  });
});

describe('demoteCardActions', () => {
  const segment = (text: string, promoted: boolean): LabelledSegment =>
    ({ block: { text }, label: promoted ? 'body' : 'navigation', hits: promoted ? [LISTING_ITEM_HIT] : [] }) as unknown as LabelledSegment;
  it('gives a promoted call to action back to navigation with its own hit, and leaves the rest', () => {
    const segments = [segment('Blue enamel kettle', true), ...Array.from({ length: CARD_ACTION_MIN_REPEATS }, () => segment('View details', true)), segment('Home', false)];
    const out = demoteCardActions(segments, VERBS);
    expect(out[0]).toBe(segments[0]);
    expect(out.at(-1)).toBe(segments.at(-1));
    for (const s of out.slice(1, -1)) {
      expect(s.label).toBe('navigation');
      expect(s.hits).toEqual([CARD_ACTION_HIT]);
    }
  });
  it('returns the same array when there is nothing to give back', () => {
    const segments = [segment('View details', true), segment('View details', true)];
    expect(demoteCardActions(segments, VERBS)).toBe(segments);
  });
});

const HEADER = `<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/kettles">Kettles</a></li><li><a href="/pans">Pans</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>`;
const FOOTER = `<footer class="site-footer"><p>Copyright 2026 The Hob Shop. All rights reserved.</p></footer>`;
const NAMES = ['Blue enamel kettle', 'Copper stovetop kettle', 'Green whistling kettle', 'Steel gooseneck kettle', 'Red camping kettle', 'Cream ceramic kettle', 'Black iron kettle', 'White glass kettle'];

/** A shop's category page: a grid of cards, each a linked name, a price and a "View details" button. */
function kettleGrid(cards: number, button: string): string {
  const grid = NAMES.slice(0, cards)
    .map((name, i) => `<div class="card"><a class="card-link" href="/p/${i + 1}"><h2 class="card-name">${name}</h2></a><p class="card-price"><a href="/p/${i + 1}">$${20 + i}</a></p><div class="card-actions"><a class="card-button" href="/p/${i + 1}">${button}</a></div></div>`)
    .join('');
  return `<!doctype html><html><head><title>Kettles – The Hob Shop</title></head><body>${HEADER}
<main><h1>Kettles</h1><div class="product-grid">${grid}</div></main>${FOOTER}</body></html>`;
}

/** The same shop as a `<ul>` of `<li>` cards that open with the linked name and end with the button: the button and the next card's name are consecutive links of one list (segment/merge.ts CARD_MIN_BLOCKS). */
function kettleList(cards: number, button: string): string {
  const grid = NAMES.slice(0, cards)
    .map((name, i) => `<li class="item"><div class="name"><a href="/p/${i + 1}">${name}</a></div><p class="maker">Made by: a small forge</p><p class="price">$${20 + i}.00</p><div class="buy"><a href="/cart?add=${i + 1}">${button}</a></div></li>`)
    .join('');
  return `<!doctype html><html><head><title>Kettles – The Hob Shop</title></head><body>${HEADER}
<main><h1>Kettles</h1><ul class="products">${grid}</ul></main>${FOOTER}</body></html>`;
}

describe('a written shop grid through the listing promotion', () => {
  let resources: Resources;
  beforeAll(async () => {
    resources = await loadResources(parseOptions({}));
  });
  const listed = (html: string): readonly LabelledSegment[] => demoteCardActions(promoteListingItems(classifiedHtml(html, resources), resources.space, LISTING_MIN_MARGIN), resources.cardActions);
  const labelOf = (segments: readonly LabelledSegment[], text: string): string | undefined => segments.find((s) => s.block.text === text)?.label;

  it(`the names are promoted, the "View details" on ${NAMES.length} cards is not`, () => {
    const segments = listed(kettleGrid(NAMES.length, 'View details'));
    expect(labelOf(segments, NAMES[0]!)).toBe('body');
    const buttons = segments.filter((s) => s.block.text === 'View details');
    expect(buttons).toHaveLength(NAMES.length);
    for (const b of buttons) {
      expect(b.label).toBe('navigation');
      expect(b.hits).toContain(CARD_ACTION_HIT);
      expect(b.hits).not.toContain(LISTING_ITEM_HIT);
    }
  });

  it('in a list of <li> cards the button is not glued to the next card\'s name: the names are body, the buttons navigation', () => {
    const segments = listed(kettleList(NAMES.length, 'Add To Cart'));
    for (const name of NAMES.slice(1)) expect(labelOf(segments, name)).toBe('body');
    expect(segments.some((s) => s.block.text.startsWith('Add To Cart '))).toBe(false);
    const buttons = segments.filter((s) => s.block.text === 'Add To Cart');
    expect(buttons).toHaveLength(NAMES.length);
    expect(buttons.every((b) => b.label === 'navigation' && b.hits.includes(CARD_ACTION_HIT))).toBe(true);
  });

  it('a label with no call-to-action verb is promoted with its card', () => {
    const segments = listed(kettleGrid(NAMES.length, 'Ships in two days'));
    expect(segments.filter((s) => s.block.text === 'Ships in two days').every((s) => s.label === 'body' && s.hits.includes(LISTING_ITEM_HIT))).toBe(true);
  });
});
