import { beforeAll, describe, expect, it } from 'vitest';
import { FEATURE_ROW_HIT, FEATURE_ROW_MAX_TITLE_WORDS, FEATURE_ROW_MIN_ROWS, findFeatureRows, isRowBlockingHit, type FeatureRowInput } from '../src/classify/feature-rows.js';
import { FORUM_CHROME_HIT } from '../src/classify/forum-chrome.js';
import { OUTSIDE_MAIN_HIT } from '../src/classify/main-content.js';
import type { RuleHit } from '../src/rules/engine.js';
import { LINKED_TEXT_MIN_LINK_DENSITY } from '../src/classify/linked-text.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/feature-rows.ts: rows of a feature list (a short title, one sentence; FEATURE_ROW_MIN_ROWS
 * rows or more at one place) that only their place outside the main container made navigation are
 * body. The inputs and pages below were written for these tests.
 */

const MAX_LINK = LINKED_TEXT_MIN_LINK_DENSITY;

const title = (over: Partial<FeatureRowInput> = {}): FeatureRowInput => ({
  label: 'navigation',
  path: 'main>section.features>div.row>h3',
  hasText: true,
  heading: true,
  control: false,
  words: 3,
  linkDensity: 0,
  sentence: false,
  outsideMain: false,
  navigationRule: false,
  candidate: true,
  ...over,
});
const sentence = (over: Partial<FeatureRowInput> = {}): FeatureRowInput => ({
  label: 'navigation',
  path: 'main>section.features>div.row>p',
  hasText: true,
  heading: false,
  control: false,
  words: 12,
  linkDensity: 0,
  sentence: true,
  outsideMain: true,
  navigationRule: false,
  candidate: true,
  ...over,
});
const body = (): FeatureRowInput => sentence({ label: 'body', outsideMain: false, path: 'main>article>p' });
const empty = (): FeatureRowInput => title({ hasText: false, heading: false, path: 'main>section.features>div.row>span.icon' });

/** `n` rows, each built by `row(i)`, after one body paragraph. */
function rows(n: number, row: (i: number) => FeatureRowInput[] = () => [title(), sentence()]): FeatureRowInput[] {
  return [body(), ...Array.from({ length: n }, (_, i) => row(i)).flat()];
}
const all = (n: number): number[] => Array.from({ length: 2 * n }, (_, i) => i + 1);

describe('findFeatureRows: each condition, both sides', () => {
  const min = FEATURE_ROW_MIN_ROWS;
  const cases: [string, () => FeatureRowInput[], number[]][] = [
    [`${min} rows of heading and sentence`, () => rows(min), all(min)],
    [`${min - 1} rows: too few`, () => rows(min - 1), []],
    ['rows whose digits differ in the path are one place', () => rows(min, (i) => [title(), sentence({ path: `main>section.features>div#row-${i}>p` })]), all(min)],
    ['rows at two places, neither with enough rows', () => rows(min, (i) => [title(), sentence({ path: i % 2 === 0 ? 'main>div.a>p' : 'main>div.b>p' })]), []],
    ['a title already body stays as it is; its sentence is taken', () => rows(min, () => [title({ label: 'body' }), sentence()]), all(min).filter((i) => i % 2 === 0)],
    ['an empty block between title and sentence is passed over', () => rows(min, () => [title(), empty(), sentence()]), Array.from({ length: min }, (_, i) => [1 + 3 * i, 3 + 3 * i]).flat()],
    ['an accordion trigger (a control) as title', () => rows(min, () => [title({ heading: false, control: true, path: 'main>div>button>span' }), sentence()]), all(min)],
    ['a bold line alone as title', () => rows(min, () => [title({ heading: false, path: 'main>div>p>strong' }), sentence()]), all(min)],
    ['a bold line that is a sentence is no title', () => rows(min, () => [title({ heading: false, sentence: true, path: 'main>div>p>b' }), sentence()]), []],
    ['a plain short block is no title', () => rows(min, () => [title({ heading: false, path: 'main>div>p' }), sentence()]), []],
    [`a title of ${FEATURE_ROW_MAX_TITLE_WORDS} words`, () => rows(min, () => [title({ words: FEATURE_ROW_MAX_TITLE_WORDS }), sentence()]), all(min)],
    [`a title of ${FEATURE_ROW_MAX_TITLE_WORDS + 1} words: a headline, not a feature`, () => rows(min, () => [title({ words: FEATURE_ROW_MAX_TITLE_WORDS + 1 }), sentence()]), []],
    ['a title just below the link-dense share', () => rows(min, () => [title({ linkDensity: MAX_LINK - 0.01 }), sentence()]), all(min)],
    ['a linked title (a teaser card)', () => rows(min, () => [title({ linkDensity: MAX_LINK }), sentence()]), []],
    ['a sentence a navigation rule also hit (a sidebar box)', () => rows(min, () => [title(), sentence({ navigationRule: true })]), []],
    ['a sentence inside the main container (navigation for another reason)', () => rows(min, () => [title(), sentence({ outsideMain: false })]), []],
    ['a short line, not a sentence', () => rows(min, () => [title(), sentence({ sentence: false })]), []],
    ['a sentence already body', () => rows(min, () => [title(), sentence({ label: 'body' })]), []],
    ['a sentence held by a never-body constraint', () => rows(min, () => [title(), sentence({ candidate: false })]), []],
    ['a title held by a never-body constraint', () => rows(min, () => [title({ candidate: false }), sentence()]), []],
    ['a sentence right after a sentence has no title', () => [body(), ...Array.from({ length: min }, () => [sentence(), sentence()]).flat()], []],
  ];
  it.each(cases)('%s', (_name, make, expected) => {
    expect(findFeatureRows(make(), MAX_LINK)).toEqual(expected);
  });
});

/** An article in <main>, and after it, outside, a list of `n` features: a short heading and one sentence each. */
function page(n: number): string {
  const paragraph = (i: number): string =>
    `<p>Our team has run data projects for hospitals, banks and retailers for more than ten years, and paragraph ${i} of this page tells how we plan the work with each client, from the first call to the last report.</p>`;
  const features = ['Review requirements', 'Map the sources', 'Design the warehouse', 'Build the dashboards', 'Train the team'].slice(0, n);
  const rowsHtml = features.map((f, i) => `<div class="step step-${i + 1}"><h3 class="step-title">${f}</h3><p>We ${f.toLowerCase()} with your staff so that the next step starts on solid ground.</p></div>`).join('');
  return `<html><head><title>Data consulting</title></head><body><header><nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/contact">Contact</a></nav></header>
<main><article><h1>Data consulting for growing teams</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article></main>
<section class="process">${rowsHtml}</section>
<footer><p>© 2026 Example Data Ltd. All rights reserved.</p></footer></body></html>`;
}

describe('promoteFeatureRows on a page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const sentenceOf = 'We map the sources with your staff so that the next step starts on solid ground.';
  it(`${FEATURE_ROW_MIN_ROWS} rows outside the main container: each title and sentence is body by the rule`, () => {
    const got = segmentOf(sifter, page(FEATURE_ROW_MIN_ROWS), sentenceOf);
    expect(got.label).toBe('body');
    expect(got.rules).toContain('context.outside-main');
    expect(got.rules.at(-1)).toBe(FEATURE_ROW_HIT.rule);
    const heading = segmentOf(sifter, page(FEATURE_ROW_MIN_ROWS), 'Map the sources');
    expect(heading.label).toBe('body');
    expect(heading.rules.at(-1)).toBe(FEATURE_ROW_HIT.rule);
  });
  it(`${FEATURE_ROW_MIN_ROWS - 1} rows: the sentences stay navigation (outside the main container)`, () => {
    const got = segmentOf(sifter, page(FEATURE_ROW_MIN_ROWS - 1), sentenceOf);
    expect(got.label).toBe('navigation');
    expect(got.rules).toContain('context.outside-main');
    expect(got.rules).not.toContain(FEATURE_ROW_HIT.rule);
  });
  it('the article paragraphs in the main container are body either way', () => {
    expect(segmentOf(sifter, page(FEATURE_ROW_MIN_ROWS - 1), 'Data consulting for growing teams').label).toBe('body');
  });
});

describe('isRowBlockingHit: what keeps a sentence out of the rows', () => {
  const hit = (rule: string): RuleHit => ({ ...OUTSIDE_MAIN_HIT, rule });
  const cases: [string, RuleHit, boolean][] = [
    ['a navigation rule of the first pass (nav.link-dense)', hit('nav.link-dense'), true],
    ['a navigation cue (nav.dom-cue)', hit('nav.dom-cue'), true],
    ["the forum-furniture pass (a Discuz! div.sign signature)", FORUM_CHROME_HIT, true],
    ['the outside-main verdict: what the rows undo', OUTSIDE_MAIN_HIT, false],
    ['a context pass hit (context.between-navigation)', hit('context.between-navigation'), false],
    ['a body rule (body.sentence)', hit('body.sentence'), false],
  ];
  it.each(cases)('%s: %s', (_name, h, expected) => {
    expect(isRowBlockingHit(h)).toBe(expected);
  });
});
