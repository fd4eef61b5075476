import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';
import { defaultSifter } from './helpers/sifter.js';

/** data/cues/class-names.json `notCue`: words that begin or end with a cue (shared, research, navy) are not cues. */

describe('words that contain a cue are not cues', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const text = RIVER_ARTICLE[0]!;
  const navCue = (cls: string): boolean => {
    const html = `<html><body><div class="${cls}"><p>${text}</p></div></body></html>`;
    const segment = sifter.sift({ html }).segments.find((s) => s.text === text);
    return segment?.hits.some((h) => h.rule === 'nav.dom-cue') ?? false;
  };

  it.each(['wp-block-shared-content-main', 'research-article', 'text-navy font-heading', 'field-modality', 'commentary'])('%s is not a navigation cue', (cls) => {
    expect(navCue(cls)).toBe(false);
  });

  it.each(['share-bar', 'sharebuttons', 'search-results', 'sitesearch', 'nav-links', 'mainnav', 'modal-content', 'comment-list'])('%s still is one', (cls) => {
    expect(navCue(cls)).toBe(true);
  });
});
