import { beforeAll, describe, expect, it } from 'vitest';
import { DEFINED_TERM_HIT, DEFINED_TERM_MAX_WORDS, DEFINED_TERM_PATH_LABELS, findDefinedTerms, underTag, type DefinedTermInput } from '../src/classify/defined-term.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/defined-term.ts: a navigation block inside a `<dt>` right before a body block inside a
 * `<dd>` is body. The inputs and pages below were written for these tests.
 */

describe('underTag: the element among the last DEFINED_TERM_PATH_LABELS path labels', () => {
  const deep = (extra: number): string => ['html', 'body', 'main', 'dl', 'dt', ...Array.from({ length: extra }, (_, k) => `span.x${k}`)].join('>');
  it.each([
    ['the block is the <dt>', 'html>body>main>dl>dt', true],
    ['a link and code inside it', 'html>body>main>dl.api>dt#close>a>code', true],
    ['with a class and an id', 'html>body>dl>dt.term#x', true],
    [`the <dt> at the edge: ${DEFINED_TERM_PATH_LABELS - 1} labels below it`, deep(DEFINED_TERM_PATH_LABELS - 1), true],
    [`the <dt> past the edge: ${DEFINED_TERM_PATH_LABELS} labels below it`, deep(DEFINED_TERM_PATH_LABELS), false],
    ['a <dd>, not a <dt>', 'html>body>dl>dd>p', false],
    ['a tag that only starts with dt', 'html>body>dtx>p', false],
    ['a class named dt', 'html>body>div.dt>p', false],
    ['no path (a text page)', undefined, false],
  ])('%s', (_name, path, expected) => {
    expect(underTag(path, 'dt')).toBe(expected);
  });
});

const term = (over: Partial<DefinedTermInput> = {}): DefinedTermInput => ({ label: 'navigation', path: 'html>body>main>dl>dt>a>code', text: 'Lathe.stop()', candidate: true, ...over });
const description = (over: Partial<DefinedTermInput> = {}): DefinedTermInput => ({ label: 'body', path: 'html>body>main>dl>dd>p', text: 'Brakes the spindle.', candidate: true, ...over });
const paragraph = (): DefinedTermInput => ({ label: 'body', path: 'html>body>main>p', text: 'A paragraph.', candidate: true });

describe('findDefinedTerms: each condition, both sides', () => {
  const cases: [string, () => DefinedTermInput[], number[]][] = [
    ['a linked term over its body description', () => [paragraph(), term(), description()], [1]],
    ['every term of a member list', () => [term(), description(), term(), description(), term(), description()], [0, 2, 4]],
    ['the term already body', () => [term({ label: 'body' }), description()], []],
    ['spam is left alone', () => [term({ label: 'spam' }), description()], []],
    ['the description is navigation (a sidebar list of links)', () => [term(), description({ label: 'navigation' })], []],
    ['body after it, but no <dd> (a paragraph after the list)', () => [term(), paragraph()], []],
    ['a <dd> over a <dd>: no term', () => [description({ label: 'navigation' }), description()], []],
    ['not a candidate (the chrome, a footer, a dialog, a control, hidden, demoted by the page)', () => [term({ candidate: false }), description()], []],
    ['the last block of the page', () => [paragraph(), term()], []],
    [`a term of ${DEFINED_TERM_MAX_WORDS} words`, () => [term({ text: Array.from({ length: DEFINED_TERM_MAX_WORDS }, (_, k) => `w${k}`).join(' ') }), description()], [0]],
    [`a term of ${DEFINED_TERM_MAX_WORDS + 1} words (a headline over a teaser)`, () => [term({ text: Array.from({ length: DEFINED_TERM_MAX_WORDS + 1 }, (_, k) => `w${k}`).join(' ') }), description()], []],
    ['a headline over its teaser', () => [term({ text: 'Council approves the new bridge over the river after a long debate' }), description()], []],
    // Han and kana characters count one word each, as a space-separated word does
    ['a Chinese term of two characters (返回值 is three)', () => [term({ text: '参数' }), description()], [0]],
    [`a Chinese term of ${DEFINED_TERM_MAX_WORDS} characters`, () => [term({ text: '构造函数名' }), description()], [0]],
    ['a Chinese headline over its teaser (no spaces: one run, twelve characters)', () => [term({ text: '市议会批准修建新桥的方案' }), description()], []],
    ['a Japanese headline over its teaser', () => [term({ text: '市議会が新しい橋の建設を承認' }), description()], []],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findDefinedTerms(segments())).toEqual(expected);
  });
});

const P1 = 'The Lathe interface controls a woodturning lathe over the workshop network and reports its state to the dashboard.';
const P2 = 'Every method returns at once; listen to the events below to learn when the spindle has reached its speed.';
const member = (name: string, text: string): string => `<dt id="${name}"><a href="/docs/lathe/${name}"><code>Lathe.${name}()</code></a></dt><dd><p>${text}</p></dd>`;

const page = (list: string): string => `<!doctype html><html><head><title>Lathe - Workshop API</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/docs">Docs</a> <a href="/blog">Blog</a></nav></header>
<aside class="sidebar"><dl><dt><a href="/docs/saw">Saw</a></dt><dd><a href="/docs/saw/cut">cut()</a></dd><dt><a href="/docs/drill">Drill</a></dt><dd><a href="/docs/drill/bore">bore()</a></dd></dl></aside>
<main><article class="main-page-content"><h1>Lathe</h1><p>${P1}</p><h2>Instance methods</h2><dl>${list}</dl><p>${P2}</p></article></main>
<footer class="site-footer"><p>Workshop Networks Ltd.</p></footer></body></html>`;

describe('defined terms on a written API reference page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it("the members' linked names are body with their descriptions; the sidebar's list of links stays navigation", () => {
    const list = [
      member('start', 'Starts the spindle at the speed last set, ramping up over two seconds so that the work does not slip.'),
      member('stop', 'Brakes the spindle and waits until it has come to rest before the guard may be opened again.'),
      member('setSpeed', 'Sets the spindle speed in revolutions per minute; values above the lathe’s rating are refused.'),
    ].join('');
    const report = sifter.sift({ html: page(list) });
    for (const name of ['start', 'stop', 'setSpeed']) {
      const segment = report.segments.find((s) => s.text.trim() === `Lathe.${name}()`);
      expect(segment?.label, name).toBe('body');
      expect(segment?.hits.map((h) => h.rule), name).toContain(DEFINED_TERM_HIT.rule);
    }
    const described = report.segments.find((s) => s.text.startsWith('Brakes the spindle'));
    expect(described?.label).toBe('body');
    const sidebar = report.segments.filter((s) => /^(Saw|Drill|cut\(\)|bore\(\))/.test(s.text.trim()));
    expect(sidebar.length).toBeGreaterThan(0);
    for (const s of sidebar) {
      expect(s.label).toBe('navigation');
      expect(s.hits.map((h) => h.rule)).not.toContain(DEFINED_TERM_HIT.rule);
    }
  });

  it('a list of other stories set as <dl> (linked headlines over teasers) is not taken', () => {
    const story = (k: number, title: string): string => `<dt class="headline"><a href="/news/${k}">${title}</a></dt><dd>${P1} Story ${k}.</dd>`;
    const list = [story(1, 'Council approves the new bridge over the river after a long debate'), story(2, 'Workshop network outage leaves lathes idle across the county for a day')].join('');
    const report = sifter.sift({ html: page(list) });
    for (const start of ['Council approves', 'Workshop network outage']) {
      const segment = report.segments.find((s) => s.text.startsWith(start));
      expect(segment?.hits.map((h) => h.rule)).not.toContain(DEFINED_TERM_HIT.rule);
    }
  });
});
