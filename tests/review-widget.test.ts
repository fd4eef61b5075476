import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * A third-party review widget (nav.review-widget, dom.reviewWidgetCue; data/cues/class-names.json
 * `review`): customer reviews under a review app's class or id token (jdgm, yotpo, bvseo,
 * trustpilot, rpi…) on any recorded ancestor are navigation, however many sentences they hold;
 * the same reviews under a class of the page's own are left to the other rules, and a token that
 * only begins with a vendor's name is no cue. The pages were written for these tests.
 */

describe('review widget', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const REVIEW = 'We rented the family tent for a long weekend and it kept us dry through two nights of rain. The staff explained every pole and peg before we left the shop.';
  const page = (widget: string): string =>
    '<html><head><title>Family tent rental</title></head><body><main><div class="product"><h1>Family tent rental</h1>' +
    RIVER_ARTICLE.map((t) => `<p>${t}</p>`).join('') +
    widget +
    '</div></main></body></html>';
  const segment = (html: string, start: string) => sifter.sift({ html }).segments.find((s) => s.text.startsWith(start));
  const widgetHit = (html: string): boolean => segment(html, 'We rented')?.hits.some((h) => h.rule === 'nav.review-widget') ?? false;

  it.each([['jdgm-carousel-item__review-body'], ['yotpo-review'], ['rpi-text'], ['trustpilot-widget']])('reviews under "%s" are navigation; the page text stays body', (cls) => {
    const html = page(`<div class="${cls}"><p>${REVIEW}</p></div>`);
    expect(widgetHit(html)).toBe(true);
    expect(segment(html, 'We rented')?.label).toBe('navigation');
    for (const t of RIVER_ARTICLE) expect(segment(html, t)?.label).toBe('body');
  });

  it('a vendor token far up (six cue-bearing elements) still counts', () => {
    const html = page(`<section id="bvseo-reviewsSection">${'<div class="card">'.repeat(5)}<p>${REVIEW}</p>${'</div>'.repeat(5)}</section>`);
    expect(widgetHit(html)).toBe(true);
  });

  it('the same reviews under the page\'s own class, or a token that only begins with a vendor name, have no widget hit', () => {
    expect(widgetHit(page(`<div class="customer-reviews"><p>${REVIEW}</p></div>`))).toBe(false);
    expect(widgetHit(page(`<div class="rpix-text"><p>${REVIEW}</p></div>`))).toBe(false);
    expect(segment(page(`<div class="customer-reviews"><p>${REVIEW}</p></div>`), 'We rented')?.label).toBe('body');
  });
});
