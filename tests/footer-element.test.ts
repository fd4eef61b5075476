import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * A `<footer>` element is the site's footer however much of the page it holds (block.inFooterElement,
 * dom.footerCue, nav.footer-cue): a business's footer that lists every town it serves outweighs its
 * short page, and the footer token, above most of the page's text, was set aside as a wrapper's
 * (features/page-cues.ts). Only a footer class token can be a wrapper: a page wrapped whole in
 * `div.site-footer-wrapper` keeps its body. The pages were written for these tests.
 */

describe('footer element', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const TOWNS = ['Beverly Hills, Los Angeles and Irvine', 'Perris, Rosamond and Hacienda Heights', 'Chino, Piru and Rancho Cucamonga', 'Pasadena, Glendale and Burbank', 'Long Beach, Torrance and Carson', 'Ontario, Pomona and Claremont', 'Riverside, Corona and Norco', 'Fullerton, Anaheim and Orange'];
  // two lines a town group: the footer holds well over three quarters of the page's text
  const towns = TOWNS.map((t) => `<p>We deliver tents, tables and chairs to ${t}, and we set them up on the day of your party.</p><p>Our crews in ${t} also take everything down again the morning after, at no extra charge.</p>`).join('');
  const article = `<main><h1>The bridge is back</h1>${RIVER_ARTICLE.map((t) => `<p>${t}</p>`).join('')}</main>`;
  const segment = (html: string, start: string) => sifter.sift({ html }).segments.find((s) => s.text.startsWith(start));

  it('text in a <footer> that holds most of the page is navigation; the page text stays body', () => {
    const html = `<html><head><title>The bridge is back</title></head><body>${article}<footer id="footer"><div class="zipcodes">${towns}</div></footer></body></html>`;
    const town = segment(html, 'We deliver tents');
    expect(town?.hits.some((h) => h.rule === 'nav.footer-cue')).toBe(true);
    expect(town?.label).toBe('navigation');
    for (const t of RIVER_ARTICLE) expect(segment(html, t)?.label).toBe('body');
  });

  it('a footer class token that wraps the whole page is a wrapper: nothing under it has a footer hit', () => {
    const html = `<html><head><title>The bridge is back</title></head><body><div class="site-footer-wrapper">${article}<div class="zipcodes">${towns}</div></div></body></html>`;
    for (const t of RIVER_ARTICLE) {
      expect(segment(html, t)?.hits.some((h) => h.rule === 'nav.footer-cue')).toBe(false);
      expect(segment(html, t)?.label).toBe('body');
    }
    expect(segment(html, 'We deliver tents')?.hits.some((h) => h.rule === 'nav.footer-cue')).toBe(false);
  });
});
