import { describe, expect, it } from 'vitest';
import {
  detectList,
  MAX_FULL_STOPS_PER_ITEM_SPACE,
  MAX_LATIN_SHARE_SPACE,
  MAX_MEAN_ITEM_CHARS_ARROW,
  MAX_MEAN_ITEM_CHARS_COMMA,
  MAX_MEAN_ITEM_CHARS_SPACE,
  MIN_ITEMS_COMMA,
  MIN_ITEMS_EXPLICIT,
  MIN_ITEMS_SPACE,
  MIN_MEAN_ITEM_CHARS_SPACE,
} from '../src/segment/list.js';

/** segment/list.ts: is a line a separator-joined list, and of what items? */

/** n distinct Han items of `length` characters each (no separator characters inside). */
const HAN = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北金木水火土';
function hanItems(n: number, length: number): string[] {
  return Array.from({ length: n }, (_, i) => Array.from({ length }, (_, j) => HAN[(i * 7 + j) % HAN.length]!).join(''));
}

describe('explicit separators', () => {
  it.each([
    ['a | b | c', '|', ['a', 'b', 'c']],
    ['国产精品|一区二区|中文字幕', '|', ['国产精品', '一区二区', '中文字幕']],
    ['新闻｜体育｜财经', '|', ['新闻', '体育', '财经']],
    ['首页 > 新闻 > 正文', '>', ['首页', '新闻', '正文']],
    ['首页 » 新闻 » 正文', '>', ['首页', '新闻', '正文']],
    ['首页>>新闻>>正文', '>', ['首页', '新闻', '正文']],
    ['首页＞新闻＞正文', '>', ['首页', '新闻', '正文']],
    ['Home › News › Story', '>', ['Home', 'News', 'Story']],
    ['国产精品-一区二区-中文字幕-在线观看', '-', ['国产精品', '一区二区', '中文字幕', '在线观看']],
    ['国产精品_一区二区_中文字幕', '-', ['国产精品', '一区二区', '中文字幕']],
    ['久久精品——午夜福利——人妻', '-', ['久久精品', '午夜福利', '人妻']],
    ['彩神-pk10-快三', '-', ['彩神', 'pk10', '快三']],
    ['One item - two item - three item', '-', ['One item', 'two item', 'three item']],
    ['One – Two – Three', '-', ['One', 'Two', 'Three']],
  ])('%j → %s %j', (text, separator, items) => {
    expect(detectList(text)).toEqual({ separator, items });
  });

  it.each([
    ['|', (items: string[]) => items.join(' | ')],
    ['>', (items: string[]) => items.join(' > ')],
    ['-', (items: string[]) => items.join('-')],
    ['-', (items: string[]) => items.join(' - ')],
  ])(`"%s" lists need MIN_ITEMS_EXPLICIT (${MIN_ITEMS_EXPLICIT}) items`, (separator, join) => {
    const below = hanItems(MIN_ITEMS_EXPLICIT - 1, 4);
    const at = hanItems(MIN_ITEMS_EXPLICIT, 4);
    expect(detectList(join(below))).toBeUndefined();
    expect(detectList(join(at))).toEqual({ separator, items: at });
  });

  it(`a > list has items of at most MAX_MEAN_ITEM_CHARS_ARROW (${MAX_MEAN_ITEM_CHARS_ARROW}) characters on average`, () => {
    const at = hanItems(MIN_ITEMS_EXPLICIT, MAX_MEAN_ITEM_CHARS_ARROW);
    const above = hanItems(MIN_ITEMS_EXPLICIT, MAX_MEAN_ITEM_CHARS_ARROW + 1);
    expect(detectList(at.join(' > '))).toEqual({ separator: '>', items: at });
    expect(detectList(above.join(' > '))?.separator).not.toBe('>');
  });

  it('a dash list needs items of at least 2 characters on average', () => {
    expect(detectList('a - b - c')).toBeUndefined();
    expect(detectList('ab - cd - ef')).toEqual({ separator: '-', items: ['ab', 'cd', 'ef'] });
  });

  it.each([
    'state-of-the-art well-known',
    'A well-known and state-of-the-art plan, up-to-date and long-term',
    'e-mail x-ray t-shirt',
    'snake_case_name and another_one_here',
    '2024-06-05',
    '电话 010-12345678-123',
  ])('not a list: %j', (text) => {
    expect(detectList(text)).toBeUndefined();
  });

  it('bare > between words is not a breadcrumb (only spaced, doubled or full-width)', () => {
    expect(detectList('if a>b and b>c then a>c')).toBeUndefined();
  });
});

describe('comma lists', () => {
  it.each([
    ['苹果,香蕉,橘子,葡萄', ['苹果', '香蕉', '橘子', '葡萄']],
    ['苹果，香蕉，橘子，葡萄', ['苹果', '香蕉', '橘子', '葡萄']],
    ['苹果、香蕉、橘子、葡萄', ['苹果', '香蕉', '橘子', '葡萄']],
    ['apples, pears, plums, figs', ['apples', 'pears', 'plums', 'figs']],
  ])('%j → %j', (text, items) => {
    expect(detectList(text)).toEqual({ separator: ',', items });
  });

  it(`needs MIN_ITEMS_COMMA (${MIN_ITEMS_COMMA}) items`, () => {
    expect(detectList(hanItems(MIN_ITEMS_COMMA - 1, 4).join('，'))).toBeUndefined();
    expect(detectList(hanItems(MIN_ITEMS_COMMA, 4).join('，'))?.separator).toBe(',');
  });

  it(`items average at most MAX_MEAN_ITEM_CHARS_COMMA (${MAX_MEAN_ITEM_CHARS_COMMA}) characters`, () => {
    const at = hanItems(MIN_ITEMS_COMMA, MAX_MEAN_ITEM_CHARS_COMMA);
    const above = hanItems(MIN_ITEMS_COMMA, MAX_MEAN_ITEM_CHARS_COMMA + 1);
    expect(detectList(at.join('，'))).toEqual({ separator: ',', items: at });
    expect(detectList(above.join('，'))).toBeUndefined();
    // the mean decides, not the longest item
    const mixed = [...hanItems(MIN_ITEMS_COMMA - 1, MAX_MEAN_ITEM_CHARS_COMMA - 1), ...hanItems(1, MAX_MEAN_ITEM_CHARS_COMMA + MIN_ITEMS_COMMA - 1)];
    expect(detectList(mixed.join('，'))?.items).toEqual(mixed);
  });

  it.each([
    '今天天气很好，我们去公园，然后回家，晚上看书。',
    '苹果，香蕉，橘子，葡萄！',
    'We came, we saw, we left, we slept. Then more.',
  ])('a comma paragraph with sentence punctuation is not a list: %j', (text) => {
    expect(detectList(text)).toBeUndefined();
  });
});

describe('space lists (headlines run together)', () => {
  const HEADLINES = ['市政府发布夏季用电通知', '电力部门提前部署迎峰度夏', '全市新增储能设施十二座', '专家建议错峰使用电器', '供电公司组织抢修人员巡视'];

  it('related headlines run together with spaces', () => {
    expect(detectList(HEADLINES.join(' '))).toEqual({ separator: ' ', items: HEADLINES });
    expect(detectList(HEADLINES.join('\u3000'))).toEqual({ separator: ' ', items: HEADLINES });
  });

  it(`needs MIN_ITEMS_SPACE (${MIN_ITEMS_SPACE}) items`, () => {
    expect(detectList(hanItems(MIN_ITEMS_SPACE - 1, 10).join(' '))).toBeUndefined();
    expect(detectList(hanItems(MIN_ITEMS_SPACE, 10).join(' '))?.separator).toBe(' ');
  });

  it(`mean item length from MIN_MEAN_ITEM_CHARS_SPACE (${MIN_MEAN_ITEM_CHARS_SPACE}) to MAX_MEAN_ITEM_CHARS_SPACE (${MAX_MEAN_ITEM_CHARS_SPACE})`, () => {
    const n = MIN_ITEMS_SPACE;
    expect(detectList(hanItems(n, MIN_MEAN_ITEM_CHARS_SPACE - 1).join(' '))).toBeUndefined();
    expect(detectList(hanItems(n, MIN_MEAN_ITEM_CHARS_SPACE).join(' '))?.items).toHaveLength(n);
    expect(detectList(hanItems(n, MAX_MEAN_ITEM_CHARS_SPACE).join(' '))?.items).toHaveLength(n);
    expect(detectList(hanItems(n, MAX_MEAN_ITEM_CHARS_SPACE + 1).join(' '))).toBeUndefined();
  });

  it(`at most MAX_LATIN_SHARE_SPACE (${MAX_LATIN_SHARE_SPACE}) of the characters may be Latin`, () => {
    // 5 items of 10 characters: 54 characters with the spaces
    const items = (latin: number): string[] =>
      hanItems(MIN_ITEMS_SPACE, 10).map((item, i) => {
        const k = Math.min(4, Math.max(0, latin - 4 * i));
        return 'abcd'.slice(0, k) + item.slice(k);
      });
    const length = MIN_ITEMS_SPACE * 10 + MIN_ITEMS_SPACE - 1;
    const maxLatin = Math.floor(MAX_LATIN_SHARE_SPACE * length);
    expect(detectList(items(maxLatin).join(' '))?.separator).toBe(' ');
    expect(detectList(items(maxLatin + 1).join(' '))).toBeUndefined();
  });

  it(`allows MAX_FULL_STOPS_PER_ITEM_SPACE (${MAX_FULL_STOPS_PER_ITEM_SPACE}) 。 per item, not more`, () => {
    const n = Math.max(MIN_ITEMS_SPACE, Math.ceil(1 / MAX_FULL_STOPS_PER_ITEM_SPACE));
    const allowed = Math.floor(n * MAX_FULL_STOPS_PER_ITEM_SPACE);
    expect(allowed).toBeGreaterThanOrEqual(1);
    const withStops = (stops: number): string[] => hanItems(n, 10).map((item, i) => (i < stops ? `${item.slice(0, 9)}。` : item));
    expect(detectList(withStops(allowed).join(' '))?.items).toEqual(withStops(allowed));
    expect(detectList(withStops(allowed + 1).join(' '))).toBeUndefined();
  });

  it.each([
    'The quick brown fox jumps over the lazy dog every single morning before work.',
    'Officials said the new storage sites would open before the summer peak arrives.',
    '2024年 6月 5日 星期三 晴',
  ])('not a space list: %j', (text) => {
    expect(detectList(text)).toBeUndefined();
  });

  it('one phrase or an empty string is not a list', () => {
    expect(detectList('')).toBeUndefined();
    expect(detectList('市政府发布夏季用电通知')).toBeUndefined();
  });
});
