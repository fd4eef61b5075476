import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_HOLDER_MIN_SHARE, bodyHolder, findListsInText, isHtmlListItem, LIST_IN_TEXT_HIT, LIST_IN_TEXT_MIN_LINK_DENSITY, type ListInTextInput } from '../src/classify/list-in-text.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/list-in-text.ts: an HTML list of links (link share ≥ LIST_IN_TEXT_MIN_LINK_DENSITY,
 * `ul > li` / `ol > li` on its path) with body right before and right after it, inside the element
 * holding BODY_HOLDER_MIN_SHARE of the body's length, is body. The inputs and pages below were
 * written for these tests.
 */

// element 1 holds the article (2 its paragraphs' own elements, 3 the list's), 9 lies outside it
const ARTICLE = [1];
let n = 0;
const body = (over: Partial<ListInTextInput> = {}): ListInTextInput => ({ label: 'body', list: false, linkDensity: 0, path: 'article>p', ancestors: [...ARTICLE, 100 + n], length: 100, text: `paragraph ${n++}`, candidate: true, ...over });
const list = (over: Partial<ListInTextInput> = {}): ListInTextInput => ({ label: 'navigation', list: true, linkDensity: 1, path: 'article>ul.wp-block-list>li>a', ancestors: [...ARTICLE, 3], length: 30, text: `Trekking poles Headlamp ${n++}`, candidate: true, ...over });
const nav = (over: Partial<ListInTextInput> = {}): ListInTextInput => ({ label: 'navigation', list: false, linkDensity: 1, path: 'footer>a', ancestors: [9], length: 10, text: `Back to top ${n++}`, candidate: true, ...over });

describe('findListsInText: each condition, both sides', () => {
  const cases: [string, () => ListInTextInput[], number[]][] = [
    ['a link list between two paragraphs of the article', () => [body(), list(), body()], [1]],
    [`link share ${LIST_IN_TEXT_MIN_LINK_DENSITY} (the link-only rule's)`, () => [body(), list({ linkDensity: LIST_IN_TEXT_MIN_LINK_DENSITY }), body()], [1]],
    [`link share just under ${LIST_IN_TEXT_MIN_LINK_DENSITY}`, () => [body(), list({ linkDensity: LIST_IN_TEXT_MIN_LINK_DENSITY - 0.01 }), body()], []],
    ['an ordered list', () => [body(), list({ path: 'div.entry>ol>li>p>a' }), body()], [1]],
    ['links in a table cell, no HTML list', () => [body(), list({ path: 'table>tr>td>a' }), body()], []],
    ['bare list items in a table cell, no ul or ol', () => [body(), list({ path: 'table>tr>td>li>span.story>a' }), body()], []],
    ['no path', () => [body(), list({ path: undefined }), body()], []],
    ['not a list block (a line of links)', () => [body(), list({ list: false }), body()], []],
    ['navigation before it', () => [body(), nav({ ancestors: [...ARTICLE, 4] }), list(), body()], []],
    ['navigation after it: the end of the article, where related-post boxes stand', () => [body(), list(), nav({ ancestors: [...ARTICLE, 4] }), body()], []],
    ['a segment without a letter or digit between is skipped', () => [body(), list(), body({ label: 'navigation', text: '* * *' }), body()], [1]],
    ['at the start of the page', () => [list(), body()], []],
    ['at the end of the page', () => [body(), list()], []],
    ['outside the element holding the body', () => [body(), list({ ancestors: [9, 3] }), body()], []],
    ['not a candidate (chrome, footer, dialog, control, navigation cue, outside the main container, a teaser)', () => [body(), list({ candidate: false }), body()], []],
    ['already body', () => [body(), list({ label: 'body' }), body()], []],
    ['spam is left alone', () => [body(), list({ label: 'spam' }), body()], []],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findListsInText(segments())).toEqual(expected);
  });

  it('a page without body has no holder and nothing is taken', () => {
    expect(findListsInText([nav(), list(), nav()])).toEqual([]);
  });
});

describe('bodyHolder: the deepest element holding the share', () => {
  it(`an element holding exactly ${BODY_HOLDER_MIN_SHARE} of the body's length holds the body`, () => {
    // two paragraphs of 40 under element 2 (inside 1; each in its own element), 20 under 5 (inside 1)
    const share = BODY_HOLDER_MIN_SHARE * 100;
    const segments = [body({ ancestors: [1, 2, 10], length: share / 2 }), body({ ancestors: [1, 2, 11], length: share / 2 }), body({ ancestors: [1, 5], length: 100 - share })];
    expect(bodyHolder(segments)).toBe(2);
  });

  it(`an element holding just under ${BODY_HOLDER_MIN_SHARE} does not: the element above both does`, () => {
    const share = BODY_HOLDER_MIN_SHARE * 100 - 1;
    const segments = [body({ ancestors: [1, 2, 10], length: share / 2 }), body({ ancestors: [1, 2, 11], length: share / 2 }), body({ ancestors: [1, 5], length: 100 - share })];
    expect(bodyHolder(segments)).toBe(1);
  });

  it('navigation does not weigh', () => {
    const segments = [body({ ancestors: [1, 2, 10], length: 50 }), nav({ ancestors: [1, 5], length: 500 })];
    expect(bodyHolder(segments)).toBe(10);
  });
});

describe('isHtmlListItem', () => {
  const must: string[] = ['ul>li>a', 'article>ul.wp-block-list>li>a>strong', 'div.entry>ol>li>p>a', '…>div#content>ul#links>li.item>a', 'main>ul>li'];
  const mustNot: string[] = ['table>tr>td>a', 'td>li>span.listory>a', 'p>a', 'div.cards>a.card', 'nav>ul', 'div.ulist>p>a', 'ol'];
  it.each(must)('%s is an item of an HTML list', (path) => expect(isHtmlListItem(path)).toBe(true));
  it.each(mustNot)('%s is not', (path) => expect(isHtmlListItem(path)).toBe(false));
});

const P1 = 'A day hike in the hills needs little gear, but the few things you carry should be chosen with care before you set out in the morning.';
const P2 = 'Pack the heavy things close to your back and the things you need during the day at the top of the bag, where you can reach them quickly.';
const P3 = 'Check the weather the evening before you go and again in the morning, and tell someone at home which trail you are taking that day.';

const page = (middle: string, end = ''): string => `<!doctype html><html><head><title>Packing for a day hike</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/trails">Trails</a> <a href="/shop">Shop</a></nav></header>
<main><article class="entry-content"><h1>Packing for a day hike</h1><p>${P1}</p>${middle}<p>${P2}</p><p>${P3}</p>${end}</article></main>
<footer class="site-footer"><p>The Hill Walkers' Club, Station Road.</p></footer></body></html>`;

const GEAR = ['Trekking poles', 'Waterproof jacket', 'Head torch', 'Water filter bottle'];
const gearList = `<ul>${GEAR.map((g, k) => `<li><a href="/gear/${k}">${g}</a></li>`).join('')}</ul>`;

describe('lists in the text of a written page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('a gear list of links between two paragraphs is body', () => {
    const report = sifter.sift({ html: page(gearList) });
    const segment = report.segments.find((s) => s.text.includes('Trekking poles'));
    expect(segment?.label).toBe('body');
    expect(segment?.hits.map((h) => h.rule)).toContain(LIST_IN_TEXT_HIT.rule);
  });

  it('the same links in a table cell between the paragraphs are not taken', () => {
    const cells = `<table><tr><td>${GEAR.map((g, k) => `<a href="/gear/${k}">${g}</a>`).join(' ')}</td></tr></table>`;
    const report = sifter.sift({ html: page(cells) });
    const segment = report.segments.find((s) => s.text.includes('Trekking poles'));
    expect(segment).toBeDefined();
    expect(segment?.hits.map((h) => h.rule)).not.toContain(LIST_IN_TEXT_HIT.rule);
  });

  it('a list of links after the last paragraph is not taken', () => {
    const report = sifter.sift({ html: page('', gearList) });
    const segment = report.segments.find((s) => s.text.includes('Trekking poles'));
    expect(segment).toBeDefined();
    expect(segment?.hits.map((h) => h.rule)).not.toContain(LIST_IN_TEXT_HIT.rule);
  });
});
