import { describe, expect, it } from 'vitest';
import { HEADLINE_MIN_WEIGHT, headlineCandidates, isHeadline, MAX_REPEATED_CANDIDATES, type PlainLine, REPEATED_LINE_MAX_CHARS, REPEATED_LINE_MIN_WEIGHT, repeatedLines } from '../src/features/headline.js';
import { HAN_CHAR_WEIGHT } from '../src/features/text.js';

describe('repeatedLines', () => {
  const plain = (text: string, boilerplateCue = false): PlainLine => ({ text, boilerplateCue });
  const twice = (line: string): PlainLine[] => [plain(line), plain('other text'), plain(line)];
  const han = (n: number): string => '特斯拉失宠媒体曝其芯片被优先分配给公司'.slice(0, n);
  const hanAtMin = REPEATED_LINE_MIN_WEIGHT / HAN_CHAR_WEIGHT;

  it.each([
    [`${hanAtMin} Han characters (at REPEATED_LINE_MIN_WEIGHT)`, han(hanAtMin), true],
    [`${hanAtMin - 1} Han characters (below)`, han(hanAtMin - 1), false],
    [`${REPEATED_LINE_MIN_WEIGHT} Latin characters (at)`, 'a'.repeat(REPEATED_LINE_MIN_WEIGHT), true],
    [`${REPEATED_LINE_MIN_WEIGHT - 1} Latin characters (below)`, 'a'.repeat(REPEATED_LINE_MIN_WEIGHT - 1), false],
    ['a two-word reply line repeated in comments', 'to leighsowrd，', false],
    ['"advertisement" repeated between paragraphs', 'advertisement', false],
    [`${REPEATED_LINE_MAX_CHARS + 1} characters (a paragraph)`, 'a'.repeat(REPEATED_LINE_MAX_CHARS + 1), false],
  ])('%s → candidate: %s', (_name, line, expected) => {
    expect(repeatedLines(twice(line)).length === 1).toBe(expected);
  });

  it('a line seen once is no candidate', () => {
    expect(repeatedLines([plain(han(10)), plain(han(12))])).toEqual([]);
  });

  it.each([
    ['both under a navigation cue (a footer printed for desktop and mobile)', true, true, false],
    ['one outside navigation cues (an h1 and a footer crumb)', true, false, true],
    ['neither under a navigation cue', false, false, true],
  ])('a line twice, %s → candidate: %s', (_name, firstNav, secondNav, expected) => {
    const line = '主办单位：内蒙古自治区人民政府办公厅';
    expect(repeatedLines([plain(line, firstNav), plain(line, secondNav)]).length === 1).toBe(expected);
  });

  it(`more than MAX_REPEATED_CANDIDATES repeated lines are a template: none is taken`, () => {
    const lines = Array.from({ length: MAX_REPEATED_CANDIDATES + 1 }, (_, i) => plain(`${'headline number '.repeat(2)}${i}`));
    expect(repeatedLines([...lines, ...lines])).toEqual([]);
    expect(repeatedLines([...lines.slice(1), ...lines.slice(1)])).toHaveLength(MAX_REPEATED_CANDIDATES);
  });
});

describe('isHeadline', () => {
  it('matches the title before its site name, not the site name alone', () => {
    const candidates = headlineCandidates('why my sourdough starter stopped rising - the crumb notebook', []);
    expect(isHeadline('why my sourdough starter stopped rising', candidates)).toBe(true);
    expect(isHeadline('posted in bread', candidates)).toBe(false);
  });
});

describe('HEADLINE_MIN_WEIGHT', () => {
  it.each([
    ['a section name that prefixes the title ("Sports")', 'sports', false],
    [`${HEADLINE_MIN_WEIGHT} letters of the title (at)`, 'sportsnewscitywinstheregionalfinal'.slice(0, HEADLINE_MIN_WEIGHT), true],
    [`${HEADLINE_MIN_WEIGHT - 1} letters (below)`, 'sportsnewscitywinstheregionalfinal'.slice(0, HEADLINE_MIN_WEIGHT - 1), false],
  ])('%s → headline: %s', (_name, text, expected) => {
    expect(isHeadline(text, headlineCandidates('sportsnewscitywinstheregionalfinal - the courier', []))).toBe(expected);
  });

  it('6 Han characters of a Chinese title are enough, 5 are not', () => {
    const zh = headlineCandidates('特斯拉失宠媒体曝其芯片被优先分配_汽车网', []);
    expect(isHeadline('特斯拉失宠媒', zh)).toBe(true);
    expect(isHeadline('特斯拉失宠', zh)).toBe(false);
  });
});
