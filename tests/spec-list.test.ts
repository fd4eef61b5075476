import { describe, expect, it } from 'vitest';
import { findSpecLists, isSpecRow, SPEC_LIST_HIT, SPEC_LIST_MIN_ROWS, SPEC_ROW_MAX_CHARS, type SpecListInput } from '../src/classify/spec-list.js';
import { UNDECIDED_LIST_MIN_ITEMS } from '../src/classify/undecided-list.js';
import { BETWEEN_NAVIGATION, BORDER_NAVIGATION, DOM_CUE, HIDDEN, LINK_DENSE, SENTENCE, SHORT_BARE } from './helpers/context-hits.js';
import { ruleHit as hit } from './helpers/rule-hit.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/spec-list.ts: consecutive "Label: value" list items at one path are a specification
 * list, and the rows that only the context pass or the main container made navigation become body.
 * The rows below were written for these tests (a backpack's spec rows, a shop's return terms).
 */

const OUTSIDE_MAIN = hit('context.outside-main', 'navigation', 8);
const DUPLICATE = hit('context.duplicate', 'navigation', 0);
const LINK_ONLY = hit('nav.link-only', 'navigation', 2);

const ROWS = 'html>body>div.tabs>div.tab-content>ul>li>strong';
const SPEC_TEXTS = ['Capacity : 32L for a weekend', 'Weight: 640 g', 'Frame: aluminium stay', 'Return for refund within: 30 days', 'Hip belt : padded, removable'];

/** A spec row that the main container made navigation. */
const row = (text: string, overrides: Partial<SpecListInput> = {}): SpecListInput => ({ label: 'navigation', path: ROWS, hits: [DOM_CUE, OUTSIDE_MAIN], candidate: true, text, ...overrides });
const rows = (n: number, overrides: Partial<SpecListInput> = {}): SpecListInput[] => Array.from({ length: n }, (_, i) => row(SPEC_TEXTS[i % SPEC_TEXTS.length]!, overrides));
const menuLink = (): SpecListInput => ({ label: 'navigation', path: 'html>body>header>nav>ul>li>a', hits: [LINK_DENSE, LINK_ONLY], candidate: true, text: 'Backpacks' });
const range = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);

describe('isSpecRow', () => {
  const label40 = `W${'e'.repeat(39)}`;
  const cases: [string, boolean][] = [
    // must read as a row
    ['Weight: 640 g', true],
    ['Capacity : 32L for a weekend', true],
    ['Return for refund within: 30 days', true],
    ['Graphics: NVidia GTX 970, AMD RX 470, OR Intel Arc A380', true],
    ['  Size : 55 x 30 x 20cm  ', true],
    ['Poids : 640 g', true],
    ['Größe: M', true],
    [`${label40}: x`, true],
    [`Frame: ${'a'.repeat(SPEC_ROW_MAX_CHARS - 'Frame: '.length)}`, true],
    // must not
    [`${label40}e: x`, false],
    [`Frame: ${'a'.repeat(SPEC_ROW_MAX_CHARS - 'Frame: '.length + 1)}`, false],
    ['Weight 640 g', false],
    ['Weight:', false],
    ['Weight:   ', false],
    ['640 g: weight', false],
    [': 640 g', false],
    ['Note. See: the manual', false],
    ['Why? Because: it rains', false],
    ['Home', false],
    ['Our tumbler keeps ice for a day. Read more: here', false],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text.length > 50 ? `${text.slice(0, 47)}…` : text)} ${expected ? 'is' : 'is not'} a spec row`, () => {
      expect(isSpecRow(text)).toBe(expected);
    });
  }
});

describe('findSpecLists', () => {
  it(`${SPEC_LIST_MIN_ROWS} rows in a row are a spec list; one fewer is not`, () => {
    expect(findSpecLists(rows(SPEC_LIST_MIN_ROWS))).toEqual(range(0, SPEC_LIST_MIN_ROWS));
    expect(findSpecLists(rows(SPEC_LIST_MIN_ROWS - 1))).toEqual([]);
  });

  it('the run is counted between menus: the menu links around it stay', () => {
    expect(findSpecLists([menuLink(), ...rows(3), menuLink()])).toEqual(range(1, 3));
  });

  it('rows already body count in the run and are left as they are: a demoted row among body rows is taken', () => {
    const page = [row(SPEC_TEXTS[0]!, { label: 'body', hits: [DOM_CUE, SENTENCE] }), row(SPEC_TEXTS[1]!), row(SPEC_TEXTS[2]!, { label: 'body', hits: [DOM_CUE] })];
    expect(findSpecLists(page)).toEqual([1]);
  });

  it('each soft verdict may have made the row navigation: the context pass, its border, the main container; nav.short-bare may be there too', () => {
    for (const verdict of [BETWEEN_NAVIGATION, BORDER_NAVIGATION, OUTSIDE_MAIN]) {
      expect(findSpecLists(rows(3, { hits: [SHORT_BARE, verdict] }))).toEqual(range(0, 3));
    }
  });

  it('a row with no verdict of the context pass or the main container is not revised (a rule decided it)', () => {
    expect(findSpecLists(rows(3, { hits: [SHORT_BARE] }))).toEqual([]);
  });

  it('a navigation rule, a constraint or a later pass keeps the row navigation', () => {
    for (const decided of [LINK_DENSE, LINK_ONLY, HIDDEN, DUPLICATE]) {
      expect(findSpecLists(rows(3, { hits: [OUTSIDE_MAIN, decided] }))).toEqual([]);
    }
  });

  it('rows at another path break the run: two one-row lists are not one list', () => {
    expect(findSpecLists([row(SPEC_TEXTS[0]!), row(SPEC_TEXTS[1]!, { path: 'html>body>div.care>ul>li' })])).toEqual([]);
  });

  it('a segment between the rows that is no row breaks the run', () => {
    expect(findSpecLists([row(SPEC_TEXTS[0]!), row('Free shipping on orders over $50'), row(SPEC_TEXTS[1]!)])).toEqual([]);
  });

  it('rows that are not list items (table cells, divs, a link in an item) are left', () => {
    for (const path of ['html>body>table>tr>td', 'html>body>div.specs>div', 'html>body>ul>li>a']) {
      expect(findSpecLists(rows(3, { path }))).toEqual([]);
    }
  });

  it('rows that are not candidates (an inline phrase, screen-reader text) are not made body', () => {
    expect(findSpecLists(rows(3, { candidate: false }))).toEqual([]);
  });

  it('plain text (no element path) has no rows', () => {
    expect(findSpecLists(rows(3, { path: undefined }))).toEqual([]);
  });

  it('the hit is a frozen body hit from the context family', () => {
    expect(SPEC_LIST_HIT.label).toBe('body');
    expect(SPEC_LIST_HIT.rule).toBe('context.spec-list');
    expect(Object.isFrozen(SPEC_LIST_HIT)).toBe(true);
  });
});

describe('spec lists in a sifted page', () => {
  /**
   * A product page written for this test: menus, a title, a price and the description in the main
   * container, and n spec rows in a tab after it, before the footer's menu — outside the main
   * container and next to a menu, so the main container and the context pass make them navigation.
   */
  const productPage = (n: number): string => {
    const menu = (tag: string): string => `<ul class="menu">${['Home', 'Shop', 'Packs', 'Tents', 'Stoves', 'Sale'].map((x) => `<li><a href="/${x}">${x} ${tag}</a></li>`).join('')}</ul>`;
    const specRows = SPEC_TEXTS.slice(0, n).map((x) => `<li><strong>${x}</strong></li>`).join('');
    const description = '<p>Built for long days on the trail, this pack carries a weekend’s gear without weighing you down. The frame moves the load onto your hips, the back panel lets air through, and the lid opens wide so you can reach your jacket without unpacking everything else.</p><p>The fabric sheds a passing shower, the zips are easy to work with gloves on, and the side pockets hold a bottle each. We carried it through a wet autumn in the hills and it came back with nothing torn.</p>';
    return `<html><head><title>Trail pack 32L</title></head><body><header>${menu('a')}</header><main><div class="product"><h1>Trail pack 32L</h1><div class="price"><span>$129.00</span></div>${description}</div></main><div class="tabs"><div class="tab-content"><ul>${specRows}</ul></div></div><footer>${menu('b')}</footer></body></html>`;
  };
  const rowsShown = UNDECIDED_LIST_MIN_ITEMS - 1;

  it(`${rowsShown} spec rows in a tab outside the main container, which no other pass takes, are body; the menus stay navigation`, async () => {
    const sifter = await defaultSifter();
    for (const text of SPEC_TEXTS.slice(0, rowsShown)) {
      const specRow = segmentOf(sifter, productPage(rowsShown), text);
      expect(specRow.label).toBe('body');
      expect(specRow.rules).toContain(SPEC_LIST_HIT.rule);
    }
    expect(segmentOf(sifter, productPage(rowsShown), 'Home b Shop b Packs b Tents b Stoves b Sale b').label).toBe('navigation');
  });

  it('a single row is left to the main container', async () => {
    const sifter = await defaultSifter();
    const capacity = segmentOf(sifter, productPage(1), 'Capacity : 32L for a weekend');
    expect(capacity.label).toBe('navigation');
    expect(capacity.rules).toContain('context.outside-main');
    expect(capacity.rules).not.toContain(SPEC_LIST_HIT.rule);
  });
});
