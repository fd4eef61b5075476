import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelledSegment } from '../src/classify/classify.js';
import { AGE_LINE, AGE_LINE_MAX_CHARS } from '../src/classify/age-line.js';
import { demoteAgeLines, LATE_DEMOTIONS } from '../src/classify/late-demotions.js';
import { promoteListingItems } from '../src/classify/late-promotions.js';
import { LISTING_ITEM_HIT, LISTING_MIN_MARGIN } from '../src/classify/listing.js';
import { parseOptions } from '../src/options.js';
import { loadResources, type Resources } from '../src/resources.js';
import { describeShortLineRule } from './helpers/short-line-table.js';
import { classifiedHtml } from './helpers/classified.js';

/**
 * classify/age-line.ts: a line that dates the text relative to the visit ("3 days ago", "Asked 2
 * years ago", "Jo Park | 2 weeks ago") is navigation. Every line and page below was written for
 * these tests.
 */

const PATTERNS = AGE_LINE.load();

const fire: string[] = [
  '3 days ago',
  '1 day ago',
  'an hour ago',
  'a minute ago',
  '2 weeks ago*',
  '5d ago',
  '12h ago',
  'Asked 11 years, 9 months ago',
  'Modified 2 years ago',
  'posted 6 years ago',
  'Published 6 hours ago',
  'Last active 3 months ago',
  'Updated 1 year and 2 months ago',
  'Jo Park | 3 days ago',
  'Jo Park and Sam Lee | 2 weeks ago',
  'Jo Park · 4 hours ago',
  'Jo Park - 10 minutes ago',
  '·1d ago·3 min read',
  '· 5 days ago · 9 min read',
  '3 days ago | 4 comments',
  '[–]kettlefan 188 points189 points190 points 17 hours ago (11 children)',
  '12 points by kettlefan 3 hours ago',
  '  3   days   ago  ',
];
const stay: string[] = [
  // a sentence that tells of something years ago is the text itself
  'Sony is Acquiring a Franchise That First Started 75 Years Ago to the Tune of $457 Million',
  'We got the keys 48 hours ago. The house is full of boxes.',
  'The kettle was made 20 years ago.',
  'Jo bought it 3 years ago and still uses it',
  'What was 15 years ago a high end card is now a spare',
  // absolute dates are date lines, kept as body
  'March 6, 2026',
  'Posted on 12 May 2024',
  'Jo Park | March 6, 2026',
  // no age, or no "ago"
  '3 days',
  'in 3 days',
  '5 min read',
  'Ago',
  '2 days ago, the shop reopened after the flood',
  '',
];
// a comment header (vote count, then the age) is the only wording with room before the age to reach the bound
const at = `${'x'.repeat(AGE_LINE_MAX_CHARS - ' 12 points 3 hours ago'.length)} 12 points 3 hours ago`;
describeShortLineRule('AGE_LINE', AGE_LINE, { fire, stay: stay.filter((s) => s !== ''), bound: { at, over: `y${at}` } }, (patterns) => {
  it('does not fire on an empty line; spaces are collapsed before the bound', () => {
    expect(AGE_LINE.matches('', patterns)).toBe(false);
    expect(AGE_LINE.matches(`3${' '.repeat(AGE_LINE_MAX_CHARS)}days ago`, patterns)).toBe(true);
  });
  it('is a named late demotion, right after the card badges', () => {
    expect(LATE_DEMOTIONS.indexOf('age-line')).toBe(LATE_DEMOTIONS.indexOf('card-badge') + 1);
  });
});

describe('demoteAgeLines', () => {
  const segment = (text: string, label: 'body' | 'navigation', kind = 'block', hits: unknown[] = []): LabelledSegment =>
    ({ block: { text, kind }, label, hits }) as unknown as LabelledSegment;
  it('turns a body age line to navigation with its hit, listing items included, and leaves navigation, inline cuts and other body text', () => {
    const segments = [
      segment('The blue enamel kettle boils a litre in six minutes.', 'body'),
      segment('Jo Park | 3 days ago', 'body', 'block', [LISTING_ITEM_HIT]),
      segment('2 days ago', 'navigation'),
      segment('5 hours ago', 'body', 'inline'),
      segment('posted 6 years ago', 'body'),
    ];
    const out = demoteAgeLines(segments, PATTERNS);
    expect(out[0]).toBe(segments[0]);
    expect(out[1]!.label).toBe('navigation');
    expect(out[1]!.hits).toContain(AGE_LINE.hit);
    expect(out[2]).toBe(segments[2]);
    expect(out[3]).toBe(segments[3]);
    expect(out[4]!.label).toBe('navigation');
  });
});

const HEADER = `<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/columns">Columns</a></li><li><a href="/travel">Travel</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>`;
const FOOTER = `<footer class="site-footer"><p>Copyright 2026 The Road Desk. All rights reserved.</p></footer>`;
const TITLES = ['Why the night train is back', 'A week of ferries in the north', 'Packing for rain, again', 'The hostel that became a school', 'Crossing the border by bike', 'What a station clock taught me', 'Three islands, one timetable', 'Notes from a delayed flight'];

/** A travel column's index: each story a linked title, a teaser and a line under them. */
function columnIndex(line: (i: number) => string): string {
  const items = TITLES.map((title, i) => `<div class="story"><h2 class="story-title"><a href="/s/${i + 1}">${title}</a></h2><p class="story-teaser"><a href="/s/${i + 1}">A short note from the road, number ${i + 1}.</a></p><p class="story-meta">${line(i)}</p></div>`).join('');
  return `<!doctype html><html><head><title>Columns – The Road Desk</title></head><body>${HEADER}
<main><h1>Columns</h1><div class="story-list">${items}</div></main>${FOOTER}</body></html>`;
}

describe('a written column index through the listing promotion and the age pass', () => {
  let resources: Resources;
  beforeAll(async () => {
    resources = await loadResources(parseOptions({}));
  });
  const sifted = (html: string): readonly LabelledSegment[] => demoteAgeLines(promoteListingItems(classifiedHtml(html, resources), resources.space, LISTING_MIN_MARGIN), resources.ageLines);
  const labelOf = (segments: readonly LabelledSegment[], text: string): string | undefined => segments.find((s) => s.block.text === text)?.label;

  it('the titles are promoted, the "author | N days ago" line of every story is navigation', () => {
    const segments = sifted(columnIndex((i) => `Jo Park | ${i + 2} days ago`));
    expect(labelOf(segments, TITLES[0]!)).toBe('body');
    const ages = segments.filter((s) => /^Jo Park \| \d days ago$/u.test(s.block.text));
    expect(ages).toHaveLength(TITLES.length);
    for (const a of ages) {
      expect(a.label).toBe('navigation');
      expect(a.hits).toContain(AGE_LINE.hit);
    }
  });

  it('an absolute date line in the same place stays body with its story', () => {
    const segments = sifted(columnIndex((i) => `Jo Park | March ${i + 2}, 2026`));
    const lines = segments.filter((s) => /^Jo Park \| March \d, 2026$/u.test(s.block.text));
    expect(lines).toHaveLength(TITLES.length);
    expect(lines.every((s) => s.label === 'body' && !s.hits.includes(AGE_LINE.hit))).toBe(true);
  });
});
