import { beforeAll, describe, expect, it } from 'vitest';
import { findTrailingHeadings, TRAILING_HEADING_HIT, TRAILING_HEADING_MAX_RUN, TRAILING_HEADING_MAX_WORDS, TRAILING_HEADING_PAGE_TYPES, type TrailingHeadingInput } from '../src/classify/trailing-heading.js';
import { wordCount } from '../src/tokenize/word-count.js';
import type { Sifter } from '../src/index.js';
import { footbridgeArticle, footbridgePage, FOOTBRIDGE_HEADLINE, FOOTBRIDGE_STORY } from './helpers/footbridge-story.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/trailing-heading.ts: on an article, the headings (and short lines) after the story's
 * last body text, over navigation only, are navigation. The inputs and pages below were written
 * for these tests.
 */

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const paragraph = (): TrailingHeadingInput => ({ label: 'body', heading: false, text: 'The council agreed on Monday to rebuild the old footbridge over the stream.' });
const heading = (n = 2, label: TrailingHeadingInput['label'] = 'body'): TrailingHeadingInput => ({ label, heading: true, text: words(n) });
const line = (n: number): TrailingHeadingInput => ({ label: 'body', heading: false, text: words(n) });
const navigation = (): TrailingHeadingInput => ({ label: 'navigation', heading: false, text: 'Home News Sport Weather' });

describe('findTrailingHeadings: each condition, both sides', () => {
  const cases: [string, TrailingHeadingInput[], number[]][] = [
    ['a heading after the story, over navigation', [heading(), paragraph(), heading(), navigation(), navigation()], [2]],
    ['a heading after the story, nothing under it', [paragraph(), heading()], [1]],
    ['a heading before the story\'s last paragraph stays', [paragraph(), heading(), navigation(), paragraph(), navigation()], []],
    ['the headline over an empty page stays', [heading(), navigation()], []],
    ['only headings on the page: all stay', [heading(), heading(), navigation()], []],
    [`a heading of ${TRAILING_HEADING_MAX_WORDS} words is taken`, [paragraph(), heading(TRAILING_HEADING_MAX_WORDS)], [1]],
    [`a heading of ${TRAILING_HEADING_MAX_WORDS + 1} words stays`, [paragraph(), heading(TRAILING_HEADING_MAX_WORDS + 1)], []],
    ['a short line that is no heading stays (a credit, a sign-off)', [paragraph(), line(2)], []],
    [`a run of ${TRAILING_HEADING_MAX_RUN} is taken`, [paragraph(), heading(), navigation(), heading(3), navigation(), heading(4)], [1, 3, 5]],
    [`a run of ${TRAILING_HEADING_MAX_RUN + 1} stays`, [paragraph(), heading(), heading(2), heading(2), heading(3)], []],
    ['the run stops at the story\'s text', [paragraph(), heading(), paragraph(), heading()], [3]],
    ['navigation headings are left alone', [paragraph(), heading(2, 'navigation')], []],
    ['spam is left alone', [paragraph(), heading(2, 'spam')], []],
    ['no segments', [], []],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findTrailingHeadings(segments)).toEqual(expected);
  });
});

describe('wordCount: spaced words, and each character of a script written without spaces', () => {
  const cases: [string, number][] = [
    ['Other posts you may enjoy', 5],
    ['  two   words ', 2],
    ['相关新闻', 4],
    ['更多 news', 3],
    ['', 0],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(wordCount(text)).toBe(expected);
  });
  it('a Chinese heading of seven characters is too long', () => {
    expect(findTrailingHeadings([paragraph(), { label: 'body', heading: true, text: '编辑推荐的其他文章' }])).toEqual([]);
  });
});

describe('the rule and types named', () => {
  it('runs on article pages only', () => {
    expect(TRAILING_HEADING_PAGE_TYPES).toEqual(['article']);
  });

  it('its hit says navigation', () => {
    expect(TRAILING_HEADING_HIT.label).toBe('navigation');
  });
});

// A story on a local news site whose <article> ends with an "Elsewhere in the valley" heading over
// a list of linked headlines: the heading lies inside the main container, after the last paragraph.
const STORY = FOOTBRIDGE_STORY;
const MORE = 'Elsewhere in the valley';
const page = (after: string): string => footbridgePage(footbridgeArticle(`\n<h2>${MORE}</h2>${after}`));
const LINKS = '<ul><li><a href="/a">Market hall to open on Sundays</a></li><li><a href="/b">School wins county choir prize</a></li><li><a href="/c">New bus route to the station</a></li></ul>';

describe('a heading after the story on a written page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const sift = (html: string, text: string) => segmentOf(sifter, html, text);

  it('the headline and the story stay body', () => {
    expect(sift(page(LINKS), FOOTBRIDGE_HEADLINE).label).toBe('body');
    const { type, label } = sift(page(LINKS), STORY[4]!);
    expect(type).toBe('article');
    expect(label).toBe('body');
  });

  it('over linked headlines only, the heading is navigation', () => {
    const { type, label, rules } = sift(page(LINKS), MORE);
    expect(type).toBe('article');
    expect(label).toBe('navigation');
    expect(rules).toContain(TRAILING_HEADING_HIT.rule);
  });

  it('over a paragraph of the story, the heading stays body', () => {
    const { type, label, rules } = sift(page(`<p>${STORY[0]!.replace('town council', 'county board')}</p>`), MORE);
    expect(type).toBe('article');
    expect(label).toBe('body');
    expect(rules).not.toContain(TRAILING_HEADING_HIT.rule);
  });
});
