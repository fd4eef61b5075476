import { beforeAll, describe, expect, it } from 'vitest';
import {
  DATED_ITEM_MAX_CHARS,
  DATED_ITEM_MIN_LINK_DENSITY,
  DATED_ITEM_TAIL_CHARS,
  DATED_LINK_HIT,
  DATED_LINK_PAGE_TYPES,
  DATED_RUN_MIN_ITEMS,
  findDatedLinkRuns,
  isDatedLinkItem,
  type DatedLinkCandidate,
} from '../src/classify/dated-links.js';
import { LATE_DEMOTIONS } from '../src/classify/late-demotions.js';
import { UNLIMITED_DEMOTIONS } from '../src/classify/demotion-limit.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/dated-links.ts: a run of short linked lines that each end with a time stamp (a portal's
 * related-news list, a forum's thread tree) is an index of other pages, navigation. Every line and
 * page below was written for these tests.
 */

const item = (text: string, linkDensity = 0.4, linkCount = 1, candidate = true): DatedLinkCandidate => ({ text, linkDensity, linkCount, candidate });

describe('isDatedLinkItem: lines that must and must not fire', () => {
  const cases: [string, DatedLinkCandidate, boolean][] = [
    ['a related-news item', item('·市图书馆延长夜间开放时间 (2024-03-02 18:05PM)'), true],
    ['a thread-tree reply', item('我也说两句【山间小溪】03-02 21:47 86字 [42/0]'), true],
    ['a reply with seconds and a m/d/yy date', item('顶一下 小河 09:12:40 3/2/24 (无内容)'), true],
    ['an English item', item('Council delays the vote on parking (2024-03-02 18:05)'), true],
    // link density, both sides of the threshold; no link at all
    ['link density at the threshold', item('·夜间开放 (2024-03-02 18:05)', DATED_ITEM_MIN_LINK_DENSITY), true],
    ['link density under the threshold', item('·夜间开放 (2024-03-02 18:05)', DATED_ITEM_MIN_LINK_DENSITY - 0.01), false],
    ['no link', item('·夜间开放 (2024-03-02 18:05)', 0.4, 0), false],
    // the time must be near the end: both sides of the tail
    ['time just inside the tail', item(`·标题 18:05${'。'.repeat(DATED_ITEM_TAIL_CHARS - 5)}`), true],
    ['time just outside the tail', item(`·标题 18:05${'。'.repeat(DATED_ITEM_TAIL_CHARS)}`), false],
    // length, both sides of the maximum
    ['at the longest item', item(`${'长'.repeat(DATED_ITEM_MAX_CHARS - 6)} 18:05`), true],
    ['one character over', item(`${'长'.repeat(DATED_ITEM_MAX_CHARS - 5)} 18:05`), false],
    // not a time of day
    ['a football score', item('主队两球领先 终场比分2:1'), false],
    ['a ratio with three digits', item('按照1:100的比例缩小'), false],
    ['no time at all', item('·市图书馆延长夜间开放时间'), false],
    // head blocks and inline cuts are never items
    ['not a candidate block', item('·夜间开放 (2024-03-02 18:05)', 0.4, 1, false), false],
  ];
  it.each(cases)('%s', (_name, candidate, expected) => {
    expect(isDatedLinkItem(candidate)).toBe(expected);
  });
});

describe('findDatedLinkRuns: a run, not one line', () => {
  const dated = (n: number): DatedLinkCandidate => item(`·第${n}条新闻 (2024-03-0${n} 18:05)`);
  const prose = item('记者从市文化局获悉，市图书馆自下月起延长夜间开放时间。', 0, 0);

  it(`${DATED_RUN_MIN_ITEMS} in a row fire`, () => {
    expect(findDatedLinkRuns([prose, dated(1), dated(2), dated(3), prose])).toEqual([1, 2, 3]);
  });
  it(`${DATED_RUN_MIN_ITEMS - 1} in a row do not`, () => {
    expect(findDatedLinkRuns([prose, dated(1), dated(2), prose])).toEqual([]);
  });
  it('a line between breaks the run', () => {
    expect(findDatedLinkRuns([dated(1), dated(2), prose, dated(3), dated(4)])).toEqual([]);
  });
  it('a run at the end of the page counts', () => {
    expect(findDatedLinkRuns([prose, dated(1), dated(2), dated(3), dated(4)])).toEqual([1, 2, 3, 4]);
  });
});

describe('the pass in the pipeline', () => {
  it('runs after the related-line pass, unlimited, and never on a listing', () => {
    expect(LATE_DEMOTIONS.indexOf('dated-link-list')).toBeGreaterThan(LATE_DEMOTIONS.indexOf('related-line'));
    expect(UNLIMITED_DEMOTIONS).toContain('dated-link-list');
    expect(DATED_LINK_PAGE_TYPES).not.toContain('listing');
    expect(DATED_LINK_HIT.label).toBe('navigation');
  });
});

describe('a Chinese news article with a dated related-news list', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const STORY = [
    '记者从市文化局获悉，市图书馆自下月起延长夜间开放时间，周一至周五闭馆时间由晚上八点推迟到十点。',
    '文化局有关负责人介绍，延长开放时间后，馆内自习区将增加两百个座位，并开放夜间借还书服务。',
    '不少读者表示，下班后终于有时间来图书馆看书了，希望今后能在周末也延长开放时间。',
    '据了解，图书馆还将在暑期推出面向中小学生的阅读活动，具体安排将在官方网站上公布。',
  ];
  const RELATED = ['市博物馆推出夜场参观', '老城区新增三处阅读角', '暑期少儿阅读活动开始报名', '社区书屋实现通借通还'];
  const page = (items: readonly string[]): string => `<html><head><meta charset="utf-8"><title>市图书馆延长夜间开放时间</title></head><body>
<div class="content"><h1>市图书馆延长夜间开放时间</h1>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}
<div class="box">${items.map((t, i) => `<div>·<a href="/news/${i}.html">${t}</a> (2024-03-0${i + 1} 1${i}:05PM)</div>`).join('\n')}</div>
</div></body></html>`;

  it('every item of the list is navigation and the story stays body', () => {
    const html = page(RELATED);
    for (let i = 0; i < RELATED.length; i++) {
      const { label, rules } = segmentOf(sifter, html, `·${RELATED[i]} (2024-03-0${i + 1} 1${i}:05PM)`);
      expect(label).toBe('navigation');
      expect(rules).toContain(DATED_LINK_HIT.rule);
    }
    for (const paragraph of STORY) expect(segmentOf(sifter, html, paragraph).label).toBe('body');
  });

  it(`${DATED_RUN_MIN_ITEMS - 1} dated lines are no list: the pass leaves them`, () => {
    const html = page(RELATED.slice(0, DATED_RUN_MIN_ITEMS - 1));
    const { rules } = segmentOf(sifter, html, `·${RELATED[0]} (2024-03-01 10:05PM)`);
    expect(rules).not.toContain(DATED_LINK_HIT.rule);
  });
});
