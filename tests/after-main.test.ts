import { beforeAll, describe, expect, it } from 'vitest';
import { AFTER_MAIN_HIT, AFTER_MAIN_PAGE_TYPES, findAfterMain, type AfterMainInput } from '../src/classify/after-main.js';
import { OUTSIDE_MAIN_HIT } from '../src/classify/main-content.js';
import type { Sifter } from '../src/index.js';
import { footbridgeArticle, footbridgePage, FOOTBRIDGE_STORY } from './helpers/footbridge-story.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/after-main.ts: on an article, body-looking text outside the main container after the
 * story's end is navigation. The inputs and pages below were written for these tests.
 */

const story = (): AfterMainInput => ({ label: 'body', outsideMain: false });
const outside = (): AfterMainInput => ({ label: 'body', outsideMain: true });
const navigation = (): AfterMainInput => ({ label: 'navigation', outsideMain: false });

describe('findAfterMain: each condition, both sides', () => {
  const cases: [string, AfterMainInput[], number[]][] = [
    ['outside text right after the story', [story(), story(), outside()], [2]],
    ['outside text after the story and navigation', [story(), navigation(), outside(), navigation(), outside()], [2, 4]],
    ['outside text before the story stays', [outside(), story(), story()], []],
    ['outside text between the story\'s parts stays', [story(), outside(), story()], []],
    ['only the part after the last story segment', [outside(), story(), outside(), story(), outside()], [4]],
    ['body inside the container after the story is the story', [story(), story()], []],
    ['navigation outside the container is left alone', [story(), { label: 'navigation', outsideMain: true }], []],
    ['spam is left alone', [story(), { label: 'spam', outsideMain: true }], []],
    ['no body without the outside hit: no end of story, nothing', [outside(), outside()], []],
    ['no segments', [], []],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findAfterMain(segments)).toEqual(expected);
  });
});

describe('the rule and types named', () => {
  it('runs on article pages only', () => {
    expect(AFTER_MAIN_PAGE_TYPES).toEqual(['article']);
  });

  it('its hit says navigation', () => {
    expect(AFTER_MAIN_HIT.label).toBe('navigation');
  });
});

// A story on a local news site; after it, outside <article> and one element down (so that it does
// not count as a sibling part of the story, main-content.ts SIBLING_MIN_SHARE), the reporter's
// biography, long enough that the sentence rules outweigh the outside-main score.
const STORY = FOOTBRIDGE_STORY;
const BIO =
  'Martha Ellison has reported on the town and its council for the Valley Courier since 2009, and before that she spent ten years writing about farming and rural affairs for a regional weekly paper.';
const page = (bioBefore: boolean): string =>
  footbridgePage(`<div class="page">${bioBefore ? `<div class="intro"><div class="card"><p>${BIO}</p></div></div>` : ''}
${footbridgeArticle()}
${bioBefore ? '' : `<div class="writer"><div class="card"><p>${BIO}</p></div></div>`}</div>`);

describe('after the story on a written page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const sift = (html: string, text: string) => segmentOf(sifter, html, text);

  it('the story is body', () => {
    const { type, label } = sift(page(false), STORY[2]!);
    expect(type).toBe('article');
    expect(label).toBe('body');
  });

  it('a biography outside the article, after it, is navigation', () => {
    const { type, label, rules } = sift(page(false), BIO);
    expect(type).toBe('article');
    expect(rules).toContain(OUTSIDE_MAIN_HIT.rule);
    expect(label).toBe('navigation');
    expect(rules).toContain(AFTER_MAIN_HIT.rule);
  });

  it('the same text outside the article, before it, stays body', () => {
    // (kept there as the story's lead, lead.ts, or left to the outside-main score: not this pass's)
    const { type, label, rules } = sift(page(true), BIO);
    expect(type).toBe('article');
    expect(label).toBe('body');
    expect(rules).not.toContain(AFTER_MAIN_HIT.rule);
  });
});
