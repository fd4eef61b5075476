import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { FURNITURE_LINE, FURNITURE_LINE_MAX_CHARS } from '../src/classify/furniture-line.js';
import type { Sifter } from '../src/index.js';
import { FOOTBRIDGE_HEADLINE, FOOTBRIDGE_STORY, footbridgePage } from './helpers/footbridge-story.js';
import { describeShortLineRule } from './helpers/short-line-table.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/furniture-line.ts: a short line about the page, not of it ("5 min read", "Loading...",
 * "Was this page helpful?", "Table of contents"), is navigation. The lines and the page below were
 * written for these tests.
 */

const fire: string[] = [
  '5 min read',
  '12 minutes read',
  'By Jane Doe · November 18, 2025 · 6 min read',
  'Updated March 3, 2025 — 4 min. read',
  '3 min reading time',
  'Loading...',
  'Loading comments…',
  'Was this page helpful?',
  'Rate this article:',
  'Did you find this article useful?',
  'Table of Contents',
  'In this article:',
  'On this page',
  'Jump to section',
  // platform lines: a Stack Exchange view count, a Jetpack like button before its script runs
  'Viewed 4k times',
  'Viewed 1,234 times',
  'viewed 12 times',
  'Like Loading...',
  'Like Loading…',
];
const stay: string[] = [
  // a reading time inside a sentence of the story, not at its end
  'The match turned after 20 minutes read the coach, who spoke to the press later.',
  'Loading the lorries took the volunteers all afternoon.',
  'Posts: the council put up new posts along the towpath and painted them',
  // a forum poster's statistics are context.profile-field's (forum pages), not a furniture line
  'Posts: 1,077',
  'Join Date: Aug 2008',
  'Location: Market Square',
  'Loading... the crane swung the first beam into place',
  'Was this bridge the oldest in the county? Nobody knows.',
  'The contents of the old toll house went to the museum.',
  'Listen to the river after a storm and you will hear the stones move.',
  // a sentence about views or likes is the page's own text
  'Viewed from the bridge, the river looks calm.',
  'The video was viewed 3,000 times in its first week.',
  'Like the old mill, the bridge is loading bays for barges.',
  'Like Loading the van, it took all afternoon...',
  // patterns measured on two sites only, not in the list
  'Listen to this article',
  'Last updated:',
  '',
];
const tail = ' · 6 min read';
const at = 'x'.repeat(FURNITURE_LINE_MAX_CHARS - tail.length) + tail;
describeShortLineRule('FURNITURE_LINE', FURNITURE_LINE, { fire, stay, bound: { at, over: `x${at}` } }, (patterns) => {
  it(`a text over ${FURNITURE_LINE_MAX_CHARS} characters only by its white space (any \\s) is still a line of ${FURNITURE_LINE_MAX_CHARS}; one more character is not`, () => {
    const padded = `\u3000\t${at.replace(' · ', ' \u00a0\n\u2028\ufeff· \u3000')}\r\n  `;
    expect(padded.length).toBeGreaterThan(FURNITURE_LINE_MAX_CHARS);
    expect(FURNITURE_LINE.matches(padded, patterns)).toBe(true);
    expect(FURNITURE_LINE.matches(`x${padded}`, patterns)).toBe(false);
  });
  it('refuses a long text as collapsing it first would (random texts of spaces and words)', () => {
    const collapsedFirst = (text: string): boolean => {
      const line = text.replace(/\s+/gu, ' ').trim();
      return line.length > 0 && line.length <= FURNITURE_LINE_MAX_CHARS && patterns.some((p) => p.test(line));
    };
    const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\u3000', '\u00a0', '\ufeff', 'x', 'xxxxxxxxxx', '·', '6 min read', 'Loading...');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(FURNITURE_LINE.matches(text, patterns)).toBe(collapsedFirst(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a reading-time line under a written story', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const page = (meta: string): string =>
    footbridgePage(`<main><article class="story"><h1>${FOOTBRIDGE_HEADLINE}</h1><p class="meta">${meta}</p>
${FOOTBRIDGE_STORY.map((p) => `<p>${p}</p>`).join('\n')}</article></main>`);

  it('"4 min read" is navigation and the story stays body', () => {
    const html = page('4 min read');
    const { type, label, rules } = segmentOf(sifter, html, '4 min read');
    expect(type).toBe('article');
    expect(label).toBe('navigation');
    expect(rules).toContain(FURNITURE_LINE.hit.rule);
    expect(segmentOf(sifter, html, FOOTBRIDGE_STORY[0]!).label).toBe('body');
  });

  it('a line that is no furniture in the same place gets no furniture hit', () => {
    const line = 'Photographs by the council';
    const { rules } = segmentOf(sifter, page(line), line);
    expect(rules).not.toContain(FURNITURE_LINE.hit.rule);
  });
});
