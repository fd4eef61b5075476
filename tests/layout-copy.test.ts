import { beforeAll, describe, expect, it } from 'vitest';
import { DUPLICATE_HIT, findCopies, LAYOUT_COPY_HIT, NO_SAME_PLACE, SAME_PLACE_COPY_PAGE_TYPES, SAME_PLACE_MAX_COPIES, SAME_PLACE_MAX_COPIES_OTHER_TYPES, samePlaceRule, type DuplicateInput } from '../src/classify/duplicates.js';
import { loadScreenVariantCues } from '../src/classify/screen-copy.js';
import type { Report, Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/duplicates.ts, copies at the same place: on a product page a place (path shape) whose
 * every text is shown two to SAME_PLACE_MAX_COPIES times is a layout printed again, and the later
 * copies are navigation (context.layout-copy); on the other page types the same when every text
 * there is shown exactly SAME_PLACE_MAX_COPIES_OTHER_TYPES times (twice) and a copy sits under a
 * screen-variant cue (a desktop and a mobile block, classify/screen-copy.ts); a grid's slot (cards
 * that differ, or a line on more cards) stays body. The texts and pages below were written for these tests.
 */

const TEXT = 'The Harbour lamp runs for twelve hours on one charge and dims in five steps.';
const DESC = 'html>body>main>div.product>div.description>p';
const OTHER = 'Another paragraph about the lamp, its stand and its glass shade.';

function seg(path: string | undefined, overrides: Partial<DuplicateInput> = {}): DuplicateInput {
  return { label: 'body', text: TEXT, path, candidate: true, ...overrides };
}

const copies = (n: number, path = DESC): DuplicateInput[] => Array.from({ length: n }, () => seg(path));

const SCREEN_WORDS = loadScreenVariantCues();
const PRODUCT = samePlaceRule('product', SCREEN_WORDS);
const LISTING = samePlaceRule('listing', SCREEN_WORDS);
/** A desktop block and a mobile block of the same elements (class tokens per element, nearest first). */
const DESKTOP = [['intro'], ['hero', 'hide', 'mobile']];
const MOBILE = [['intro'], ['hero', 'hide', 'desktop']];
const PLAIN = [['intro'], ['hero']];

describe('findCopies at the same place', () => {
  const fires: { name: string; segments: DuplicateInput[]; samePlace: number[] }[] = [
    { name: 'a description printed twice at one path', segments: copies(2), samePlace: [1] },
    { name: `${SAME_PLACE_MAX_COPIES} copies of every text at the place`, segments: copies(SAME_PLACE_MAX_COPIES), samePlace: Array.from({ length: SAME_PLACE_MAX_COPIES - 1 }, (_, i) => i + 1) },
    { name: 'digits in the path set aside (div#panel-1, div#panel-2)', segments: [seg('body>div#panel-1>p'), seg('body>div#panel-2>p')], samePlace: [1] },
    { name: 'a block of two paragraphs printed twice (every text at the place repeated)', segments: [seg(DESC), seg(DESC, { text: OTHER }), seg(DESC), seg(DESC, { text: OTHER })], samePlace: [2, 3] },
  ];
  for (const { name, segments, samePlace } of fires) {
    it(`fires: ${name}`, () => {
      expect(findCopies(segments, PRODUCT)).toEqual({ elsewhere: [], samePlace });
    });
  }

  const silent: { name: string; segments: DuplicateInput[]; rule: typeof PRODUCT }[] = [
    { name: 'same-place copies off (findDuplicateCopies)', segments: copies(2), rule: NO_SAME_PLACE },
    { name: `more than ${SAME_PLACE_MAX_COPIES} copies (a grid's card line)`, segments: copies(SAME_PLACE_MAX_COPIES + 1), rule: PRODUCT },
    { name: 'one copy only', segments: copies(1), rule: PRODUCT },
    { name: "a place that also holds a text shown once (a grid's slot: the cards differ)", segments: [seg(DESC), seg(DESC, { text: OTHER }), seg(DESC)], rule: PRODUCT },
    { name: 'a navigation first copy', segments: [seg(DESC, { label: 'navigation' }), seg(DESC)], rule: PRODUCT },
    { name: 'a spliced-in phrase as the second copy', segments: [seg(DESC), seg(DESC, { candidate: false })], rule: PRODUCT },
    { name: 'a copy under the minimum length', segments: [seg(DESC, { text: 'Twelve hours.' }), seg(DESC, { text: 'Twelve hours.' })], rule: PRODUCT },
    { name: 'plain text (no path)', segments: [seg(undefined), seg(undefined)], rule: PRODUCT },
  ];
  for (const { name, segments, rule } of silent) {
    it(`silent: ${name}`, () => {
      expect(findCopies(segments, rule).samePlace).toEqual([]);
    });
  }

  it('a copy at another place stays a duplicate, not a layout copy, and is counted once', () => {
    expect(findCopies([seg(DESC), seg('body>div.mobile>p'), seg(DESC)], PRODUCT)).toEqual({ elsewhere: [1], samePlace: [2] });
  });

  it('allows up to three copies without a cue on product pages, two under a screen cue on the others, and the hit is a frozen navigation hit of the context family', () => {
    expect(SAME_PLACE_COPY_PAGE_TYPES).toEqual(['product']);
    expect(PRODUCT).toEqual({ maxCopies: SAME_PLACE_MAX_COPIES, screenWords: undefined });
    for (const type of ['article', 'listing', 'forum', 'other'] as const) expect(samePlaceRule(type, SCREEN_WORDS)).toEqual({ maxCopies: SAME_PLACE_MAX_COPIES_OTHER_TYPES, screenWords: SCREEN_WORDS });
    expect(Object.isFrozen(LAYOUT_COPY_HIT)).toBe(true);
    expect(LAYOUT_COPY_HIT.label).toBe('navigation');
    expect(LAYOUT_COPY_HIT.rule.startsWith('context.')).toBe(true);
    expect(LAYOUT_COPY_HIT.rule).not.toBe(DUPLICATE_HIT.rule);
  });
});

const SUMMARY = 'The Harbour lamp runs for twelve hours on one charge, dims in five steps and folds flat for the rucksack.';
const CARD_LINE = 'Rechargeable over USB, with a braided cable in the box.';
const STORY = [
  'We built the lamp for long evenings on the boat, where a torch is too harsh and a candle too risky.',
  'Its shell is recycled aluminium, and the diffuser is glass, so it will outlast several summers of salt and sun.',
];

/** A product page that prints its summary twice in the same elements (a desktop and a mobile block) and shows four related lamps whose cards share one line. */
function productPage(prints: number): string {
  const summary = Array.from({ length: prints }, () => `<div class="summary"><p>${SUMMARY}</p></div>`).join('\n');
  const cards = [1, 2, 3, 4].map((n) => `<li class="card"><h3>Lamp model ${n}</h3><p>${CARD_LINE}</p></li>`).join('');
  return `<!doctype html><html><head><title>Harbour lamp | Lamp Works</title><meta property="og:type" content="product"></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/lamps">Lamps</a></nav></header>
<main><div class="product"><h1>Harbour lamp</h1><div class="price"><span>$49.00</span></div>
${summary}
${STORY.map((p) => `<p>${p}</p>`).join('\n')}
<ul class="cards">${cards}</ul></div></main>
<footer><p>Lamp Works, 3 Quay Street.</p></footer></body></html>`;
}

function segmentsWith(report: Report, phrase: string): Report['segments'] {
  return report.segments.filter((s) => s.source.kind !== 'title' && s.text.includes(phrase));
}

describe('findCopies at the same place on the other page types (two copies for two screens)', () => {
  const at = (cues: string[][], text = TEXT): DuplicateInput => seg(DESC, { text, cues });
  it('fires: an intro printed in a desktop block and a mobile block', () => {
    expect(findCopies([at(DESKTOP), at(MOBILE)], LISTING)).toEqual({ elsewhere: [], samePlace: [1] });
  });
  it('fires: the screen cue on one copy only (d-none d-md-block against a plain block)', () => {
    expect(findCopies([at([['intro'], ['d', 'none', 'md', 'block']]), at(PLAIN)], LISTING)).toEqual({ elsewhere: [], samePlace: [1] });
    expect(findCopies([at(PLAIN), at(MOBILE)], LISTING)).toEqual({ elsewhere: [], samePlace: [1] });
  });
  it('fires: a block of two paragraphs printed for two screens', () => {
    expect(findCopies([at(DESKTOP), at(DESKTOP, OTHER), at(MOBILE), at(MOBILE, OTHER)], LISTING)).toEqual({ elsewhere: [], samePlace: [2, 3] });
  });
  it('silent: the same text twice at one place with no screen cue (an article printed twice by its markup)', () => {
    expect(findCopies([at(PLAIN), at(PLAIN)], LISTING).samePlace).toEqual([]);
  });
  it('silent: a screen word inside a longer token (mobilephone, nonetheless) is no cue', () => {
    expect(findCopies([at([['mobilephone']]), at([['nonetheless']])], LISTING).samePlace).toEqual([]);
  });
  it("silent: a line shown three times at its place, even under a screen cue (a list's repeated line)", () => {
    expect(findCopies([at(DESKTOP), at(MOBILE), at(MOBILE)], LISTING).samePlace).toEqual([]);
  });
  it('silent: a place that also holds a text shown once', () => {
    expect(findCopies([at(DESKTOP), at(DESKTOP, OTHER), at(MOBILE)], LISTING).samePlace).toEqual([]);
  });
});

describe('a product page that prints its summary twice at one place', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('is typed product, keeps the first copy as body and makes the second navigation with the layout-copy hit', () => {
    const report = sifter.sift({ html: productPage(2) });
    expect(report.pageType.type).toBe('product');
    const summaries = segmentsWith(report, SUMMARY.slice(0, 40));
    expect(summaries.map((s) => s.label)).toEqual(['body', 'navigation']);
    expect(summaries[1]!.hits.map((h) => h.rule)).toContain(LAYOUT_COPY_HIT.rule);
    for (const p of STORY) expect(segmentsWith(report, p.slice(0, 40))[0]?.label).toBe('body');
  });

  it('leaves a summary printed once, and every card of the grid keeps its shared line', () => {
    const once = segmentsWith(sifter.sift({ html: productPage(1) }), SUMMARY.slice(0, 40));
    expect(once.map((s) => s.label)).toEqual(['body']);
    const report = sifter.sift({ html: productPage(2) });
    const lines = segmentsWith(report, CARD_LINE.slice(0, 30));
    expect(lines).toHaveLength(4);
    expect(lines.every((s) => !s.hits.some((h) => h.rule === LAYOUT_COPY_HIT.rule))).toBe(true);
  });
});

const INTRO = 'Our guides to the coastal paths of Cornwall, walked and written up by the people who maintain them.';
const GUIDE_LINE = 'A day walk with steep climbs and a café halfway along.';
const GUIDE_BODY = [
  'The north coast path climbs and drops through a dozen coves, and the weather changes within the hour.',
  'Every guide below gives the distance, the height gained and where the buses stop, so you can walk one way.',
];

/** A guides page (not a shop) whose intro is written `intros` times at one place (a desktop and a mobile block), then guides whose `times` cards share one line. */
function guidesPage(intros: number, times: number, screenCues = true): string {
  const screens = screenCues ? ['hide-mobile', 'hide-desktop'] : ['copy', 'copy'];
  const intro = Array.from({ length: intros }, (_, n) => `<div class="intro ${screens[n % 2]!}"><p>${INTRO}</p></div>`).join('\n');
  const cards = Array.from({ length: times }, (_, n) => `<li class="guide"><h3>Path guide number ${n + 1}</h3><p>${GUIDE_LINE}</p></li>`).join('');
  return `<!doctype html><html><head><title>Coastal path guides | Walk Cornwall</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/guides">Guides</a> <a href="/about">About</a></nav></header>
<main><article><h1>Coastal path guides</h1>
${intro}
${GUIDE_BODY.map((p) => `<p>${p}</p>`).join('\n')}
<ul class="guides">${cards}</ul></article></main>
<footer><p>Walk Cornwall, 1 Harbour Row.</p></footer></body></html>`;
}

describe('a page of another type that prints its intro for two screens at one place', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('is not typed product, keeps the first copy as body and makes the second navigation with the layout-copy hit', () => {
    const report = sifter.sift({ html: guidesPage(2, 3) });
    expect(report.pageType.type).not.toBe('product');
    const intros = segmentsWith(report, INTRO.slice(0, 40));
    expect(intros.map((s) => s.label)).toEqual(['body', 'navigation']);
    expect(intros[1]!.hits.map((h) => h.rule)).toContain(LAYOUT_COPY_HIT.rule);
    for (const p of GUIDE_BODY) expect(segmentsWith(report, p.slice(0, 40))[0]?.label).toBe('body');
  });

  it('keeps both copies of an intro printed twice without a screen cue', () => {
    const report = sifter.sift({ html: guidesPage(2, 3, false) });
    const intros = segmentsWith(report, INTRO.slice(0, 40));
    expect(intros.map((s) => s.label)).toEqual(['body', 'body']);
  });

  it('leaves an intro written once, and a line that three cards share', () => {
    const once = segmentsWith(sifter.sift({ html: guidesPage(1, 3) }), INTRO.slice(0, 40));
    expect(once.map((s) => s.label)).toEqual(['body']);
    const lines = segmentsWith(sifter.sift({ html: guidesPage(1, 3) }), GUIDE_LINE.slice(0, 30));
    expect(lines).toHaveLength(3);
    expect(lines.every((s) => !s.hits.some((h) => h.rule === LAYOUT_COPY_HIT.rule))).toBe(true);
  });
});
