import { describe, expect, it } from 'vitest';
import { findItemLines, ITEM_LINE_MAX_LINK_DENSITY, ITEM_LINES_MAX_BETWEEN, ITEM_LINES_MIN_ITEMS, type ItemLineInput } from '../src/classify/item-lines.js';
import { DATELINE_MAX_CHARS } from '../src/classify/dateline.js';

/**
 * classify/item-lines.ts: the short lines between a promoted item title and its text become body.
 * The inputs below were written for these tests.
 */

const ITEM = 'html>body>main>ol.posts>li>article.entry';
const TITLE_PATH = `${ITEM}>header>h2>a`;
const DATE_PATH = `${ITEM}>footer.meta>time`;
const BYLINE_PATH = `${ITEM}>footer.meta>address`;
const SUMMARY_PATH = `${ITEM}>div.summary>p`;

const title = (over: Partial<ItemLineInput> = {}): ItemLineInput => ({ label: 'body', path: TITLE_PATH, chars: 30, linkDensity: 1, candidate: true, title: true, ...over });
const line = (over: Partial<ItemLineInput> = {}): ItemLineInput => ({ label: 'navigation', path: DATE_PATH, chars: 20, linkDensity: 0, candidate: true, title: false, ...over });
const summary = (over: Partial<ItemLineInput> = {}): ItemLineInput => ({ label: 'body', path: SUMMARY_PATH, chars: 200, linkDensity: 0, candidate: true, title: false, ...over });

/** `n` items: a title, the given lines, a summary. */
function items(n: number, lines: () => ItemLineInput[], titleOver: Partial<ItemLineInput> = {}, summaryOver: Partial<ItemLineInput> = {}): ItemLineInput[] {
  const out: ItemLineInput[] = [];
  for (let i = 0; i < n; i++) out.push(title(titleOver), ...lines(), summary(summaryOver));
  return out;
}

const lineIndices = (segments: readonly ItemLineInput[]): number[] => segments.flatMap((s, i) => (s.label === 'navigation' ? [i] : []));

describe('findItemLines: fires / must not fire', () => {
  const dateAndByline = (): ItemLineInput[] => [line(), line({ path: BYLINE_PATH, linkDensity: 0.8 })];
  const cases: [string, ItemLineInput[], boolean][] = [
    [`${ITEM_LINES_MIN_ITEMS} items, a date line each`, items(ITEM_LINES_MIN_ITEMS, () => [line()]), true],
    [`${ITEM_LINES_MIN_ITEMS} items, a date and a byline each (${ITEM_LINES_MAX_BETWEEN} lines)`, items(ITEM_LINES_MIN_ITEMS, dateAndByline), true],
    [`${ITEM_LINES_MIN_ITEMS - 1} items: one line under a linked title is an article's`, items(ITEM_LINES_MIN_ITEMS - 1, () => [line()]), false],
    [`${ITEM_LINES_MAX_BETWEEN + 1} lines between title and text`, items(ITEM_LINES_MIN_ITEMS, () => [line(), line(), line()]), false],
    [`a line of ${DATELINE_MAX_CHARS} characters`, items(ITEM_LINES_MIN_ITEMS, () => [line({ chars: DATELINE_MAX_CHARS })]), true],
    [`a line of ${DATELINE_MAX_CHARS + 1} characters (a paragraph, not a meta line)`, items(ITEM_LINES_MIN_ITEMS, () => [line({ chars: DATELINE_MAX_CHARS + 1 })]), false],
    ['tag links, all link text', items(ITEM_LINES_MIN_ITEMS, () => [line({ linkDensity: ITEM_LINE_MAX_LINK_DENSITY })]), false],
    ['a byline, mostly link text', items(ITEM_LINES_MIN_ITEMS, () => [line({ linkDensity: ITEM_LINE_MAX_LINK_DENSITY - 0.1 })]), true],
    ['titles the item-title pass did not promote', items(ITEM_LINES_MIN_ITEMS, () => [line()], { title: false }), false],
    ['lines that are no candidates (a control, the site chrome)', items(ITEM_LINES_MIN_ITEMS, () => [line({ candidate: false })]), false],
    ['a line outside the item (an ad label between cards)', items(ITEM_LINES_MIN_ITEMS, () => [line({ path: 'html>body>main>div.ad-slot>div.label' })]), false],
    ['a text of another item after the line', items(ITEM_LINES_MIN_ITEMS, () => [line()], {}, { path: 'html>body>aside>div.widget>p' }), false],
    ['text after the line that is navigation', items(ITEM_LINES_MIN_ITEMS, () => [line()], {}, { label: 'navigation', path: 'html>body>footer>p' }), false],
  ];
  it.each(cases)('%s', (_name, segments, fires) => {
    expect(findItemLines(segments)).toEqual(fires ? lineIndices(segments) : []);
  });

  it('lines of different shapes are counted apart', () => {
    const segments = [DATE_PATH, BYLINE_PATH, `${ITEM}>div.tags>span`].flatMap((path) => [title(), line({ path }), summary()]);
    expect(findItemLines(segments)).toEqual([]);
  });
});
