import { beforeAll, describe, expect, it } from 'vitest';
import { isFooterCue, type CueLists } from '../src/features/dom.js';
import { CONTENT_WIDE_MIN_PAGE_SHARE, isChromeBlock, PAGE_WIDE_CUE_MIN_BLOCKS, PAGE_WIDE_CUE_SHARE, pageWideTokens, wideCuesAmong } from '../src/features/page-cues.js';
import type { Sifter } from '../src/index.js';
import type { Block } from '../src/segment/block.js';
import { defaultSifter } from './helpers/sifter.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';

/** features/page-cues.ts: soft navigation cues that wrap most of a page are its framework, not navigation. */

const cues: CueLists = {
  navigation: ['widget', 'menu', 'footer'],
  navigationStrong: ['footer'],
  body: ['text', 'content'],
  navigationExact: ['ad'],
  comment: ['comment'],
  consent: ['cookie'],
  dialog: ['modal'],
  collapsible: ['accordion'],
  author: ['author'],
  post: ['hentry'],
  review: ['jdgm'],
  footer: ['footer'],
  bodyStrong: ['articlebody'],
  notCue: ['shared'],
  forumChrome: ['signature'],
  forumChromeNumbered: ['sig'],
  forumChromeExact: ['sign'],
  consentText: ['consent'],
};

const block = (chars: number, groups: string[][], extra: Partial<Block> = {}): Block => ({
  text: 'x'.repeat(chars),
  kind: 'block',
  start: 0,
  end: chars,
  cues: groups,
  linkChars: 0,
  linkCount: 0,
  hidden: false,
  ...extra,
});

/** The page's wide cue tokens of one kind, as extract.ts reads them: the wide tokens, then the cues among them. */
const pageWideCues = (blocks: readonly Block[], lists: CueLists, isCue?: (token: string, cues: CueLists) => boolean): ReadonlySet<string> => wideCuesAmong(pageWideTokens(blocks), lists, isCue);

describe('pageWideCues', () => {
  it('a soft navigation cue above PAGE_WIDE_CUE_SHARE of the visible characters is page-wide', () => {
    const wrapped = PAGE_WIDE_CUE_SHARE * 100;
    const wrappers = Array.from({ length: PAGE_WIDE_CUE_MIN_BLOCKS }, () => block(wrapped / PAGE_WIDE_CUE_MIN_BLOCKS, [['builder', 'widget', 'container']]));
    expect([...pageWideCues([...wrappers, block(100 - wrapped, [['menu']])], cues)]).toEqual(['widget']);
  });

  it('a cue above fewer than PAGE_WIDE_CUE_MIN_BLOCKS blocks is a region, however much text it holds', () => {
    const wrappers = Array.from({ length: PAGE_WIDE_CUE_MIN_BLOCKS - 1 }, () => block(100, [['widget']]));
    expect(pageWideCues([...wrappers, block(1, [])], cues).size).toBe(0);
  });

  it('just under the share, the cue stays', () => {
    const wrapped = PAGE_WIDE_CUE_SHARE * 100 - 1;
    const wrappers = Array.from({ length: PAGE_WIDE_CUE_MIN_BLOCKS }, () => block(wrapped / PAGE_WIDE_CUE_MIN_BLOCKS, [['widget']]));
    expect(pageWideCues([...wrappers, block(100 - wrapped, [['menu']])], cues).size).toBe(0);
  });

  it('a token counts once per block however many of its elements carry it', () => {
    const blocks = [...Array.from({ length: PAGE_WIDE_CUE_MIN_BLOCKS }, () => block(8, [['widget'], ['widget']])), block(60, [['menu']])];
    expect(pageWideCues(blocks, cues).size).toBe(0);
  });

  it('strong navigation cues, comment cues and body cues are never set aside', () => {
    const blocks = Array.from({ length: PAGE_WIDE_CUE_MIN_BLOCKS }, () => block(100, [['footer', 'comment', 'content']]));
    expect(pageWideCues(blocks, cues).size).toBe(0);
  });

  it('asked about footer tokens, tells a footer token that wraps the page (nav.footer-cue does not read it)', () => {
    const wrapped = Array.from({ length: PAGE_WIDE_CUE_MIN_BLOCKS }, () => block(100, [['text'], ['sticky', 'footer', 'wrapper']]));
    expect([...pageWideCues(wrapped, cues, isFooterCue)]).toEqual(['footer']);
    const footerOnly = [block(400, [['text']]), ...Array.from({ length: PAGE_WIDE_CUE_MIN_BLOCKS }, () => block(20, [['footer']]))];
    expect(pageWideCues(footerOnly, cues, isFooterCue).size).toBe(0);
  });

  it('hidden blocks and the title do not count as visible text', () => {
    const blocks = [block(30, [['widget']]), block(500, [['other']], { hidden: true }), block(500, [], { kind: 'title' }), block(70, [])];
    expect(pageWideCues(blocks, cues).size).toBe(0);
    const wrappers = Array.from({ length: PAGE_WIDE_CUE_MIN_BLOCKS }, () => block(80 / PAGE_WIDE_CUE_MIN_BLOCKS, [['widget']]));
    expect(pageWideCues([...wrappers, block(500, [['other']], { hidden: true }), block(20, [])], cues).has('widget')).toBe(true);
  });

  it('a page without text has none', () => {
    expect(pageWideCues([], cues).size).toBe(0);
  });

  it('outside the chrome (nav, footer, aside, the site header), a cue above most of the text is page-wide when it holds half the page', () => {
    // 70 of 100 characters under `widget`: under the page-wide share; 70 of the 72 outside the menu and footer
    const wrappers = Array.from({ length: PAGE_WIDE_CUE_MIN_BLOCKS }, () => block(14, [['widget'], ['main']]));
    const chrome = [block(20, [['menu'], ['header', 'nav']]), block(8, [['links'], ['footer']]), block(2, [['other']])];
    expect(70 / 100).toBeLessThan(PAGE_WIDE_CUE_SHARE);
    expect(70 / 100).toBeGreaterThanOrEqual(CONTENT_WIDE_MIN_PAGE_SHARE);
    expect([...pageWideCues([...wrappers, ...chrome], cues)]).toEqual(['widget']);
  });

  it('outside the chrome, a cue over less than CONTENT_WIDE_MIN_PAGE_SHARE of the page stays (a promo carousel over a one-paragraph page)', () => {
    const promo = Array.from({ length: PAGE_WIDE_CUE_MIN_BLOCKS }, () => block(8, [['widget']]));
    const blocks = [...promo, block(5, [['content']]), block(55, [['menu'], ['header']])];
    expect(40 / 100).toBeLessThan(CONTENT_WIDE_MIN_PAGE_SHARE);
    expect(pageWideCues(blocks, cues).size).toBe(0);
  });

  it('the chrome is read off the semantic containers: a header inside main or article is the article\'s own', () => {
    expect(isChromeBlock(block(1, [['x'], ['header']]))).toBe(true);
    expect(isChromeBlock(block(1, [['x'], ['main', 'nav']]))).toBe(true);
    expect(isChromeBlock(block(1, [['x'], ['article', 'footer']]))).toBe(true);
    expect(isChromeBlock(block(1, [['x'], ['main', 'article', 'header']]))).toBe(false);
    expect(isChromeBlock(block(1, [['x'], ['main']]))).toBe(false);
    expect(isChromeBlock(block(1, []))).toBe(false);
  });
});

describe('a page builder that wraps every paragraph in a widget', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const paragraph = (text: string): string => `<div class="pb-element pb-widget pb-widget-text-editor"><div class="pb-widget-container"><p>${text}</p></div></div>`;
  const article = [
    ...RIVER_ARTICLE,
    'The council now plans to paint the railings in the same dark green that the bridge wore when it first opened more than a century ago.',
  ];
  const page = (sidebar: string): string =>
    '<html><head><title>The bridge is back</title></head><body>' +
    '<div class="pb-widget pb-widget-nav-menu"><div class="pb-widget-container"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li></ul></div></div>' +
    `<div class="pb-widget pb-widget-heading"><div class="pb-widget-container"><h1>The bridge is back</h1></div></div>` +
    article.map(paragraph).join('') +
    sidebar +
    '</body></html>';
  const segment = (html: string, start: string) => sifter.sift({ html }).segments.find((s) => s.text.startsWith(start));
  const navCue = (html: string, start: string): boolean => segment(html, start)?.hits.some((h) => h.rule === 'nav.dom-cue') ?? false;

  it('its paragraphs are body, without the navigation cue', () => {
    const html = page('');
    for (const text of article) {
      expect(segment(html, text)?.label).toBe('body');
      expect(navCue(html, text)).toBe(false);
    }
  });

  it('its paragraphs are body when a large menu and footer hold over a quarter of the page', () => {
    const links = (prefix: string, n: number): string => Array.from({ length: n }, (_, i) => `<li><a href="/${prefix}/${i}">${prefix} department number ${i}</a></li>`).join('');
    const paragraphs = [...article, 'Work on the second bridge, further down the river, starts next year.'];
    const html =
      '<html><head><title>The bridge is back</title></head><body>' +
      `<header class="site-header"><nav class="mega"><ul class="menu">${links('Faculty', 8)}</ul></nav></header>` +
      '<main><article class="entry">' +
      '<h1>The bridge is back</h1>' +
      // a widget each for every paragraph (PAGE_WIDE_CUE_MIN_BLOCKS of them): `widget` holds 0.69 of the page, 0.83 of its text outside the chrome, and the article weighed nothing for the main container
      paragraphs.map((text) => `<div class="so-panel widget"><p>${text}</p></div>`).join('') +
      '</article></main>' +
      '<div class="call"><p>Visit the town hall on weekdays to learn more about the works and to ask the engineers your questions.</p></div>' +
      `<footer class="site-footer"><div class="widget"><ul class="links">${links('Office', 6)}</ul></div></footer>` +
      '</body></html>';
    for (const text of paragraphs) expect(segment(html, text)?.label).toBe('body');
  });

  // widget itself is no cue since session 17 (data/cues/class-names.json): a soft cue such as promo still marks a block that holds a small part of the page
  it('a soft cue still marks a block that holds a small part of the page', () => {
    const sidebar = '<div class="promo"><p>Subscribe to our weekly letter and get every story from the river town on Sunday.</p></div>';
    const plain = '<html><head><title>The bridge is back</title></head><body><h1>The bridge is back</h1>' + article.map((t) => `<p>${t}</p>`).join('') + sidebar + '</body></html>';
    expect(navCue(plain, 'Subscribe')).toBe(true);
    expect(navCue(plain, article[0]!)).toBe(false);
  });
});

describe('a cookie consent dialog', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('is navigation even where a nearer cue says text and a dialog of paragraphs outweighs the page', () => {
    const policy = (n: number): string =>
      `<div class="policy-text"><p>We and our ${n} partners store and access information on your device, such as cookies and unique identifiers, to measure audiences and to show you personalised content.</p></div>`;
    const html =
      '<html><head><title>Short thread</title></head><body><div class="thread">' +
      '<div class="post"><p>Is the stream on tonight?</p></div><div class="post"><p>Yes, in one hour.</p></div></div>' +
      '<div id="cookie-consent"><div class="banner"><div class="group"><div class="inner"><div class="box">' +
      [1, 2, 3, 4].map(policy).join('') +
      '</div></div></div></div></div></body></html>';
    const report = sifter.sift({ html });
    const dialog = report.segments.filter((s) => s.text.startsWith('We and our'));
    expect(dialog.length).toBe(4);
    for (const s of dialog) expect(s.label).toBe('navigation');
  });
});
