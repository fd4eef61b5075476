import { beforeAll, describe, expect, it } from 'vitest';
import { findLinkedLists, LINKED_LIST_HIT, LINKED_LIST_MIN_LINK_DENSITY, type LinkedListInput } from '../src/classify/linked-list.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/linked-list.ts: a list that is all links, right after a body segment and inside the
 * element that holds its neighbours, is body. The inputs and pages below were written for these
 * tests.
 */

let n = 0;
// the article's text: paragraphs 10 > 20 > 30 > (own id); a list in it: 10 > 20 > 30 > ul > li
const body = (over: Partial<LinkedListInput> = {}): LinkedListInput => ({ label: 'body', list: false, linkDensity: 0, ancestors: [10, 20, 30, 100 + n], text: `paragraph ${n++}`, candidate: true, ...over });
const list = (over: Partial<LinkedListInput> = {}): LinkedListInput => ({ label: 'navigation', list: true, linkDensity: 1, ancestors: [10, 20, 30, 40, 41], text: `Stove Pot Fuel ${n++}`, candidate: true, ...over });

describe('findLinkedLists: each condition, both sides', () => {
  const cases: [string, () => LinkedListInput[], number[]][] = [
    ['a link list between two paragraphs of the same text', () => [body(), list(), body()], [1]],
    ['after a paragraph, before a heading of the same text that is navigation', () => [body(), list(), body({ label: 'navigation' })], [1]],
    ['navigation before it', () => [body({ label: 'navigation' }), list(), body()], []],
    ['the text after it is outside the element that holds the list (the list ends the article)', () => [body(), list(), body({ ancestors: [10, 50, 51] })], []],
    ['the text before it is outside the element that holds the list', () => [body({ ancestors: [10, 60, 61] }), list(), body()], []],
    ['no ancestry', () => [body(), list({ ancestors: undefined }), body()], []],
    ['at the start of the page', () => [list(), body()], []],
    ['at the end of the page', () => [body(), list()], []],
    [`link share under ${LINKED_LIST_MIN_LINK_DENSITY} (the linked-text pass decides)`, () => [body(), list({ linkDensity: LINKED_LIST_MIN_LINK_DENSITY - 0.01 }), body()], []],
    ['no list block (a link line)', () => [body(), list({ list: false }), body()], []],
    ['not a candidate (outside the main container, a teaser, the chrome, a control)', () => [body(), list({ candidate: false }), body()], []],
    ['no letter', () => [body(), list({ text: '1 2 3 4' }), body()], []],
    ['spam is left alone', () => [body(), list({ label: 'spam' }), body()], []],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findLinkedLists(segments())).toEqual(expected);
  });

  it('a segment without words between the list and its neighbour is skipped over', () => {
    expect(findLinkedLists([body(), body({ label: 'navigation', text: ' — ' }), list(), body()])).toEqual([2]);
  });

  it('a list the page shows twice (a menu printed for two screens) is left alone, each time', () => {
    const segments = [body(), list({ text: 'Home Shop About' }), body(), list({ text: 'Home  shop about' }), body()];
    expect(findLinkedLists(segments)).toEqual([]);
  });
});

const P1 = 'A long day on the trail starts the night before: lay out everything you mean to carry and check each item off the list.';
const P2 = 'Weigh the pack once it is full. Anything over a fifth of your body weight will wear you down long before the last climb.';
const P3 = 'Leave a copy of the route with a friend at home, with the time you expect to be back at the car park that evening.';

const page = (middle: string, end = ''): string => `<!doctype html><html><head><title>Packing for a day hike</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/gear">Gear</a> <a href="/trips">Trips</a></nav></header>
<main><article class="entry-content"><h1>Packing for a day hike</h1><p>${P1}</p>${middle}<p>${P2}</p><p>${P3}</p></article>${end}</main>
<footer class="site-footer"><p>The Ridge Walkers Club, Station Road.</p></footer></body></html>`;

const gear = ['Water filter', 'Head torch', 'Rain shell', 'Trekking poles'];
const links = (texts: readonly string[]): string => `<ul>${texts.map((t, k) => `<li><a href="/gear/${k}">${t}</a></li>`).join('')}</ul>`;

describe('linked lists on a written page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('a list of linked gear between two paragraphs of the article is body', () => {
    const report = sifter.sift({ html: page(links(gear)) });
    const segment = report.segments.find((s) => s.text.includes('Water filter'));
    expect(segment?.label).toBe('body');
    expect(segment?.hits.map((h) => h.rule)).toContain(LINKED_LIST_HIT.rule);
  });

  it('a list of links after the article, outside its text, is not taken', () => {
    const report = sifter.sift({ html: page('', `<section class="more">${links(['Ten lakeside walks', 'Winter hiking tips', 'Our favourite huts'])}</section>`) });
    const segment = report.segments.find((s) => s.text.includes('Ten lakeside walks'));
    expect(segment).toBeDefined();
    expect(segment?.hits.map((h) => h.rule)).not.toContain(LINKED_LIST_HIT.rule);
  });
});
