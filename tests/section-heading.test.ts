import { beforeAll, describe, expect, it } from 'vitest';
import { contextPass } from '../src/classify/context.js';
import { findSectionHeadings, SECTION_HEADING_HIT, type SectionHeadingInput } from '../src/classify/section-heading.js';
import { CONTEXT_NAVIGATION_RULES } from '../src/classify/context.js';
import { SHORT_BARE_RULE } from '../src/classify/same-place.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/section-heading.ts: a heading that the context pass left as navigation (at a border or
 * between navigation), that no navigation rule but nav.short-bare scored, right before body, is
 * body. The inputs and pages below were written for these tests.
 */

const body = (over: Partial<SectionHeadingInput> = {}): SectionHeadingInput => ({ label: 'body', heading: false, byContext: false, otherNavigationScore: 0, inFlow: true, candidate: true, ...over });
const nav = (over: Partial<SectionHeadingInput> = {}): SectionHeadingInput => ({ label: 'navigation', heading: false, byContext: false, otherNavigationScore: 3, inFlow: true, candidate: true, ...over });
const heading = (over: Partial<SectionHeadingInput> = {}): SectionHeadingInput => ({ label: 'navigation', heading: true, byContext: true, otherNavigationScore: 0, inFlow: true, candidate: true, ...over });
const title = (): SectionHeadingInput => ({ label: 'navigation', heading: false, byContext: false, otherNavigationScore: 0, inFlow: false, candidate: false });

describe('CONTEXT_NAVIGATION_RULES: the ids the context pass gives a heading it leaves as navigation', () => {
  const first = (label: 'body' | 'navigation') => ({ first: { label }, inFlow: true });
  const undecided = { first: { label: undefined, lean: 'navigation' as const }, inFlow: true };
  it('at a border by its own lean', () => {
    const rule = contextPass([first('navigation'), undecided, first('body')])[1]!.hit?.rule;
    expect(rule).toBe('context.border');
    expect(CONTEXT_NAVIGATION_RULES.has(rule!)).toBe(true);
  });
  it('between navigation', () => {
    const rule = contextPass([first('navigation'), undecided, first('navigation')])[1]!.hit?.rule;
    expect(rule).toBe('context.between-navigation');
    expect(CONTEXT_NAVIGATION_RULES.has(rule!)).toBe(true);
  });
  it('not the context decisions that make body', () => {
    const rule = contextPass([first('body'), { ...undecided, heading: true }, first('body')])[1]!.hit?.rule;
    expect(rule).toBe('context.between-body');
    expect(CONTEXT_NAVIGATION_RULES.has(rule!)).toBe(false);
  });
});

describe('findSectionHeadings: each condition, both sides', () => {
  const cases: [string, SectionHeadingInput[], number[]][] = [
    ['a border heading between navigation and body', [nav(), heading(), body()], [1]],
    ['at the start of the page, before body', [heading(), body()], [0]],
    ['before navigation', [body(), heading(), nav()], []],
    ['at the end of the page', [body(), heading()], []],
    ['the next segment in the flow is body, past a segment outside the flow', [nav(), heading(), title(), body()], [1]],
    ['the next segment in the flow is navigation, past a segment outside the flow', [nav(), heading(), title(), nav()], []],
    ['already body', [nav(), heading({ label: 'body' }), body()], []],
    ['spam is left alone', [nav(), heading({ label: 'spam' }), body()], []],
    ['not a heading (a short line: a button, a counter)', [nav(), heading({ heading: false }), body()], []],
    ['not left navigation by the context pass (a rule decided it, or a later pass had it)', [nav(), heading({ byContext: false }), body()], []],
    ['another navigation score than its shortness (a menu word, a navigation cue): 1', [nav(), heading({ otherNavigationScore: 1 }), body()], []],
    ['another navigation score than its shortness: 0', [nav(), heading({ otherNavigationScore: 0 }), body()], [1]],
    ['not a candidate (the chrome, a footer, a dialog, a control, hidden, demoted by the page)', [nav(), heading({ candidate: false }), body()], []],
    ['two sections: "Pros" over body, "Cons" over body, a third over a link list', [nav(), heading(), body(), nav(), heading(), body(), heading(), nav()], [1, 4]],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findSectionHeadings(segments)).toEqual(expected);
  });
});

const P1 = 'The Brisa 300 kept the room at an even temperature through a week of cold nights, and its fan stayed quiet enough to sleep beside.';
const P2 = 'Its filter slides out from the side and rinses clean under the tap, which makes the monthly clean a matter of a few minutes.';
const PROS = '<li>Steady temperatures through the night, with no cold spells between cycles.</li><li>Quiet enough to sleep beside, even on its highest setting.</li>';
const SHOPS = '<a href="/go/1">Amazon</a> <a href="/go/2">Walmart</a> <a href="/go/3">Target</a>';

const page = (box: string): string => `<!doctype html><html><head><title>Brisa 300 heater review</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/reviews">Reviews</a> <a href="/deals">Deals</a></nav></header>
<main><article><h1>Brisa 300 heater review</h1><p>${P1}</p>
<div class="buy">${SHOPS}</div>
${box}
<p>${P2}</p></article></main>
<footer class="site-footer"><p>Heater Reviews Weekly, Mill Lane.</p></footer></body></html>`;

const rules = (s: { hits: { rule: string }[] } | undefined): string[] => s?.hits.map((h) => h.rule) ?? [];

describe('short headings on a written review page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('"Pros" after the shop links and over its list: navigation by its length alone at the border, made body by the pass', () => {
    const report = sifter.sift({ html: page(`<div class="pros-cons"><h4>Pros</h4><ul>${PROS}</ul></div>`) });
    const pros = report.segments.find((s) => s.text.trim() === 'Pros');
    expect(rules(pros)).toContain(SHORT_BARE_RULE);
    expect(rules(pros)).toContain('context.border');
    expect(pros?.label).toBe('body');
    expect(rules(pros)).toContain(SECTION_HEADING_HIT.rule);
  });

  it('a short heading over a list of links stays navigation', () => {
    const report = sifter.sift({ html: page(`<div class="pros-cons"><h4>Pros</h4><ul>${PROS}</ul></div><h4>Stores</h4><div class="buy">${SHOPS}</div>`) });
    const stores = report.segments.find((s) => s.text.trim() === 'Stores');
    expect(stores?.label).toBe('navigation');
    expect(rules(stores)).not.toContain(SECTION_HEADING_HIT.rule);
  });

  it('a short line that is not a heading (a bold label) is not taken', () => {
    const report = sifter.sift({ html: page(`<div class="pros-cons"><span class="label">Pros</span><ul>${PROS}</ul></div>`) });
    const pros = report.segments.find((s) => s.text.trim() === 'Pros');
    expect(rules(pros)).not.toContain(SECTION_HEADING_HIT.rule);
  });

  it('a heading over ten characters has no nav.short-bare score: the context pass takes it, not this pass', () => {
    const report = sifter.sift({ html: page(`<div class="pros-cons"><h4>What we liked</h4><ul>${PROS}</ul></div>`) });
    const liked = report.segments.find((s) => s.text.trim() === 'What we liked');
    expect(liked?.label).toBe('body');
    expect(rules(liked)).not.toContain(SHORT_BARE_RULE);
    expect(rules(liked)).not.toContain(SECTION_HEADING_HIT.rule);
  });

  it('a short heading under a share cue has another navigation score and is left alone', () => {
    const report = sifter.sift({ html: page(`<div class="share-box"><h4>Share</h4></div><div class="pros-cons"><ul>${PROS}</ul></div>`) });
    const share = report.segments.find((s) => s.text.trim() === 'Share');
    expect(share?.label).toBe('navigation');
    expect(rules(share)).not.toContain(SECTION_HEADING_HIT.rule);
  });
});

const P3 = 'The Brisa 300 kept the room at an even temperature through a week of cold nights, and its fan stayed quiet enough to sleep beside.';
const P4 = 'The heater kept the room at an even temperature through a week of cold nights, and its fan stayed quiet enough to sleep beside.';
const productPage = (rows: string): string => `<!doctype html><html><head><title>Brisa 300 heater</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/heaters">Heaters</a> <a href="/deals">Deals</a></nav></header>
<main><div class="product"><h1>Brisa 300 heater</h1><p class="price">$129.99</p><p>${P3}</p><p>${P4}</p>
<div class="buy"><a href="/cart">Add to cart</a> <a href="/list">Add to list</a> <a href="/compare">Compare</a></div>
<h3>Warranty</h3><ul class="terms">${rows}</ul>
</div></main>
<div class="related"><a href="/a">Brisa 200</a> <a href="/b">Brisa 400</a> <a href="/c">Calda 10</a></div>
<footer class="site-footer"><p>Heater Shop, Mill Lane.</p></footer></body></html>`;

describe('a heading over rows a late pass made body, on a written product page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('"Warranty" between the buy buttons and its terms: navigation between navigation, body once the spec rows are', () => {
    const report = sifter.sift({ html: productPage('<li>Parts: 2 years</li><li>Labour: 1 year</li><li>Returns: 30 days</li>') });
    const warranty = report.segments.find((s) => s.text.trim() === 'Warranty');
    const row = report.segments.find((s) => s.text.trim() === 'Parts: 2 years');
    expect(rules(warranty)).toContain('context.between-navigation');
    expect(row?.label).toBe('body');
    expect(warranty?.label).toBe('body');
    expect(rules(warranty)).toContain(SECTION_HEADING_HIT.rule);
  });

  it('over a list of links it stays navigation', () => {
    const report = sifter.sift({ html: productPage('<li><a href="/w/1">Parts</a></li><li><a href="/w/2">Labour</a></li><li><a href="/w/3">Returns</a></li>') });
    const warranty = report.segments.find((s) => s.text.trim() === 'Warranty');
    expect(warranty?.label).toBe('navigation');
    expect(rules(warranty)).not.toContain(SECTION_HEADING_HIT.rule);
  });
});
