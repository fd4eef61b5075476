import { beforeAll, describe, expect, it } from 'vitest';
import { AFTER_STORY_HIT, AFTER_STORY_PAGE_TYPES, findAfterStory, inAfterStoryCue, loadAfterStoryCues, STORY_TEXT_RULE, type AfterStoryInput } from '../src/classify/after-story.js';
import { LATE_DEMOTIONS } from '../src/classify/late-demotions.js';
import type { Sifter } from '../src/index.js';
import { footbridgeArticle, footbridgePage, FOOTBRIDGE_STORY } from './helpers/footbridge-story.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/after-story.ts: on an article, body text after the story's last paragraph, in a section
 * whose class or id names the site's own blocks (testimonials, related posts, cards), is
 * navigation. The tokens and pages below were written for these tests.
 */

describe('inAfterStoryCue: whole tokens of the recorded groups', () => {
  let words: ReadonlySet<string>;
  beforeAll(() => {
    words = loadAfterStoryCues();
  });

  it('a whole token is a cue, on any recorded group', () => {
    expect(inAfterStoryCue([['wrapper', 'testimonials']], undefined, words)).toBe(true);
    expect(inAfterStoryCue([['p', 'lead'], ['yarpp', 'related']], undefined, words)).toBe(true);
    expect(inAfterStoryCue([['slideshow', 'slides']], undefined, words)).toBe(true);
  });

  it('a token that only holds a word is none (no prefixes, no suffixes)', () => {
    expect(inAfterStoryCue([['nonrelated', 'col']], undefined, words)).toBe(false);
    expect(inAfterStoryCue([['unrelated']], undefined, words)).toBe(false);
    expect(inAfterStoryCue([['testimonialsection']], undefined, words)).toBe(false);
    expect(inAfterStoryCue([['biography']], undefined, words)).toBe(false);
    expect(inAfterStoryCue([['entry', 'content']], undefined, words)).toBe(false);
    expect(inAfterStoryCue([], undefined, words)).toBe(false);
  });

  it('the groups that frame the page are not read', () => {
    expect(inAfterStoryCue([['p', 'lead'], ['related']], [1, 2], words)).toBe(false);
    expect(inAfterStoryCue([['related'], ['page']], [1, 2], words)).toBe(true);
  });
});

describe('findAfterStory: the story ends at its last uncued running text', () => {
  const story = (label: 'body' | 'navigation' = 'body'): AfterStoryInput => ({ label, block: true, storyText: true, cued: false });
  const cued = (storyText = true, label: 'body' | 'navigation' = 'body', block = true): AfterStoryInput => ({ label, block, storyText, cued: true });
  const line: AfterStoryInput = { label: 'body', block: true, storyText: false, cued: false };

  it('cued body after the last story paragraph is found', () => {
    expect(findAfterStory([story(), story(), cued(), cued(false)])).toEqual([2, 3]);
  });

  it('cued text with story text after it is inside the story: kept', () => {
    expect(findAfterStory([story(), cued(), cued(), story()])).toEqual([]);
  });

  it('a short uncued line after the block does not end the story later', () => {
    expect(findAfterStory([story(), cued(), line])).toEqual([1]);
  });

  it('cued running text does not count as the story', () => {
    expect(findAfterStory([story(), cued(true), cued(true)])).toEqual([1, 2]);
  });

  it('no story text, nothing found', () => {
    expect(findAfterStory([cued(), cued(), line])).toEqual([]);
    expect(findAfterStory([])).toEqual([]);
  });

  it('navigation and inline cuts are left as they are', () => {
    expect(findAfterStory([story(), cued(true, 'navigation'), cued(true, 'body', false), cued()])).toEqual([3]);
  });

  it('a story paragraph that is navigation does not end the story', () => {
    expect(findAfterStory([story(), cued(), story('navigation')])).toEqual([1]);
  });
});

describe('the pass, named', () => {
  it('runs on article pages only', () => {
    expect(AFTER_STORY_PAGE_TYPES).toEqual(['article']);
  });

  it('reads the running-text rule', () => {
    expect(STORY_TEXT_RULE).toBe('body.medium-text');
  });

  it('is a late demotion, after after-main and before trailing-heading', () => {
    const at = LATE_DEMOTIONS.indexOf('after-story');
    expect(at).toBeGreaterThan(LATE_DEMOTIONS.indexOf('after-main'));
    expect(at).toBeLessThan(LATE_DEMOTIONS.indexOf('trailing-heading'));
  });

  it('its hit says navigation', () => {
    expect(AFTER_STORY_HIT.label).toBe('navigation');
  });

  it('the words are lower-case words', () => {
    const words = loadAfterStoryCues();
    expect(words.size).toBeGreaterThan(0);
    for (const w of words) expect(w).toMatch(/^[a-z]+$/u);
  });
});

// Readers' words that a site might set under its story, in full sentences (written for this test).
const QUOTE_ONE = 'The newsletter keeps me informed about everything that happens in our valley, and I read it from start to finish every single week.';
const QUOTE_TWO = 'I have recommended this paper to all my neighbours, because the reporting on the council is careful, fair and always easy to follow.';
const CLOSING = 'The council will publish the final drawings of the new bridge on its website next month, and residents can comment on them until the end of the year.';
const quotes = (cls: string): string =>
  `<div class="${cls}"><div class="quote"><p>${QUOTE_ONE}</p><span>Ann, Millbrook</span></div><div class="quote"><p>${QUOTE_TWO}</p><span>Tom, Eastford</span></div></div>`;

describe('the site’s sections after a written article', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const sift = (html: string, text: string) => segmentOf(sifter, html, text);

  it('readers’ quotes in a testimonials block after the story are navigation', () => {
    const page = footbridgePage(footbridgeArticle(quotes('reader-testimonials')));
    const { type, label, rules } = sift(page, QUOTE_ONE);
    expect(type).toBe('article');
    expect(label).toBe('navigation');
    expect(rules).toContain(AFTER_STORY_HIT.rule);
    expect(sift(page, QUOTE_TWO).label).toBe('navigation');
  });

  it('the same quotes in a block with another name stay body', () => {
    const { type, label, rules } = sift(footbridgePage(footbridgeArticle(quotes('reader-voices'))), QUOTE_ONE);
    expect(type).toBe('article');
    expect(label).toBe('body');
    expect(rules).not.toContain(AFTER_STORY_HIT.rule);
  });

  it('the testimonials block with the story going on after it stays body', () => {
    const { type, label, rules } = sift(footbridgePage(footbridgeArticle(`${quotes('reader-testimonials')}<p>${CLOSING}</p>`)), QUOTE_ONE);
    expect(type).toBe('article');
    expect(label).toBe('body');
    expect(rules).not.toContain(AFTER_STORY_HIT.rule);
  });

  it('another post’s summary in a more-posts section after the story is navigation', () => {
    const more = `<section class="more-posts"><div class="teaser"><h3>Weir repairs finished</h3><p>${QUOTE_TWO}</p></div></section>`;
    const { type, label, rules } = sift(footbridgePage(footbridgeArticle(more)), QUOTE_TWO);
    expect(type).toBe('article');
    expect(label).toBe('navigation');
    expect(rules).toContain(AFTER_STORY_HIT.rule);
  });

  it('the story stays body', () => {
    const page = footbridgePage(footbridgeArticle(quotes('reader-testimonials')));
    for (const paragraph of FOOTBRIDGE_STORY) expect(sift(page, paragraph).label).toBe('body');
  });
});
