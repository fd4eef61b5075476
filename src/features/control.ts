/**
 * Controls: text that labels a button — add to cart, quick shop, view details, a filter toggle,
 * load more, "Shop now" and "Apply now" links drawn as buttons — is not the page's content. Read
 * off the block's element path (segment/place.ts): the dom feature `dom.control`
 * (features/dom.ts) feeds the rule nav.control (data/rules/20_navigation.json), and the listing
 * promotion (classify/late-promotions.ts promoteListingItems) reads the same feature to leave such text
 * navigation.
 *
 * nav.control, wcxb-dev training folds, session 14 (helper 44): body F1 0.9158 -> 0.9165;
 * collection 0.8055 -> 0.8103, product 0.8213 -> 0.8232, service 0.8903 -> 0.8916, forum
 * 0.8513 -> 0.8519, article 0.9544 -> 0.9547, listing and documentation +0.0001; 94 pages up, 18
 * down (service pages whose gold keeps a button's label, up to −0.05: "Book a consultation" as a
 * heading in a button). Score 2 0.9164 (12 down), 3 0.9165, 4 0.9165 (service 0.8911), 8 0.9164;
 * a soft cue's score on the rule scale. readability three pages up; l3s-gn1, zh-gbk, spam, seed,
 * clean-text unchanged.
 */

/**
 * Text inside a `<button>` (the block's own element or one above it in its path) is a control's
 * label — add to cart, quick shop, view details, a filter toggle, load more — not an item of the
 * list, so the listing promotion leaves it navigation. Training folds of wcxb-dev, session 10
 * (helper 25): collection 0.736 → 0.739, listing 0.7887 → 0.7895, documentation 0.9273 → 0.9270
 * (one page: P up, R down), every other type, l3s-gn1, readability and zh-gbk unchanged; 18 pages
 * gain (up to +0.07), 2 lose (0.597 → 0.587, 0.491 → 0.489). Only the block's own element
 * (not its parents) gave half the gain.
 */
const CONTROL_TAG = /(?:^|>)button(?:[.#>]|$)/;
/**
 * A link or span styled as a button — a `btn` word in the class the path records (its first) on
 * the block's element or its parent (`a.btn`, `div.product-btn`, `span.btn_label`) — is a control
 * too: "Shop now", "Apply now", "Add to cart" drawn as buttons. Training folds of wcxb-dev, session
 * 12: listing 0.7966 -> 0.8005, collection 0.7913 -> 0.7914, product 0.8167 -> 0.8168; 4 pages up
 * (a job board whose "Apply now" links were promoted 0.47 -> 0.76), none down, other sets
 * unchanged. As a navigation cue of its own (navigationExact `btn`) it cost collection 0.002 and
 * product 0.001: a btn-classed wrapper can hold a whole card.
 */
const CLASS_WORD = /^[a-z0-9_-]*$/i;
const BUTTON_PART = /(?:^|[-_])btn(?:[-_]|$)/i;
/**
 * Whether a path label ends in a `.` and a class word that holds `btn` as a part of its own (`btn`,
 * `product-btn`, `btn_label`). Only the label's last `.` can start such a word (a class word holds
 * no `.`), so it is read from there, and tested as a whole word before `btn` is looked for: the
 * single pattern this replaces (`/\.(?:[a-z0-9_-]*[-_])?btn(?:[-_][a-z0-9_-]*)?$/i`) tried every
 * `btn` of a long custom tag name against the rest of it, quadratic in its length (sift() 12.7 s on
 * a 200,000-character tag name, session 30).
 */
export function isButtonClassLabel(label: string): boolean {
  const dot = label.lastIndexOf('.');
  if (dot < 0) return false;
  const word = label.slice(dot + 1);
  return CLASS_WORD.test(word) && BUTTON_PART.test(word);
}
/** How many labels at the end of the path (the block's element, its parent) isButtonClassLabel reads. */
const CONTROL_CLASS_LABELS = 2;

/**
 * Whether a block's element path (segment/place.ts: tag, then #id or .class) runs through a
 * `<button>`, or its element or parent is classed as a button.
 */
export function isControlLabel(path: string | undefined): boolean {
  if (path === undefined) return false;
  if (CONTROL_TAG.test(path)) return true;
  return path.split('>').slice(-CONTROL_CLASS_LABELS).some(isButtonClassLabel);
}
