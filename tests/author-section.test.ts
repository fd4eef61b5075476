import { beforeAll, describe, expect, it } from 'vitest';
import { AUTHOR_SECTION_HIT, AUTHOR_SECTION_PAGE_TYPES, type AuthorSectionInput, findAuthorSections, loadAuthorSectionTitles, normaliseTitle, parentPath } from '../src/classify/author-section.js';
import type { Sifter } from '../src/index.js';
import { footbridgeArticle, footbridgePage, FOOTBRIDGE_STORY } from './helpers/footbridge-story.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/author-section.ts: on an article, a heading "About the author" that opens its own
 * element heads the author's bio box; the box's body text is navigation. The inputs and pages
 * below were written for these tests.
 */

const TITLES = loadAuthorSectionTitles();
const BOX = 'html>body>main>div.box';
const ARTICLE = 'html>body>main>div.story';
const seg = (path: string | undefined, text: string, heading = false, label: AuthorSectionInput['label'] = 'body', candidate = true): AuthorSectionInput => ({ label, heading, text, path, candidate });
const story = (): AuthorSectionInput => seg(`${ARTICLE}>p`, 'The council agreed on Monday to rebuild the old footbridge.');
const title = (text = 'About the Author', path = `${BOX}>h2`): AuthorSectionInput => seg(path, text, true);
const bio = (path = `${BOX}>div.text>p`, label: AuthorSectionInput['label'] = 'body'): AuthorSectionInput => seg(path, 'Jane Doe has written about the valley for twenty years.', false, label);

describe('findAuthorSections: each condition, both sides', () => {
  const cases: [string, AuthorSectionInput[], number[]][] = [
    ['a titled box after the story: heading and bio', [story(), title(), bio(), bio(`${BOX}>p`)], [1, 2, 3]],
    ['the run stops where the box ends', [story(), title(), bio(), story()], [1, 2]],
    ['a heading that is not a title leaves the box alone', [story(), title('About the bridge'), bio()], []],
    ['a title with trailing punctuation and other case', [story(), title('ABOUT THE REVIEWER:'), bio()], [1, 2]],
    ['a title that only begins the heading is no title', [story(), title('About the author of this bridge'), bio()], []],
    ['the title as a paragraph, not a heading, opens nothing', [story(), seg(`${BOX}>p`, 'About the author'), bio()], []],
    ['a heading after text of its own element is the article\'s (no box)', [seg(`${BOX}>p`, 'A paragraph of the story.'), title(), bio()], []],
    ['a heading at the root has no element to open', [story(), seg('h2', 'About the author', true), bio()], []],
    ['navigation in the box stays navigation, not counted', [story(), title(), bio(`${BOX}>p`, 'navigation'), bio()], [1, 3]],
    ['inline pieces are left alone', [story(), title(), seg(`${BOX}>p`, 'an inline piece', false, 'body', false)], [1]],
    ['a segment without a path ends the box', [story(), title(), seg(undefined, 'text'), bio()], [1]],
    ['a second title inside the same box is covered once', [story(), title(), bio(), title('About the reviewer', `${BOX}>h2`), bio()], [1, 2, 3, 4]],
    ['no segments', [], []],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findAuthorSections(segments, TITLES)).toEqual(expected);
  });
});

describe('normaliseTitle and parentPath', () => {
  it.each([
    ['About  the\nAuthor:', 'about the author'],
    ['Meet the author!', 'meet the author'],
    ['Author bio ', 'author bio'],
    ['About the author: . !?', 'about the author'],
    ['Q&A: the author', 'q&a: the author'], // punctuation inside stays
    ['?!.', ''],
    ['', ''],
  ])('%s', (text, expected) => {
    expect(normaliseTitle(text)).toBe(expected);
  });
  it('strips a long run of trailing punctuation as the end-anchored pattern did, and keeps what a run leads up to', () => {
    expect(normaliseTitle(`About${'.'.repeat(50_000)}`)).toBe('about');
    expect(normaliseTitle(`${'.'.repeat(50_000)}x`)).toBe(`${'.'.repeat(50_000)}x`);
  });
  it.each([
    ['html>body>div>h2', 'html>body>div'],
    ['h2', undefined],
  ])('%s', (path, expected) => {
    expect(parentPath(path)).toBe(expected);
  });
  it('the shipped titles are normalised and hold the author\'s and the reviewer\'s', () => {
    expect(TITLES.has('about the author')).toBe(true);
    expect(TITLES.has('about the reviewer')).toBe(true);
    for (const t of TITLES) expect(normaliseTitle(t)).toBe(t);
  });
});

describe('the rule and types named', () => {
  it('runs on article pages only', () => {
    expect(AUTHOR_SECTION_PAGE_TYPES).toEqual(['article']);
  });
  it('its hit says navigation', () => {
    expect(AUTHOR_SECTION_HIT.label).toBe('navigation');
  });
});

// The footbridge story, with a box at the end of its <article> that gives the reporter's bio under an
// "About the Author" heading, in elements whose classes say nothing of an author.
const BIO = 'Jane Doe has reported on the valley towns for twenty years, and before that she covered farming and local courts for a regional daily newspaper.';
const box = (heading: string): string => `<div class="panel"><h2 class="title">${heading}</h2><div class="inner"><p>${BIO}</p></div></div>`;

describe('an author box under the story on a written page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const sift = (html: string, text: string) => segmentOf(sifter, html, text);

  it('headed "About the Author", the bio is navigation and the story stays body', () => {
    const html = footbridgePage(`<main>${footbridgeArticle(box('About the Author'))}</main>`);
    const { type, label, rules } = sift(html, BIO);
    expect(type).toBe('article');
    expect(label).toBe('navigation');
    expect(rules).toContain(AUTHOR_SECTION_HIT.rule);
    expect(sift(html, FOOTBRIDGE_STORY[4]!).label).toBe('body');
  });

  it('headed otherwise, the bio stays body (the pass is what decides it)', () => {
    const { label, rules } = sift(footbridgePage(`<main>${footbridgeArticle(box('Our reporter'))}</main>`), BIO);
    expect(label).toBe('body');
    expect(rules).not.toContain(AUTHOR_SECTION_HIT.rule);
  });
});
