import { join } from 'node:path';
import { z } from 'zod';
import { readDataFile } from '../data-file.js';
import { DATA_DIR } from '../data-dir.js';

/**
 * A block written for two screens. A responsive page often prints its intro, its hero or its
 * carousel twice with the same elements — once for the desktop layout, once for the mobile one —
 * and lets its stylesheet hide one of them (div.hide-mobile and div.hide-desktop, Bootstrap's
 * d-none d-md-block against d-block d-md-none). The segmenter does not read the stylesheet, so
 * both copies are text, and the reader has the block once. What marks it is a screen-size or
 * display-utility token (data/cues/screen-variants.json) on an element that holds either copy: the
 * same text at the same place without one is a list's repeated line or an article printed twice
 * by its own markup (l3s-gn1's 2008 news pages, whose gold keeps both copies), and stays body.
 * classify/duplicates.ts decides the copies; this file says whether a pair is one for two screens.
 */

/** The words of screen-variant cues (data/cues/screen-variants.json). */
export const SCREEN_VARIANTS_FILE = 'cues/screen-variants.json';

const screenVariantsSchema = z.strictObject({ description: z.string(), words: z.array(z.string().regex(/^[a-z0-9]+$/)) });

/** The screen-variant class/id tokens (data/cues/screen-variants.json). */
export function loadScreenVariantCues(dataDir: string = DATA_DIR): ReadonlySet<string> {
  return new Set(readDataFile(screenVariantsSchema, join(dataDir, SCREEN_VARIANTS_FILE), 'a screen-variant cue list').words);
}

/** Whether any element of a block's recorded ancestry (cue tokens per element, nearest first) carries a screen-variant token. */
export function underScreenVariant(cues: readonly (readonly string[])[] | undefined, words: ReadonlySet<string>): boolean {
  return cues !== undefined && cues.some((element) => element.some((token) => words.has(token)));
}

/** Whether a text and its earlier copy at the same place are one block written for two screens: either copy sits under a screen-variant token. */
export function isScreenCopy(copy: readonly (readonly string[])[] | undefined, first: readonly (readonly string[])[] | undefined, words: ReadonlySet<string>): boolean {
  return underScreenVariant(copy, words) || underScreenVariant(first, words);
}
