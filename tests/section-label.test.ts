import { beforeAll, describe, expect, it } from 'vitest';
import { OUTSIDE_MAIN_HIT } from '../src/classify/main-content.js';
import { findSectionLabels, SECTION_LABEL_HIT, SECTION_LABEL_PAGE_TYPES, type SectionLabelInput } from '../src/classify/section-label.js';
import type { Sifter } from '../src/index.js';
import { BETWEEN_NAVIGATION, BORDER_CUED, BORDER_NAVIGATION, DOM_CUE, HIDDEN, LINK_DENSE, SENTENCE, SHORT_BARE } from './helpers/context-hits.js';
import { ruleHit as hit } from './helpers/rule-hit.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/section-label.ts: on a page typed other, a block that the context pass alone made
 * navigation at a body/navigation border (its own lean, navigation for being short) is one of the
 * page's labels: body. The inputs and the page below were written for these tests (a software
 * firm's plan cards).
 */

const CARD = 'html>body>main>section.plans>div.plan>div.price';
const BORDER_BODY = hit('context.border', 'body', 0);
const DUPLICATE = hit('context.duplicate', 'navigation', 0);

/** A price that no rule but the very-short one decided, made navigation at a border. */
const label = (overrides: Partial<SectionLabelInput> = {}): SectionLabelInput => ({
  label: 'navigation',
  path: CARD,
  hits: [DOM_CUE, SHORT_BARE, BORDER_NAVIGATION],
  candidate: true,
  block: true,
  ...overrides,
});

describe('findSectionLabels', () => {
  // ESLint-style table: inputs that must fire and inputs that must not
  const cases: { name: string; segment: SectionLabelInput; fires: boolean }[] = [
    { name: 'a very short price at a border', segment: label(), fires: true },
    { name: 'at a border with no rule at all (its lean alone)', segment: label({ hits: [BORDER_NAVIGATION] }), fires: true },
    { name: 'at a border without the body cue', segment: label({ hits: [SHORT_BARE, BORDER_NAVIGATION] }), fires: true },
    { name: 'between two navigation texts (a menu item)', segment: label({ hits: [SHORT_BARE, BETWEEN_NAVIGATION] }), fires: false },
    { name: 'a cued border segment (context.border-cued)', segment: label({ hits: [DOM_CUE, BORDER_CUED] }), fires: false },
    { name: 'a navigation rule of its own beyond the very-short one', segment: label({ hits: [SHORT_BARE, LINK_DENSE, BORDER_NAVIGATION] }), fires: false },
    { name: 'decided by its rules, not by the context pass', segment: label({ hits: [SHORT_BARE] }), fires: false },
    { name: 'hidden (a constraint)', segment: label({ hits: [HIDDEN, BORDER_NAVIGATION] }), fires: false },
    { name: 'outside the main container', segment: label({ hits: [SHORT_BARE, OUTSIDE_MAIN_HIT, BORDER_NAVIGATION] }), fires: false },
    { name: 'a later pass made it navigation (a second copy)', segment: label({ hits: [SHORT_BARE, BORDER_NAVIGATION, DUPLICATE] }), fires: false },
    { name: 'at a border leaning body: body already', segment: label({ label: 'body', hits: [SENTENCE, BORDER_BODY] }), fires: false },
    { name: 'a heading, a list or an inline piece (not a block)', segment: label({ block: false }), fires: false },
    { name: 'not a candidate (screen-reader text)', segment: label({ candidate: false }), fires: false },
    { name: 'plain text: no path', segment: label({ path: undefined }), fires: false },
    { name: 'spam stays spam', segment: label({ label: 'spam' }), fires: false },
  ];
  for (const { name, segment, fires } of cases) {
    it(`${fires ? 'fires' : 'does not fire'}: ${name}`, () => {
      expect(findSectionLabels([segment])).toEqual(fires ? [0] : []);
    });
  }

  it('returns the indices of the labels among other segments', () => {
    const text: SectionLabelInput = { label: 'body', path: 'html>body>main>section.plans>div.plan>p', hits: [SENTENCE], candidate: true, block: true };
    expect(findSectionLabels([text, label(), text, label({ hits: [SHORT_BARE, BETWEEN_NAVIGATION] }), label()])).toEqual([1, 4]);
  });

  it('runs on other pages only', () => {
    expect(SECTION_LABEL_PAGE_TYPES).toEqual(['other']);
  });

  it('the hit is a frozen body hit from the context family', () => {
    expect(SECTION_LABEL_HIT.label).toBe('body');
    expect(SECTION_LABEL_HIT.rule.startsWith('context.')).toBe(true);
    expect(Object.isFrozen(SECTION_LABEL_HIT)).toBe(true);
  });
});

// A scheduling app's plans page: three plan cards, each a name, a sentence, a price and a button,
// the price between the sentence (body) and the button (navigation).
const PLANS = [
  ['Starter', 'Everything a small team needs to keep its weekly rota in one shared place.', '$12'],
  ['Team', 'Shift swaps, time-off requests and payroll exports for teams of up to fifty people.', '$29'],
  ['Business', 'Several locations, labour-cost reports and a named adviser who helps you set it all up.', '$59'],
];
const cards = PLANS.map(([name, text, price]) => `<div class="plan"><h3>${name}</h3><p>${text}</p><div class="price">${price}</div><a class="btn" href="/signup">Start now</a></div>`).join('\n');
const INTRO = [
  'Rotaplan puts your team’s shifts, holidays and hours in one calendar that everyone can read on their phone, so that nobody has to ask who is working on Saturday or whether a swap was approved.',
  'Managers build next week’s rota in a few minutes from a template, the app warns them when someone would work too many hours, and the hours worked flow straight into the payroll export at the end of the month.',
  'Every plan comes with a thirty-day trial, and you can move to a larger or a smaller plan at any time without losing your rotas or your reports.',
].map((p) => `<p>${p}</p>`).join('\n');
const plansPage = (type: string): string => `<!doctype html><html><head><title>Plans | Rotaplan</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","name":"Rotaplan"}</script></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/features">Features</a> <a href="/plans">Plans</a></nav></header>
<main><section class="intro"><h1>Plans for every team</h1>${INTRO}</section>
<section class="plans">${cards}</section></main>
<footer class="site-footer"><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></body></html>`;

describe('on a written plans page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const price = (html: string) => {
    const report = sifter.sift({ html });
    const segment = report.segments.find((s) => s.text === '$29');
    expect(segment).toBeDefined();
    const button = report.segments.find((s) => s.text === 'Start now');
    return { type: report.pageType.type, label: segment?.label, rules: segment?.hits.map((h) => h.rule) ?? [], button: button?.label };
  };

  it('a plan’s price between its sentence and its button is body on a page typed other', () => {
    const { type, label, rules, button } = price(plansPage('Service'));
    expect(type).toBe('other');
    expect(label).toBe('body');
    expect(rules).toContain('context.border');
    // inside-main runs first and, since session 44, takes a very short line (nav.short-bare alone)
    // inside the main container itself; section-label's own conditions are in the table above
    expect(rules.some((r) => r === SECTION_LABEL_HIT.rule || r === 'context.inside-main')).toBe(true);
    expect(button).toBe('navigation');
  });

  it('the same page typed article: the price stays navigation', () => {
    const { type, label, rules } = price(plansPage('Article'));
    expect(type).toBe('article');
    expect(rules).toContain('context.border');
    expect(label).toBe('navigation');
    expect(rules).not.toContain(SECTION_LABEL_HIT.rule);
  });
});
