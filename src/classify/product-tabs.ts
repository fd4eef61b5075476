import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { REFOLDED_RULE } from './folded.js';
import { firstPassLabel, scoresWithoutRule } from './label.js';
import { OUTSIDE_MAIN_HIT } from './main-content.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * The tabs of a product page. A product page shows its description, its specifications and its
 * warranty in a tab group below the buy box, and the stylesheet hides every panel but the first:
 * folded text (folded.ts). The main container (main-content.ts) is then the buy box or the shown
 * panel, and folded text outside it was folded again as an article's FAQ accordion below the story
 * is (folded.ts `refoldedHit`). On a page typed product, a segment folded again outside the main
 * container that reads as body without the outside-main score and the refold is a tab of the
 * product: body. Run after the page type, like the listing and forum promotions.
 *
 * wcxb-dev training folds, session 15 (helper 46), body F1 0.9177 -> 0.9179: product 0.8287 ->
 * 0.8335 (recall 0.856 -> 0.869), other types unchanged; 2 pages up (a shop's specification and
 * warranty tabs, 0.61 -> 0.80 and 0.80 -> 0.92), 2 down by 0.009 and 0.004 (a third page of the
 * same shop, whose gold leaves a tab out; a review tab); l3s-gn1, readability, zh-gbk and the
 * other sets unchanged. The three pages that move most are one shop's: the held-back fold will
 * tell whether other shops' tabs behave alike. The same on every page type took articles' FAQ
 * accordions and a documentation page's collapsed notes in (article 0.9547 -> 0.9542,
 * documentation 0.9291 -> 0.9281, simulated on the session's labels).
 */

export interface ProductTabInput {
  label: Label;
  scores: Readonly<Record<Label, number>>;
  hits: readonly RuleHit[];
}

/** Indices of the navigation segments that are a product's folded tabs outside the main container. */
export function findProductTabs(segments: readonly ProductTabInput[]): number[] {
  const tabs: number[] = [];
  segments.forEach((s, i) => {
    if (s.label !== 'navigation' || !s.hits.some((h) => h.rule === REFOLDED_RULE)) return;
    const scores = scoresWithoutRule(scoresWithoutRule(s.scores, s.hits, OUTSIDE_MAIN_HIT.rule), s.hits, REFOLDED_RULE);
    if (firstPassLabel(scores).label === 'body') tabs.push(i);
  });
  return tabs;
}

/** One frozen hit, shared by every tab it is given to (rules/relabel-hit.ts). */
export const PRODUCT_TAB_HIT: RuleHit = relabelHit('context.product-tab', 'body', 'a folded panel of a product page\'s tab group (description, specifications) outside the main container: part of the product\'s content');
