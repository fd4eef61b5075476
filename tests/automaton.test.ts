import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, type AutomatonMatch } from '../src/lexicon/automaton.js';
import { createLexiconMatcher, type LexiconHit } from '../src/lexicon/matcher.js';
import { parseLexicon } from '../src/lexicon/parse.js';
import { createNormalizer } from '../src/tokenize/normalize.js';
import { tokenize } from '../src/tokenize/tokenize.js';
import { loadTraditionalToSimplified } from '../src/tokenize/traditional.js';

/** lexicon/automaton.ts (Aho-Corasick over UTF-16 units) and lexicon/matcher.ts (boundaries, allow-lists). */

function scanAll(patterns: readonly string[], text: string): AutomatonMatch[] {
  const out: AutomatonMatch[] = [];
  buildAutomaton(patterns).scan(text, (m) => out.push(m));
  return out;
}

function naive(patterns: readonly string[], text: string): AutomatonMatch[] {
  const out: AutomatonMatch[] = [];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) out.push({ pattern: index, start: at, end: at + pattern.length });
  });
  return out;
}

const byPosition = (a: AutomatonMatch, b: AutomatonMatch): number => a.start - b.start || a.end - b.end || a.pattern - b.pattern;
const sorted = (matches: AutomatonMatch[]): AutomatonMatch[] => [...matches].sort(byPosition);

// A small alphabet so patterns overlap often: ASCII, CJK, a surrogate pair, a lone surrogate.
const SYMBOLS = ['a', 'b', 'h', 'e', '中', '国', '𠀀', '𠀁', '\uD800', '\uDC00'];
const word = (maxLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...SYMBOLS), { maxLength }).map((s) => s.join(''));

describe('buildAutomaton', () => {
  it('finds exactly the matches of a naive indexOf search (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(word(5), { maxLength: 12 }), word(60), (patterns, text) => {
        expect(sorted(scanAll(patterns, text))).toEqual(sorted(naive(patterns, text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds patterns that are suffixes of partial matches of longer ones (fast-check, 2-letter alphabet)', () => {
    const ab = (maxLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom('a', 'b'), { minLength: 1, maxLength }).map((s) => s.join(''));
    fc.assert(
      fc.property(fc.array(ab(6), { minLength: 1, maxLength: 8 }), ab(80), (patterns, text) => {
        expect(sorted(scanAll(patterns, text))).toEqual(sorted(naive(patterns, text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('reports matches in order of end offset', () => {
    fc.assert(
      fc.property(fc.array(word(4), { maxLength: 8 }), word(40), (patterns, text) => {
        const ends = scanAll(patterns, text).map((m) => m.end);
        expect(ends).toEqual([...ends].sort((x, y) => x - y));
      }),
    );
  });

  it('overlapping patterns: he, she, his, hers in "ushers"', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    expect(sorted(scanAll(patterns, 'ushers'))).toEqual([
      { pattern: 1, start: 1, end: 4 },
      { pattern: 0, start: 2, end: 4 },
      { pattern: 3, start: 2, end: 6 },
    ]);
    expect(scanAll(patterns, 'ahishers').map((m) => patterns[m.pattern])).toEqual(['his', 'she', 'he', 'hers']);
  });

  it('a keyword ending inside a longer partial match is found (the mint-filter miss)', () => {
    expect(scanAll(['一区二区三', '区二'], '一区二区二').map((m) => [m.pattern, m.start, m.end])).toEqual([
      [1, 1, 3],
      [1, 3, 5],
    ]);
  });

  it('ignores the empty pattern and keeps indices of the others', () => {
    expect(scanAll(['', 'ab', ''], 'xabab')).toEqual([
      { pattern: 1, start: 1, end: 3 },
      { pattern: 1, start: 3, end: 5 },
    ]);
    expect(scanAll([''], 'abc')).toEqual([]);
    expect(scanAll([], 'abc')).toEqual([]);
  });

  it('reports duplicate patterns once per index', () => {
    expect(sorted(scanAll(['中国', '中国'], '中国'))).toEqual([
      { pattern: 0, start: 0, end: 2 },
      { pattern: 1, start: 0, end: 2 },
    ]);
  });

  it('offsets are UTF-16 units across astral characters', () => {
    expect(scanAll(['国产'], '𠀀𠀀国产')).toEqual([{ pattern: 0, start: 4, end: 6 }]);
    expect(scanAll(['𠀁'], '中𠀀𠀁')).toEqual([{ pattern: 0, start: 3, end: 5 }]);
  });

  it('is linear on a long repetitive text', () => {
    const text = 'a'.repeat(200_000);
    let n = 0;
    buildAutomaton(['aaaa', 'aaab', 'b']).scan(text, () => n++);
    expect(n).toBe(200_000 - 3);
  });
});

describe('createLexiconMatcher', () => {
  const normalize = createNormalizer(loadTraditionalToSimplified());
  const lexicon = (category: string, label: string, lines: string[]) =>
    parseLexicon(`# description: test lexicon\n# label: ${label}\n${lines.join('\n')}\n`, `test/${category}.txt`, 'zh', category);
  const matcher = createLexiconMatcher(
    [
      lexicon('porn', 'spam', ['色色 !形形色色', '一区二区 *2', '国产精品']),
      lexicon('gambling', 'spam', ['pk10', 'casino', '快三 !加快三 @token', '大发 @token', 'bet @none', 'slot @word', 'roulette @token']),
      lexicon('nav', 'navigation', ['首页', 'Home', 'Вход', 'главная страница', 'الرئيسية', 'café']),
    ],
    normalize,
  );
  const hits = (text: string): Pick<LexiconHit, 'term' | 'start' | 'end'>[] => {
    const normalized = normalize(text);
    return matcher.match(normalized, tokenize(normalized).boundary).map(({ term, start, end }) => ({ term, start, end }));
  };
  const terms = (text: string): string[] => hits(text).map((h) => h.term);

  it('knows its categories with their labels, in load order', () => {
    expect([...matcher.categories]).toEqual([
      ['porn', 'spam'],
      ['gambling', 'spam'],
      ['nav', 'navigation'],
    ]);
    expect(matcher.terms).toContain('home');
  });

  it.each([
    ['形形色色的人', []],
    ['色色网站', ['色色']],
    ['形形色色，色色', ['色色']],
    ['加快三峡建设', []],
  ])('allow-lists: %j → %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it.each([
    ['apk100 download', []],
    ['pk10 开奖', ['pk10']],
    ['北京pk10开奖', ['pk10']],
    ['pk10_x', []],
    ['xpk10', []],
    ['PK10!', ['pk10']],
    ['ｐｋ１０', ['pk10']],
    ['casinos', []],
    ['the casino.', ['casino']],
    ['betting', ['bet']], // @none: substring hits
    ['slots', []],
    ['a slot machine', ['slot']],
    ['Home | 首页', ['home', '首页']],
  ])('auto and @word boundaries vs Latin neighbours: %j → %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it.each([
    ['Вход | Регистрация', ['вход']],
    ['ВХОД', ['вход']],
    ['Он входит в комнату.', []],
    ['Перевход', []],
    ['Вход2', []],
    ['Вход_', []],
    ['На главная страница сайта', ['главная страница']],
    ['главная страницами', []],
    ['الرئيسية | اتصل بنا', ['الرئيسية']],
    ['والرئيسية', []],
    ['الرئيسيةُ', []],
    ['Home·Вход', ['home', 'вход']],
    ['Homeвход', []],
    ['cafe\u0301 home', ['home']],
    ['home\u0301', []],
    ['Café', ['café']],
    ['Cafés', []],
  ])('auto boundaries vs Cyrillic and Arabic letters and combining marks: %j → %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('@token terms hit only on tokenizer boundaries', () => {
    expect(terms('经济取得巨大发展')).toEqual([]);
    expect(terms('大发快三开奖')).toEqual(['大发', '快三']);
  });

  it('@token terms hit Latin text on word boundaries', () => {
    expect(terms('Online Roulette tonight')).toEqual(['roulette']);
    expect(terms('roulettes and xroulette')).toEqual([]);
  });

  it('@token with an explicit boundary array', () => {
    const text = normalize('xx大发yy');
    const none = new Uint8Array(text.length + 1);
    const edges = new Uint8Array(text.length + 1);
    edges[2] = 1;
    edges[4] = 1;
    expect(matcher.match(text, none).map((h) => h.term)).toEqual([]);
    expect(matcher.match(text, edges).map((h) => h.term)).toEqual(['大发']);
  });

  it('hits carry category, label, weight, offsets and whether they mark a phrase into the text', () => {
    const normalized = normalize('最新國產精品一区二区');
    expect(matcher.match(normalized, tokenize(normalized).boundary)).toEqual([
      { category: 'porn', label: 'spam', term: '国产精品', weight: 1, start: 2, end: 6, marksPhrase: true },
      { category: 'porn', label: 'spam', term: '一区二区', weight: 2, start: 6, end: 10, marksPhrase: true },
    ]);
  });

  it('rejects a category with two labels', () => {
    expect(() => createLexiconMatcher([lexicon('dup', 'spam', ['甲']), lexicon('dup', 'body', ['乙'])], normalize)).toThrow(/category "dup" has two labels/);
  });
});
