import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * data/cues/class-names.json: `bio` is a whole-token navigation cue — an author's bio box under an
 * article is not the article (issue 13). The page below was written for these tests.
 */

describe('author bio boxes', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const article = RIVER_ARTICLE;
  const BIO = 'Mara Lind is a staff writer who covers rivers, bridges and small towns. She has reported on local government for twelve years and lives by the water.';
  const page = (cls: string): string =>
    '<html><head><title>The bridge is back</title></head><body><main><article><h1>The bridge is back</h1>' +
    article.map((t) => `<p>${t}</p>`).join('') +
    `<div class="${cls}"><p>${BIO}</p></div></article></main></body></html>`;
  const segment = (html: string, start: string) => sifter.sift({ html }).segments.find((s) => s.text.startsWith(start));
  const navCue = (html: string, start: string): boolean => segment(html, start)?.hits.some((h) => h.rule === 'nav.dom-cue') ?? false;

  it.each([['author-bio'], ['elementor-author-box__bio'], ['bio']])('text in div.%s has the navigation cue; the article stays body', (cls) => {
    const html = page(cls);
    expect(navCue(html, 'Mara Lind')).toBe(true);
    for (const text of article) expect(segment(html, text)?.label).toBe('body');
  });

  it.each([['biology-notes'], ['biography'], ['author-box']])('div.%s is no bio cue (bio is compared as a whole token)', (cls) => {
    expect(navCue(page(cls), 'Mara Lind')).toBe(false);
  });
});
