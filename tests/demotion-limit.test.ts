import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelledSegment } from '../src/classify/classify.js';
import { CALL_TO_ACTION_HIT } from '../src/classify/call-to-action.js';
import { DEMOTION_LIMIT_HITS, demotedBodyShare, exceedsDemotionLimit, LATE_DEMOTION_MAX_BODY_SHARE, limitDemotion, UNLIMITED_DEMOTIONS } from '../src/classify/demotion-limit.js';
import { LATE_DEMOTIONS } from '../src/classify/late-demotions.js';
import type { Sifter } from '../src/index.js';
import { footbridgeArticle, footbridgePage, FOOTBRIDGE_HEADLINE, FOOTBRIDGE_STORY } from './helpers/footbridge-story.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/demotion-limit.ts: a late demotion that would take more than
 * LATE_DEMOTION_MAX_BODY_SHARE of a page's body (by characters) is not made, and what it would
 * have taken says so. The segments and pages below were written for these tests.
 */

const segment = (text: string, label: 'body' | 'navigation'): LabelledSegment => ({ block: { text }, label, hits: [] }) as unknown as LabelledSegment;
const demote = (segments: readonly LabelledSegment[], indices: readonly number[]): LabelledSegment[] => segments.map((s, i) => (indices.includes(i) ? { ...s, label: 'navigation' } : s));

/** Body segments of these lengths in characters, then a navigation segment of 50. */
const page = (...lengths: number[]): LabelledSegment[] => [...lengths.map((n) => segment('x'.repeat(n), 'body')), segment('m'.repeat(50), 'navigation')];

describe('demotedBodyShare: the share of the body characters a pass took', () => {
  const cases: [string, number[], number[], number][] = [
    ['nothing taken', [100, 100], [], 0],
    ['one of four equal parts', [100, 100, 100, 100], [3], 0.25],
    ['the larger of two', [300, 100], [0], 0.75],
    ['all of it', [100, 100], [0, 1], 1],
    ['the navigation segment is not body: taking it counts nothing', [100], [1], 0],
  ];
  it.each(cases)('%s', (_, lengths, taken, share) => {
    const before = page(...lengths);
    expect(demotedBodyShare(before, demote(before, taken))).toBeCloseTo(share, 10);
  });

  it('a page without body: 0', () => {
    const before = [segment('menu', 'navigation')];
    expect(demotedBodyShare(before, before)).toBe(0);
  });
});

describe('exceedsDemotionLimit: both sides of the share', () => {
  // 1,000 body characters; the pass takes `taken` of them
  const split = (taken: number): { before: LabelledSegment[]; after: LabelledSegment[] } => {
    const before = page(taken, 1000 - taken);
    return { before, after: demote(before, [0]) };
  };
  const limit = LATE_DEMOTION_MAX_BODY_SHARE * 1000;
  const cases: [number, boolean][] = [
    [limit - 100, false],
    [limit - 1, false],
    [limit, false],
    [limit + 1, true],
    [limit + 100, true],
    [999, true],
  ];
  it.each(cases)('a limited pass taking %d of 1,000 characters: held %s', (taken, held) => {
    const { before, after } = split(taken);
    expect(exceedsDemotionLimit('call-to-action', before, after)).toBe(held);
    expect(exceedsDemotionLimit('status-message', before, after)).toBe(held);
  });

  it.each(UNLIMITED_DEMOTIONS.map((p) => [p]))('%s is never held, however much it takes', (pass) => {
    const { before, after } = split(999);
    expect(exceedsDemotionLimit(pass, before, after)).toBe(false);
  });

  it('the unlimited passes are passes of the pipeline, and the others are limited', () => {
    for (const p of UNLIMITED_DEMOTIONS) expect(LATE_DEMOTIONS).toContain(p);
    expect(LATE_DEMOTIONS.filter((p) => !UNLIMITED_DEMOTIONS.includes(p))).toHaveLength(LATE_DEMOTIONS.length - UNLIMITED_DEMOTIONS.length);
  });
});

describe('limitDemotion: the result a pass may leave', () => {
  it('under the limit: the pass stands, as it was', () => {
    const before = page(600, 400);
    const after = demote(before, [1]);
    expect(limitDemotion('excerpt', before, after)).toBe(after);
  });

  it('over the limit: the labels before the pass, the limit hit on what it would have taken and on nothing else', () => {
    const before = page(600, 400);
    const after = demote(before, [0]);
    const kept = limitDemotion('excerpt', before, after);
    expect(kept.map((s) => s.label)).toEqual(before.map((s) => s.label));
    expect(kept[0]!.hits).toEqual([DEMOTION_LIMIT_HITS.excerpt]);
    expect(kept[1]!.hits).toEqual([]);
    expect(kept[2]!.hits).toEqual([]);
  });

  it('an unlimited pass stands even when it takes nearly all', () => {
    const before = page(900, 100);
    const after = demote(before, [0]);
    expect(limitDemotion('pasted-log', before, after)).toBe(after);
  });

  it('a hit per pass: a body label, no score, naming the pass', () => {
    for (const pass of LATE_DEMOTIONS) {
      const hit = DEMOTION_LIMIT_HITS[pass];
      expect(hit.rule).toBe('context.demotion-limit');
      expect(hit.label).toBe('body');
      expect(hit.score).toBe(0);
      expect(hit.description).toContain(`the ${pass} pass`);
      expect(Object.isFrozen(hit)).toBe(true);
    }
  });
});

// Paragraphs of a newspaper's subscription appeal, set in boxes named cta under the footbridge story.
const APPEALS: readonly string[] = [
  'Enjoy stories like this one every week by taking out a subscription to the printed edition, delivered to your door on Friday mornings.',
  'Subscribers also read every story on our website the evening before it goes to print, with the photographs our readers send us from the valley.',
  'A year of the printed edition costs less than a coffee a week, and every subscription pays for the reporters who sit through the council meetings.',
  'Give a subscription to a neighbour who has just moved into the valley, and we will send them a map of the walks along the mill stream as a welcome.',
  'Our subscribers are invited to the open evening at the printing works each spring, where they can watch the presses run and meet the newsroom.',
  'If you already subscribe, thank you: you can add the puzzle supplement and the monthly gardening pages to your delivery for a small extra charge.',
  'Local businesses that take out a subscription for their staff room receive a second copy free, and their name in our list of supporters each month.',
];
const ctaBoxes = (count: number): string => APPEALS.slice(0, count).map((p) => `<div class="story-cta"><p>${p}</p></div>`).join('\n');

describe('on a page: a call-to-action pass that would take most of the article', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const story = [FOOTBRIDGE_HEADLINE, ...FOOTBRIDGE_STORY].join('').length;
  const share = (count: number): number => {
    const boxes = APPEALS.slice(0, count).join('').length;
    return boxes / (boxes + story);
  };
  const report = (count: number) => sifter.sift({ html: footbridgePage(footbridgeArticle(ctaBoxes(count))) });

  it('the pages are built to fall on both sides of the share', () => {
    expect(share(5)).toBeLessThan(LATE_DEMOTION_MAX_BODY_SHARE);
    expect(share(7)).toBeGreaterThan(LATE_DEMOTION_MAX_BODY_SHARE);
  });

  it('five boxes, under half the body: the boxes are navigation, by the call-to-action hit', () => {
    const r = report(5);
    expect(r.pageType.type).toBe('article');
    for (const p of APPEALS.slice(0, 5)) {
      const s = r.segments.find((x) => x.text === p);
      expect(s?.label).toBe('navigation');
      expect(s?.hits.map((h) => h.rule)).toContain(CALL_TO_ACTION_HIT.rule);
      expect(s?.hits.map((h) => h.rule)).not.toContain('context.demotion-limit');
    }
  });

  it('seven boxes, over half the body: they are the page, body with the limit hit and no call-to-action hit', () => {
    const r = report(7);
    expect(r.pageType.type).toBe('article');
    for (const p of APPEALS) {
      const s = r.segments.find((x) => x.text === p);
      expect(s?.label).toBe('body');
      const rules = s?.hits.map((h) => h.rule) ?? [];
      expect(rules).toContain('context.demotion-limit');
      expect(rules).not.toContain(CALL_TO_ACTION_HIT.rule);
      expect(s?.hits.find((h) => h.rule === 'context.demotion-limit')?.description).toContain('call-to-action');
    }
  });

  it('the story stays body on both pages', () => {
    for (const count of [5, 7]) {
      const r = report(count);
      for (const p of FOOTBRIDGE_STORY) expect(r.segments.find((x) => x.text === p)?.label).toBe('body');
    }
  });
});
