import { join } from 'node:path';
import { z } from 'zod';
import { readDataFile } from '../data-file.js';
import { DATA_DIR } from '../data-dir.js';
import type { RuleHit } from '../rules/engine.js';
import { CARD_ACTION_MIN_REPEATS, isCallToActionLabel, repeatKey } from '../segment/call-to-action.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A card's call to action. A product grid or a list of courses, jobs or stories prints the same
 * button or link on every card — "View Details", "Add to Compare", "Notify me", "Get pricing",
 * "Read more", "More like this" — and the listing promotion (late-promotions.ts `promoteListingItems`) takes
 * it with the card's title, price and summary, since it sits inside the element that holds the
 * list. It is the page's furniture, not its content: a short segment (at most
 * CARD_ACTION_MAX_WORDS words, segment/call-to-action.ts) whose first word is a call-to-action verb
 * (data/cues/card-actions.json) and whose exact text is printed CARD_ACTION_MIN_REPEATS times or
 * more on the page is left navigation. A title or a brand that happens to start with such a word
 * is printed once per card at most, and a vendor's name ("Lodge", "Maker:") is no verb of the list.
 *
 * Only the listing promotion's items are looked at: the same test on every body segment of every
 * page (simulated on the session's labels) also took a service page's repeated "Shop now" panels
 * that its gold keeps (−0.028) and moved service −0.0002.
 */

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
    if (!isCallToActionLabel(item.text, verbs)) return;
    if ((repeats.get(repeatKey(item.text)) ?? 0) >= CARD_ACTION_MIN_REPEATS) found.add(i);
  });
  return found;
}

export const CARD_ACTIONS_FILE = join('cues', 'card-actions.json');

const cardActionsSchema = z.strictObject({ description: z.string(), words: z.array(z.string().regex(/^[\p{Ll}\p{N}]+$/u)) });

/** The call-to-action verbs (data/cues/card-actions.json). */
export function loadCardActionVerbs(dataDir: string = DATA_DIR): ReadonlySet<string> {
  const path = join(dataDir, CARD_ACTIONS_FILE);
  return new Set(readDataFile(cardActionsSchema, path, 'a card-action word list').words);
}

/** One frozen hit, shared by every call to action it is given to (rules/relabel-hit.ts). */
export const CARD_ACTION_HIT: RuleHit = relabelHit('context.card-action', 'navigation', 'a call to action printed on every card of the list ("View details", "Add to cart"): furniture, not an item');
