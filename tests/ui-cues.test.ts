import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { TAG_CUE_TOKENS } from '../src/segment/html-tags.js';
import { segmentHtml } from '../src/segment/html.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';
import { defaultSifter } from './helpers/sifter.js';

/** data/cues/class-names.json: dialogs (modal, popup, dialog), facet filters and form labels (segment/html-tags.ts TAG_CUE_TOKENS) are soft navigation cues. */

describe('dialog and filter cues', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const article = RIVER_ARTICLE;
  const page = (extra: string): string =>
    '<html><head><title>The bridge is back</title></head><body><main><h1>The bridge is back</h1>' +
    article.map((t) => `<p>${t}</p>`).join('') +
    '</main>' +
    extra +
    '</body></html>';
  const segment = (html: string, start: string) => sifter.sift({ html }).segments.find((s) => s.text.startsWith(start));
  const navCue = (html: string, start: string): boolean => segment(html, start)?.hits.some((h) => h.rule === 'nav.dom-cue') ?? false;

  it.each([
    ['a modal', '<div class="modal__content"><p>Enter your email to be notified first when this item is available again.</p></div>'],
    ['a popup', '<div id="newsletter-popup"><p>Enter your email to be notified first when this item is available again.</p></div>'],
    ['an element with role=dialog', '<div role="dialog"><p>Enter your email to be notified first when this item is available again.</p></div>'],
  ])('text in %s has the navigation cue, and the short prompt is not body', (_, extra) => {
    const html = page(extra);
    expect(navCue(html, 'Enter your email')).toBe(true);
    expect(segment(html, 'Enter your email')?.label).not.toBe('body');
    for (const text of article) expect(segment(html, text)?.label).toBe('body');
  });

  it('a facet filter panel has the navigation cue; the same words in a plain list do not', () => {
    const panel = (cls: string): string => `<div class="${cls}"><ul><li><button><span>Black</span></button></li><li><button><span>Blue</span></button></li></ul></div>`;
    expect(navCue(page(panel('refinement-group-color')), 'Black')).toBe(true);
    expect(navCue(page(panel('product-filters')), 'Black')).toBe(true);
    expect(navCue(page(panel('colour-swatches')), 'Black')).toBe(false);
  });

  it('a cue word in the middle of a token is not a cue (modality, prefilterless)', () => {
    const html = page('<div class="bimodality-notes"><p>Enter your email to be notified first when this item is available again.</p></div>');
    expect(navCue(html, 'Enter your email')).toBe(false);
  });

  it('the caption of a form control (<label>) has the navigation cue and is not body; a class="label" badge has no cue', () => {
    const form = '<form class="trackorder"><p>See your order even if you are not a registered user.</p><div class="group"><label for="n">Order number *</label><input id="n"></div><div class="group"><label for="z">Billing ZIP code *</label><input id="z"></div></form>';
    const html = page(form);
    expect(navCue(html, 'Order number')).toBe(true);
    expect(segment(html, 'Order number')?.label).not.toBe('body');
    expect(segment(html, 'Billing ZIP code')?.label).not.toBe('body');
    for (const text of article) expect(segment(html, text)?.label).toBe('body');
    expect(navCue(page('<div class="group"><span class="label">Order number *</span></div>'), 'Order number')).toBe(false);
  });
});

describe('TAG_CUE_TOKENS', () => {
  it('a <label> element carries its own token, which no class name can spell', () => {
    const token = TAG_CUE_TOKENS.get('label')!;
    expect(token).toMatch(/[^a-z0-9]/);
    const [block] = segmentHtml('<label class="label field">Order number</label>').blocks;
    expect(block!.cues[0]).toEqual([token, 'label', 'field']);
    expect(segmentHtml('<span class="label">New</span>').blocks[0]!.cues[0]).toEqual(['label']);
  });
});
