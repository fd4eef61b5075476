import { beforeAll, describe, expect, it } from 'vitest';
import { OUTSIDE_MAIN_HIT } from '../src/classify/main-content.js';
import { findPageSections, PAGE_SECTION_HIT, PAGE_SECTIONS_MIN_SHARE, PAGE_SECTIONS_PAGE_TYPES, sectionsElement, type PageSectionInput } from '../src/classify/page-sections.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/page-sections.ts: on a page typed other, text outside the main container but inside the
 * nearest element above it that holds PAGE_SECTIONS_MIN_SHARE of the first pass's body weight is
 * another section of the page. The inputs and the page below were written for these tests.
 */

// element ids: 1 html > 2 body > 3 main > 4 section.faq > 5 div.answers (the main container);
// 3 main also holds 6 section.steps; 2 body also holds 9 div.sidebar
const MAIN = new Set([5]);
const IN_MAIN = [1, 2, 3, 4, 5, 50];
const STEPS = [1, 2, 3, 6, 60];
const SIDEBAR = [1, 2, 9, 90];

const body = (ancestors: number[], bodyWeight: number): PageSectionInput => ({ ancestors, bodyWeight, candidate: false });
const outside = (ancestors: number[], bodyWeight: number, candidate = true): PageSectionInput => ({ ancestors, bodyWeight, candidate });

describe('sectionsElement: the share held', () => {
  it(`the container holds less than ${PAGE_SECTIONS_MIN_SHARE}: the element above that holds it`, () => {
    // main 60, the steps 30 (main element holds 90 of 100), sidebar 10
    expect(sectionsElement([body(IN_MAIN, 60), outside(STEPS, 30), outside(SIDEBAR, 10)], MAIN)).toBe(3);
  });

  it(`exactly ${PAGE_SECTIONS_MIN_SHARE} held by <main> is enough`, () => {
    expect(sectionsElement([body(IN_MAIN, 60), outside(STEPS, 20), outside(SIDEBAR, 20)], MAIN)).toBe(3);
  });

  it(`under ${PAGE_SECTIONS_MIN_SHARE} held by <main>: only <body> holds it, and <body> is taken`, () => {
    expect(sectionsElement([body(IN_MAIN, 60), outside(STEPS, 19), outside(SIDEBAR, 21)], MAIN)).toBe(2);
  });

  it('the container holds enough itself: nothing to climb to', () => {
    expect(sectionsElement([body(IN_MAIN, 85), outside(STEPS, 15)], MAIN)).toBeUndefined();
  });

  it('text that was no body in the first pass weighs nothing', () => {
    expect(sectionsElement([body(IN_MAIN, 60), outside(STEPS, 0), outside(STEPS, 0)], MAIN)).toBeUndefined();
  });

  it('no segment inside the container: no chain to climb', () => {
    expect(sectionsElement([outside(STEPS, 30)], MAIN)).toBeUndefined();
  });
});

describe('findPageSections', () => {
  const page = [body(IN_MAIN, 60), outside(STEPS, 30), outside(SIDEBAR, 10)];
  it('a candidate in another section of <main> is body; the sidebar outside <main> is not', () => {
    expect(findPageSections(page, MAIN)).toEqual([1]);
  });

  it('not a candidate (a hard rule, a chrome cue): left alone', () => {
    expect(findPageSections([body(IN_MAIN, 60), outside(STEPS, 30, false), outside(SIDEBAR, 10)], MAIN)).toEqual([]);
  });

  it('no main container: nothing', () => {
    expect(findPageSections(page, undefined)).toEqual([]);
    expect(findPageSections(page, new Set())).toEqual([]);
  });

  it('runs on other pages only', () => {
    expect(PAGE_SECTIONS_PAGE_TYPES).toEqual(['other']);
  });

  it('the hit is a frozen body hit from the context family', () => {
    expect(PAGE_SECTION_HIT.label).toBe('body');
    expect(PAGE_SECTION_HIT.rule.startsWith('context.')).toBe(true);
    expect(Object.isFrozen(PAGE_SECTION_HIT)).toBe(true);
  });
});

// A tutoring service's landing page: an FAQ whose answers hold most of the body text (the main
// container, four levels under <main>), then a "How it works" section of three steps, each a
// heading and a sentence: too far from the container for a lead or a sentence beside it.
const STEP_TEXT = 'Tell us the subject and the level, and we suggest three tutors who teach it near you.';
const STEPS_HTML = [
  ['Tell us what you need', STEP_TEXT],
  ['Meet your tutor', 'The first lesson is a free half hour in which you and the tutor plan the weeks ahead.'],
  ['Learn at your pace', 'Book lessons when they suit you, online or at home, and cancel any of them a day before.'],
].map(([h, p]) => `<div class="step"><h3>${h}</h3><p>${p}</p></div>`).join('\n');
const ANSWERS = [
  ['Who are the tutors?', 'Every tutor holds a teaching degree or a university degree in the subject they teach, and we check their references and their background before they meet a student. Most of them have taught in schools for several years, and all of them take part in our training days twice a year, where they share lesson plans and learn from each other.'],
  ['How much does a lesson cost?', 'A lesson of one hour costs the same for every subject and level, and it is paid after the lesson, not before. If you book ten lessons at once the last one is free, and families with more than one child learning with us get a lower price for each of them. There is no fee to join and no contract to sign.'],
  ['Can lessons take place online?', 'Yes: every tutor teaches online as well as at home, with a shared whiteboard and the lesson recorded for the student to watch again. Many students mix the two, meeting the tutor at home before exams and online during the rest of the year, and they can change from one to the other at any time.'],
];
const faq = ANSWERS.map(([q, a]) => `<div class="qa"><h3>${q}</h3><p>${a}</p></div>`).join('\n');
const landingPage = (type: string): string => `<!doctype html><html><head><title>Home tutoring | Brightside Tutors</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","name":"Brightside Tutors"}</script></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/tutors">Tutors</a> <a href="/prices">Prices</a></nav></header>
<main><section class="faq"><div class="wrap"><div class="inner"><h2>Questions</h2><div class="answers">${faq}</div></div></div></section>
<section class="steps"><h2>How it works</h2>${STEPS_HTML}</section></main>
<footer class="site-footer"><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></body></html>`;

describe('on a written landing page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const step = (html: string) => {
    const report = sifter.sift({ html });
    const segment = report.segments.find((s) => s.text === STEP_TEXT);
    expect(segment).toBeDefined();
    return { type: report.pageType.type, label: segment?.label, rules: segment?.hits.map((h) => h.rule) ?? [] };
  };

  it('a step of "How it works", outside the FAQ that holds most of the text, is body on a page typed other', () => {
    const { type, label, rules } = step(landingPage('Service'));
    expect(type).toBe('other');
    expect(rules).toContain(OUTSIDE_MAIN_HIT.rule);
    expect(label).toBe('body');
    expect(rules).toContain(PAGE_SECTION_HIT.rule);
  });

  it('the same page typed article: the step stays navigation', () => {
    const { type, label, rules } = step(landingPage('Article'));
    expect(type).toBe('article');
    expect(rules).toContain(OUTSIDE_MAIN_HIT.rule);
    expect(label).toBe('navigation');
    expect(rules).not.toContain(PAGE_SECTION_HIT.rule);
  });
});
