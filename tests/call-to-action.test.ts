import { beforeAll, describe, expect, it } from 'vitest';
import { CALL_TO_ACTION_HIT, CALL_TO_ACTION_PAGE_TYPES, inCallToAction, isCallToActionToken, loadCallToActionCues } from '../src/classify/call-to-action.js';
import type { Sifter } from '../src/index.js';
import { footbridgeArticle, footbridgePage, FOOTBRIDGE_STORY } from './helpers/footbridge-story.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/call-to-action.ts: on an article, body text in a box whose class or id names a call to
 * action (cta, call-to-action) is navigation. The tokens and pages below were written for these tests.
 */

describe('isCallToActionToken: parts, not letters', () => {
  let words: ReadonlySet<string>;
  beforeAll(() => {
    words = loadCallToActionCues();
  });
  const cases: [string, boolean][] = [
    ['cta', true],
    ['blog-cta', true],
    ['cta-banner__content', true],
    ['blog_cta-heading', true],
    ['image-cta-banner-left', true],
    ['call-to-action', true],
    ['call-to-action-section', true],
    ['calltoaction', true],
    ['octane', false],
    ['dictate', false],
    ['tactical-gear', false],
    ['ctas-wrapper', false],
    ['call-to', false],
    ['to-action', false],
    ['', false],
  ];
  it.each(cases)('%s -> %s', (token, expected) => {
    expect(isCallToActionToken(token, words)).toBe(expected);
  });

  it('reads every recorded group but those framing the page', () => {
    expect(inCallToAction([['p-lead'], ['blog-cta']], undefined, words)).toBe(true);
    expect(inCallToAction([['p-lead'], ['entry-content']], undefined, words)).toBe(false);
    // the second group frames the page (a theme naming its body has-cta): not read
    expect(inCallToAction([['p-lead'], ['has-cta']], [1, 2], words)).toBe(false);
    expect(inCallToAction([['box-cta'], ['has-cta']], [1, 2], words)).toBe(true);
    expect(inCallToAction([], undefined, words)).toBe(false);
  });
});

describe('the rule, types and words named', () => {
  it('runs on article pages only', () => {
    expect(CALL_TO_ACTION_PAGE_TYPES).toEqual(['article']);
  });

  it('its hit says navigation', () => {
    expect(CALL_TO_ACTION_HIT.label).toBe('navigation');
  });

  it('the words are lower-case words', () => {
    const words = loadCallToActionCues();
    expect(words.size).toBeGreaterThan(0);
    for (const w of words) expect(w).toMatch(/^[a-z]+$/u);
  });
});

// A box the newspaper sets under its story, in sentences, asking readers to subscribe to the print edition.
const APPEAL = 'Enjoy stories like this one every week by taking out a subscription to the printed edition, delivered to your door on Friday mornings.';
const box = (cls: string): string => `<div class="${cls}"><p>${APPEAL}</p><a href="/subscribe">Subscribe</a></div>`;

describe('a call to action on a written article', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const sift = (html: string, text: string) => segmentOf(sifter, html, text);

  it('an appeal in a box named cta is navigation', () => {
    const { type, label, rules } = sift(footbridgePage(footbridgeArticle(box('story-cta'))), APPEAL);
    expect(type).toBe('article');
    expect(label).toBe('navigation');
    expect(rules).toContain(CALL_TO_ACTION_HIT.rule);
  });

  it('the same appeal in a box with another name stays body', () => {
    const { type, label, rules } = sift(footbridgePage(footbridgeArticle(box('story-note'))), APPEAL);
    expect(type).toBe('article');
    expect(label).toBe('body');
    expect(rules).not.toContain(CALL_TO_ACTION_HIT.rule);
  });

  it('the story stays body', () => {
    expect(sift(footbridgePage(footbridgeArticle(box('story-cta'))), FOOTBRIDGE_STORY[1]!).label).toBe('body');
  });
});
