import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelledSegment } from '../src/classify/classify.js';
import { CARD_BADGE, CARD_BADGE_MAX_CHARS } from '../src/classify/card-badge.js';
import { demoteCardBadges, LATE_DEMOTIONS } from '../src/classify/late-demotions.js';
import { promoteListingItems } from '../src/classify/late-promotions.js';
import { LISTING_ITEM_HIT, LISTING_MIN_MARGIN } from '../src/classify/listing.js';
import { parseOptions } from '../src/options.js';
import { loadResources, type Resources } from '../src/resources.js';
import { describeShortLineRule } from './helpers/short-line-table.js';
import { classifiedHtml } from './helpers/classified.js';

/**
 * classify/card-badge.ts: a product card's merchandising tag printed as a line of its own ("3
 * colors", "2 options", "Up to 40% off") is navigation. Every line and page below was written for
 * these tests.
 */

const PATTERNS = CARD_BADGE.load();

const fire: string[] = [
  '3 colors',
  '2 Colors',
  '1 colour',
  '+ 9 Colors',
  '+12 colours',
  '4 more colors',
  '2 options',
  '5 sizes available',
  '3 styles',
  '2 finishes',
  '6 colorways',
  'Available in additional 2 options',
  'Also available in 4 colours',
  'More colors available',
  'Up to 40% off',
  '20% off',
  '15 % OFF!',
  '  3   colors  ',
];
const stay: string[] = [
  // a sentence that mentions the colours or a discount is the item's description
  'The kettle comes in 3 colors and two sizes.',
  'Choose from 3 colors',
  'Get 20% off your first order when you sign up',
  // kept by some gold bodies: pricing-plan tags, statistics, sale and new badges, prices
  'Save 16%',
  'Save up to 50%',
  '82%',
  'Sale',
  'New',
  'Best seller',
  '$24.00',
  // a count of other things
  '3 reviews',
  '12 items',
  '3 colors of enamel, fired twice in the old kiln by the family that has made them for a century',
  '',
];
// no bound table: the patterns take whole short wordings only, so no badge reaches the bound
describeShortLineRule('CARD_BADGE', CARD_BADGE, { fire, stay }, (patterns) => {
  it(`the longest wording the patterns take fits in ${CARD_BADGE_MAX_CHARS} characters; spaces are collapsed before the bound`, () => {
    const longest = 'Also available in additional 999 more colours.';
    expect(longest.length).toBeLessThanOrEqual(CARD_BADGE_MAX_CHARS);
    expect(CARD_BADGE.matches(longest, patterns)).toBe(true);
    expect(CARD_BADGE.matches(`4${' '.repeat(CARD_BADGE_MAX_CHARS)}colors`, patterns)).toBe(true);
    expect(CARD_BADGE.matches(`${'x'.repeat(CARD_BADGE_MAX_CHARS + 1)}`, patterns)).toBe(false);
  });
  it('is a named late demotion', () => {
    expect(LATE_DEMOTIONS).toContain('card-badge');
  });
});

describe('demoteCardBadges', () => {
  const segment = (text: string, label: 'body' | 'navigation', kind = 'block'): LabelledSegment =>
    ({ block: { text, kind }, label, hits: label === 'body' ? [LISTING_ITEM_HIT] : [] }) as unknown as LabelledSegment;
  it('turns a body tag to navigation with its hit, and leaves navigation, inline cuts and other body text', () => {
    const segments = [segment('Blue enamel kettle', 'body'), segment('3 colors', 'body'), segment('2 options', 'navigation'), segment('Up to 40% off', 'body', 'inline')];
    const out = demoteCardBadges(segments, PATTERNS);
    expect(out[0]).toBe(segments[0]);
    expect(out[1]!.label).toBe('navigation');
    expect(out[1]!.hits).toContain(CARD_BADGE.hit);
    expect(out[2]).toBe(segments[2]);
    expect(out[3]).toBe(segments[3]);
  });
});

const HEADER = `<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/kettles">Kettles</a></li><li><a href="/pans">Pans</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>`;
const FOOTER = `<footer class="site-footer"><p>Copyright 2026 The Hob Shop. All rights reserved.</p></footer>`;
const NAMES = ['Blue enamel kettle', 'Copper stovetop kettle', 'Green whistling kettle', 'Steel gooseneck kettle', 'Red camping kettle', 'Cream ceramic kettle', 'Black iron kettle', 'White glass kettle'];

/** A shop's category page: a grid of cards, each a linked name, a price and a line under them. */
function kettleGrid(line: (i: number) => string): string {
  const grid = NAMES.map((name, i) => `<div class="card"><a class="card-link" href="/p/${i + 1}"><h2 class="card-name">${name}</h2></a><p class="card-price"><a href="/p/${i + 1}">$${20 + i}</a></p><p class="card-tag">${line(i)}</p></div>`).join('');
  return `<!doctype html><html><head><title>Kettles – The Hob Shop</title></head><body>${HEADER}
<main><h1>Kettles</h1><div class="product-grid">${grid}</div></main>${FOOTER}</body></html>`;
}

describe('a written shop grid through the listing promotion and the badge pass', () => {
  let resources: Resources;
  beforeAll(async () => {
    resources = await loadResources(parseOptions({}));
  });
  const sifted = (html: string): readonly LabelledSegment[] => demoteCardBadges(promoteListingItems(classifiedHtml(html, resources), resources.space, LISTING_MIN_MARGIN), resources.cardBadges);
  const labelOf = (segments: readonly LabelledSegment[], text: string): string | undefined => segments.find((s) => s.block.text === text)?.label;

  it('the names are promoted, the "N colors" line of every card is navigation', () => {
    const segments = sifted(kettleGrid((i) => `${(i % 3) + 2} colors`));
    expect(labelOf(segments, NAMES[0]!)).toBe('body');
    const tags = segments.filter((s) => /^\d colors$/u.test(s.block.text));
    expect(tags).toHaveLength(NAMES.length);
    for (const t of tags) {
      expect(t.label).toBe('navigation');
      expect(t.hits).toContain(CARD_BADGE.hit);
    }
  });

  it('a line that is no tag in the same place stays body with its card', () => {
    const segments = sifted(kettleGrid(() => 'Hand-finished in our workshop'));
    const lines = segments.filter((s) => s.block.text === 'Hand-finished in our workshop');
    expect(lines).toHaveLength(NAMES.length);
    expect(lines.every((s) => s.label === 'body' && !s.hits.includes(CARD_BADGE.hit))).toBe(true);
  });
});
