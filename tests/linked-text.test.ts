import { beforeAll, describe, expect, it } from 'vitest';
import { findLinkedText, LINKED_TEXT_HIT, LINKED_TEXT_MAX_LINK_DENSITY, LINKED_TEXT_MIN_LINK_DENSITY, type LinkedTextInput } from '../src/classify/linked-text.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/linked-text.ts: link-dense text (not all links) directly between two body segments,
 * under the page's body cue, is body. The inputs and pages below were written for these tests.
 */

const body = (): LinkedTextInput => ({ label: 'body', linkDensity: 0, candidate: true });
const linked = (over: Partial<LinkedTextInput> = {}): LinkedTextInput => ({ label: 'navigation', linkDensity: 0.6, candidate: true, ...over });

describe('findLinkedText: each condition, both sides', () => {
  const cases: [string, LinkedTextInput[], number[]][] = [
    ['half links between two body segments', [body(), linked(), body()], [1]],
    [`link share ${LINKED_TEXT_MIN_LINK_DENSITY}`, [body(), linked({ linkDensity: LINKED_TEXT_MIN_LINK_DENSITY }), body()], [1]],
    ['link share just under the link-dense rule\'s', [body(), linked({ linkDensity: LINKED_TEXT_MIN_LINK_DENSITY - 0.01 }), body()], []],
    ['link share just under the link-only rule\'s', [body(), linked({ linkDensity: LINKED_TEXT_MAX_LINK_DENSITY - 0.01 }), body()], [1]],
    [`link share ${LINKED_TEXT_MAX_LINK_DENSITY} (all links: a related-links list)`, [body(), linked({ linkDensity: LINKED_TEXT_MAX_LINK_DENSITY }), body()], []],
    ['navigation before it', [linked({ linkDensity: 1 }), linked(), body()], []],
    ['navigation after it', [body(), linked(), linked({ linkDensity: 1 })], []],
    ['at the page edge', [linked(), body()], []],
    ['not a candidate (a navigation cue, the chrome, a footer, a teaser)', [body(), linked({ candidate: false }), body()], []],
    ['spam is left alone', [body(), linked({ label: 'spam' }), body()], []],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findLinkedText(segments)).toEqual(expected);
  });
});

const P1 = 'The garden opens at nine every morning from April to October, and the last visitors are let in an hour before closing.';
const P3 = 'Dogs on a short lead are welcome on the paths, but not in the glasshouses or the walled garden behind the café.';
const LINKED = '→ <a href="/map">Garden map with paths, benches and toilets</a> (PDF, two pages)';
const ALL_LINKS = '<a href="/map">Garden map and directions</a> <a href="/planting">Planting calendar for the year</a>';

const page = (middle: string): string => `<!doctype html><html><head><title>Visiting the garden</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/visit">Visit</a> <a href="/shop">Shop</a></nav></header>
<main><article class="entry-content"><h1>Visiting the garden</h1><p>${P1}</p><p>${middle}</p><p>${P3}</p></article></main>
<footer class="site-footer"><p>The Old Garden Trust, Mill Lane.</p></footer></body></html>`;

describe('linked text on a written page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('a paragraph that is half links between two paragraphs of the article is body', () => {
    const report = sifter.sift({ html: page(LINKED) });
    const segment = report.segments.find((s) => s.text.startsWith('→ Garden map with paths'));
    expect(segment?.label).toBe('body');
    expect(segment?.hits.map((h) => h.rule)).toContain(LINKED_TEXT_HIT.rule);
  });

  it('a paragraph of links only stays as the classifier called it', () => {
    const report = sifter.sift({ html: page(ALL_LINKS) });
    const segment = report.segments.find((s) => s.text.startsWith('Garden map and directions'));
    expect(segment?.hits.map((h) => h.rule)).not.toContain(LINKED_TEXT_HIT.rule);
  });
});
