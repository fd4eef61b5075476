import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * At a body/navigation border, an undecided segment under a navigation cue that is no sentence is
 * navigation (context.border-cued, src/classify/context.ts): a promo bar's offer before the
 * article. The same line without the cue is body, and ending as a sentence it keeps its own lean.
 * The page was written for these tests.
 */

describe('cued segments at a border', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const OFFER = 'Free standard shipping on all of the orders over sixty dollars and free returns for our members';
  const page = (cls: string, offer = OFFER): string =>
    `<html><head><title>The bridge is back</title></head><body><div class="${cls}"><p>${offer}</p></div><main><h1>The bridge is back</h1>` +
    RIVER_ARTICLE.map((t) => `<p>${t}</p>`).join('') +
    '</main></body></html>';
  const segment = (html: string, start: string) => sifter.sift({ html }).segments.find((s) => s.text.startsWith(start));
  const rules = (html: string): string[] => segment(html, 'Free standard')?.hits.map((h) => h.rule) ?? [];

  it('an offer in a promo bar before the article is navigation; the article stays body', () => {
    const html = page('promo-bar');
    expect(segment(html, 'Free standard')?.label).toBe('navigation');
    expect(rules(html)).toContain('context.border-cued');
    for (const t of RIVER_ARTICLE) expect(segment(html, t)?.label).toBe('body');
  });

  it('the same line without a navigation cue is body', () => {
    const html = page('strip');
    expect(segment(html, 'Free standard')?.label).toBe('body');
    expect(rules(html)).not.toContain('context.border-cued');
  });

  it('a sentence under the cue keeps its lean', () => {
    const html = page('promo-bar', `${OFFER}.`);
    expect(rules(html)).not.toContain('context.border-cued');
  });
});
