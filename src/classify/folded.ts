import type { Features, FeatureSpace } from '../features/feature-set.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { firstPassLabel, scoresWithoutRule } from './label.js';

/**
 * Folded text. Hidden text is never body (label.ts neverBody): a hidden menu, a template, a
 * pop-up or a hijack kit's link block is not what a reader sees. But pages fold part of their
 * content and show it on a click — the answers of an FAQ accordion, the panels of a tab group
 * other than the first, a collapsed "read more" intro — and the stylesheet or an inline
 * `display:none` hides it until then. Such text sits under an element whose class, id or role
 * says what it is (data/cues/class-names.json `collapsible`: accordion, collapse, tab, tabpanel,
 * faq, answer, toggle, expand, more…; dom.collapsibleCue), and it reads as body once the hidden
 * discount (nav.hidden) is taken off. Then it is body's to decide like any text in the flow.
 * Text with a navigation cue (a collapsed menu, a consent dialog's tabs) or a dialog cue (a
 * notify-me form, a size guide: shown on demand, but not the page's content) stays hidden.
 *
 * wcxb-dev training folds, session 14 (helper 44), body F1 0.9134 before: every hidden segment
 * that reads as body without the discount 0.9141, 15 pages up and 30 down (survey overlays, JSON
 * kept in hidden spans, footnote pop-ups, lorem-ipsum templates, "out of date browser" notices);
 * only under a collapsible cue 0.9147, 9 up (an FAQ page whose answers are the gold 0.16 -> 0.85,
 * service pages with tabbed or accordion sections 0.73 -> 0.96) and 4 down (a GDPR dialog's tabs
 * 0.94 -> 0.89); without a navigation cue 0.9148, none down; without a dialog cue as well, the
 * readability set's buzzfeed-1 keeps its precision (a related-links form in a hidden alert box had
 * come along, 0.965 -> 0.948). Shipped, 0.9134 -> 0.9148: listing 0.8005 -> 0.8106, service
 * 0.8852 -> 0.8903, product 0.8189 -> 0.8213, documentation 0.9277 -> 0.9290, article, forum and
 * collection unchanged; 9 pages up, none down. l3s-gn1, readability, zh-gbk, spam, seed and
 * clean-text unchanged (one readability page −0.002).
 *
 * The cue is also read on the element that hides the text (segment/block.ts hiderCues), however
 * far above it sits: a CMS's accordion panel (dd.cmp-accordion__panel[hidden]) held its answers
 * a dozen elements deeper, past the six recorded ancestors. Session 22 (helper, body-22c),
 * training folds: service 0.900 -> 0.902 (one page 0.64 -> 0.91), no other page changed;
 * l3s-gn1, readability, zh-gbk, seed, spam and the spam pool unchanged.
 */

/** The rule that discounts hidden text (data/rules/20_navigation.json). */
export const HIDDEN_RULE = 'nav.hidden';

/**
 * Whether a hidden segment is folded content: under a collapsible cue, with neither a navigation
 * nor a dialog cue, and body on its own scores once the hidden rule's hits are taken off.
 */
export function isFoldedText(features: Features, space: FeatureSpace, scores: Readonly<Record<Label, number>>, hits: readonly RuleHit[]): boolean {
  if (space.get(features, 'dom.hidden') !== 1 || space.get(features, 'dom.collapsibleCue') !== 1) return false;
  if (space.get(features, 'dom.navCue') === 1 || space.get(features, 'dom.dialogCue') === 1) return false;
  return firstPassLabel(scoresWithoutRule(scores, hits, HIDDEN_RULE)).label === 'body';
}

/**
 * The hit that unfolds a segment: a body score equal to what the hidden rule took off, so that the
 * hits still add up to the segment's scores.
 */
export function foldedHit(hits: readonly RuleHit[]): RuleHit {
  const hidden = hits.reduce((sum, h) => (h.rule === HIDDEN_RULE && h.page !== true ? sum + h.score : sum), 0);
  return Object.freeze({ rule: FOLDED_RULE, label: 'body' satisfies Label, score: hidden, description: 'hidden text in a folded part of the page (an accordion, a tab panel, an FAQ answer, a read-more): shown on a click, it reads as body' });
}

export function isFoldedHit(hit: RuleHit): boolean {
  return hit.rule === FOLDED_RULE;
}

/**
 * The hit that folds a segment again: outside the main container (main-content.ts) folded text is
 * not the page's content — an article's FAQ accordion below the story, which the gold leaves out —
 * and gets its hidden discount back on top of the outside-main score. Without it two training-fold
 * articles lost 0.09 and 0.07 (article 0.9530 -> 0.9528) and one gained 0.04.
 */
export function refoldedHit(unfold: RuleHit): RuleHit {
  return Object.freeze({ rule: REFOLDED_RULE, label: 'navigation' satisfies Label, score: unfold.score, description: 'folded text outside the element that holds the page\'s body text: hidden, and not part of the content' });
}

const FOLDED_RULE = 'context.folded';
/** The rule of `refoldedHit` (product-tabs.ts takes it off again on product pages). */
export const REFOLDED_RULE = 'context.folded-outside-main';
