import { beforeAll, describe, expect, it } from 'vitest';
import { findLinkedHeadings, LINKED_HEADING_HIT, LINKED_HEADING_MAX_RUN, type LinkedHeadingInput } from '../src/classify/linked-heading.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/linked-heading.ts: a heading whose text is all link, in a run of at most
 * LINKED_HEADING_MAX_RUN between two body segments, is body. The inputs and pages below were
 * written for these tests.
 */

let n = 0;
const body = (): LinkedHeadingInput => ({ label: 'body', titleHeading: false, text: `paragraph ${n++}`, candidate: true });
const heading = (over: Partial<LinkedHeadingInput> = {}): LinkedHeadingInput => ({ label: 'navigation', titleHeading: true, text: `Section heading ${n++}`, candidate: true, ...over });

describe('findLinkedHeadings: each condition, both sides', () => {
  const cases: [string, () => LinkedHeadingInput[], number[]][] = [
    ['one linked heading between two body segments', () => [body(), heading(), body()], [1]],
    [`a run of ${LINKED_HEADING_MAX_RUN}`, () => [body(), ...Array.from({ length: LINKED_HEADING_MAX_RUN }, () => heading()), body()], Array.from({ length: LINKED_HEADING_MAX_RUN }, (_, k) => k + 1)],
    [`a run of ${LINKED_HEADING_MAX_RUN + 1} (a list of links)`, () => [body(), ...Array.from({ length: LINKED_HEADING_MAX_RUN + 1 }, () => heading()), body()], []],
    ['navigation before it', () => [heading({ titleHeading: false }), heading(), body()], []],
    ['navigation after it', () => [body(), heading(), heading({ titleHeading: false })], []],
    ['at the start of the page', () => [heading(), body()], []],
    ['at the end of the page', () => [body(), heading()], []],
    ['not a linked heading (link-only text that is no heading)', () => [body(), heading({ titleHeading: false }), body()], []],
    ['not a candidate (outside the main container, a teaser, the chrome, a control)', () => [body(), heading({ candidate: false }), body()], []],
    ['no letter: a page number', () => [body(), heading({ text: '2' }), body()], []],
    ['spam is left alone', () => [body(), heading({ label: 'spam' }), body()], []],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findLinkedHeadings(segments())).toEqual(expected);
  });

  it('a text the page shows twice (a button styled as a heading) is left alone, each time', () => {
    const segments = [body(), heading({ text: 'View details' }), body(), heading({ text: 'View  Details' }), body()];
    expect(findLinkedHeadings(segments)).toEqual([]);
  });

  it('a text shown once beside one shown twice: only the first is taken', () => {
    const segments = [body(), heading({ text: 'Choosing a saw' }), body(), heading({ text: 'Buy now' }), body(), heading({ text: 'Buy now' }), body()];
    expect(findLinkedHeadings(segments)).toEqual([1]);
  });
});

const P1 = 'A good hand saw lasts for decades if the teeth are kept sharp and the blade is wiped dry after every use in the workshop.';
const P2 = 'Choose a blade length that suits the work: a shorter blade is easier to control on small joints and fine cuts in hardwood.';
const P3 = 'Store the saw hanging on the wall or in a rack, never loose in a toolbox where the teeth knock against other tools.';

const page = (middle: string): string => `<!doctype html><html><head><title>Looking after your saws</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/tools">Tools</a> <a href="/shop">Shop</a></nav></header>
<main><article class="entry-content"><h1>Looking after your saws</h1><p>${P1}</p>${middle}<p>${P2}</p><p>${P3}</p></article></main>
<footer class="site-footer"><p>The Joinery Guild, Mill Lane.</p></footer></body></html>`;

describe('linked headings on a written page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('a section heading that links to itself, between two paragraphs, is body', () => {
    const report = sifter.sift({ html: page('<h2 id="choosing"><a href="#choosing">Choosing the right blade length</a></h2>') });
    const segment = report.segments.find((s) => s.text.startsWith('Choosing the right blade length'));
    expect(segment?.label).toBe('body');
    expect(segment?.hits.map((h) => h.rule)).toContain(LINKED_HEADING_HIT.rule);
  });

  it('three linked headings in a row between the paragraphs are not taken', () => {
    const run = ['Sharpening files', 'Saw sets', 'Blade guards'].map((t, k) => `<h3><a href="/shop/${k}">${t}</a></h3>`).join('');
    const report = sifter.sift({ html: page(run) });
    for (const text of ['Sharpening files', 'Saw sets', 'Blade guards']) {
      const segment = report.segments.find((s) => s.text.startsWith(text));
      expect(segment?.hits.map((h) => h.rule)).not.toContain(LINKED_HEADING_HIT.rule);
    }
  });
});
