import { beforeAll, describe, expect, it } from 'vitest';
import { CHROME_TEXT_HIT, isChromeBodyText, type ChromeTextInput } from '../src/classify/chrome-text.js';
import { LATE_DEMOTIONS } from '../src/classify/late-demotions.js';
import { LISTING_ITEM_HIT } from '../src/classify/listing.js';
import type { Sifter } from '../src/index.js';
import type { RuleHit } from '../src/rules/engine.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/chrome-text.ts: text in the site's chrome (a menu, a header bar, a sidebar) that only
 * its own rules made body is navigation. Every input and page below was written for these tests.
 */

const rule = (id: string): RuleHit => ({ rule: id, label: 'body', score: 1, description: id });
const input = (over: Partial<ChromeTextInput>): ChromeTextInput => ({ label: 'body', inChrome: true, heading: false, hits: [rule('body.sentence'), rule('body.headline')], ...over });

describe('isChromeBodyText: each condition, both sides', () => {
  const cases: [string, ChromeTextInput, boolean][] = [
    ['body by its own rules, in the chrome', input({}), true],
    ['navigation already', input({ label: 'navigation' }), false],
    ['spam', input({ label: 'spam' }), false],
    ['not in the chrome', input({ inChrome: false }), false],
    ['a heading in the chrome (a page headline inside the site header)', input({ heading: true }), false],
    ['made body by a page-level pass (a promoted list item)', input({ hits: [rule('body.sentence'), LISTING_ITEM_HIT] }), false],
    ['made body by the context pass', input({ hits: [rule('body.sentence'), rule('context.between-body')] }), false],
    ['no hits at all', input({ hits: [] }), true],
  ];
  it.each(cases)('%s', (_name, segment, expected) => {
    expect(isChromeBodyText(segment)).toBe(expected);
  });
  it('the hit says navigation and the pass is a named late demotion', () => {
    expect(CHROME_TEXT_HIT.label).toBe('navigation');
    expect(LATE_DEMOTIONS).toContain('chrome-text');
  });
});

const HEADLINE = 'Autumn pruning for small orchards';
const STORY = [
  "Autumn is the season when most growers put away their ladders, but a few careful cuts now can save a young apple tree from splitting under next summer's crop.",
  'Start with the dead wood. Branches that did not leaf out this year are easy to spot once the remaining leaves turn, and they are a common entry point for canker.',
  'Then look for crossing limbs. Where two branches rub, the bark wears through, and the wound stays open through the wet months that follow in most of the country.',
  'Leave the heavy structural work for late winter, when the tree is fully dormant and the sap will not bleed from large cuts.',
];
const BLURB = 'We have many flexible options for learning to care for the trees in your garden.';

/** An article page whose header holds a menu with a blurb printed twice (a desktop and a mobile panel), or the blurb in the article instead. */
function orchardPage(blurbInHeader: boolean): string {
  const panel = `<div class="panel"><div class="panel-body"><p>${BLURB}</p></div></div>`;
  const header = `<header><div class="wrap"><div class="inner"><div class="bar"><ul><li><a href="/">Home</a></li><li><a href="/courses">Courses</a></li></ul>
<div class="panels">${blurbInHeader ? panel + panel : ''}</div></div></div></div></header>`;
  const story = STORY.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html><head><title>${HEADLINE} – The Orchard Club</title></head><body>${header}
<main><article><h1>${HEADLINE}</h1>${blurbInHeader ? '' : `<p>${BLURB}</p>`}
${story}</article></main>
<footer class="site-footer"><p>Copyright 2026 The Orchard Club. All rights reserved.</p></footer></body></html>`;
}

describe('a menu blurb printed twice in the site header', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('is navigation with the chrome-text hit; the headline and the story stay body', () => {
    const html = orchardPage(true);
    const report = sifter.sift({ html });
    const blurbs = report.segments.filter((s) => s.text === BLURB);
    expect(blurbs).toHaveLength(2);
    for (const b of blurbs) {
      expect(b.label).toBe('navigation');
      expect(b.hits.map((h) => h.rule)).toContain(CHROME_TEXT_HIT.rule);
    }
    expect(segmentOf(sifter, html, HEADLINE).label).toBe('body');
    for (const p of STORY) expect(segmentOf(sifter, html, p).label).toBe('body');
  });

  it('the same sentence inside the article is body and gets no chrome-text hit', () => {
    const { label, rules } = segmentOf(sifter, orchardPage(false), BLURB);
    expect(label).toBe('body');
    expect(rules).not.toContain(CHROME_TEXT_HIT.rule);
  });
});
