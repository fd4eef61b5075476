import { beforeAll, describe, expect, it } from 'vitest';
import { findItemTitles, ITEM_HASH_MIN_CHARS, ITEM_TITLE_HEADING_MIN_CHARS, ITEM_TITLE_ITEM_LOOKAHEAD, ITEM_TITLE_LOOKAHEAD, ITEM_TITLE_MAX_LEVELS, ITEM_TITLE_MIN_CHARS, ITEM_TITLE_MIN_ITEMS, ITEM_TITLE_MIN_LINK_DENSITY, partingLevels, sameItem, titleShape, type ItemTitleInput } from '../src/classify/item-titles.js';
import { PATH_ELISION } from '../src/segment/place.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/item-titles.ts: the linked titles of repeated items whose text is body become body.
 * The inputs and pages below were written for these tests.
 */

const ITEM = 'html>body>main>div.posts>article.post';
const TITLE_PATH = `${ITEM}>h2>a`;
const DATE_PATH = `${ITEM}>p.date`;
const SUMMARY_PATH = `${ITEM}>p`;

const title = (over: Partial<ItemTitleInput> = {}): ItemTitleInput => ({ label: 'navigation', path: TITLE_PATH, chars: 40, linkDensity: 1, candidate: true, promoted: false, heading: false, ...over });
const summary = (over: Partial<ItemTitleInput> = {}): ItemTitleInput => ({ label: 'body', path: SUMMARY_PATH, chars: 120, linkDensity: 0, candidate: true, promoted: false, heading: false, ...over });
const date = (path = DATE_PATH): ItemTitleInput => ({ label: 'navigation', path, chars: 12, linkDensity: 0, candidate: true, promoted: false, heading: false });
/** A line outside the item: an ad label between two cards. */
const AD_PATH = 'html>body>main>div.posts>div.ad-slot>div.ad-wrap>div.inner>div.ad-label';

/** `n` items, each a title followed by its summary; `withDate` puts a navigation date line between them. */
function items(n: number, titleOver: Partial<ItemTitleInput> = {}, summaryOver: Partial<ItemTitleInput> = {}, between = 0, betweenPath = DATE_PATH): ItemTitleInput[] {
  const out: ItemTitleInput[] = [];
  for (let i = 0; i < n; i++) {
    out.push(title(titleOver));
    for (let k = 0; k < between; k++) out.push(date(betweenPath));
    out.push(summary(summaryOver));
  }
  return out;
}

const titleIndices = (segments: readonly ItemTitleInput[]): number[] => segments.flatMap((s, i) => (s.path === TITLE_PATH && s.label === 'navigation' ? [i] : []));

describe('findItemTitles: each threshold, both sides', () => {
  const cases: [string, ItemTitleInput[], boolean][] = [
    [`${ITEM_TITLE_MIN_ITEMS} items built alike`, items(ITEM_TITLE_MIN_ITEMS), true],
    [`${ITEM_TITLE_MIN_ITEMS - 1} items: a link or two in an article`, items(ITEM_TITLE_MIN_ITEMS - 1), false],
    [`titles of ${ITEM_TITLE_MIN_CHARS} characters`, items(ITEM_TITLE_MIN_ITEMS, { chars: ITEM_TITLE_MIN_CHARS }), true],
    [`titles of ${ITEM_TITLE_MIN_CHARS - 1} characters (a poster's name, "Read more")`, items(ITEM_TITLE_MIN_ITEMS, { chars: ITEM_TITLE_MIN_CHARS - 1 }), false],
    [`linked headings of ${ITEM_TITLE_HEADING_MIN_CHARS} characters (a card's one-word title)`, items(ITEM_TITLE_MIN_ITEMS, { heading: true, chars: ITEM_TITLE_HEADING_MIN_CHARS }), true],
    [`linked headings of ${ITEM_TITLE_HEADING_MIN_CHARS - 1} characters`, items(ITEM_TITLE_MIN_ITEMS, { heading: true, chars: ITEM_TITLE_HEADING_MIN_CHARS - 1 }), false],
    [`links of ${ITEM_TITLE_HEADING_MIN_CHARS} characters that are no heading (a name, "Read more")`, items(ITEM_TITLE_MIN_ITEMS, { chars: ITEM_TITLE_HEADING_MIN_CHARS }), false],
    [`link density ${ITEM_TITLE_MIN_LINK_DENSITY}`, items(ITEM_TITLE_MIN_ITEMS, { linkDensity: ITEM_TITLE_MIN_LINK_DENSITY }), true],
    ['link density just under the minimum', items(ITEM_TITLE_MIN_ITEMS, { linkDensity: ITEM_TITLE_MIN_LINK_DENSITY - 0.01 }), false],
    [`${ITEM_TITLE_LOOKAHEAD - 1} navigation line between title and summary`, items(ITEM_TITLE_MIN_ITEMS, {}, {}, ITEM_TITLE_LOOKAHEAD - 1), true],
    [`${ITEM_TITLE_LOOKAHEAD} navigation lines of the item between title and summary (a date and a byline)`, items(ITEM_TITLE_MIN_ITEMS, {}, {}, ITEM_TITLE_LOOKAHEAD), true],
    [`${ITEM_TITLE_ITEM_LOOKAHEAD} navigation lines of the item between title and summary`, items(ITEM_TITLE_MIN_ITEMS, {}, {}, ITEM_TITLE_ITEM_LOOKAHEAD), false],
    [`${ITEM_TITLE_LOOKAHEAD - 1} line outside the item between title and summary`, items(ITEM_TITLE_MIN_ITEMS, {}, {}, ITEM_TITLE_LOOKAHEAD - 1, AD_PATH), true],
    [`${ITEM_TITLE_LOOKAHEAD} lines outside the item between title and summary (an ad label)`, items(ITEM_TITLE_MIN_ITEMS, {}, {}, ITEM_TITLE_LOOKAHEAD, AD_PATH), false],
    ['summaries that are navigation (an article\'s "more from" teasers)', items(ITEM_TITLE_MIN_ITEMS, {}, { label: 'navigation' }), false],
    ['summaries that a listing promotion made body', items(ITEM_TITLE_MIN_ITEMS, {}, { promoted: true }), false],
    ['titles that are no candidates (a control, the site chrome, a footer)', items(ITEM_TITLE_MIN_ITEMS, { candidate: false }), false],
    ['titles that are spam', items(ITEM_TITLE_MIN_ITEMS, { label: 'spam' }), false],
    ['plain text without paths', items(ITEM_TITLE_MIN_ITEMS, { path: undefined }, { path: undefined }), false],
  ];
  it.each(cases)('%s', (_name, segments, fires) => {
    const expected = fires ? titleIndices(segments) : [];
    expect(findItemTitles(segments)).toEqual(expected);
  });

  it('a title-like link between a link and the body is the item\'s title: a category link above it is not', () => {
    const category = (): ItemTitleInput => title({ path: `${ITEM}>div.categories>a` });
    const segments = [0, 1, 2].flatMap(() => [category(), title(), summary()]);
    expect(findItemTitles(segments)).toEqual([1, 4, 7]);
    // a short link between them (a price, "New") does not stop the pairing
    const short = [0, 1, 2].flatMap(() => [title(), title({ path: `${ITEM}>span.badge>a`, chars: ITEM_TITLE_MIN_CHARS - 1 }), summary()]);
    expect(findItemTitles(short)).toEqual([0, 3, 6]);
  });

  it('a linked heading is the title over a linked line that is no heading (its date and source); not over another heading', () => {
    const source = (over: Partial<ItemTitleInput> = {}): ItemTitleInput => title({ path: `${ITEM}>div.meta>time`, chars: 32, linkDensity: 0.65, ...over });
    // the heading and the source line both pair with the summary: both are body
    const dated = [0, 1, 2].flatMap(() => [title({ heading: true }), source(), summary()]);
    expect(findItemTitles(dated)).toEqual([0, 1, 3, 4, 6, 7]);
    // a title that is no heading stops at the linked line, which is the item's title then
    const plain = [0, 1, 2].flatMap(() => [title(), source(), summary()]);
    expect(findItemTitles(plain)).toEqual([1, 4, 7]);
    // a linked heading under a linked heading: the nearer one is the title
    const nested = [0, 1, 2].flatMap(() => [title({ heading: true }), source({ heading: true }), summary()]);
    expect(findItemTitles(nested)).toEqual([1, 4, 7]);
  });

  it('items count by their shape: digits in ids are set aside, other shapes are counted apart', () => {
    const numbered = [1, 2, 3].flatMap((n) => [title({ path: `html>body>main>article#post-${n}>h2>a` }), summary({ path: `html>body>main>article#post-${n}>p` })]);
    expect(findItemTitles(numbered)).toEqual([0, 2, 4]);
    const mixed = [title(), summary(), title(), summary(), title({ path: `${ITEM}>div.heading>a` }), summary()];
    expect(findItemTitles(mixed)).toEqual([]);
  });

  it('hash ids (hex runs with a digit, ITEM_HASH_MIN_CHARS or longer) are set aside like digits', () => {
    const hashes = ['5f2a9c0e7b1d', 'a07c3e91bb42', '0d4e6f8a2c9b'];
    const hashed = hashes.flatMap((h) => [title({ path: `html>body>main>article#article-${h}>h2>a` }), summary({ path: `html>body>main>article#article-${h}>p` })]);
    expect(findItemTitles(hashed)).toEqual([0, 2, 4]);
    // shorter runs are words or codes, not hashes: `b2c` and `f7a` tell two shapes apart
    expect(titleShape('div#item-b2c>a')).not.toBe(titleShape('div#item-f7a>a'));
    const run = (n: number): string => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'a' : '1')).join('');
    expect(titleShape(`div#x-${run(ITEM_HASH_MIN_CHARS)}`)).toBe('div#x-0');
    expect(titleShape(`div#x-${run(ITEM_HASH_MIN_CHARS - 1)}`)).toBe(`div#x-${run(ITEM_HASH_MIN_CHARS - 1).replace(/1/g, '0')}`);
    // hex letters inside words stay: a class such as `deadline-2` keeps its word
    expect(titleShape('div.deadline-2>a.face')).toBe('div.deadline-0>a.face');
  });
});

describe('sameItem: paths that part near their end', () => {
  it(`parts at most ${ITEM_TITLE_MAX_LEVELS} elements from the end of the longer path`, () => {
    const base = 'html>body>main>div.list>div.item';
    const deep = (n: number): string => `${base}${'>div.x'.repeat(n)}`;
    expect(sameItem(deep(ITEM_TITLE_MAX_LEVELS), `${base}>p`)).toBe(true);
    expect(sameItem(deep(ITEM_TITLE_MAX_LEVELS + 1), `${base}>p`)).toBe(false);
    expect(sameItem(`${base}>h2>a`, `${base}>p`)).toBe(true);
    expect(sameItem('html>body>header>nav>ul>li>a', 'html>body>main>div.list>div.item>p')).toBe(false);
  });

  // a deep block's path keeps its nearest elements after the elision mark (segment/place.ts)
  const E = PATH_ELISION;
  const cases: [string, string, string, number][] = [
    ['neither elided: the shared prefix', 'html>body>main>ul>li>h4>a', 'html>body>main>ul>li>p', 2],
    ['title elided, body not: the title starts deeper', `${E}>main>div>ul>li>div>h4>a`, 'html>body>main>div>ul>li>div>p', 2],
    ['body elided, title not', 'html>body>main>div>ul>li>div>p', `${E}>main>div>ul>li>div>h4>a`, 2],
    ['both elided, at different depths', `${E}>x>main>div>ul>li>div>h4>a`, `${E}>body>x>main>div>ul>li>div>p`, 2],
    ['both elided, parting high up (a menu against a list item)', `${E}>body>header>nav>ul>li>a`, `${E}>body>main>section>ul>li>p`, 5],
    ['elided paths that share no label', `${E}>a>b`, `${E}>c>d`, Number.POSITIVE_INFINITY],
  ];
  it.each(cases)('partingLevels: %s', (_name, a, b, levels) => {
    expect(partingLevels(a, b)).toBe(levels);
  });

  it(`elided paths: the same item up to ${ITEM_TITLE_MAX_LEVELS} levels, not past it`, () => {
    const body = 'html>body>main>div.list>div.item>p';
    expect(sameItem(`${E}>main>div.list>div.item${'>div.x'.repeat(ITEM_TITLE_MAX_LEVELS)}`, body)).toBe(true);
    expect(sameItem(`${E}>main>div.list>div.item${'>div.x'.repeat(ITEM_TITLE_MAX_LEVELS + 1)}`, body)).toBe(false);
  });
});

const PAPERS: readonly [string, string][] = [
  ['Measuring river flow with floating sensors', 'We dropped forty cheap floats into the river each morning and timed them between the two bridges, which gave flow figures within a tenth of the gauge readings.'],
  ['Why the weir silts up after wet winters', 'Three winters of sediment samples show that the silt comes from one tributary, whose banks were cleared of willows in the year before the problem began.'],
  ['A cheaper way to count spawning trout', 'Counting redds from the footpath with polarised glasses took a third of the time of wading surveys and missed only one nest in twenty.'],
  ['What the old mill race does to summer temperatures', 'Water leaving the mill race was two degrees cooler than the main channel on every hot afternoon we measured, enough to shelter young fish.'],
];

const paperItem = ([name, text]: readonly [string, string], i: number): string =>
  `<div class="paper"><p class="paper-title"><a href="/papers/${i}">${name}</a></p><p class="meta">Spring ${2020 + i}</p><p>${text}</p></div>`;

const PAPERS_PAGE = `<!doctype html><html><head><title>Papers – River Group</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/papers">Papers</a> <a href="/people">People</a></nav></header>
<main><h1>Papers</h1><p>The group has written about the river and its fish for twenty years; the papers below are the most recent, newest first.</p>
<div class="papers">${PAPERS.map(paperItem).join('')}</div></main>
<footer class="site-footer"><p>River Group, Old Mill Lane. All rights reserved.</p></footer></body></html>`;

describe('item titles on a written page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the linked titles of a list whose summaries are body are body; the menu stays navigation', async () => {
    const report = await sifter.sift(PAPERS_PAGE);
    for (const [name, text] of PAPERS) {
      const summarySegment = report.segments.find((s) => s.text.includes(text.slice(0, 40)));
      expect(summarySegment?.label, text).toBe('body');
      const titleSegment = report.segments.find((s) => s.source.kind !== 'title' && s.text === name);
      expect(titleSegment?.label, name).toBe('body');
      expect(titleSegment?.hits.map((h) => h.rule), name).toContain('context.item-title');
    }
    expect(report.segments.find((s) => s.text.includes('People'))?.label).toBe('navigation');
  });

  it('with two papers only, a title is one link beside a paragraph and is left as the classifier called it', async () => {
    const two = PAPERS_PAGE.replace(PAPERS.map(paperItem).join(''), PAPERS.slice(0, 2).map(paperItem).join(''));
    const report = await sifter.sift(two);
    const hits = report.segments.flatMap((s) => s.hits.map((h) => h.rule));
    expect(hits).not.toContain('context.item-title');
  });
});
