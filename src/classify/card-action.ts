import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseDataFile } from '../data-file.js';
import { DATA_DIR } from '../data-dir.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';

/**
 * A card's call to action. A product grid or a list of courses, jobs or stories prints the same
 * button or link on every card — "View Details", "Add to Compare", "Notify me", "Get pricing",
 * "Read more", "More like this" — and the listing promotion (late-promotions.ts `promoteListingItems`) takes
 * it with the card's title, price and summary, since it sits inside the element that holds the
 * list. It is the page's furniture, not its content: a short segment (at most
 * CARD_ACTION_MAX_WORDS words) whose first word is a call-to-action verb
 * (data/cues/card-actions.json) and whose exact text is printed CARD_ACTION_MIN_REPEATS times or
 * more on the page is left navigation. A title or a brand that happens to start with such a word
 * is printed once per card at most, and a vendor's name ("Lodge", "Maker:") is no verb of the list.
 *
 * Only the listing promotion's items are looked at: the same test on every body segment of every
 * page (simulated on the session's labels) also took a service page's repeated "Shop now" panels
 * that its gold keeps (−0.028) and moved service −0.0002.
 */

/**
 * The same text at least this many times on the page. wcxb-dev training folds, simulated on the
 * session's segment labels (session 24, helper body-24b), listing / collection F1: 2 → +0.0015 /
 * +0.0013 (12 sites up, 2 down), 3 → +0.0012 / +0.0014 (10 sites up, 1 down), 4 → +0.0011 /
 * +0.0014 (9 up, 1 down), 5 → +0.0010 / +0.0013 (8 up, 1 down); 3 is the smallest count that is a
 * grid's repeat rather than a pair (a button at the top and the foot of one card).
 */
export const CARD_ACTION_MIN_REPEATS = 3;

/**
 * At most this many words: a button label, not a title. Simulated as above: 3 words → listing
 * +0.0005 ("More in this category", "Quick shop 7 colors" kept), 4, 5 or 6 → +0.0012, collection
 * +0.0014 whichever.
 */
export const CARD_ACTION_MAX_WORDS = 4;

/** The words of a segment: runs of letters and digits, lower case (as the eval's tokens, without the CJK split). */
export function actionWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** The exact text of a segment as it is compared for repeats: trimmed, lower case, inner space squeezed. */
export function repeatKey(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/gu, ' ');
}

export interface CardActionInput {
  text: string;
  /** Made body by the listing promotion (context.listing-item). */
  promoted: boolean;
}

/** Indices of the promoted items that are a card's call to action. */
export function findCardActions(items: readonly CardActionInput[], verbs: ReadonlySet<string>): Set<number> {
  const repeats = new Map<string, number>();
  for (const item of items) {
    const key = repeatKey(item.text);
    repeats.set(key, (repeats.get(key) ?? 0) + 1);
  }
  const found = new Set<number>();
  items.forEach((item, i) => {
    if (!item.promoted) return;
    const words = actionWords(item.text);
    if (words.length === 0 || words.length > CARD_ACTION_MAX_WORDS || !verbs.has(words[0]!)) return;
    if ((repeats.get(repeatKey(item.text)) ?? 0) >= CARD_ACTION_MIN_REPEATS) found.add(i);
  });
  return found;
}

export const CARD_ACTIONS_FILE = join('cues', 'card-actions.json');

const cardActionsSchema = z.strictObject({ description: z.string(), words: z.array(z.string().regex(/^[\p{Ll}\p{N}]+$/u)) });

/** The call-to-action verbs (data/cues/card-actions.json). */
export function loadCardActionVerbs(dataDir: string = DATA_DIR): ReadonlySet<string> {
  const path = join(dataDir, CARD_ACTIONS_FILE);
  return new Set(parseDataFile(cardActionsSchema, JSON.parse(readFileSync(path, 'utf8')), path, 'a card-action word list').words);
}

/** One frozen hit, shared by every call to action it is given to (like rule hits, rules/engine.ts). */
export const CARD_ACTION_HIT: RuleHit = Object.freeze({
  rule: 'context.card-action',
  label: 'navigation' satisfies Label,
  score: 0,
  description: 'a call to action printed on every card of the list ("View details", "Add to cart"): furniture, not an item',
});
