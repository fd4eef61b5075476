import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachUnit, occurrences, pageSupport, unitCounts } from '../src/inline/support.js';

/**
 * pageSupport (src/inline/support.ts): does the page use a candidate's words outside the
 * candidate's own copies? Every text here was written for these tests.
 */

const unitsOf = (text: string): string[] => {
  const out: string[] = [];
  forEachUnit(text, (u) => out.push(u));
  return out;
};

describe('forEachUnit', () => {
  it.each<[string, string[]]>([
    ['脱毛サロン', ['脱毛', '毛サ', 'サロ', 'ロン']],
    ['全 身', ['全', '身']],
    ['shop 88 today', ['shop', '88', 'today']],
    ['abc脱毛', ['abc', '脱毛']],
    ['--,,  ', []],
    ['', []],
  ])('%s', (text, units) => {
    expect(unitsOf(text)).toEqual(units);
  });
});

describe('occurrences', () => {
  it.each<[string, string, number]>([
    ['abcabcab', 'abc', 2],
    ['aaaa', 'aa', 2],
    ['abc', 'x', 0],
    ['abc', '', 0],
  ])('%s / %s', (haystack, needle, n) => {
    expect(occurrences(haystack, needle)).toBe(n);
  });

  it.each<[number, number]>([
    [2, 2],
    [3, 3],
    [4, 3],
  ])('stops counting at atMost %i: %i', (atMost, n) => {
    expect(occurrences('abcabcabc', 'abc', atMost)).toBe(n);
  });
});

describe('pageSupport', () => {
  const support = (run: string, page: string): number => pageSupport(run, page, unitCounts(page));

  it('a topic word the page uses in other phrases is supported', () => {
    // 全身 and 脱毛 are used outside the copies; 身脱 only inside them
    const page = '本店的全身脱毛很受欢迎。全身脱毛之前请先预约。脱毛以后要注意保湿，全身护理也要防晒。';
    expect(support('全身脱毛', page)).toBeCloseTo(2 / 3);
  });

  it('a spliced keyword string whose words occur nowhere else has no support', () => {
    const kit = '丁香妹妹小说,夜色影院';
    const page = `齿轮箱采用通${kit}用设计，可按客户需求${kit}变型为行业专用的齿轮箱。输入方式为电机${kit}联接法兰。`;
    expect(support(kit, page)).toBe(0);
  });

  it('copies of the run alone do not count as support, however many', () => {
    const run = '夜色影院';
    for (const copies of [1, 2, 5]) expect(support(run, `齿轮箱${run}`.repeat(copies))).toBe(0);
  });

  it('one more use outside the copies counts', () => {
    expect(support('夜色影院', '夜色影院 夜色影院')).toBe(0);
    expect(support('夜色影院', '夜色影院 夜色影院 新开的影院')).toBeCloseTo(1 / 3);
  });

  it('Latin words are units too', () => {
    expect(support('cheap jerseys', 'cheap jerseys and more cheap jerseys')).toBe(0);
    expect(support('cheap jerseys', 'cheap jerseys; the jerseys of the club')).toBe(0.5);
  });

  it('a run without units is not marked foreign', () => {
    expect(support('--', 'a -- b')).toBe(1);
  });

  it('is a share between 0 and 1 for any run of any page', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.nat(), fc.nat(), (page, a, b) => {
        const start = Math.min(a, b) % (page.length + 1);
        const end = Math.max(a, b) % (page.length + 1);
        const s = pageSupport(page.slice(Math.min(start, end), Math.max(start, end)), page, unitCounts(page));
        return s >= 0 && s <= 1;
      }),
    );
  });
});
