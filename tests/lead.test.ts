import { beforeAll, describe, expect, it } from 'vitest';
import { CONTINUED_HIT, CONTINUED_TAIL_LABELS, findContinuedText, pathTail, type ContinuedInput } from '../src/classify/continued.js';
import { findLeads, LEAD_HIT, LEAD_MAX_LEVELS, LEAD_MIN_MARGIN, type LeadInput } from '../src/classify/lead.js';
import { levelsAbove } from '../src/classify/main-content.js';
import { OUTSIDE_MAIN_HIT } from '../src/classify/main-content.js';
import type { Report, Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/lead.ts and classify/continued.ts: body-looking text outside the main container that
 * stays body — the lead just above it, and the container's text continued in a cousin element
 * (issue 13). The pages below were written for these tests.
 */

const lead = (ancestors: number[], overrides: Partial<LeadInput> = {}): LeadInput => ({ ancestors, isBody: true, sentence: true, margin: LEAD_MIN_MARGIN, ...overrides });
/** The main container is element 5 (body 1 > page 2 > article 3 > column 4 > story 5). */
const MAIN = new Set([5]);
const story = lead([1, 2, 3, 4, 5, 50]);

describe('levelsAbove', () => {
  it('counts the levels from the container up to the nearest element that holds both', () => {
    expect(levelsAbove([1, 2, 3, 4, 5], [1, 2, 3, 4, 10, 11])).toBe(1);
    expect(levelsAbove([1, 2, 3, 4, 5], [1, 2, 20])).toBe(3);
    expect(levelsAbove([1, 2, 3, 4, 5], [9, 10])).toBeUndefined();
  });
});

describe('findLeads', () => {
  it('keeps a sentence above the container under an element up to LEAD_MAX_LEVELS above it', () => {
    expect(LEAD_MAX_LEVELS).toBe(3);
    // element 2 is three levels above the container 5
    expect(findLeads([lead([1, 2, 20, 21]), story], MAIN)).toEqual([0]);
    expect(findLeads([lead([1, 2, 3, 4, 10]), story], MAIN)).toEqual([0]);
  });

  it('leaves text whose nearest shared element is further up than LEAD_MAX_LEVELS', () => {
    // element 1 is four levels above the container
    expect(findLeads([lead([1, 30, 31]), story], MAIN)).toEqual([]);
  });

  it('needs a margin of LEAD_MIN_MARGIN: one less is not a lead', () => {
    expect(findLeads([lead([1, 2, 20, 21], { margin: LEAD_MIN_MARGIN - 1 }), story], MAIN)).toEqual([]);
    expect(findLeads([lead([1, 2, 20, 21], { margin: LEAD_MIN_MARGIN }), story], MAIN)).toEqual([0]);
  });

  it('needs the sentence rule and first-pass body', () => {
    expect(findLeads([lead([1, 2, 20, 21], { sentence: false }), story], MAIN)).toEqual([]);
    expect(findLeads([lead([1, 2, 20, 21], { isBody: false }), story], MAIN)).toEqual([]);
  });

  it('only text before the container\'s first segment is a lead', () => {
    expect(findLeads([story, lead([1, 2, 20, 21])], MAIN)).toEqual([]);
  });

  it('finds nothing when no segment lies inside the container', () => {
    expect(findLeads([lead([1, 2, 20, 21])], MAIN)).toEqual([]);
  });
});

const cont = (path: string, inside: boolean, isBody = true): ContinuedInput => ({ path, isBody, inside });

describe('pathTail and findContinuedText', () => {
  it('the tail is the last CONTINUED_TAIL_LABELS labels, digits as 0', () => {
    expect(CONTINUED_TAIL_LABELS).toBe(3);
    expect(pathTail('html>body>div#part-2>div.entry>div.text>p')).toBe('div.entry>div.text>p');
    expect(pathTail('html>body>div.entry-2>p')).toBe('body>div.entry-0>p');
    expect(pathTail('body>p')).toBeUndefined();
  });

  it('keeps body outside the container whose path tail is that of body inside it', () => {
    expect(findContinuedText([cont('body>div.a>div.entry>div.text>p', true), cont('body>div.b>div.entry>div.text>p', false)])).toEqual([1]);
  });

  it('leaves body outside whose tail differs in one label, and tails of text that is not body inside', () => {
    expect(findContinuedText([cont('body>div.a>div.entry>div.text>p', true), cont('body>div.b>div.box>div.text>p', false)])).toEqual([]);
    expect(findContinuedText([cont('body>div.a>div.entry>div.text>p', true, false), cont('body>div.b>div.entry>div.text>p', false)])).toEqual([]);
  });
});

const STORY = [
  'The council voted on Tuesday evening to close the old harbour bridge to cars from the first of March, after engineers found that two of its supporting piers had cracked during the winter storms.',
  'Buses and bicycles will still be allowed across for the time being, but lorries must take the ring road, which adds around twenty minutes to the journey from the port to the industrial estate.',
  'Shop owners on the quay said they feared losing customers who drive in from the villages, and several asked the council to provide extra parking near the market square while the repairs go on.',
  'The repairs are expected to take at least eighteen months and to cost around four million pounds, most of which the council hopes to recover from the national infrastructure fund next year.',
  'A public meeting about the closure will be held in the town hall next Thursday, where residents can put their questions to the engineers and to the councillors who voted for the plan.',
];
const STANDFIRST = 'Engineers found deep cracks in two of the piers that carry the old harbour bridge, and the council has decided to close it to cars for at least a year and a half while the repairs are done.';
/** Body 5 by its rules (no long-text score): one under LEAD_MIN_MARGIN. */
const SHORT_STANDFIRST = 'Engineers found cracks in two piers of the harbour bridge, and the council has decided to close it to cars for at least a year and a half.';
const FOOTER_NOTE = 'The newspaper is published by a small cooperative of local journalists, and every story it prints is checked twice before it goes to press.';

/** A news story: the standfirst sits in the article's header, `levels` elements above the story's container nest it deeper. */
function article(depth: number, standfirst = STANDFIRST): string {
  const open = '<div class="wrap">'.repeat(depth);
  const close = '</div>'.repeat(depth);
  return `<!doctype html><html><head><title>Harbour bridge to close | Town News</title></head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="page"><div class="standfirst-box"><p>${standfirst}</p></div>${open}<div class="story-body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>${close}</div>
<div class="page-end"><p>${FOOTER_NOTE}</p></div>
</body></html>`;
}

function segmentOf(report: Report, phrase: string): Report['segments'][number] | undefined {
  return report.segments.find((s) => s.source.kind !== 'title' && s.text.includes(phrase));
}
const rules = (segment: Report['segments'][number] | undefined): string[] => segment?.hits.map((h) => h.rule) ?? [];

describe('a lead above the main container, through the sifter', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('keeps a standfirst whose element shares an ancestor LEAD_MAX_LEVELS or fewer levels above the story', () => {
    // div.page is 1 + depth levels above div.story-body
    for (const depth of [0, LEAD_MAX_LEVELS - 1]) {
      const report = sifter.sift({ html: article(depth) });
      const standfirst = segmentOf(report, STANDFIRST.slice(0, 40));
      expect(standfirst?.label, `depth ${depth}`).toBe('body');
      expect(rules(standfirst)).toContain(LEAD_HIT.rule);
      expect(rules(standfirst)).not.toContain(OUTSIDE_MAIN_HIT.rule);
      for (const p of STORY) expect(segmentOf(report, p.slice(0, 40))?.label).toBe('body');
    }
  });

  it('demotes the standfirst when the shared ancestor is further up than LEAD_MAX_LEVELS', () => {
    const report = sifter.sift({ html: article(LEAD_MAX_LEVELS) });
    const standfirst = segmentOf(report, STANDFIRST.slice(0, 40));
    // a margin that would make it a lead one level nearer
    expect(standfirst!.scores.body - (standfirst!.scores.navigation - OUTSIDE_MAIN_HIT.score)).toBeGreaterThanOrEqual(LEAD_MIN_MARGIN);
    expect(rules(standfirst)).toContain(OUTSIDE_MAIN_HIT.rule);
    expect(rules(standfirst)).not.toContain(LEAD_HIT.rule);
  });

  it('demotes a sentence above the story whose body margin is under LEAD_MIN_MARGIN', () => {
    const report = sifter.sift({ html: article(0, SHORT_STANDFIRST) });
    const segment = segmentOf(report, SHORT_STANDFIRST.slice(0, 40));
    expect(segment).toBeDefined();
    // the margin as the lead pass saw it, before the outside-main score: one under the threshold
    expect(segment!.scores.body - (segment!.scores.navigation - OUTSIDE_MAIN_HIT.score)).toBe(LEAD_MIN_MARGIN - 1);
    expect(rules(segment)).toContain(OUTSIDE_MAIN_HIT.rule);
  });

  it('demotes the same kind of text below the story: a lead comes before the container', () => {
    const report = sifter.sift({ html: article(0) });
    const note = segmentOf(report, FOOTER_NOTE.slice(0, 40));
    expect(rules(note)).toContain(OUTSIDE_MAIN_HIT.rule);
    expect(rules(note)).not.toContain(LEAD_HIT.rule);
    expect(note?.label).not.toBe('body');
  });
});

const MORE = 'Engineers will inspect the other two bridges over the river in April, and the council will publish their reports on its website as soon as they are ready.';

/** The story cut in two by an advert: the rest sits in a cousin column whose path ends like the story's, or (`box`) in a box of another build. */
function splitStory(rest: 'entry' | 'box'): string {
  return `<!doctype html><html><head><title>Harbour bridge to close | Town News</title></head><body>
<div class="page"><div class="col-main"><div class="entry"><div class="text">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></div></div>
<div class="advert"><a href="/ads">Advertisement</a></div>
<div class="col-more"><div class="${rest}"><div class="text"><p>${MORE}</p></div></div></div></div>
</body></html>`;
}

describe('the container\'s text continued, through the sifter', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('keeps the rest of the story in a cousin element whose path tail is the story\'s', () => {
    const segment = segmentOf(sifter.sift({ html: splitStory('entry') }), MORE.slice(0, 40));
    expect(segment?.label).toBe('body');
    expect(rules(segment)).toContain(CONTINUED_HIT.rule);
    expect(rules(segment)).not.toContain(OUTSIDE_MAIN_HIT.rule);
  });

  it('demotes the same text when one label of its path tail differs', () => {
    const segment = segmentOf(sifter.sift({ html: splitStory('box') }), MORE.slice(0, 40));
    expect(rules(segment)).toContain(OUTSIDE_MAIN_HIT.rule);
    expect(rules(segment)).not.toContain(CONTINUED_HIT.rule);
  });
});
