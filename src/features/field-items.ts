/**
 * A list item that is a field: a short label, a colon, a value — "CPU: Intel Core Ultra 7",
 * "Capacity: 30 ounces", "Works with: Android, iPhone". A line of such items joined by `|` is a
 * product's facts (a review's spec line under each pick), not a menu or a footer's links, whose
 * items are names alone (data/rules/20_navigation.json nav.pipe-list reads list.fieldShare).
 *
 * wcxb-dev training folds, session 28 (helper body-28c): of the pipe-joined lists (3+ items)
 * whose every item is a field, the navigation-labelled ones held 436 gold tokens and 129 not gold
 * (a laptop review's spec lines, a kitchen-gear review's, a smart-display review's, a camera
 * guide's: 4 sites; not gold: a recipe's nutrition line and two forum footers' timing lines,
 * which a footer cue keeps navigation); lists where only some items are fields are code and
 * podcast bars, mixed in the gold, and keep the rule.
 */

/**
 * The most words (runs of non-space) a field's label holds: "Temperature Range", "Voice
 * assistant", "Peak Memory Usage"; a clause before a colon ("Here is what you need to know:") is
 * a sentence, not a label.
 */
export const FIELD_LABEL_MAX_WORDS = 4;

/**
 * A field: a label that begins with a letter and holds no sentence mark, a colon (ASCII or
 * full-width) and space after it, and a value. The space after the colon keeps out times (12:30),
 * ratios and addresses (https://…), which are values, not fields.
 */
const FIELD = /^(\p{L}[^.!?。！？:：]{0,39})[:：]\s+\S/u;
const SPACE_RUN = /\s+/u;

/** Whether a list item reads as a field ("Label: value"). */
export function isFieldItem(item: string): boolean {
  const m = FIELD.exec(item.trim());
  return m !== null && m[1]!.trim().split(SPACE_RUN).length <= FIELD_LABEL_MAX_WORDS;
}

/** The share of the items that read as fields (0 for no items). */
export function fieldShare(items: readonly string[]): number {
  if (items.length === 0) return 0;
  let fields = 0;
  for (const item of items) if (isFieldItem(item)) fields++;
  return fields / items.length;
}
