import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachUnit, occurrences, PARTIAL_COPY_MIN_CHARS, PARTIAL_COPY_MIN_SHARE, pageSupport, pageUnitCounts, partialCopyUnits, unitCounts } from '../src/inline/support.js';
import { MAX_REPEATS, pageContext, REPEATS_MAX_SCAN_CHARS, SUPPORT_MAX_SCAN_CHARS } from '../src/inline/candidates.js';
import { createVariantCounter } from '../src/tokenize/variant.js';

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

  it("numbers are no words of the page: a kit holding a digit is not supported by the page's other digits", () => {
    const kit = '色即是空1下载';
    const page = `波紋管的應力${kit}由壓力產生,第1種${kit}變形,第1節${kit}說明。`;
    expect(support(kit, page)).toBe(0);
    // a run of digits alone has no words to judge: it is not marked foreign
    expect(support('1', page)).toBe(1);
  });

  it('a copy cut short at the end of a line counts as a copy, not as support', () => {
    const kit = '性爱漫画无遮档_三级资源站';
    const page = `毛巾乾燥機${kit}的功能,${kit}殺菌,${kit}除濕\n烘乾${kit.slice(0, 7)}\n${kit.slice(7)}溫度恆定。`;
    expect(support(kit, page)).toBe(0);
  });

  it('a prefix the text goes on from is the page using the words', () => {
    const run = '东风日产官方旗舰店';
    const page = `${run}的车,${run}的价格;东风日产的新车和东风日产的售后,本店官方渠道`;
    expect(support(run, page)).toBeGreaterThan(0);
  });

  it.each([
    [`${'A'.repeat(PARTIAL_COPY_MIN_CHARS)}\n`, true],
    [`${'A'.repeat(PARTIAL_COPY_MIN_CHARS - 1)}\n`, false],
  ])('a cut-short copy has at least PARTIAL_COPY_MIN_CHARS characters: %j', (piece, counted) => {
    const run = 'AAAAAAAAAB';
    // the run's units: AAAAAAAAAB as one Latin word; the piece is a prefix of it ending a line
    expect(partialCopyUnits(run, `${run} ${piece}`).size > 0).toBe(counted);
  });

  it('a cut-short copy is at least PARTIAL_COPY_MIN_SHARE of the run', () => {
    const run = '一二三四五六七八九十甲乙丙丁';
    const least = Math.ceil(run.length * PARTIAL_COPY_MIN_SHARE);
    expect(partialCopyUnits(run, `${run}。${run.slice(0, least)}\n`).size).toBeGreaterThan(0);
    expect(partialCopyUnits(run, `${run}。${run.slice(0, least - 1)}\n`).size).toBe(0);
    expect(partialCopyUnits(run, `${run}。\n${run.slice(run.length - least)}`).size).toBeGreaterThan(0);
    expect(partialCopyUnits(run, `${run}。\n${run.slice(run.length - least + 1)}`).size).toBe(0);
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

describe('pageUnitCounts: the counts unitCounts gives, without a Map of strings', () => {
  const same = (text: string, probes: readonly string[] = []): void => {
    const expected = unitCounts(text);
    const table = pageUnitCounts(text);
    for (const [unit, count] of expected) expect(table.get(unit), unit).toBe(count);
    for (const probe of probes) expect(table.get(probe), probe).toBe(expected.get(probe));
  };

  it.each<[string, string, string[]]>([
    ['Latin words, repeated', 'casino bonus casino Casino', ['casino', 'Casino', 'casin', 'bonus ', '']],
    ['Han pairs and a lone Han character', '全身脱毛。脱毛 中 全身', ['全身', '脱毛', '中', '身脱毛', '毛。']],
    ['kana beside Latin', 'サロンabcサロン', ['サロ', 'ロン', 'abc', 'abcサ']],
    ['digits and separators only', '12-12|12', ['12', '-', '|']],
    ['the empty text', '', ['a', '']],
  ])('%s', (_name, text, probes) => same(text, probes));

  it('keeps every count when its table grows many times (more distinct units than its first slots)', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const text = `${words.join(' ')} ${words.slice(0, 100).join(' ')}`;
    same(text, ['w0', 'wzz', 'w', 'x0']);
    expect(pageUnitCounts(text).get('w0')).toBe(2);
    expect(pageUnitCounts(text).get(words[4999]!)).toBe(1);
  });

  it('agrees with unitCounts on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: fc.constantFrom('a', 'b', 'A', '1', ' ', '-', '中', '文', 'サ', '\n', 'é') }), fc.string({ maxLength: 4 }), (text, probe) => {
        same(text, [probe]);
        return true;
      }),
    );
  });
});

describe('the page context: support judged once per run, within a scan budget', () => {
  const counter = createVariantCounter(new Map());
  it('gives the support pageSupport gives, and the same again for the same run', () => {
    const texts = ['全身脱毛の料金は全身脱毛のサロンで', '脱毛の予約は無料です'];
    const page = pageContext(texts, counter);
    const expected = pageSupport('全身脱毛', page.normalizedText, unitCounts(page.normalizedText));
    expect(page.support('全身脱毛')).toBe(expected);
    expect(page.support('全身脱毛')).toBe(expected);
  });

  it(`calls a run the page's own (support 1) once the runs before it have scanned ${SUPPORT_MAX_SCAN_CHARS} characters of page text`, () => {
    const line = (i: number): string => `第${i}条：${String.fromCharCode(0x4e00 + i, 0x5e00 + i)}设计方案。`;
    const texts = Array.from({ length: 4_000 }, (_, i) => line(i));
    const page = pageContext(texts, counter);
    const runs = Math.floor(SUPPORT_MAX_SCAN_CHARS / page.normalizedText.length);
    const run = (i: number): string => `${String.fromCharCode(0x4e00 + i, 0x5e00 + i)}设计方案`;
    // within the budget a run whose first two characters occur nowhere else is not fully supported
    expect(page.support(run(0))).toBeLessThan(1);
    for (let i = 1; i < runs; i++) page.support(run(i));
    expect(page.support(run(runs))).toBe(1);
    // a run judged before the budget ran out keeps its support
    expect(page.support(run(0))).toBeLessThan(1);
  });
});

describe(`the page context: copies of runs counted within REPEATS_MAX_SCAN_CHARS (${REPEATS_MAX_SCAN_CHARS})`, () => {
  const counter = createVariantCounter(new Map());
  // 2,000 lines of Latin text (never in the gram index): "casino" in every line, "bonus" in two, each uNx once
  const texts = Array.from({ length: 2_000 }, (_, i) => `line u${i}x casino${i === 10 || i === 20 ? ' bonus' : ''}`);

  it.each<[string, string, number]>([
    ['a run in every line: MAX_REPEATS + 1 at most', 'casino', MAX_REPEATS + 1],
    ['a run found twice', 'bonus', 2],
    ['a run found once', 'u3x', 1],
  ])('within the budget: %s', (_name, run, copies) => {
    expect(pageContext(texts, counter).copiesOf(run)).toBe(copies);
  });

  it('past the budget every run counts as its own copy only', () => {
    const page = pageContext(texts, counter);
    const within = Math.floor(REPEATS_MAX_SCAN_CHARS / page.normalizedText.length);
    for (let i = 0; i < within - 1; i++) page.copiesOf(`u${i}x`);
    // the last run within the budget is still counted, the next is not
    expect(page.copiesOf('casino')).toBe(MAX_REPEATS + 1);
    expect(page.copiesOf('casino')).toBe(1);
  });
});
