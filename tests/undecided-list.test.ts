import { describe, expect, it } from 'vitest';
import type { SamePlaceInput } from '../src/classify/same-place.js';
import { findUndecidedLists, isListItemPath, UNDECIDED_LIST_HIT, UNDECIDED_LIST_MIN_ITEMS } from '../src/classify/undecided-list.js';
import { BETWEEN_NAVIGATION, DOM_CUE, SHORT_BARE } from './helpers/context-hits.js';
import { ruleHit as hit } from './helpers/rule-hit.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/undecided-list.ts: a run of list items at one path that no rule decided, each made
 * navigation by the context pass alone, is the page's own list. The segments below were written
 * for these tests (a product's bullet points between a menu and a price line).
 */

const LINK_ONLY = hit('nav.link-only', 'navigation', 2);
const MENU = hit('nav.link-dense', 'navigation', 3);

const BULLETS = 'html>body>main>div.product>ul.bullets>li';

/** A bullet point that no rule decided and that the context pass made navigation. */
const bullet = (overrides: Partial<SamePlaceInput> = {}): SamePlaceInput => ({ label: 'navigation', path: BULLETS, hits: [DOM_CUE, BETWEEN_NAVIGATION], candidate: true, ...overrides });
const bullets = (n: number, overrides: Partial<SamePlaceInput> = {}): SamePlaceInput[] => Array.from({ length: n }, () => bullet(overrides));
const menuLink = (): SamePlaceInput => ({ label: 'navigation', path: 'html>body>header>nav>ul>li>a', hits: [MENU, LINK_ONLY], candidate: true });
const range = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);

describe('isListItemPath', () => {
  const cases: [string, boolean][] = [
    ['html>body>ul>li', true],
    ['html>body>ul.bullets>li.item', true],
    ['html>body>ul>li#first', true],
    ['html>body>ul>li>strong', true],
    ['…>ul>li>span.value', true],
    ['html>body>ul>li>p', true],
    ['html>body>ul>li>b', true],
    ['html>body>ul>li>a', false],
    ['html>body>ul>li>div', false],
    ['html>body>ul>li>span>strong', false],
    ['html>body>div.list', false],
    ['html>body>table>tr>td', false],
    ['html>body>div.link', false],
  ];
  for (const [path, item] of cases) {
    it(`${path} ${item ? 'is' : 'is not'} a list item`, () => {
      expect(isListItemPath(path)).toBe(item);
    });
  }
});

describe('findUndecidedLists', () => {
  it(`${UNDECIDED_LIST_MIN_ITEMS} bullets in a row are the page's list; one fewer is not`, () => {
    expect(findUndecidedLists(bullets(UNDECIDED_LIST_MIN_ITEMS))).toEqual(range(0, UNDECIDED_LIST_MIN_ITEMS));
    expect(findUndecidedLists(bullets(UNDECIDED_LIST_MIN_ITEMS - 1))).toEqual([]);
  });

  it('the run is counted between menus: the menu links around it stay', () => {
    const page = [menuLink(), ...bullets(UNDECIDED_LIST_MIN_ITEMS, { hits: [SHORT_BARE, BETWEEN_NAVIGATION] }), menuLink()];
    expect(findUndecidedLists(page)).toEqual(range(1, UNDECIDED_LIST_MIN_ITEMS));
  });

  it('a segment between the items breaks the run', () => {
    const half = UNDECIDED_LIST_MIN_ITEMS - 1;
    expect(findUndecidedLists([...bullets(half), menuLink(), ...bullets(half)])).toEqual([]);
  });

  it('items at another path break the run: two short lists are not one long one', () => {
    const other = 'html>body>main>div.product>ul.care>li';
    expect(findUndecidedLists([...bullets(2), ...bullets(2, { path: other })])).toEqual([]);
  });

  it('a link list, decided by rules, is no undecided list', () => {
    expect(findUndecidedLists(bullets(6, { hits: [LINK_ONLY, BETWEEN_NAVIGATION] }))).toEqual([]);
  });

  it('items that are not list items (table cells, divs) are left', () => {
    expect(findUndecidedLists(bullets(6, { path: 'html>body>main>table>tr>td' }))).toEqual([]);
  });

  it('items body already, or not candidates, are not counted', () => {
    expect(findUndecidedLists(bullets(6, { label: 'body' }))).toEqual([]);
    expect(findUndecidedLists(bullets(6, { candidate: false }))).toEqual([]);
  });

  it('the hit is a frozen body hit from the context family', () => {
    expect(UNDECIDED_LIST_HIT.label).toBe('body');
    expect(UNDECIDED_LIST_HIT.rule.startsWith('context.')).toBe(true);
    expect(Object.isFrozen(UNDECIDED_LIST_HIT)).toBe(true);
  });
});

describe('undecided lists in a sifted page', () => {
  /** A product page written for this test: menus, a title and price that no rule decides, n bullet points, a buy link, two paragraphs. */
  const productPage = (n: number): string => {
    const menu = (tag: string): string => `<ul class="menu">${['Home', 'Shop', 'Drinkware', 'Coolers', 'Bags', 'Sale'].map((x) => `<li><a href="/${x}">${x} ${tag}</a></li>`).join('')}</ul>`;
    const bulletsHtml = ['Cupholder safe', 'Splash resistant', 'Dishwasher safe lid', 'No sweat design', 'Keeps ice for hours'].slice(0, n).map((x) => `<li>${x}</li>`).join('');
    return `<html><head><title>Steel tumbler 20 oz</title><meta property="og:type" content="product"></head><body><header>${menu('a')}</header><main><div class="product"><h1>Steel tumbler 20 oz</h1><div class="price"><span>$35.00</span></div><ul class="bullets">${bulletsHtml}</ul><div class="buy"><a href="/cart">Add to cart</a></div><p>Made from kitchen-grade steel, it will not rust, will not hold on to the taste of yesterday’s soup, and will not crack when it falls off the tailgate. We tested it on the road, in the boat and at the campsite, and it came back every time.</p><p>Our steel tumbler keeps your coffee hot on the long drive to work, and your lemonade cold through an afternoon in the sun. The double wall holds the heat in, and the lid slides shut so nothing spills when the road gets rough.</p></div></main><footer>${menu('b')}</footer></body></html>`;
  };

  it(`${UNDECIDED_LIST_MIN_ITEMS} or more bullets between the price and the buy link are body; the menus stay navigation`, async () => {
    const sifter = await defaultSifter();
    const bulletPoint = segmentOf(sifter, productPage(5), 'Splash resistant');
    expect(bulletPoint.label).toBe('body');
    expect(bulletPoint.rules).toContain(UNDECIDED_LIST_HIT.rule);
    expect(segmentOf(sifter, productPage(5), 'Home a Shop a Drinkware a Coolers a Bags a Sale a').label).toBe('navigation');
  });

  it('fewer bullets are left to the context pass', async () => {
    const sifter = await defaultSifter();
    const bulletPoint = segmentOf(sifter, productPage(UNDECIDED_LIST_MIN_ITEMS - 1), 'Splash resistant');
    expect(bulletPoint.label).toBe('navigation');
    expect(bulletPoint.rules).not.toContain(UNDECIDED_LIST_HIT.rule);
  });
});
