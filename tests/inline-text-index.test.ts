import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { occurrences } from '../src/inline/support.js';
import { INDEX_AFTER_SCANNED_PAGES, pageTextIndex } from '../src/inline/text-index.js';
import { pageContext, type Candidate } from '../src/inline/candidates.js';
import { sharedContext } from '../src/inline/extend.js';
import { gluedTerms } from '../src/inline/glued-term.js';
import { pageTerms, termPhrases } from '../src/inline/term-phrase.js';
import type { LexiconHit } from '../src/lexicon/matcher.js';

/**
 * pageTextIndex (src/inline/text-index.ts): the copies of a phrase in a page's text, read off an
 * index of the page's bigrams once the page has been scanned INDEX_AFTER_SCANNED_PAGES times. Its
 * answers must be the scan's, exactly (the inline stage's cuts depend on them). Every text here
 * was written for these tests.
 */

/** The copies a scan finds (as extend.ts found them before the index): not overlapping, the first `max`. */
function scannedStarts(text: string, needle: string, max: number): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let at = text.indexOf(needle); at !== -1 && out.length < max; at = text.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

/** An index built at its first question, and one that never builds (it scans). */
const indexed = (text: string): ReturnType<typeof pageTextIndex> => pageTextIndex(text, 0);
const scanning = (text: string): ReturnType<typeof pageTextIndex> => pageTextIndex(text, Number.POSITIVE_INFINITY);

describe('pageTextIndex answers as the scan', () => {
  it.each<[string, string, string, number, number[]]>([
    ['copies apart', 'ab时时彩cd时时彩', '时时彩', 64, [2, 7]],
    ['overlapping copies: the search goes on after each copy', 'aaaaaaaaa', 'aaaa', 64, [0, 4]],
    ['a copy overlapping the one before is skipped, the next is taken', 'abababab', 'aba', 64, [0, 4]],
    ['a single unit', 'x彩y彩z彩', '彩', 64, [1, 3, 5]],
    ['a single unit, the first two', 'x彩y彩z彩', '彩', 2, [1, 3]],
    ['at the end of the text (its last bigram has no second unit)', 'abc彩票', '彩票', 64, [3]],
    ['the whole text', '时时彩', '时时彩', 64, [0]],
    ['longer than the text', '时时', '时时彩', 64, []],
    ['a bigram that occurs, the phrase does not', 'ab ab ab', 'abc', 64, []],
    ['absent', 'abc', 'x', 64, []],
    ['empty', 'abc', '', 64, []],
    ['stops at max', 'k k k k k', 'k', 3, [0, 2, 4]],
    ['none asked for', 'k k k', 'k', 0, []],
    ['lone surrogates and the last unit', '\ud800a\ud800a\uffff', '\ud800a', 64, [0, 2]],
    ['across a segment break', '夜色\n影院 夜色\n影院', '色\n影', 64, [1, 7]],
  ])('%s', (_name, text, needle, max, expected) => {
    expect(scannedStarts(text, needle, max)).toEqual(expected);
    expect(indexed(text).starts(needle, max)).toEqual(expected);
    expect(scanning(text).starts(needle, max)).toEqual(expected);
    expect(indexed(text).occurrences(needle, max)).toBe(expected.length);
    expect(occurrences(text, needle, max)).toBe(expected.length);
  });

  it('counts without a bound as support.ts occurrences does', () => {
    expect(indexed('aaaaaaa').occurrences('aa')).toBe(3);
    expect(indexed('abcabcab').occurrences('abc')).toBe(2);
  });

  it('on random texts of few letters (many copies, many overlaps), index and scan agree', () => {
    const letters = fc.constantFrom('a', 'b', '彩', '\n', '\ud800');
    const text = fc.array(letters, { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.array(letters, { minLength: 1, maxLength: 6 }), fc.nat({ max: 70 }), fc.integer({ min: 1, max: 8 }), (page, extra, from, max) => {
        // a needle from the page (it occurs) or made up (it may not)
        const needle = from < page.length ? page.slice(from, from + extra.length) : extra.join('');
        const index = indexed(page);
        expect(index.starts(needle, max)).toEqual(scannedStarts(page, needle, max));
        expect(index.occurrences(needle, max)).toBe(occurrences(page, needle, max));
        expect(index.occurrences(needle)).toBe(occurrences(page, needle));
      }),
      { numRuns: 500 },
    );
  });

  it(`the same answers before and after the index is built (after ${INDEX_AFTER_SCANNED_PAGES} page scans)`, () => {
    const text = Array.from({ length: 50 }, (_, i) => `第${i}期 时时彩${String.fromCharCode(0x4e00 + i)}，时时彩`).join('\n');
    const index = pageTextIndex(text);
    const needles = Array.from({ length: 3 * INDEX_AFTER_SCANNED_PAGES }, (_, i) => `时时彩${String.fromCharCode(0x4e00 + i)}`);
    // each rare needle is a scan of the whole text until the index is built
    for (const needle of [...needles, '时时彩', '期 时', 'absent']) {
      expect(index.starts(needle, 3)).toEqual(scannedStarts(text, needle, 3));
      expect(index.occurrences(needle, 3)).toBe(occurrences(text, needle, 3));
    }
  });
});

/**
 * A page of many term phrases (term-phrase.ts) and glued terms (glued-term.ts), each counted on
 * the page: past a few of them the page context's index answers. Each segment gives the same
 * candidate, with the same evidence, as on a page of three segments, where the scans answer (no
 * timing is asserted: the pathological benchmark's family inline-term-phrase-per-line measures it).
 */
describe('a page with many term phrases and glued terms', () => {
  const NEWS = ['本市今年将新建三座社区公园，市民在家门口就能散步健身。', '气象台预计明天有小到中雨，早晚气温偏低。', '图书馆周末延长开放时间，读者可在网上预约座位。'];
  const NO_VARIANTS = (): { traditional: number; simplified: number; foreign: number } => ({ traditional: 0, simplified: 0, foreign: 0 });
  /** Two Han characters of segment i's own (distinct for i under 2,000). */
  const pair = (i: number): string => String.fromCharCode(0x4e00 + ((i * 7) % 20000), 0x4e00 + ((i * 13) % 20000));
  const hitOf = (text: string, term: string): LexiconHit => {
    const start = text.indexOf(term);
    return { category: 'gambling', label: 'spam', term, weight: 1, start, end: start + term.length, marksPhrase: true };
  };
  /** Segment i: news with a term phrase of its own between separators, or a term glued to the front of a sentence ending in words of its own. */
  const termSegment = (i: number): string => `${NEWS[i % 3]}${NEWS[(i + 1) % 3]} 时时彩${pair(i)}，${NEWS[(i + 2) % 3]}`;
  const gluedSegment = (i: number): string => `${NEWS[i % 3]}时时彩${pair(i)}${NEWS[(i + 1) % 3]}`;

  it.each<[string, (i: number) => string, typeof termPhrases, number]>([
    ['term phrases (each of its own: cut)', termSegment, termPhrases, 1],
    // the glued term is the same in every segment: a third copy makes it the page's word
    ['glued terms (the same term in every segment: not cut)', gluedSegment, gluedTerms, 0],
  ])('%s: each segment of 300 as on a page of 3', (_name, segment, find, perSegment) => {
    const candidatesOf = (ids: number[]): Candidate[][] => {
      const texts = ids.map(segment);
      const hits = texts.map((t) => [hitOf(t, '时时彩')]);
      const page = pageContext(texts, NO_VARIANTS);
      const terms = pageTerms(hits.map((h) => ({ lexiconHits: h })));
      return texts.map((t, k) => find(t, hits[k]!, page, terms));
    };
    const large = candidatesOf(Array.from({ length: 300 }, (_, i) => i));
    for (const i of [0, 1, 150, 297]) {
      const small = candidatesOf([i, i + 1, i + 2])[0]!;
      expect(small).toHaveLength(perSegment);
      expect(large[i]).toEqual(small);
    }
    expect(large.map((c) => c.length)).toEqual(large.map(() => perSegment));
    // a term phrase of its own is found once on the page
    expect(large.flat().every((c) => c.features.repeats === 0)).toBe(true);
  });

  it('a glued term with two copies on a long page is cut in both, as on a short page', () => {
    const clean = Array.from({ length: 300 }, (_, i) => `第${i}期：${NEWS[i % 3]}${NEWS[(i + 1) % 3]}`);
    const candidatesOf = (others: string[]): Candidate[][] => {
      const texts = [...others, gluedSegment(1), gluedSegment(2)];
      const hits = texts.map((t) => (t.includes('时时彩') ? [hitOf(t, '时时彩')] : []));
      const page = pageContext(texts, NO_VARIANTS);
      const terms = pageTerms(hits.map((h) => ({ lexiconHits: h })));
      return texts.slice(-2).map((t, k) => gluedTerms(t, hits[others.length + k]!, page, terms));
    };
    const small = candidatesOf(clean.slice(0, 2));
    expect(small.map((c) => c.length)).toEqual([1, 1]);
    expect(small[0]![0]!.features.repeats).toBe(1);
    expect(candidatesOf(clean)).toEqual(small);
  });

  it('a cut grows by what its copies share, through the index as through a scan', () => {
    const page = Array.from({ length: 40 }, (_, i) => `第${i}期 夜色${pair(i)}影院KIT ${NEWS[i % 3]}`).join('\n');
    for (const run of ['影院', '色', `${pair(3)}影`, '夜色', 'absent']) expect(sharedContext(page, run, pageTextIndex(page, 0))).toEqual(sharedContext(page, run, pageTextIndex(page, Number.POSITIVE_INFINITY)));
    expect(sharedContext(page, '影院', pageTextIndex(page, 0))).toEqual({ before: 0, after: 4 });
  });
});
