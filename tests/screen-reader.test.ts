import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * Text that a page keeps for screen readers only (sr-only, visually-hidden, screen-reader-text…
 * classes; src/segment/hidden.ts) is not shown, so it is never body (constraint.screen-reader-only,
 * src/classify/classify.ts). A block that also shows text of its own is left as it is. The page
 * below was written for these tests.
 */

describe('screen-reader-only text', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const article = RIVER_ARTICLE;
  const READER_NOTE = 'The current price of the river guide is twelve dollars, and the map that comes with it is free of charge.';
  const page = (cls: string, note = READER_NOTE): string =>
    '<html><head><title>The bridge is back</title></head><body><main><article><h1>The bridge is back</h1>' +
    article.map((t) => `<p>${t}</p>`).join('') +
    `<p class="${cls}">${note}</p></article></main></body></html>`;
  const segment = (html: string, start: string) => sifter.sift({ html }).segments.find((s) => s.text.startsWith(start));

  it.each([['sr-only'], ['visually-hidden'], ['visuallyhidden'], ['screen-reader-text'], ['note sr-only'], ['h-sr-only'], ['u-visually-hidden'], ['show-for-sr'], ['element-invisible']])('a paragraph of class "%s" is not body; the article stays body', (cls) => {
    const html = page(cls);
    const note = segment(html, 'The current price');
    expect(note?.label).toBe('navigation');
    expect(note?.hits.some((h) => h.rule === 'constraint.screen-reader-only')).toBe(true);
    for (const text of article) expect(segment(html, text)?.label).toBe('body');
  });

  it.each([['sr-only-focusable-note'], ['only'], ['reader-text'], ['h-sr-only-when-small'], ['my-theme-sr-only']])('class "%s" is no screen-reader class: the paragraph stays body', (cls) => {
    expect(segment(page(cls), 'The current price')?.label).toBe('body');
  });

  it('a block that shows text besides its screen-reader words keeps its label', () => {
    const shown = '<span class="sr-only">Original price was:</span> twelve dollars for the river guide, and the map that comes with it is free of charge for every reader.';
    const html = page('price', shown);
    const line = segment(html, 'Original price was:');
    expect(line?.label).toBe('body');
    expect(line?.hits.some((h) => h.rule === 'constraint.screen-reader-only')).toBe(false);
  });
});
