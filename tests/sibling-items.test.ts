import { beforeAll, describe, expect, it } from 'vitest';
import { findSiblingItems, inTableCell, SIBLING_ITEM_HIT, SIBLING_ITEMS_MIN_BODY_SHARE, SIBLING_ITEMS_MIN_SEGMENTS, type SiblingItemInput } from '../src/classify/sibling-items.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/sibling-items.ts: navigation blocks that share their element path with enough body
 * blocks are items of the same list and become body. The inputs and pages below were written for
 * these tests.
 */

const PATH = 'html>body>main>div.grid>div.grid-item>span.card__desc';
const item = (label: SiblingItemInput['label'], over: Partial<SiblingItemInput> = {}): SiblingItemInput => ({ label, path: PATH, item: true, candidate: true, paragraph: false, outside: false, ...over });
const items = (body: number, navigation: number, over: Partial<SiblingItemInput> = {}): SiblingItemInput[] => [
  ...Array.from({ length: body }, () => item('body', over)),
  ...Array.from({ length: navigation }, () => item('navigation', over)),
];
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

describe('findSiblingItems: each condition, both sides', () => {
  // share of body among the path's labelled blocks: 2 of 5 = 0.4 (at the threshold), 1 of 4 = 0.25 and 3 of 8 = 0.375 (under it)
  const cases: [string, SiblingItemInput[], number[]][] = [
    [`${SIBLING_ITEMS_MIN_SEGMENTS} blocks, half body`, items(2, 2), [2, 3]],
    [`${SIBLING_ITEMS_MIN_SEGMENTS - 1} blocks, two of them body`, items(2, 1), []],
    [`body share ${SIBLING_ITEMS_MIN_BODY_SHARE} (2 of 5)`, items(2, 3), [2, 3, 4]],
    ['body share 0.375 (3 of 8)', items(3, 5), []],
    ['body share 0.25 (1 of 4)', items(1, 3), []],
    ['all body: nothing to promote', items(4, 0), []],
    ['spam neither counts nor turns', [...items(2, 2), item('spam')], [2, 3]],
    ['spam does not make up the number', [item('body'), item('body'), item('navigation'), item('spam')], [2]],
    ['a navigation block that is no candidate stays', [...items(2, 1), item('navigation', { candidate: false })], [2]],
    ['inline cuts and headings are no items', [...items(2, 1), item('navigation', { item: false })], []],
    ['different paths are different lists', [...items(2, 0), item('navigation'), item('navigation', { path: `${PATH}>b` })], []],
    ['no path (head text)', items(2, 2, { path: undefined }), []],
    ['in a table cell', items(2, 2, { path: 'html>body>table>tr>td.p4' }), []],
    ['two lists on one page, each on its own', [...items(2, 2), ...items(1, 3, { path: 'html>body>ul.menu>li' })], [2, 3]],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findSiblingItems(segments, { requireParagraph: false })).toEqual(expected);
  });

  it('promotes every navigation item of a long list past the share', () => {
    expect(findSiblingItems(items(6, 8), { requireParagraph: false })).toEqual(range(6, 14));
  });
});

describe('findSiblingItems: outside the main container, and paths that need a paragraph (pages typed article)', () => {
  const paragraph = item('body', { paragraph: true });
  const outsideBody = item('body', { outside: true });
  const outsideNav = item('navigation', { outside: true });
  const cases: [string, SiblingItemInput[], boolean, number[]][] = [
    ['a block outside the container beside body inside it', [item('body'), item('body'), outsideNav, item('navigation')], false, [2, 3]],
    ['a block outside the container where all the body is outside too', [outsideBody, outsideBody, outsideNav, item('navigation')], false, [3]],
    ['one body block inside is enough', [outsideBody, item('body'), outsideNav, outsideNav], false, [2, 3]],
    ['a paragraph among the body: a list on an article page', [paragraph, item('body'), item('navigation'), item('navigation')], true, [2, 3]],
    ['no paragraph among the body: no list on an article page', [item('body'), item('body'), item('navigation'), item('navigation')], true, []],
    ['a paragraph that is navigation does not count', [item('body'), item('body'), item('navigation', { paragraph: true }), item('navigation')], true, []],
    ['no paragraph needed elsewhere', [item('body'), item('body'), item('navigation'), item('navigation')], false, [2, 3]],
  ];
  it.each(cases)('%s', (_name, segments, requireParagraph, expected) => {
    expect(findSiblingItems(segments, { requireParagraph })).toEqual(expected);
  });
});

describe('inTableCell', () => {
  const cases: [string, boolean][] = [
    ['html>body>table>tr>td', true],
    ['html>body>table>tr>td.p4>p', true],
    ['html>body>table>tbody>tr>td#main>div', true],
    ['html>body>div.tdx>p', false],
    ['html>body>main>div.td>p', false],
    ['html>body>table>thead>tr>th', false],
    ['html>body>tdx>p', false],
  ];
  it.each(cases)('%s → %s', (path, expected) => {
    expect(inTableCell(path)).toBe(expected);
  });
});

// A shop's category under a soft navigation cue (`catalog-nav`): the longer product names read as
// body on their own, the shorter ones of the same grid do not.
const LONG_NAMES = [
  'Organic oat and honey breakfast biscuits for the whole family - 12 pack',
  'Stoneground wholemeal bread flour from a small mill in the valley - 1.5kg',
  'Cold pressed rapeseed oil from farms in the north of the county - 500ml',
  'Slow roasted coffee beans with notes of chocolate and hazelnut - 250g',
];
const SHORT_NAMES = ['Oat biscuits - 6 pack', 'Rye flour - 1kg', 'Olive oil - 250ml', 'Decaf beans - 250g'];
const NAMES = [...LONG_NAMES.slice(0, 2), ...SHORT_NAMES.slice(0, 2), ...LONG_NAMES.slice(2), ...SHORT_NAMES.slice(2)];

const shopPage = (grid: string): string => `<!doctype html><html><head><title>Pantry | The Corner Shop</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/pantry">Pantry</a> <a href="/dairy">Dairy</a> <a href="/basket">Basket</a></nav></header>
<main><h1>Pantry</h1>
${grid}
</main>
<footer class="site-footer"><p>The Corner Shop, High Street.</p></footer></body></html>`;
const divGrid = `<div class="grid catalog-nav">${NAMES.map((n) => `<div class="grid-item"><img src="/p.jpg" alt=""><p class="card__desc">${n}</p><p class="price">£3.50</p></div>`).join('\n')}</div>`;
// the same grid laid out in a table, a cell per item
const tableGrid = `<table class="grid catalog-nav">${NAMES.map((n) => `<tr><td class="cell"><p class="card__desc">${n}</p><p class="price">£3.50</p></td></tr>`).join('\n')}</table>`;

describe('sibling items on a written page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the short product names of a grid whose long names are body become body', () => {
    const report = sifter.sift({ html: shopPage(divGrid) });
    expect(report.pageType.type).not.toBe('article');
    for (const name of LONG_NAMES) expect(report.segments.find((s) => s.text === name)?.label).toBe('body');
    for (const name of SHORT_NAMES) {
      const segment = report.segments.find((s) => s.text === name);
      expect(segment?.label).toBe('body');
      expect(segment?.hits.map((h) => h.rule)).toContain(SIBLING_ITEM_HIT.rule);
    }
  });

  it('the prices beside them, bare labels, stay navigation', () => {
    const report = sifter.sift({ html: shopPage(divGrid) });
    const prices = report.segments.filter((s) => s.text === '£3.50');
    expect(prices.length).toBe(NAMES.length);
    for (const s of prices) {
      expect(s.label).toBe('navigation');
      expect(s.hits.map((h) => h.rule)).not.toContain(SIBLING_ITEM_HIT.rule);
    }
  });

  it('the same grid laid out in table cells is not promoted', () => {
    const report = sifter.sift({ html: shopPage(tableGrid) });
    for (const name of LONG_NAMES) expect(report.segments.find((s) => s.text === name)?.label).toBe('body');
    for (const name of SHORT_NAMES) {
      const segment = report.segments.find((s) => s.text === name);
      expect(segment?.label).toBe('navigation');
      expect(segment?.hits.map((h) => h.rule)).not.toContain(SIBLING_ITEM_HIT.rule);
    }
  });

  it('the menu beside the grid is not promoted', () => {
    const report = sifter.sift({ html: shopPage(divGrid) });
    const menu = report.segments.filter((s) => s.text.includes('Basket'));
    expect(menu.length).toBeGreaterThan(0);
    for (const s of menu) expect(s.hits.map((h) => h.rule)).not.toContain(SIBLING_ITEM_HIT.rule);
  });
});
