import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { MIN_SLUG_TOKENS } from '../src/segment/heading-slug.js';
import { segmentHtml } from '../src/segment/html.js';
import { defaultSifter } from './helpers/sifter.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';

/** segment/heading-slug.ts: an id that spells a heading of the page is no cue. */

const PARAGRAPH = RIVER_ARTICLE[1]!;

/** A documentation page: an intro, then one section wrapped in `wrapper` holding `heading` and a paragraph. */
function page(wrapper: string, heading: string): string {
  return (
    '<html><head><title>Bridge maintenance guide</title></head><body><main><h1>Bridge maintenance guide</h1>' +
    `<p>${RIVER_ARTICLE[0]!}</p>` +
    `${wrapper.replace('><', `><h2>${heading}</h2><p>${PARAGRAPH}</p><`)}` +
    `<p>${RIVER_ARTICLE[2]!}</p>` +
    '</main></body></html>'
  );
}

function cuesOf(html: string): readonly (readonly string[])[] {
  const block = segmentHtml(html).blocks.find((b) => b.text === PARAGRAPH);
  if (block === undefined) throw new Error('paragraph not segmented');
  return block.cues;
}

describe('heading slugs in cue groups', () => {
  it('the threshold is three tokens', () => {
    expect(MIN_SLUG_TOKENS).toBe(3);
  });

  it.each([
    ['a Sphinx section id (4 tokens)', '<section id="respond-to-review-comments"></section>', 'Respond to review comments¶', 'comments'],
    ['a DokuWiki-style id with underscores (3 tokens)', '<div id="search_the_comments"></div>', 'Search the comments', 'search'],
    ['a slug beside a class word', '<div class="section" id="tips-for-reader-comments"></div>', 'Tips for reader comments', 'comments'],
  ])('drops %s', (_name, wrapper, heading, token) => {
    const groups = cuesOf(page(wrapper, heading));
    expect(groups.some((group) => group.includes(token))).toBe(false);
  });

  it('keeps the class words of the element whose id is a slug', () => {
    const groups = cuesOf(page('<div class="section" id="tips-for-reader-comments"></div>', 'Tips for reader comments'));
    expect(groups.some((group) => group.includes('section'))).toBe(true);
  });

  it.each([
    ['a two-token id under a two-token heading (below the threshold)', '<div id="reader-comments"></div>', 'Reader comments', 'comments'],
    ['a three-token id that spells no heading', '<div id="reader-comments-list"></div>', 'What readers wrote', 'comments'],
    ['a heading that is only part of the id', '<div id="all-reader-comments"></div>', 'Reader comments', 'comments'],
    ['a three-token id whose heading reads differently', '<div id="comments-from-readers"></div>', 'Comments by readers', 'comments'],
  ])('keeps %s', (_name, wrapper, heading, token) => {
    const groups = cuesOf(page(wrapper, heading));
    expect(groups.some((group) => group.includes(token))).toBe(true);
  });

  it('drops the first tokens of a slug cut at twelve tokens', () => {
    const heading = 'How to respond to review comments when the reviewers ask for more work on the patch';
    const id = heading.toLowerCase().replaceAll(' ', '-');
    const groups = cuesOf(page(`<section id="${id}"></section>`, heading));
    expect(groups.some((group) => group.includes('comments'))).toBe(false);
  });
});

describe('a documentation section whose id is its heading', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('is body, not a comment', () => {
    const report = sifter.sift({ html: page('<section id="respond-to-review-comments"></section>', 'Respond to review comments') });
    const segment = report.segments.find((s) => s.text === PARAGRAPH);
    expect(segment?.label).toBe('body');
    expect(segment?.hits.some((h) => h.rule === 'nav.comment-cue')).toBe(false);
  });

  it('a comment region named in two words stays a comment', () => {
    const report = sifter.sift({ html: page('<section id="reader-comments"></section>', 'Reader comments') });
    const segment = report.segments.find((s) => s.text === PARAGRAPH);
    expect(segment?.hits.some((h) => h.rule === 'nav.comment-cue')).toBe(true);
  });
});
