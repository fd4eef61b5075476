import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { MAX_CUE_ANCESTORS } from '../src/segment/place.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * A footer token on an element that frames the whole page — `<html>`, `<body>`, or an element that
 * holds the page's `<main>` — names the theme's layout, not a footer (segment/place.ts
 * `frameCues`, features/dom.ts). The page-wide test (features/page-cues.ts) sets such a token
 * aside only when the blocks that record it hold most of the page's text; on a deep page only the
 * shallow blocks record it (MAX_CUE_ANCESTORS), and they alone went to the footer. The pages were
 * written for these tests.
 */

describe('page frame: footer tokens above the page main', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const ENTRIES = ['Sparse attention in long documents', 'A benchmark for tool-using agents', 'Counting objects in crowded scenes', 'Proofs checked by small models', 'Planning with learned world models', 'Robust speech in noisy rooms'];
  // each entry sits under more cue-bearing elements than are recorded: it never sees the wrapper's token
  const deep = (inner: string): string => {
    let html = inner;
    for (let i = 0; i <= MAX_CUE_ANCESTORS; i++) html = `<div class="level-${i}">${html}</div>`;
    return html;
  };
  const entries = ENTRIES.map((t) => deep(`<p>${t}: the authors describe their method in detail, report results on three public data sets and release their code for others to build on.</p>`)).join('');
  const intro = RIVER_ARTICLE.map((t) => `<p>${t}</p>`).join('');
  const page = (bodyTag: string, main: string, after = ''): string =>
    `<html><head><title>Recent entries</title></head>${bodyTag}<header><a href="/">Home</a> <a href="/about">About</a></header>${main}${after}</body></html>`;
  const segment = (html: string, start: string) => sifter.sift({ html }).segments.find((s) => s.text.startsWith(start));
  const footerHit = (html: string, start: string): boolean | undefined => segment(html, start)?.hits.some((h) => h.rule === 'nav.footer-cue');

  it('a footer token on an element holding <main> is no footer for the shallow text in main', () => {
    const html = page('<body>', `<div class="flex-wrap-footer"><main>${intro}${entries}</main></div>`);
    for (const t of RIVER_ARTICLE) {
      expect(footerHit(html, t)).toBe(false);
      expect(segment(html, t)?.label).toBe('body');
    }
  });

  it('a footer token on <body> is no footer', () => {
    const html = page('<body class="footer-on-bottom">', `<main>${intro}${entries}</main>`);
    for (const t of RIVER_ARTICLE) expect(footerHit(html, t)).toBe(false);
  });

  it('the same wrapper without a <main> below it is read as a footer', () => {
    // no <main>: the wrapper could be a footer region, and the shallow text sees its token
    const html = page('<body>', `<div class="flex-wrap-footer"><div class="content">${intro}${entries}</div></div>`);
    expect(footerHit(html, RIVER_ARTICLE[0]!)).toBe(true);
  });

  it('a footer class beside <main>, or inside it, is still a footer', () => {
    const beside = page('<body>', `<main>${intro}${entries}</main>`, '<div class="site-footer"><p>We are a small press in the river town, open on weekdays from nine to five, and we answer every letter.</p></div>');
    expect(footerHit(beside, 'We are a small press')).toBe(true);
    expect(segment(beside, 'We are a small press')?.label).toBe('navigation');
    const inside = page('<body>', `<main>${intro}<div class="entry-footer"><p>Filed under bridges and rivers; the council meets again next month to talk about the old mill as well.</p></div>${entries}</main>`);
    expect(footerHit(inside, 'Filed under bridges')).toBe(true);
  });
});
