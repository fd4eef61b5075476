/**
 * The label of a call to action — "View details", "Add to cart", "Quick view", "Read more": a few
 * words that open with a call-to-action verb (data/cues/card-actions.json, loaded by
 * classify/card-action.ts). Read twice: when link items are merged (segment/merge.ts, a card's
 * button is not run into the card's title) and after the listing promotion (classify/card-action.ts,
 * a button printed on every card is given back to navigation).
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

/** A call to action's label: at most CARD_ACTION_MAX_WORDS words, the first a call-to-action verb. */
export function isCallToActionLabel(text: string, verbs: ReadonlySet<string>): boolean {
  const words = actionWords(text);
  return words.length > 0 && words.length <= CARD_ACTION_MAX_WORDS && verbs.has(words[0]!);
}
