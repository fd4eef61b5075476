import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMONITION_TITLE_HIT,
  ADMONITION_TITLE_MAX_CHARS,
  ADMONITION_TITLE_MAX_LINK_DENSITY,
  findAdmonitionTitles,
  isAdmonitionTitle,
  loadAdmonitionTitles,
  type AdmonitionTitleInput,
} from '../src/classify/admonition-title.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/admonition-title.ts: a callout's bare title ("Note", "Tip", "Warning"), not a link,
 * right before a body segment, is body. The inputs and pages below were written for these tests.
 */

const labels = loadAdmonitionTitles();

describe('isAdmonitionTitle: the whole line is a label', () => {
  const fires = ['Note', 'NOTE', 'Note:', 'Note :', '  Tip  ', 'Warning', 'Caution', 'Danger', 'Important', 'See also', 'See  also:', 'Hinweis', 'Remarque :', 'Nota', '注意', '警告：', 'Deprecated'];
  const silent = [
    'Note that the blade must be dry.',
    'Notes on the second edition',
    'Tip: keep the teeth sharp',
    'Warning signs of a dull saw',
    'Example',
    'Example:',
    'INFO',
    'Error',
    'Summary',
    'Read more',
    'Note::',
    '',
  ];
  it.each(fires)('fires: %j', (text) => {
    expect(isAdmonitionTitle(text, labels)).toBe(true);
  });
  it.each(silent)('does not fire: %j', (text) => {
    expect(isAdmonitionTitle(text, labels)).toBe(false);
  });
  it(`the length bound: a line over ${ADMONITION_TITLE_MAX_CHARS} characters is never a title`, () => {
    const long = new Set(['x'.repeat(ADMONITION_TITLE_MAX_CHARS + 1), 'y'.repeat(ADMONITION_TITLE_MAX_CHARS)]);
    expect(isAdmonitionTitle('y'.repeat(ADMONITION_TITLE_MAX_CHARS), long)).toBe(true);
    expect(isAdmonitionTitle('x'.repeat(ADMONITION_TITLE_MAX_CHARS + 1), long)).toBe(false);
  });
});

let n = 0;
const body = (): AdmonitionTitleInput => ({ label: 'body', text: `A paragraph of the page's own text, number ${n++}.`, linkDensity: 0, candidate: true });
const nav = (over: Partial<AdmonitionTitleInput> = {}): AdmonitionTitleInput => ({ label: 'navigation', text: `Menu item ${n++}`, linkDensity: 1, candidate: true, ...over });
const title = (over: Partial<AdmonitionTitleInput> = {}): AdmonitionTitleInput => ({ label: 'navigation', text: 'Note', linkDensity: 0, candidate: true, ...over });

describe('findAdmonitionTitles: each condition, both sides', () => {
  const cases: [string, () => AdmonitionTitleInput[], number[]][] = [
    ['a navigation "Note" right before body', () => [body(), title(), body()], [1]],
    ['at the start of the page, before body', () => [title({ text: 'Warning' }), body()], [0]],
    ['before navigation (a "See also" box of links)', () => [body(), title({ text: 'See also' }), nav()], []],
    ['at the end of the page', () => [body(), title()], []],
    ['already body', () => [body(), title({ label: 'body' }), body()], []],
    ['spam is left alone', () => [body(), title({ label: 'spam' }), body()], []],
    ['not a candidate (hidden, the chrome, a footer, a dialog, a control, demoted by the page)', () => [body(), title({ candidate: false }), body()], []],
    [`link text at ${ADMONITION_TITLE_MAX_LINK_DENSITY} of it (a self-anchored heading)`, () => [body(), title({ linkDensity: ADMONITION_TITLE_MAX_LINK_DENSITY }), body()], []],
    [`link text just under ${ADMONITION_TITLE_MAX_LINK_DENSITY}`, () => [body(), title({ linkDensity: ADMONITION_TITLE_MAX_LINK_DENSITY - 0.01 }), body()], [1]],
    ['a label the list does not hold ("Example")', () => [body(), title({ text: 'Example' }), body()], []],
    ['a sentence opening with the label', () => [body(), title({ text: 'Note: the shop closes at five.' }), body()], []],
    ['two callouts, one over navigation', () => [body(), title({ text: 'Tip' }), body(), title({ text: 'See also:' }), nav(), title({ text: 'Caution' }), body()], [1, 5]],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findAdmonitionTitles(segments(), labels)).toEqual(expected);
  });
});

const P1 = 'A good hand saw lasts for decades if the teeth are kept sharp and the blade is wiped dry after every use in the workshop.';
const P2 = 'Choose a blade length that suits the work: a shorter blade is easier to control on small joints and fine cuts in hardwood.';
const NOTE = 'Never store a saw loose in a toolbox, where its teeth knock against the other tools and lose their set within a few weeks.';

const page = (callout: string): string => `<!doctype html><html><head><title>Looking after your saws</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/tools">Tools</a> <a href="/shop">Shop</a></nav></header>
<main><article class="md-content"><h1>Looking after your saws</h1><p>${P1}</p>${callout}<p>${P2}</p></article></main>
<footer class="site-footer"><p>The Joinery Guild, Mill Lane.</p></footer></body></html>`;

describe('callout titles on a written docs page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it("a tip right under a linked heading: its title, at the border of the heading's navigation and the body, is taken by the pass", () => {
    const report = sifter.sift({ html: page(`<h2 id="storage"><a href="#storage">Storage</a></h2><div class="admonition tip"><p class="admonition-title">Tip</p><p>${NOTE}</p></div>`) });
    const titleSegment = report.segments.find((s) => s.text.trim() === 'Tip');
    const text = report.segments.find((s) => s.text.startsWith('Never store a saw'));
    expect(titleSegment?.label).toBe('body');
    expect(titleSegment?.hits.map((h) => h.rule)).toContain(ADMONITION_TITLE_HIT.rule);
    expect(text?.label).toBe('body');
  });

  it("a note between two paragraphs is body without the pass (the context pass keeps it)", () => {
    const report = sifter.sift({ html: page(`<div class="admonition note"><p class="admonition-title">Note</p><p>${NOTE}</p></div>`) });
    const titleSegment = report.segments.find((s) => s.text.trim() === 'Note');
    expect(titleSegment?.label).toBe('body');
  });

  it('a "See also" box of links keeps its title as navigation, and the pass does not touch it', () => {
    const links = ['Sharpening files', 'Saw sets', 'Blade guards'].map((t, k) => `<li><a href="/shop/${k}">${t}</a></li>`).join('');
    const report = sifter.sift({ html: page(`<aside class="admonition seealso"><p class="admonition-title">See also</p><ul>${links}</ul></aside>`) });
    const titleSegment = report.segments.find((s) => s.text.trim() === 'See also');
    expect(titleSegment?.hits.map((h) => h.rule)).not.toContain(ADMONITION_TITLE_HIT.rule);
  });
});
