import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR } from '../data-dir.js';
import { readDataFile } from '../data-file.js';
import type { RuleHit } from '../rules/engine.js';
import { LINKED_TEXT_MIN_LINK_DENSITY } from './linked-text.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A pointer to another page written into the article: "Related: How to pick a lock", "Also read:
 * Ten walks in the valley", "You might also like: …". The line is a link under a label, between two
 * paragraphs of the story, under the story's body cue: the link-dense rule makes it navigation, but
 * the item-title and linked-text passes (item-titles.ts, linked-text.ts) give it back to the body,
 * as they should a linked line of the story's own. A whole body block whose text opens with one of
 * the labels of RELATED_LABELS_FILE followed by a colon and more text, with at least
 * RELATED_LINE_MIN_LINK_DENSITY of it link text, becomes navigation.
 *
 * wcxb-dev training folds (session 26, helper body-26a): body F1 0.93201 -> 0.93206 (folds 1-2
 * +0.00011, folds 3-4 +0.00001), snippets +2; 10 sites up, 1 down (a gardening site whose
 * "Related: <tool>" line shares words with the gold, -0.002). "Read more:" and "Learn more:"
 * lines as well: 15 sites up, 7 down (the gold of six sites keeps them).
 */

/** The data file of the labels (data/sections). */
export const RELATED_LABELS_FILE = join(DATA_DIR, 'sections', 'related-labels.json');

/**
 * At least this share of the line is link text: the link-dense rule's share (LINKED_TEXT_MIN_LINK_DENSITY).
 * Training folds (session 26): 0.3 gave the same pages, 0.7 two fewer up; 0 one more up (a
 * "Recommended:" line whose link the page builds with a script), left out so that a sentence of
 * the story opening with "See also:" and no link stays body.
 */
export const RELATED_LINE_MIN_LINK_DENSITY = LINKED_TEXT_MIN_LINK_DENSITY;

const labelsSchema = z.object({ labels: z.array(z.string().min(1)).min(1) });

/** The labels of data/sections/related-labels.json, lower case, spaces collapsed. */
export function loadRelatedLabels(path: string = RELATED_LABELS_FILE): ReadonlySet<string> {
  const data = readDataFile(labelsSchema, path, 'a list of related-link labels');
  return new Set(data.labels.map(normaliseLabel));
}

/**
 * A label as it is compared: lower case, spaces collapsed, trimmed, curly apostrophes straight, and
 * the dot that lower-casing leaves on a Turkish capital İ taken off ("İlgili haber" lower-cases to
 * "i\u0307lgili haber"; the list holds "ilgili haber").
 */
export function normaliseLabel(text: string): string {
  return text.toLowerCase().replace(/i\u0307/gu, 'i').replace(/[\u2018\u2019]/gu, "'").replace(/\s+/gu, ' ').trim();
}

/** A label of at most this many characters before the colon (the longest label is 33, "das könnte sie auch interessieren"). */
const MAX_LABEL_CHARS = 40;

const LABEL_COLON = /^([^:：]+)[:：]\s*\S/u;

/** The line's opening label (the text before its first colon, normalised), when more text follows the colon. */
export function openingLabel(text: string): string | undefined {
  const match = LABEL_COLON.exec(text.trim());
  if (match === null || match[1]!.length > MAX_LABEL_CHARS) return undefined;
  return normaliseLabel(match[1]!);
}

/** Whether a line is a related-link pointer: opened by a label of the list, then a colon and more text, and link-dense enough. */
export function isRelatedLine(text: string, linkDensity: number, labels: ReadonlySet<string>): boolean {
  if (linkDensity < RELATED_LINE_MIN_LINK_DENSITY) return false;
  const label = openingLabel(text);
  return label !== undefined && labels.has(label);
}

/** One frozen hit, shared by every line it is given to (rules/relabel-hit.ts). */
export const RELATED_LINE_HIT: RuleHit = relabelHit('context.related-line', 'navigation', 'a link to another page under a "Related:" / "Also read:" label written into the text: a pointer, not the article');
