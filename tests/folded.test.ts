import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * Folded text (src/classify/folded.ts): hidden text under a collapsible cue (accordion, tab, faq,
 * answer, more…; data/cues/class-names.json `collapsible`) that reads as body once the hidden
 * discount is off is body — the answers of an FAQ, the panels of a tab group — when it lies in
 * the page's main content; hidden text without such a cue, with a navigation or dialog cue, too
 * short to read as body, or outside the main container stays navigation. The pages below were
 * written for these tests.
 */

describe('folded text', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const article = RIVER_ARTICLE;
  const ANSWERS = [
    'The council paid for the repairs from its road budget, and a grant from the county covered the cost of the new railings along both sides.',
    'The bridge is open to walkers and cyclists every day of the week, and small delivery vans may cross it before nine in the morning.',
  ];
  const hidden = 'style="display:none"';
  /** An FAQ of two questions whose answers are hidden until clicked, inside the article's element. */
  const faq = (wrapper: string, answer = (t: string) => `<div class="${wrapper}" ${hidden}><p>${t}</p></div>`): string =>
    '<div class="questions">' + ANSWERS.map((t, i) => `<h3>Question number ${i + 1} about the bridge?</h3>${answer(t)}`).join('') + '</div>';
  const page = (inside: string, after = ''): string =>
    '<html><head><title>The bridge is back</title></head><body><main><article><h1>The bridge is back</h1>' +
    article.map((t) => `<p>${t}</p>`).join('') +
    inside +
    '</article></main>' +
    after +
    '</body></html>';
  const segment = (html: string, start: string) => sifter.sift({ html }).segments.find((s) => s.text.startsWith(start));
  const label = (html: string, start: string) => segment(html, start)?.label;

  it.each([['faq-answer'], ['accordion__content'], ['tab-pane'], ['collapse'], ['read-more']])('hidden answers under "%s" in the article are body; the article stays body', (wrapper) => {
    const html = page(faq(wrapper));
    for (const t of ANSWERS) {
      expect(label(html, t.slice(0, 30))).toBe('body');
      expect(segment(html, t.slice(0, 30))?.hits.some((h) => h.rule === 'context.folded')).toBe(true);
    }
    for (const t of article) expect(label(html, t)).toBe('body');
  });

  it('role="tabpanel" is a collapsible cue too', () => {
    const html = page(faq('', (t) => `<div role="tabpanel" hidden><p>${t}</p></div>`));
    for (const t of ANSWERS) expect(label(html, t.slice(0, 30))).toBe('body');
  });

  /** An answer wrapped in `depth` plain classed divs inside the hidden panel: the panel's own cue lies beyond the recorded ancestors (segment/place.ts MAX_CUE_ANCESTORS). */
  const deep = (panel: string, depth: number) => (t: string) => `<div ${panel}>` + '<div class="wrap">'.repeat(depth) + `<p>${t}</p>` + '</div>'.repeat(depth) + '</div>';

  it.each([
    ['class="cmp-accordion__panel" hidden', 8],
    ['class="faq-answer" style="display:none"', 10],
    ['role="tabpanel" hidden', 7],
    ['class="accordion__content" hidden', 2],
  ])('a hidden panel <div %s> folds its answers however deep they sit (%i wrappers)', (panel, depth) => {
    const html = page(faq('', deep(panel, depth)));
    for (const t of ANSWERS) {
      expect(label(html, t.slice(0, 30))).toBe('body');
      expect(segment(html, t.slice(0, 30))?.hits.some((h) => h.rule === 'context.folded')).toBe(true);
    }
  });

  it.each([
    ['class="note" hidden', 8],
    ['class="table-wrapper" style="display:none"', 10],
  ])('a deep hidden panel <div %s> without a collapsible token stays navigation (%i wrappers)', (panel, depth) => {
    const html = page(faq('', deep(panel, depth)));
    for (const t of ANSWERS) expect(label(html, t.slice(0, 30))).toBe('navigation');
  });

  it('the cue read is the hiding element\'s: a collapsible class on a shown element above a hidden note does not fold it', () => {
    const html = page(`<div class="accordion">${'<div class="wrap">'.repeat(8)}<div class="note" hidden>${ANSWERS.map((t) => `<p>${t}</p>`).join('')}</div>${'</div>'.repeat(8)}</div>`);
    for (const t of ANSWERS) expect(label(html, t.slice(0, 30))).toBe('navigation');
  });

  it.each([['note'], ['table-wrapper'], ['tablet-only'], ['moreover']])('hidden text under "%s" (no collapsible token: tab and more are whole tokens) stays navigation', (wrapper) => {
    const html = page(faq(wrapper));
    for (const t of ANSWERS) expect(label(html, t.slice(0, 30))).toBe('navigation');
  });

  it('the same answers shown (not hidden) are body with no folded hit', () => {
    const html = page(faq('faq-answer', (t) => `<div class="faq-answer"><p>${t}</p></div>`));
    for (const t of ANSWERS) {
      expect(label(html, t.slice(0, 30))).toBe('body');
      expect(segment(html, t.slice(0, 30))?.hits.some((h) => h.rule === 'context.folded')).toBe(false);
    }
  });

  it('a navigation cue (a collapsed menu) or a dialog cue (a tab in a modal) keeps hidden text navigation', () => {
    expect(label(page(faq('menu-accordion')), ANSWERS[0]!.slice(0, 30))).toBe('navigation');
    expect(label(page(faq('modal-tab')), ANSWERS[0]!.slice(0, 30))).toBe('navigation');
  });

  it('hidden text too short to read as body stays navigation under a collapsible cue', () => {
    const html = page(`<div class="accordion" ${hidden}><span>Close</span></div>`);
    expect(label(html, 'Close')).toBe('navigation');
  });

  it('an FAQ accordion outside the main container stays navigation (its hidden discount comes back)', () => {
    const html = page('', `<section class="questions-below">${faq('faq-answer')}</section>`);
    for (const t of article) expect(label(html, t)).toBe('body');
    for (const t of ANSWERS) {
      const s = segment(html, t.slice(0, 30));
      expect(s?.label).toBe('navigation');
      expect(s?.hits.some((h) => h.rule === 'context.folded-outside-main')).toBe(true);
    }
  });
});
