import { beforeAll, describe, expect, it } from 'vitest';
import { pageContext } from '../src/inline/candidates.js';
import { pageTerms, TERM_PHRASE_MAX_COPIES, TERM_PHRASE_MAX_SUPPORT, TERM_PHRASE_MIN_OTHER_CHARS, TERM_PHRASE_MIN_SHARE, termPhrases } from '../src/inline/term-phrase.js';
import type { LexiconHit } from '../src/lexicon/matcher.js';
import type { Report, Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * spam.inline-term (src/inline/term-phrase.ts): a full-weight spam-lexicon term standing as a
 * phrase of its own between separators, whose words the page uses nowhere else, is cut whatever
 * the model says. Every text here was written for these tests.
 */

/** Ordinary sentences of a local news story (Simplified), none of them about a spam topic. */
const STORY = [
  '本市今年将新建三座社区公园，市民在家门口就能散步健身。',
  '园林部门介绍，公园将种植银杏、桂花和樱花等树木，并设置儿童游乐区。',
  '施工期间部分道路会临时封闭，请过往车辆注意绕行。',
  '周边居民表示，希望公园早日建成，也希望增加公共厕所和休息座椅。',
  '项目预计明年春天完工，届时将免费向市民开放。',
];

const NO_VARIANTS = (): { traditional: number; simplified: number; foreign: number } => ({ traditional: 0, simplified: 0, foreign: 0 });

/** A lexicon hit of `term` at its first occurrence at or after `from` in `text`. */
function hit(text: string, term: string, weight = 1, category = 'gambling', from = 0): LexiconHit {
  const start = text.indexOf(term, from);
  if (start < 0) throw new Error(`${term} not in the text`);
  return { category, label: 'spam', term, weight, start, end: start + term.length, marksPhrase: true };
}

/** The term phrases of one segment `text` on a page of that segment and `others`, the page's spam terms those of `hits` and `otherHits`. */
function phrasesOf(text: string, hits: LexiconHit[], others: string[] = [], otherHits: LexiconHit[] = []): string[] {
  const page = pageContext([text, ...others], NO_VARIANTS);
  const terms = pageTerms([{ lexiconHits: hits }, { lexiconHits: otherHits }]);
  return termPhrases(text, hits, page, terms).map((p) => text.slice(p.start, p.end));
}

describe('termPhrases: a spam term standing as a phrase of its own', () => {
  const story = STORY.join('');
  const spliced = (phrase: string): string => `${STORY[0]}${phrase}，${STORY.slice(1).join('')}`;

  it.each<[string, string, (text: string) => LexiconHit[], string[]]>([
    ['a bonus line between commas', spliced('注册送彩金'), (t) => [hit(t, '注册送'), hit(t, '彩金', 0.5)], ['注册送彩金']],
    ['a brand with the sign-up word, 4 of 6 characters its term', spliced('万达娱乐注册'), (t) => [hit(t, '娱乐注册')], ['万达娱乐注册']],
    ['a Latin brand glued to Han characters, digits counted', spliced('pk10葡萄'), (t) => [hit(t, 'pk10')], ['pk10葡萄']],
    ['the term inside a clause is a word of its sentence', `${STORY[0]}有人以注册送彩金为诱饵骗取钱财，${STORY[1]}`, (t) => [hit(t, '注册送'), hit(t, '彩金', 0.5)], []],
    [`the term covering half the stretch (under ${TERM_PHRASE_MIN_SHARE})`, spliced('万达集团娱乐注册'), (t) => [hit(t, '娱乐注册')], []],
    ['a term of less than full weight alone', spliced('彩金'), (t) => [hit(t, '彩金', 0.5)], []],
    ['a stretch without Han characters (Latin text puts every word between spaces)', spliced('pk10'), (t) => [hit(t, 'pk10')], []],
    ['no spam term', story, () => [], []],
  ])('%s', (_name, text, hits, expected) => {
    expect(phrasesOf(text, hits(text))).toEqual(expected);
  });

  it(`a phrase on the page up to TERM_PHRASE_MAX_COPIES (${TERM_PHRASE_MAX_COPIES}) times is cut, one more copy makes it the page's subject`, () => {
    const withCopies = (copies: number): string[] => {
      const text = spliced('注册送');
      return phrasesOf(text, [hit(text, '注册送')], Array.from({ length: copies - 1 }, () => `${STORY[2]}注册送，${STORY[3]}`));
    };
    expect(withCopies(TERM_PHRASE_MAX_COPIES)).toEqual(['注册送']);
    expect(withCopies(TERM_PHRASE_MAX_COPIES + 1)).toEqual([]);
  });

  it(`a phrase whose words the page uses elsewhere (support over ${TERM_PHRASE_MAX_SUPPORT}) is not cut`, () => {
    const text = spliced('万达娱乐注册');
    const hits = [hit(text, '娱乐注册')];
    // 万达, 达娱, 娱乐, 乐注, 注册: three of five units used again by the page's own text is 0.6
    expect(phrasesOf(text, hits, ['万达广场的娱乐中心开业，新会员注册享受折扣。'])).toEqual([]);
    // one of five (0.2) is the page's own word, the phrase still stands alone
    expect(phrasesOf(text, hits, ['会员注册请到服务台办理。'])).toEqual(['万达娱乐注册']);
  });

  it(`a segment with TERM_PHRASE_MIN_OTHER_CHARS (${TERM_PHRASE_MIN_OTHER_CHARS}) word characters besides the phrase is cut, one fewer is a keyword line judged whole`, () => {
    const line = (others: number): string => `${'天'.repeat(others)}，注册送`;
    const cut = (text: string): string[] => phrasesOf(text, [hit(text, '注册送')]);
    expect(cut(line(TERM_PHRASE_MIN_OTHER_CHARS))).toEqual(['注册送']);
    expect(cut(line(TERM_PHRASE_MIN_OTHER_CHARS - 1))).toEqual([]);
  });

  it('a page that uses another term of the same category speaks of the topic: nothing is cut', () => {
    const text = spliced('注册送');
    const other = `${STORY[2]}百家乐${STORY[3]}`;
    expect(phrasesOf(text, [hit(text, '注册送')], [other], [hit(other, '百家乐')])).toEqual([]);
    // a term of another category elsewhere says nothing of this one
    expect(phrasesOf(text, [hit(text, '注册送')], [other], [hit(other, '百家乐', 1, 'porn')])).toEqual(['注册送']);
  });
});

describe('spam.inline-term end to end', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const termCuts = (report: Report): string[] => report.segments.filter((s) => s.hits.some((h) => h.rule === 'spam.inline-term')).map((s) => s.text);

  it.each<[string, string]>([
    ['a Latin brand glued to Han characters, between commas', '，pk10葡萄，'],
    ['a casino brand with its sign-up word, between spaces', ' 万达娱乐注册 '],
    ['a porn genre label, between commas', '，成人漫画，'],
  ])('cut, and the page flagged: %s', (_name, spliced) => {
    const report = sifter.sift({ text: `社区公园将开工\n${STORY.slice(0, 2).join('')}${spliced}${STORY.slice(2).join('')}` });
    expect(termCuts(report)).toEqual([spliced.replace(/[， ]/gu, '')]);
    expect(report.verdict.spam).toBe(true);
    // the story around it stays whole
    expect(report.segments.filter((s) => s.label === 'body').map((s) => s.text).join('')).toContain('园林部门介绍');
  });

  it.each<[string, string]>([
    ['the term as a word of its sentence (an ordinary mention)', `${STORY.slice(0, 2).join('')}有不法网站以注册送彩金为诱饵吸引市民，请大家提高警惕。${STORY.slice(2).join('')}`],
    ['a page that reports (police, arrest, court, prosecution)', `${STORY[0]}警方近日破获一个网络赌博团伙，抓获犯罪嫌疑人五名，法院将依法判决。${STORY[1]}，注册送彩金，${STORY.slice(2).join('')}`],
    ['a page that speaks of the topic with other terms of its category', `${STORY.slice(0, 2).join('')}，注册送彩金，${STORY[2]}网上流行百家乐和时时彩。${STORY.slice(3).join('')}`],
    ['Japanese text, whose lists put words between spaces', '店舗のご案内 営業時間は午前十時から午後八時までです。 人妻 新作の入荷は毎週金曜日です。駐車場は店舗の裏にございます。お気軽にお越しください。'],
  ])('not cut: %s', (_name, text) => {
    expect(termCuts(sifter.sift({ text: `社区公园将开工\n${text}` }))).toEqual([]);
  });
});
