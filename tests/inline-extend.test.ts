import { beforeAll, describe, expect, it } from 'vitest';
import { EXTEND_MAX_CHARS, EXTEND_MIN_CHARS, EXTEND_MIN_COPIES, sharedContext } from '../src/inline/extend.js';
import type { Report, Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/** A cut grows by the text every copy of it on the page shares (src/inline/extend.ts). */

describe('sharedContext: how far a cut grows', () => {
  const KIT = 'AB,CD';
  // each row: the page text, the cut's text, the growth expected before and after it
  const rows: [string, string, string, { before: number; after: number }][] = [
    ['three copies in different sentences share the kit string (and a space) before the cut', 'xx pq AB,CD rs yy\nzz qq AB,CD uu ww\nvv mm AB,CD tt', 'CD', { before: 4, after: 0 }],
    ['one side shared by one character (under EXTEND_MIN_CHARS), the other by two', 'one xyAB,CDzw two\nthree kxAB,CDzq four', 'B,C', { before: 0, after: 2 }],
    ['one copy: nothing to compare', `lorem ${KIT} ipsum`, 'CD', { before: 0, after: 0 }],
    ['copies sharing one character on each side do not grow', 'ab,CD q\ncd,CD r', 'CD', { before: 0, after: 0 }],
    ['copies sharing exactly EXTEND_MIN_CHARS characters grow by them', 'abX,CD q\ncdX,CD r', 'CD', { before: EXTEND_MIN_CHARS, after: 0 }],
    ['a line break stops the growth (the page text joins its segments with one)', 'qq\nCD and\nqq\nCD or', 'CD', { before: 0, after: 0 }],
  ];
  it.each(rows)('%s', (_name, page, run, expected) => {
    expect(sharedContext(page, run)).toEqual(expected);
  });

  it(`copies that share EXTEND_MAX_CHARS (${EXTEND_MAX_CHARS}) characters on a side are a repeated passage: no growth at all`, () => {
    const passage = 'p'.repeat(EXTEND_MAX_CHARS);
    const shorter = 'p'.repeat(EXTEND_MAX_CHARS - 1);
    expect(sharedContext(`a${passage}CDx b\nc${passage}CDy d`, 'CD')).toEqual({ before: 0, after: 0 });
    expect(sharedContext(`a${shorter}CDx b\nc${shorter}CDy d`, 'CD')).toEqual({ before: EXTEND_MAX_CHARS - 1, after: 0 });
  });

  it(`needs EXTEND_MIN_COPIES (${EXTEND_MIN_COPIES}) copies`, () => {
    expect(EXTEND_MIN_COPIES).toBe(2);
    expect(sharedContext('one KITCD here', 'CD')).toEqual({ before: 0, after: 0 });
    expect(sharedContext('one KITCD here\ntwo KITCD there', 'CD')).toEqual({ before: 4, after: 0 });
  });
});

/** A Traditional-Chinese page about a bearing factory, in sentences; written for this test. */
const SENTENCES = [
  '本廠位於台中市工業區，專業生產各式精密滾珠軸承與滾針軸承，',
  '產品廣泛應用於工具機以及汽車零件、農業機械和風力發電設備。',
  '廠內擁有完整的熱處理與研磨生產線，每一批軸承出廠前都會經過',
  '噪音、振動與尺寸的嚴格檢驗，確保客戶收到的每一顆軸承都符合國際標準。',
  '歡迎來電洽詢樣品與報價，工程師會在兩個工作天內回覆您的需求，也歡迎預約參觀工廠。',
] as const;
/**
 * A kit string written for this test: a Latin prefix, then Simplified search phrases. Spliced three
 * times, the fitted model's run takes the Latin prefix into the first cut only (the shipped model,
 * measured when this test was written); the copies share it, so every cut grows to hold it.
 */
const PREFIX = 'abcd';
const CORE = '打不开,动漫h站,iphone壁纸下载';
const inline = (report: Report): string[] => report.segments.filter((s) => s.source.kind === 'inline').map((s) => s.text);
/** The page as a crawl's text of it: a title line, then the sentences in one line with the kit string after the first three. */
const spliced = (kit: (i: number) => string): string => `精密軸承製造廠\n${SENTENCES.map((s, i) => (i < 3 ? `${s}${kit(i)}` : s)).join('')}`;

describe('a kit string spliced several times, end to end', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('is cut whole in every copy, since the copies share the prefix', () => {
    const report = sifter.sift({ text: spliced(() => `${PREFIX}${CORE}`) });
    expect(inline(report)).toEqual(Array(3).fill(`${PREFIX}${CORE}`));
    expect(report.verdict.spam).toBe(true);
    // the page's sentences stay in their own label
    const rest = report.segments.filter((s) => s.source.kind !== 'inline').map((s) => s.text).join('');
    for (const s of SENTENCES) expect(rest).toContain(s.slice(0, 10));
  });

  it('the cut does not grow into words the copies do not share', () => {
    const prefixes = ['abcd', 'wxyz', 'mnop'];
    const report = sifter.sift({ text: spliced((i) => `${prefixes[i]}${CORE}`) });
    expect(inline(report)).toEqual(Array(3).fill(CORE));
  });

  it('the verdict counts the phrases the evidence found (two here: with and without the prefix), not the grown cuts (one text)', () => {
    const report = sifter.sift({ text: spliced(() => `${PREFIX}${CORE}`) });
    const pieces = report.segments.filter((s) => s.source.kind === 'inline');
    expect(new Set(pieces.map((s) => s.text)).size).toBe(1);
    expect(pieces.every((s) => s.scores.spam === pieces[0]!.scores.spam)).toBe(true);
    expect(report.verdict.score).toBe(2 * pieces[0]!.scores.spam);
  });
});
