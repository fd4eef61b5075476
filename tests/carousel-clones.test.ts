import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAROUSEL_CLONE_HIT, CAROUSEL_MIN_CHARS, CAROUSEL_MIN_SLIDES, findCarouselClones, wrapPeriod, type CarouselInput } from '../src/classify/carousel-clones.js';
import { UNLIMITED_DEMOTIONS } from '../src/classify/demotion-limit.js';
import { LATE_DEMOTIONS } from '../src/classify/late-demotions.js';
import type { Report, Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/carousel-clones.ts: the texts at one place that wrap round (a looping slider prints its
 * first slides again after its last) are a carousel's teasers, navigation. Every text and page
 * below was written for these tests.
 */

const A = 'Council votes to keep the night bus running';
const B = 'New cycle lanes open on the river road';
const C = 'Library extends its opening hours in winter';
const D = 'Market square gets new benches and trees';
const E = 'School meals to use more local produce';

describe('wrapPeriod: sequences that must and must not wrap round', () => {
  const cases: [string, string[], number | undefined][] = [
    ['the first slide printed again after the last', [A, B, C, D, E, A], 5],
    ['clones at both ends (the last before the first, the first after the last)', [E, A, B, C, D, E, A], 5],
    ['two slides cloned after the last', [A, B, C, D, E, A, B], 5],
    [`the least number of slides, ${CAROUSEL_MIN_SLIDES}`, [A, B, C, A], 3],
    ['two slides only: a pair, not a loop', [A, B, A], undefined],
    ['a list whose items differ', [A, B, C, D, E], undefined],
    ['the whole list printed twice (a second layout, duplicates.ts)', [A, B, C, A, B, C], undefined],
    ['a text repeated inside the list, not at its ends', [A, B, A, C, D], undefined],
    ['the first slide again, but not after the last', [A, B, C, D, A, E], undefined],
    ['one text over and over', [A, A, A, A], undefined],
    ['empty and one text', [], undefined],
  ];
  it.each(cases)('%s', (_name, texts, expected) => {
    expect(wrapPeriod(texts)).toBe(expected);
  });
});

/** wrapPeriod's definition read literally: every period tried, each with a set of its first texts. */
function wrapPeriodByDefinition(texts: readonly string[]): number | undefined {
  const n = texts.length;
  for (let p = CAROUSEL_MIN_SLIDES; p < n; p++) {
    if (2 * p <= n || new Set(texts.slice(0, p)).size !== p) continue;
    let cyclic = true;
    for (let i = 0; i + p < n && cyclic; i++) cyclic = texts[i] === texts[i + p];
    if (cyclic) return p;
  }
  return undefined;
}

describe('wrapPeriod: the one-candidate search agrees with the definition', () => {
  it('on random sequences over a few texts (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(A, B, C, D, E), { maxLength: 14 }), (texts) => {
        expect(wrapPeriod(texts)).toBe(wrapPeriodByDefinition(texts));
      }),
      { numRuns: 2000 },
    );
  });

  it('on loops built to wrap, with their first slides cloned after the last', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }), fc.nat(12), (slides, extra) => {
        const texts = [...slides, ...slides.slice(0, Math.min(extra, slides.length - 1))];
        expect(wrapPeriod(texts)).toBe(wrapPeriodByDefinition(texts));
      }),
    );
  });

  it('a place of 200,000 different texts does not wrap (one pass over them)', () => {
    const texts = Array.from({ length: 200_000 }, (_, i) => `item number ${i} of a very long list`);
    expect(wrapPeriod(texts)).toBeUndefined();
    expect(wrapPeriod([...texts, texts[0]!])).toBe(200_000);
  });
});

const slide = (text: string, overrides: Partial<CarouselInput> = {}): CarouselInput => ({ label: 'body', text, path: 'html>body>div#slider>div.slide-1>p', candidate: true, ...overrides });

describe('findCarouselClones', () => {
  it('takes every body text at a place that wraps round, the slides and their clone', () => {
    const segments = [slide(A), slide(B), slide(C, { path: 'html>body>div#slider>div.slide-22>p' }), slide(D), slide(A)];
    expect(findCarouselClones(segments)).toEqual([0, 1, 2, 3, 4]);
  });

  it('leaves the navigation ones as they are and text at other places alone', () => {
    const segments = [slide('An article paragraph about the bus', { path: 'html>body>main>p' }), slide(A, { label: 'navigation' }), slide(B), slide(C), slide(A)];
    expect(findCarouselClones(segments)).toEqual([2, 3, 4]);
  });

  it(`compares texts of ${CAROUSEL_MIN_CHARS} characters or more (whitespace collapsed): a repeated date or "Read more" is not a slide`, () => {
    const short = ['x'.repeat(CAROUSEL_MIN_CHARS - 1), 'y'.repeat(CAROUSEL_MIN_CHARS - 1), 'z'.repeat(CAROUSEL_MIN_CHARS - 1)];
    expect(findCarouselClones([...short, short[0]!].map((t) => slide(t)))).toEqual([]);
    const half = CAROUSEL_MIN_CHARS / 2;
    const exact = ['x', 'y', 'z'].map((c) => `${c.repeat(half)} ${c.repeat(half - 1)}`);
    expect(exact[0]).toHaveLength(CAROUSEL_MIN_CHARS);
    expect(findCarouselClones([...exact, ` ${'x'.repeat(half)}\n  ${'x'.repeat(half - 1)} `].map((t) => slide(t)))).toEqual([0, 1, 2, 3]);
  });

  it('leaves table cells, plain text and spliced-in phrases alone', () => {
    expect(findCarouselClones([A, B, C, A].map((t) => slide(t, { path: 'html>body>table>tbody>tr>td' })))).toEqual([]);
    expect(findCarouselClones([A, B, C, A].map((t) => slide(t, { path: 'html>body>table>tbody>tr>th.label' })))).toEqual([]);
    expect(findCarouselClones([A, B, C, A].map((t) => slide(t, { path: undefined })))).toEqual([]);
    expect(findCarouselClones([slide(A), slide(B), slide(C), slide(A, { candidate: false })])).toEqual([]);
  });

  it('is a late demotion that the demotion limit does not hold (the slider is never the page)', () => {
    expect(LATE_DEMOTIONS).toContain('carousel-clone');
    expect(UNLIMITED_DEMOTIONS).toContain('carousel-clone');
  });
});

const SUMMARIES = [
  'The council agreed on Tuesday to keep the night bus running through the winter, after a petition signed by many residents.',
  'Two new cycle lanes along the river road opened this week, linking the station with the university and the old town.',
  'From November the central library stays open until nine in the evening on weekdays, and on Sunday afternoons as well.',
];
const HEADLINES = [A, B, C];
const STORY = [
  'The group welcomed the decision to fund the new sports hall at the eastern school, which has waited for it for eight years.',
  'Its spokesman said that the hall will also be open to the clubs of the district in the evenings and at the weekend, when the school does not use it.',
  'Building is to begin next spring, and the first lessons in the new hall are planned for the autumn of the following year.',
];

/** A press release whose template prints a slider of the latest releases (the first one again at its end) inside the container of the release, with the same class words. */
function page(slides: readonly number[]): string {
  const slider = slides
    .map((n) => `<div class="tile"><div class="teaser_date">0${n + 1}.10.2024</div><div><span class="teaser_headline">${HEADLINES[n]}</span></div><div class="teaser_text">${SUMMARIES[n]}</div><div class="teaser_more"><a href="/news/${n}">Read more</a></div></div>`)
    .join('');
  return `<!doctype html><html><head><title>Sports hall for the eastern school | Council group</title></head><body>
<nav class="menu"><a href="/">Home</a> <a href="/press">Press</a> <a href="/contact">Contact</a></nav>
<div id="content"><div id="scroller">${slider}</div>
<div id="release"><div class="teaser_date">22.05.2024 - Schools</div><div class="teaser_headline">Sports hall for the eastern school</div>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<footer><a href="/imprint">Imprint</a> | <a href="/privacy">Privacy</a></footer></body></html>`;
}

function labelsOf(report: Report, phrase: string): string[] {
  return report.segments.filter((s) => s.source.kind !== 'title' && s.text.includes(phrase)).map((s) => s.label);
}

describe('a press release under a looping slider of other releases', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('makes the slides and the clone navigation, with the carousel hit, and keeps the release', () => {
    const report = sifter.sift({ html: page([0, 1, 2, 0]) });
    for (const text of [...SUMMARIES, ...HEADLINES]) {
      const slides = report.segments.filter((s) => s.text.includes(text.slice(0, 30)) && s.source.kind !== 'title');
      expect(slides.length).toBeGreaterThan(0);
      for (const s of slides) {
        expect(s.label).toBe('navigation');
        expect(s.hits.map((h) => h.rule)).toContain(CAROUSEL_CLONE_HIT.rule);
      }
    }
    for (const p of STORY) expect(labelsOf(report, p.slice(0, 40))).toEqual(['body']);
  });

  it('does not fire on the same slides when nothing wraps round', () => {
    const report = sifter.sift({ html: page([0, 1, 2]) });
    expect(report.segments.some((s) => s.hits.some((h) => h.rule === CAROUSEL_CLONE_HIT.rule))).toBe(false);
    // the slides read as prose: without the wrap nothing else on this page tells them from the release
    for (const text of SUMMARIES) expect(labelsOf(report, text.slice(0, 40))).toEqual(['body']);
    for (const p of STORY) expect(labelsOf(report, p.slice(0, 40))).toEqual(['body']);
  });
});
