import { beforeAll, describe, expect, it } from 'vitest';
import type { SiftInput, Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * A page with no segment has nothing to type: `other`, with no hits. The model read its all-zero
 * features as `forum` (session-30 audit: an empty file was a forum page). A page with any segment
 * is typed by the model as before (the training folds' types are unchanged).
 */

let sifter: Sifter;
beforeAll(async () => {
  sifter = await defaultSifter();
});

describe('the page type of a page with no content', () => {
  it.each<[string, SiftInput]>([
    ['an empty string', ''],
    ['empty bytes', new Uint8Array(0)],
    ['blank lines', { text: '\n \n\t\n' }],
    ['markup with no text', '<html><head></head><body><div><span></span></div></body></html>'],
  ])('%s: no segments, type other, no hits', (_name, input) => {
    const report = sifter.sift(input);
    expect(report.segments).toEqual([]);
    expect(report.pageType).toEqual({ type: 'other', hits: [] });
  });

});
