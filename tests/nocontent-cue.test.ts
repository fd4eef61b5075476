import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../src/data-dir.js';
import type { CueLists } from '../src/features/dom.js';
import type { Sifter } from '../src/index.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * `nocontent` (session 40, helper listing-40) is a navigation cue (data/cues/class-names.json,
 * dom.navCue, rule nav.dom-cue): it is the class Google's Programmable Search documents for the
 * parts of a page that are not its content, and the publishers that write it wrap their fine print,
 * sponsor boxes and page stamps in it. A soft cue like the others of the list, matched the same way
 * (the whole token, or as a prefix or a suffix of one): a class split at its hyphen (`no-content`)
 * is two tokens and no cue, and a body cue nearer the text (the `<article>` a page wraps in
 * `div.nocontent`) is read first. The pages were written for these tests.
 */

const cues = JSON.parse(readFileSync(join(DATA_DIR, 'cues', 'class-names.json'), 'utf8')) as CueLists;

describe('nocontent cue', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const article = `<h1>The bridge is back</h1>${RIVER_ARTICLE.map((t) => `<p>${t}</p>`).join('')}`;
  const page = (extra: string, wrapOpen = '', wrapClose = '') =>
    `<html><head><title>The bridge is back</title></head><body>${wrapOpen}<main><article>${article}</article>${extra}</main>${wrapClose}</body></html>`;
  const segment = (html: string, start: string) => sifter.sift({ html }).segments.find((s) => s.text.startsWith(start));
  const navCueHit = (html: string, start: string) => segment(html, start)?.hits.some((h) => h.rule === 'nav.dom-cue') ?? false;

  it('is in the navigation list of data/cues/class-names.json, not a strong or footer cue', () => {
    expect(cues.navigation).toContain('nocontent');
    expect(cues.navigationStrong).not.toContain('nocontent');
    expect(cues.footer).not.toContain('nocontent');
  });

  const STAMP = 'Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License, and code samples are licensed under the Apache 2.0 License.';
  const SPONSOR = 'Download the free guide to cutting cloud costs without slowing your delivery teams down';

  // [case, extra html after the article, text of the segment, fires]
  const TABLE: readonly (readonly [string, string, string, boolean])[] = [
    ['a licence stamp in div.nocontent', `<div class="nocontent"><p>${STAMP}</p></div>`, 'Except as otherwise noted', true],
    ['the same stamp in div.devsite-nocontent (a suffix of a token, the hyphen splits it off)', `<div class="devsite-nocontent"><p>${STAMP}</p></div>`, 'Except as otherwise noted', true],
    ['a sponsor box two elements below the nocontent token', `<div class="box nocontent vcroptional1"><div class="items"><p><a href="/guide">${SPONSOR}</a> and read it on the train home tonight.</p></div></div>`, 'Download the free guide', true],
    ['the class in capitals (NoContent)', `<div class="NoContent"><p>${STAMP}</p></div>`, 'Except as otherwise noted', true],
    ['the same stamp in div.no-content (two tokens, no and content)', `<div class="no-content"><p>${STAMP}</p></div>`, 'Except as otherwise noted', false],
    ['the same stamp in div.content', `<div class="content"><p>${STAMP}</p></div>`, 'Except as otherwise noted', false],
    ['the same stamp with no class', `<div><p>${STAMP}</p></div>`, 'Except as otherwise noted', false],
  ];

  it.each(TABLE)('%s', (_name, extra, start, fires) => {
    const html = page(extra);
    expect(navCueHit(html, start)).toBe(fires);
    for (const t of RIVER_ARTICLE) expect(segment(html, t)?.label).toBe('body');
  });

  it('the stamp after an article, in div.nocontent, is navigation', () => {
    expect(segment(page(`<div class="nocontent"><p>${STAMP}</p></div>`), 'Except as otherwise noted')?.label).toBe('navigation');
  });

  it('a page wrapped whole in div.nocontent keeps its article: the article element is the nearer cue', () => {
    const html = page(`<div class="stamp"><p>${STAMP}</p></div>`, '<div class="nocontent">', '</div>');
    for (const t of RIVER_ARTICLE) {
      expect(navCueHit(html, t)).toBe(false);
      expect(segment(html, t)?.label).toBe('body');
    }
  });
});
