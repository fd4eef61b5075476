import { beforeAll, describe, expect, it } from 'vitest';
import { pageContext } from '../src/inline/candidates.js';
import { GLUED_TERM_SCORE } from '../src/inline/evidence.js';
import { gluedTerms } from '../src/inline/glued-term.js';
import { pageTerms, TERM_PHRASE_MAX_COPIES, TERM_PHRASE_MAX_SUPPORT, TERM_PHRASE_MIN_OTHER_CHARS } from '../src/inline/term-phrase.js';
import type { LexiconHit } from '../src/lexicon/matcher.js';
import type { Report, Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * spam.inline-glued (src/inline/glued-term.ts): a full-weight gambling-lexicon term glued to the
 * front of a sentence fragment, whose words the page uses nowhere else, is cut whatever the model
 * says. Every text here was written for these tests.
 */

/** Ordinary sentences of unrelated short news items (Simplified), none of them about a spam topic. */
const NEWS = [
  '本市今年将新建三座社区公园，市民在家门口就能散步健身。',
  '气象台预计明天有小到中雨，早晚气温偏低。',
  '图书馆周末延长开放时间，读者可在网上预约座位。',
  '新开通的公交线路连接火车站和大学城，全程约四十分钟。',
  '农业专家建议果农及时修剪枝条，防止病虫害蔓延。',
];

const NO_VARIANTS = (): { traditional: number; simplified: number; foreign: number } => ({ traditional: 0, simplified: 0, foreign: 0 });

/** A lexicon hit of `term` at its first occurrence in `text`. */
function hit(text: string, term: string, weight = 1, category = 'gambling'): LexiconHit {
  const start = text.indexOf(term);
  if (start < 0) throw new Error(`${term} not in the text`);
  return { category, label: 'spam', term, weight, start, end: start + term.length, marksPhrase: true };
}

/** The glued terms of one segment `text` on a page of that segment and `others`, the page's spam terms those of `hits` and `otherHits`. */
function gluedOf(text: string, hits: LexiconHit[], others: string[] = [], otherHits: LexiconHit[] = []): string[] {
  const page = pageContext([text, ...others], NO_VARIANTS);
  const terms = pageTerms([{ lexiconHits: hits }, { lexiconHits: otherHits }]);
  return gluedTerms(text, hits, page, terms).map((c) => text.slice(c.start, c.end));
}

describe('gluedTerms: a gambling term glued to the front of a fragment', () => {
  /** NEWS with `glued` put right before the second sentence, no separator after it. */
  const gluedBefore = (glued: string): string => `${NEWS[0]}${glued}${NEWS.slice(1).join('')}`;

  it.each<[string, string, (text: string) => LexiconHit[], string[]]>([
    ['a lottery term glued to the front of a sentence', gluedBefore('时时彩'), (t) => [hit(t, '时时彩')], ['时时彩']],
    ['at the very start of the segment', `时时彩${NEWS.join('')}`, (t) => [hit(t, '时时彩')], ['时时彩']],
    ['after a space', `${NEWS[0]} 香港挂牌${NEWS.slice(1).join('')}`, (t) => [hit(t, '香港挂牌')], ['香港挂牌']],
    ['a Han and Latin brand glued to a sentence', gluedBefore('万博app'), (t) => [hit(t, '万博app')], ['万博app']],
    ['the term inside a clause is a word of its sentence', `${NEWS[0]}有人沉迷时时彩而欠下债务，${NEWS[1]}`, (t) => [hit(t, '时时彩')], []],
    ['the term ending its clause is a word of its sentence', `${NEWS[0]}赌场的大厅里摆满了百家乐。${NEWS[1]}${NEWS[2]}`, (t) => [hit(t, '百家乐')], []],
    ['the term alone between separators (the term phrase judges it)', `${NEWS[0]}时时彩，${NEWS.slice(1).join('')}`, (t) => [hit(t, '时时彩')], []],
    ['a full-weight term of another category (porn)', gluedBefore('人妻'), (t) => [hit(t, '人妻', 1, 'porn')], []],
    ['a gambling term of less than full weight', gluedBefore('六合彩'), (t) => [hit(t, '六合彩', 0.5)], []],
    ['a term without Han characters', gluedBefore('pk10'), (t) => [hit(t, 'pk10')], []],
    ['no spam term', NEWS.join(''), () => [], []],
  ])('%s', (_name, text, hits, expected) => {
    expect(gluedOf(text, hits(text))).toEqual(expected);
  });

  it(`a term on the page up to TERM_PHRASE_MAX_COPIES (${TERM_PHRASE_MAX_COPIES}) times is cut, one more copy makes it the page's subject`, () => {
    const withCopies = (copies: number): string[] => {
      const text = gluedBefore('时时彩');
      return gluedOf(text, [hit(text, '时时彩')], Array.from({ length: copies - 1 }, () => `${NEWS[2]}时时彩${NEWS[3]}`));
    };
    expect(withCopies(TERM_PHRASE_MAX_COPIES)).toEqual(['时时彩']);
    expect(withCopies(TERM_PHRASE_MAX_COPIES + 1)).toEqual([]);
  });

  it(`a term whose words the page uses elsewhere (support over ${TERM_PHRASE_MAX_SUPPORT}) is not cut`, () => {
    const text = gluedBefore('香港挂牌');
    const hits = [hit(text, '香港挂牌')];
    // 香港, 港挂, 挂牌: two of three units used again by the page's own text is 0.67
    expect(gluedOf(text, hits, ['香港的港口和挂牌上市的公司都很多。'])).toEqual([]);
    // one of three (0.33) is the page's own word: the term is still foreign to the page
    expect(gluedOf(text, hits, ['香港今天天气晴朗。'])).toEqual(['香港挂牌']);
  });

  it(`a segment with TERM_PHRASE_MIN_OTHER_CHARS (${TERM_PHRASE_MIN_OTHER_CHARS}) word characters besides the term is cut, one fewer is judged whole`, () => {
    const line = (others: number): string => `时时彩${'天'.repeat(others)}`;
    const cut = (text: string): string[] => gluedOf(text, [hit(text, '时时彩')]);
    expect(cut(line(TERM_PHRASE_MIN_OTHER_CHARS))).toEqual(['时时彩']);
    expect(cut(line(TERM_PHRASE_MIN_OTHER_CHARS - 1))).toEqual([]);
  });

  it('a page that uses another term of the same category speaks of the topic: nothing is cut', () => {
    const text = gluedBefore('时时彩');
    const other = `${NEWS[2]}百家乐${NEWS[3]}`;
    expect(gluedOf(text, [hit(text, '时时彩')], [other], [hit(other, '百家乐')])).toEqual([]);
    // a term of another category elsewhere says nothing of this one
    expect(gluedOf(text, [hit(text, '时时彩')], [other], [hit(other, '百家乐', 1, 'porn')])).toEqual(['时时彩']);
  });
});

describe('spam.inline-glued end to end', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const gluedCuts = (report: Report): string[] => report.segments.filter((s) => s.hits.some((h) => h.rule === 'spam.inline-glued')).map((s) => s.text);

  it.each<[string, string]>([
    ['a betting-app brand glued to a scraped sentence', '万博app'],
    ['a Mark Six keyword glued to a scraped sentence', '香港挂牌'],
  ])('cut, and the page flagged: %s', (_name, term) => {
    const report = sifter.sift({ text: `城市生活简讯\n${NEWS.slice(0, 2).join('')}${term}${NEWS.slice(2).join('')}` });
    expect(gluedCuts(report)).toEqual([term]);
    expect(report.segments.find((s) => s.text === term)!.scores.spam).toBe(GLUED_TERM_SCORE);
    expect(report.verdict.spam).toBe(true);
    // the sentences around it stay whole
    expect(report.segments.filter((s) => s.label === 'body').map((s) => s.text).join('')).toContain('图书馆周末延长开放时间');
  });

  it.each<[string, string]>([
    ['the term as a word of its sentence (an ordinary mention)', `${NEWS.slice(0, 2).join('')}有人沉迷时时彩而欠下债务，家人报警求助。${NEWS.slice(2).join('')}`],
    ['a page that reports (police, arrest, court, prosecution)', `${NEWS[0]}警方近日破获一个网络赌博团伙，抓获犯罪嫌疑人五名，法院将依法判决。时时彩${NEWS.slice(1).join('')}`],
    ['a page that speaks of the topic with other terms of its category', `${NEWS.slice(0, 2).join('')}时时彩${NEWS[2]}网上流行百家乐。${NEWS.slice(3).join('')}`],
  ])('not cut: %s', (_name, text) => {
    expect(gluedCuts(sifter.sift({ text: `城市生活简讯\n${text}` }))).toEqual([]);
  });
});
