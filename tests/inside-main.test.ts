import { beforeAll, describe, expect, it } from 'vitest';
import { findUndecidedInsideMain, INSIDE_MAIN_HIT, INSIDE_MAIN_PAGE_TYPES, INSIDE_MAIN_SOFT_NAVIGATION, type InsideMainInput } from '../src/classify/inside-main.js';
import { OUTSIDE_MAIN_HIT } from '../src/classify/main-content.js';
import type { Sifter } from '../src/index.js';
import { BETWEEN_NAVIGATION, BORDER_CUED, BORDER_NAVIGATION, DOM_CUE, HIDDEN, LINK_DENSE, SENTENCE, SHORT_BARE } from './helpers/context-hits.js';
import { ruleHit as hit } from './helpers/rule-hit.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/inside-main.ts: on pages typed other, a segment inside the main container that no rule
 * decided and that the context pass alone made navigation is body. The inputs and the page below
 * were written for these tests (a payroll service's plans).
 */

// element ids: 1 html > 2 body > 3 main > 4 div.plans (the main container)
const MAIN = new Set([4]);
const PLANS = [1, 2, 3, 4];
const PATH = 'html>body>main>div.plans>div.plan>p.price';

const TEASER = hit('context.teaser', 'navigation', 13);

/** A price line inside the plans that no rule decided and that the context pass made navigation. */
const line = (over: Partial<InsideMainInput> = {}): InsideMainInput => ({ label: 'navigation', path: PATH, hits: [DOM_CUE, BETWEEN_NAVIGATION], candidate: true, ancestors: [...PLANS, 10, 11], ...over });
const bodyText = (): InsideMainInput => ({ label: 'body', path: 'html>body>main>div.plans>p', hits: [SENTENCE, DOM_CUE], candidate: true, ancestors: [...PLANS, 12] });

describe('findUndecidedInsideMain: each condition, both sides', () => {
  const cases: [string, InsideMainInput[], number[]][] = [
    ['inside the container, made navigation between navigation', [bodyText(), line()], [1]],
    ['inside, made navigation at a border', [line({ hits: [DOM_CUE, BORDER_NAVIGATION] })], [0]],
    ['outside the container: its neighbours may be right', [line({ ancestors: [1, 2, 3, 20, 21] })], []],
    ['the container itself holds it directly', [line({ ancestors: PLANS })], [0]],
    ['no ancestors (head text, plain text)', [line({ ancestors: undefined })], []],
    ['a rule read it as navigation (link-dense)', [line({ hits: [LINK_DENSE, BETWEEN_NAVIGATION] })], []],
    ['very short, no sentence mark, nothing else (nav.short-bare: a member\'s heading, "Renews at")', [line({ hits: [SHORT_BARE, DOM_CUE, BETWEEN_NAVIGATION] })], [0]],
    ['very short and a link row as well (nav.short-bare with link-dense: "Learn more")', [line({ hits: [SHORT_BARE, LINK_DENSE, BETWEEN_NAVIGATION] })], []],
    ['very short and a control (nav.short-bare with nav.control: "Close")', [line({ hits: [SHORT_BARE, hit('nav.control', 'navigation', 3), BETWEEN_NAVIGATION] })], []],
    ['a cued border segment (context.border-cued, no context verdict of the two)', [line({ hits: [DOM_CUE, BORDER_CUED] })], []],
    ['decided by a page-level pass (a teaser)', [line({ hits: [DOM_CUE, TEASER, BETWEEN_NAVIGATION] })], []],
    ['demoted as outside the main container', [line({ hits: [SENTENCE, OUTSIDE_MAIN_HIT] })], []],
    ['hidden (a constraint)', [line({ hits: [HIDDEN, BETWEEN_NAVIGATION] })], []],
    ['not a candidate (screen-reader text, an inline piece)', [line({ candidate: false })], []],
    ['already body', [line({ label: 'body' })], []],
    ['spam stays spam', [line({ label: 'spam' })], []],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findUndecidedInsideMain(segments, MAIN)).toEqual(expected);
  });

  it('no main container: nothing', () => {
    expect(findUndecidedInsideMain([line()], undefined)).toEqual([]);
    expect(findUndecidedInsideMain([line()], new Set())).toEqual([]);
  });

  it('runs on other pages only', () => {
    expect(INSIDE_MAIN_PAGE_TYPES).toEqual(['other']);
  });

  it('only the very-short rule is soft', () => {
    expect([...INSIDE_MAIN_SOFT_NAVIGATION]).toEqual([SHORT_BARE.rule]);
  });

  it('the hit is a frozen body hit from the context family', () => {
    expect(INSIDE_MAIN_HIT.label).toBe('body');
    expect(INSIDE_MAIN_HIT.rule.startsWith('context.')).toBe(true);
    expect(Object.isFrozen(INSIDE_MAIN_HIT)).toBe(true);
  });
});

// A payroll service's plans: each plan a name, a sentence, then its price line between two
// buttons. The price lines hold no sentence mark, link or cue: undecided, between buttons.
const PLAN_ROWS: [string, string, string][] = [
  ['Starter plan', '$12 per employee billed each month', 'Run payroll for a small team, file the quarterly forms and pay contractors by direct deposit at no extra cost.'],
  ['Growth plan', '$18 per employee billed each month', 'Everything in the starter plan, with time tracking, paid leave balances and a report builder for the finance team.'],
  ['Complete plan', '$25 per employee billed each month', 'Everything in the growth plan, with benefits administration, a named payroll expert and checks on every run.'],
];
const PRICE = PLAN_ROWS[1]![1];
const plans = PLAN_ROWS.map(([name, price, text], i) => `<div class="plan"><h3>${name}</h3><p>${text}</p><a class="btn" href="/compare#${i}">Compare plans</a><p class="price">${price}</p><a class="btn" href="/signup/${i}">Start free trial</a></div>`).join('\n');
/** A price line outside <main>, between two buttons of the site's add-on box. */
const ADD_ON = '$9 per month for the time clock add-on';
const addOn = `<div class="add-on"><a class="btn" href="/add-ons">See add-ons</a><p>${ADD_ON}</p><a class="btn" href="/add-ons/clock">Add to plan</a></div>`;
const servicePage = (type: string): string => `<!doctype html><html><head><title>Plans and pricing | Paywell payroll</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","name":"Paywell payroll"}</script></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/plans">Plans</a> <a href="/login">Log in</a></nav></header>
<main><div class="plans"><h1>Plans and pricing</h1>
<p>Every plan includes unlimited payroll runs, year-end tax forms for employees and contractors, and support by phone on working days.</p>
${plans}</div></main>
${addOn}
<footer class="site-footer"><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></body></html>`;

describe('on a written service page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const price = (html: string, text = PRICE) => {
    const report = sifter.sift({ html });
    const segment = report.segments.find((s) => s.text === text);
    expect(segment).toBeDefined();
    return { type: report.pageType.type, label: segment?.label, rules: segment?.hits.map((h) => h.rule) ?? [] };
  };

  it('a plan\'s price line between buttons, inside the plans, is body on a page typed other', () => {
    const { type, label, rules } = price(servicePage('Service'));
    expect(type).toBe('other');
    expect(rules).toContain('context.between-navigation');
    expect(label).toBe('body');
    expect(rules).toContain(INSIDE_MAIN_HIT.rule);
  });

  it('the same price line on a page typed article stays navigation', () => {
    const { type, label, rules } = price(servicePage('Article'));
    expect(type).toBe('article');
    expect(rules).toContain('context.between-navigation');
    expect(label).toBe('navigation');
    expect(rules).not.toContain(INSIDE_MAIN_HIT.rule);
  });

  it('a price line outside the main container, between buttons, stays navigation', () => {
    const { type, label, rules } = price(servicePage('Service'), ADD_ON);
    expect(type).toBe('other');
    expect(rules).toContain('context.between-navigation');
    expect(label).toBe('navigation');
    expect(rules).not.toContain(INSIDE_MAIN_HIT.rule);
  });
});
