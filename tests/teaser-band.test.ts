import { describe, expect, it } from 'vitest';
import { findTeaserBands, isTeaserBandHeading, loadTeaserBandHeadings, TEASER_BAND_HIT, TEASER_BAND_MAX_WORDS, TEASER_BAND_PAGE_TYPES, type TeaserBandInput } from '../src/classify/teaser-band.js';

/**
 * classify/teaser-band.ts: on a page typed other, a band of teasers under a "Latest insights"
 * heading, up to the next heading of its level or a higher one, is navigation. The inputs below
 * were written for these tests.
 */

const headings = loadTeaserBandHeadings();

describe('isTeaserBandHeading: the heading, its topic, its length', () => {
  const words = (n: number): string => Array.from({ length: n }, (_, i) => `topic${i}`).join(' ');
  const cases: [string, boolean][] = [
    ['Latest insights', true],
    ['LATEST INSIGHTS', true],
    ['News & Insights', true],
    ['What’s trending', true],
    ["What's trending with gardening", true],
    ['Latest news:', true],
    ['Latest news.', true],
    ['Related articles about bicycle repair', true],
    [`Latest insights on ${words(TEASER_BAND_MAX_WORDS - 3)}`, true],
    [`Latest insights on ${words(TEASER_BAND_MAX_WORDS - 2)}`, false],
    ['Latest insights and more', false],
    ['Insights', false],
    ['News', false],
    ['Resources', false],
    ['Featured resources', false],
    ['Our latest insights into soil health drive every harvest', false],
    ['Why choose our bakery', false],
    ['on', false],
    ['', false],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(isTeaserBandHeading(text, headings)).toBe(expected);
  });
});

const h = (level: number, text: string, label: TeaserBandInput['label'] = 'body'): TeaserBandInput => ({ label, headingLevel: level, text });
const p = (text = 'We bake bread every morning with flour from the valley mill.', label: TeaserBandInput['label'] = 'body'): TeaserBandInput => ({ label, headingLevel: undefined, text });

describe('findTeaserBands: where the band starts and ends', () => {
  const cases: [string, TeaserBandInput[], number[]][] = [
    ['a band after the page\'s own sections, up to the next heading of its level', [h(1, 'Our bakery'), p(), h(2, 'Latest insights'), h(3, 'Sourdough tips'), p(), h(2, 'Visit us'), p()], [2, 3, 4]],
    ['a higher heading ends the band', [h(3, 'Latest news'), p(), h(2, 'Opening hours'), p()], [0, 1]],
    ['a lower heading does not end the band', [h(2, 'Latest news'), h(4, 'A new oven'), p(), p()], [0, 1, 2, 3]],
    ['navigation in the band stays as it is', [h(2, 'Latest news'), p('Read more', 'navigation'), p()], [0, 2]],
    ['a navigation heading still opens the band; the heading is left alone', [h(2, 'Latest news', 'navigation'), p()], [1]],
    ['no band heading: nothing', [h(2, 'Why choose us'), p(), h(2, 'Our ovens'), p()], []],
    ['the text before the band stays', [p(), p(), h(2, 'From our blog')], [2]],
    ['two bands', [h(2, 'Latest news'), p(), h(2, 'Opening hours'), p(), h(2, 'Related posts'), p()], [0, 1, 4, 5]],
    ['a band heading right after a band heading of the same level opens the next band', [h(2, 'Latest news'), h(2, 'From our blog'), p()], [0, 1, 2]],
    ['no segments', [], []],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findTeaserBands(segments, headings)).toEqual(expected);
  });
});

describe('the rule, the data and the types named', () => {
  it('runs on pages typed other only', () => {
    expect(TEASER_BAND_PAGE_TYPES).toEqual(['other']);
  });
  it('its hit says navigation', () => {
    expect(TEASER_BAND_HIT.label).toBe('navigation');
  });
  it('the data file holds its headings normalised', () => {
    expect(headings.has("what's trending")).toBe(true);
    expect(headings.has('news')).toBe(false);
  });
});
