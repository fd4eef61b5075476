import { beforeAll, describe, expect, it } from 'vitest';
import { findShortHeadings, SHORT_BARE_RULE, SHORT_HEADING_HIT, type ShortHeadingInput } from '../src/classify/short-heading.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/short-heading.ts: a short heading that only nav.short-bare's score made navigation,
 * decided at a body/navigation border by the context pass, right before body, is body. The inputs
 * and pages below were written for these tests.
 */

const body = (over: Partial<ShortHeadingInput> = {}): ShortHeadingInput => ({ label: 'body', heading: false, border: false, otherNavigationScore: 0, inFlow: true, candidate: true, ...over });
const nav = (over: Partial<ShortHeadingInput> = {}): ShortHeadingInput => ({ label: 'navigation', heading: false, border: false, otherNavigationScore: 3, inFlow: true, candidate: true, ...over });
const heading = (over: Partial<ShortHeadingInput> = {}): ShortHeadingInput => ({ label: 'navigation', heading: true, border: true, otherNavigationScore: 0, inFlow: true, candidate: true, ...over });
const title = (): ShortHeadingInput => ({ label: 'navigation', heading: false, border: false, otherNavigationScore: 0, inFlow: false, candidate: false });

describe('findShortHeadings: each condition, both sides', () => {
  const cases: [string, ShortHeadingInput[], number[]][] = [
    ['a border heading between navigation and body', [nav(), heading(), body()], [1]],
    ['at the start of the page, before body', [heading(), body()], [0]],
    ['before navigation', [body(), heading(), nav()], []],
    ['at the end of the page', [body(), heading()], []],
    ['the next segment in the flow is body, past a segment outside the flow', [nav(), heading(), title(), body()], [1]],
    ['the next segment in the flow is navigation, past a segment outside the flow', [nav(), heading(), title(), nav()], []],
    ['already body', [nav(), heading({ label: 'body' }), body()], []],
    ['spam is left alone', [nav(), heading({ label: 'spam' }), body()], []],
    ['not a heading (a short line: a button, a counter)', [nav(), heading({ heading: false }), body()], []],
    ['not decided at a border (between navigation, or a later pass had it)', [nav(), heading({ border: false }), body()], []],
    ['another navigation score than its shortness (a menu word, a navigation cue): 1', [nav(), heading({ otherNavigationScore: 1 }), body()], []],
    ['another navigation score than its shortness: 0', [nav(), heading({ otherNavigationScore: 0 }), body()], [1]],
    ['not a candidate (the chrome, a footer, a dialog, a control, hidden, demoted by the page)', [nav(), heading({ candidate: false }), body()], []],
    ['two sections: "Pros" over body, "Cons" over body, a third over a link list', [nav(), heading(), body(), nav(), heading(), body(), heading(), nav()], [1, 4]],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findShortHeadings(segments)).toEqual(expected);
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
    expect(rules(pros)).toContain(SHORT_HEADING_HIT.rule);
  });

  it('a short heading over a list of links stays navigation', () => {
    const report = sifter.sift({ html: page(`<div class="pros-cons"><h4>Pros</h4><ul>${PROS}</ul></div><h4>Stores</h4><div class="buy">${SHOPS}</div>`) });
    const stores = report.segments.find((s) => s.text.trim() === 'Stores');
    expect(stores?.label).toBe('navigation');
    expect(rules(stores)).not.toContain(SHORT_HEADING_HIT.rule);
  });

  it('a short line that is not a heading (a bold label) is not taken', () => {
    const report = sifter.sift({ html: page(`<div class="pros-cons"><span class="label">Pros</span><ul>${PROS}</ul></div>`) });
    const pros = report.segments.find((s) => s.text.trim() === 'Pros');
    expect(rules(pros)).not.toContain(SHORT_HEADING_HIT.rule);
  });

  it('a heading over ten characters has no nav.short-bare score: the context pass takes it, not this pass', () => {
    const report = sifter.sift({ html: page(`<div class="pros-cons"><h4>What we liked</h4><ul>${PROS}</ul></div>`) });
    const liked = report.segments.find((s) => s.text.trim() === 'What we liked');
    expect(liked?.label).toBe('body');
    expect(rules(liked)).not.toContain(SHORT_BARE_RULE);
    expect(rules(liked)).not.toContain(SHORT_HEADING_HIT.rule);
  });

  it('a short heading under a share cue has another navigation score and is left alone', () => {
    const report = sifter.sift({ html: page(`<div class="share-box"><h4>Share</h4></div><div class="pros-cons"><ul>${PROS}</ul></div>`) });
    const share = report.segments.find((s) => s.text.trim() === 'Share');
    expect(share?.label).toBe('navigation');
    expect(rules(share)).not.toContain(SHORT_HEADING_HIT.rule);
  });
});
