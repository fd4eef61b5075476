import { beforeAll, describe, expect, it } from 'vitest';
import { findTitleRuns, TITLE_RUN_HIT, TITLE_RUN_MIN_ITEMS, type TitleRunInput } from '../src/classify/title-run.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/title-run.ts: a run of TITLE_RUN_MIN_ITEMS or more linked headings of one shape that
 * starts right after a body segment is body. The inputs and pages below were written for these tests.
 */

const body = (over: Partial<TitleRunInput> = {}): TitleRunInput => ({ label: 'body', path: 'html>body>main>div.archive-description>p', heading: false, titleHeading: false, candidate: true, ...over });
const title = (n: number, over: Partial<TitleRunInput> = {}): TitleRunInput => ({
  label: 'navigation',
  path: `html>body>main>article.post-${n}>header.entry-header>h2.entry-title>a`,
  heading: true,
  titleHeading: true,
  candidate: true,
  ...over,
});
const titles = (count: number, over: Partial<TitleRunInput> = {}): TitleRunInput[] => Array.from({ length: count }, (_, i) => title(100 + i * 7, over));
const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

describe('findTitleRuns: each condition, both sides', () => {
  const enough = TITLE_RUN_MIN_ITEMS;
  const cases: [string, TitleRunInput[], number[]][] = [
    [`${enough} linked headings right after body`, [body(), ...titles(enough)], range(1, enough)],
    [`${enough - 1} linked headings right after body`, [body(), ...titles(enough - 1)], []],
    ['a longer run, then the footer', [body(), ...titles(enough + 3), { ...body(), label: 'navigation' }], range(1, enough + 3)],
    ['a heading between the body and the run ("You might also like")', [body(), { ...body(), label: 'navigation', path: 'html>body>main>h2' }, ...titles(enough)], []],
    ['the run at the top of the page', titles(enough), []],
    ['a body heading right before the run (a block of its own: "Read more of our articles")', [body({ heading: true, path: 'html>body>main>div.more>h2' }), ...titles(enough)], []],
    ['a body title of the same shape right before the run (a carousel whose first title reads as a headline)', [body(), title(90, { label: 'body' }), ...titles(enough)], []],
    ['plain text before the run (no path)', [body({ path: undefined }), ...titles(enough)], range(1, enough)],
    ['headings that are not links', [body(), ...titles(enough, { titleHeading: false })], []],
    ['demoted or not promotable (a teaser, the chrome)', [body(), ...titles(enough, { candidate: false })], []],
    ['titles of two shapes: neither run is long enough', [body(), ...titles(3), ...titles(3, { path: 'html>body>main>div.card>h3.card-title>a' })], []],
    ['body already', [body(), ...titles(enough, { label: 'body' })], []],
    ['spam is left alone', [body(), ...titles(enough, { label: 'spam' })], []],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findTitleRuns(segments)).toEqual(expected);
  });
});

const INTRO = [
  'These are the quick dinners we come back to every week, each ready in half an hour with what is already in the cupboard.',
  'Most of them keep for two days in the fridge, and every one of them was tested with a small oven as well as a large one.',
  'Start with the soups if you are new here, then work your way through the traybakes and the pasta dishes further down.',
];
const RECIPES = ['Lentil soup with lemon and cumin', 'Tomato and white bean traybake', 'Spinach pasta with toasted walnuts', 'Baked potatoes with smoky beans', 'Chickpea curry with coconut rice', 'Leek and potato gratin for two'];

const archive = (count: number): string => `<!doctype html><html><head><title>Quick dinners</title></head><body class="archive">
<header class="site-header"><nav class="menu"><a href="/">Home</a> <a href="/recipes">Recipes</a> <a href="/about">About</a></nav></header>
<main class="content"><div class="archive-description"><h1>Quick dinners</h1>${INTRO.map((p) => `<p>${p}</p>`).join('')}</div>
${RECIPES.slice(0, count).map((name, i) => `<article class="post-${3100 + i * 13} post"><header class="entry-header"><h2 class="entry-title"><a href="/r/${i}">${name}</a></h2></header></article>`).join('\n')}
</main><footer class="site-footer"><p>Copyright the kitchen, all rights reserved.</p></footer></body></html>`;

describe('a category archive of titles only, on a written page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it(`${TITLE_RUN_MIN_ITEMS + 1} linked titles under the introduction are body`, () => {
    const report = sifter.sift({ html: archive(TITLE_RUN_MIN_ITEMS + 1) });
    for (const name of RECIPES) {
      const segment = report.segments.find((s) => s.text === name);
      expect(segment?.label, name).toBe('body');
    }
    expect(report.segments.find((s) => s.text === RECIPES[0])?.hits.map((h) => h.rule)).toContain(TITLE_RUN_HIT.rule);
  });

  it(`${TITLE_RUN_MIN_ITEMS - 1} linked titles stay navigation`, () => {
    const report = sifter.sift({ html: archive(TITLE_RUN_MIN_ITEMS - 1) });
    const segment = report.segments.find((s) => s.text === RECIPES[0]);
    expect(segment?.hits.map((h) => h.rule)).not.toContain(TITLE_RUN_HIT.rule);
  });
});
