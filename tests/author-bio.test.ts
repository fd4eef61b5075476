import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * An author's bio (nav.author-bio, dom.authorCue; data/cues/class-names.json `author`, `post`):
 * two or more sentences under an author cue on one of the nearest four cue-bearing elements are
 * navigation; a one-sentence byline under the same cue, and text in a post whose class names its
 * author (article.hentry.author-jane-doe), are left alone. The pages were written for these tests.
 */

describe('author bio', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const article = RIVER_ARTICLE;
  const BIO = 'Jane Doe has covered the river towns for twenty years. She lives near the old mill with two dogs and a canoe.';
  const page = (after: string, articleClass = ''): string =>
    `<html><head><title>The bridge is back</title></head><body><main><article${articleClass ? ` class="${articleClass}"` : ''}><h1>The bridge is back</h1>` +
    article.map((t) => `<p>${t}</p>`).join('') +
    after +
    '</article></main></body></html>';
  const segment = (html: string, start: string) => sifter.sift({ html }).segments.find((s) => s.text.startsWith(start));
  const bioHit = (html: string, start: string): boolean => segment(html, start)?.hits.some((h) => h.rule === 'nav.author-bio') ?? false;

  it.each([['author-box'], ['authorbox__description'], ['blog-author'], ['post-authors']])('a two-sentence bio under "%s" is navigation; the article stays body', (cls) => {
    const html = page(`<section class="${cls}"><div class="box-inner"><p>${BIO}</p></div></section>`);
    expect(bioHit(html, 'Jane Doe has')).toBe(true);
    expect(segment(html, 'Jane Doe has')?.label).toBe('navigation');
    for (const t of article) expect(segment(html, t)?.label).toBe('body');
  });

  it('a one-sentence line under an author cue has no bio hit', () => {
    const html = page('<div class="author-line"><p>Jane Doe has covered the river towns for twenty years.</p></div>');
    expect(bioHit(html, 'Jane Doe has')).toBe(false);
  });

  it('the same bio without an author cue has no bio hit', () => {
    expect(bioHit(page(`<div class="writer-note"><p>${BIO}</p></div>`), 'Jane Doe has')).toBe(false);
  });

  it('an author cue on the fourth cue-bearing element counts, on the fifth it does not', () => {
    const nest = (levels: number): string => `<div class="author-box">${'<div class="wrap">'.repeat(levels)}<p>${BIO}</p>${'</div>'.repeat(levels)}</div>`;
    // the paragraph carries no cue: the wrap divs are the nearer cue-bearing elements
    expect(bioHit(page(nest(3)), 'Jane Doe has')).toBe(true);
    expect(bioHit(page(nest(4)), 'Jane Doe has')).toBe(false);
  });

  it('a post whose class names its author (WordPress author-jane-doe on article.hentry, or on an <article>) keeps its paragraphs body', () => {
    const TWO = 'The bridge opened again on Monday morning. Crowds of walkers came from the next valley to see it.';
    for (const cls of ['hentry author-jane-doe', 'author-jane-doe']) {
      const html = page(`<p>${TWO}</p>`, cls);
      expect(bioHit(html, 'The bridge opened')).toBe(false);
      expect(segment(html, 'The bridge opened')?.label).toBe('body');
    }
    // the same post in a <div> that is no post: the class reads as an author box
    const div = page(`<div class="author-jane-doe"><p>${TWO}</p></div>`);
    expect(bioHit(div, 'The bridge opened')).toBe(true);
  });
});
