import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hanRuns, QUERY_FRAGMENT_MIN_CHARS, QUERY_MIN_FRAGMENTS, queryFragments, queryShare } from '../src/features/query-share.js';
import { shownHosts, siteOf } from '../src/features/result-sites.js';

/**
 * The two page measures of spam.scraped-results (the rule's own must-fire and must-not-fire cases
 * are in rules.test.ts): host names shown as text and their sites, and the share of a page's
 * entries that hold its query. Every text here was written for these tests.
 */

describe('shownHosts', () => {
  it.each([
    ['a host glued to a snippet\'s last Han character', '多位醫師主任www.lasik-demo.org.tw 下一筆', ['www.lasik-demo.org.tw']],
    ['a host right after a snippet\'s "..."', '洗碗機也能洗...kitchen-notes.org', ['kitchen-notes.org']],
    ['a host with a path (a display address)', '牛仔短褲shop-demo.com.tw/product.asp?page=2 下一筆', ['shop-demo.com.tw']],
    ['a host after a space, before Han text', '已回答 tw.answers-demo.com 請問', ['tw.answers-demo.com']],
  ])('counts %s', (_name, text, hosts) => {
    expect(shownHosts(text)).toEqual(hosts);
  });

  it.each([
    ['inside a link address', '請看 http://www.lasik-demo.org.tw/page 的說明'],
    ['an e-mail address', '來信 service@lasik-demo.org.tw 詢問'],
    ['a file name', '下載 setup.exe 或 index.html'],
    ['a host name inside a longer word', 'version2.0.com1'],
  ])('does not count a host %s', (_name, text) => {
    expect(shownHosts(text)).toEqual([]);
  });
});

describe('siteOf', () => {
  it.each([
    ['tw.knowledge.answers-demo.com', 'answers-demo.com'],
    ['www.lasik-demo.org.tw', 'lasik-demo.org.tw'],
    ['shop.zhuzi-life.com.tw', 'zhuzi-life.com.tw'],
    ['kitchen-notes.org', 'kitchen-notes.org'],
    ['blog.demo.tw', 'demo.tw'],
  ])('%s belongs to %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });
});

describe('queryShare', () => {
  /** Entries that share no run of three Han characters with one another. */
  const OTHERS = ['天氣很好出門散步', '晚餐煮了番茄湯麵', '週末整理房間衣櫃', '火車誤點半個小時', '新買的雨傘壞掉了'];
  /** n entries (n ≤ 5), the query 竹筷子 in the first `withQuery` of them, cut by " - ". */
  const entries = (n: number, withQuery: number): string =>
    OTHERS.slice(0, n).map((other, i) => (i < withQuery ? `竹筷子的使用心得${i}` : other)).join(' - ');

  it('is the share of the entries holding the most widespread run of three Han characters', () => {
    expect(queryShare([entries(5, 2)])).toBeCloseTo(2 / 5);
    expect(queryShare([entries(5, 5)])).toBe(1);
  });

  it(`is 0 below ${QUERY_MIN_FRAGMENTS} entries, counted from ${QUERY_MIN_FRAGMENTS}`, () => {
    expect(queryShare([entries(QUERY_MIN_FRAGMENTS - 1, QUERY_MIN_FRAGMENTS - 1)])).toBe(0);
    expect(queryShare([entries(QUERY_MIN_FRAGMENTS, QUERY_MIN_FRAGMENTS)])).toBe(1);
  });

  it('cuts entries at snippet ellipses, site-name dashes, host names, " 。" and segment ends', () => {
    const text = '竹筷子的清洗方法整理...竹筷子的保存方法整理…竹筷子的選購方法整理 - 竹筷子的歷史由來整理www.demo-site.com竹筷子的製作過程整理 。竹筷子的常見問題整理';
    expect(queryFragments([text, '竹筷子的環保議題整理'])).toHaveLength(7);
  });

  it(`drops a leftover shorter than ${QUERY_FRAGMENT_MIN_CHARS} characters`, () => {
    expect(queryFragments(['竹筷子的清洗方法整理 - 生活誌 - 竹筷子的保存方法整理'])).toEqual(['竹筷子的清洗方法整理', '竹筷子的保存方法整理']);
  });

  it('counts a query once per entry however often it stands in it', () => {
    expect(queryShare(['竹筷子竹筷子竹筷子心得 - 天氣很好出門散步 - 晚餐煮了番茄湯麵 - 週末整理房間衣櫃'])).toBeCloseTo(1 / 4);
  });

  it('reads Han text only: a Latin results page has share 0', () => {
    expect(queryShare(['bamboo chopsticks care - bamboo chopsticks history - bamboo chopsticks shop - bamboo chopsticks sets'])).toBe(0);
  });
});

describe('hanRuns: the runs of three Han characters of a fragment', () => {
  /** The runs as the fragment's code points give them (what hanRuns read before session 27). */
  const byCodePoints = (fragment: string): Set<string> => {
    const runs = new Set<string>();
    const chars = [...fragment];
    let inRow = 0;
    for (let i = 0; i < chars.length; i++) {
      inRow = /\p{Script=Han}/u.test(chars[i]!) ? inRow + 1 : 0;
      if (inRow >= 3) runs.add(chars.slice(i - 2, i + 1).join(''));
    }
    return runs;
  };

  it.each<[string, string[]]>([
    ['英語夏令營', ['英語夏', '語夏令', '夏令營']],
    ['夏令 營', []],
    ['ab夏令營cd夏令營', ['夏令營']],
    ['𠀀𠀁夏', ['𠀀𠀁夏']],
    ['夏\ud800令營', []],
    ['〇一二', ['〇一二']],
  ])('%s', (fragment, runs) => {
    expect([...hanRuns(fragment)]).toEqual(runs);
    expect([...byCodePoints(fragment)]).toEqual(runs);
  });

  it('gives the code points\' runs on random fragments (astral Han, lone surrogates, kana, Latin)', () => {
    const piece = fc.constantFrom('夏', '令', '營', '𠀀', '𪚥', '\ud800', '\udc00', 'か', 'a', ' ', '〇');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const fragment = pieces.join('');
        expect([...hanRuns(fragment)]).toEqual([...byCodePoints(fragment)]);
      }),
      { numRuns: 1000 },
    );
  });
});
