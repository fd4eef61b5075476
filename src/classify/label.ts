import type { Features, FeatureSpace } from '../features/feature-set.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { DECISIVE_MARGIN, SPAM_MIN_SCORE } from './thresholds.js';
import { relabelHit } from '../rules/relabel-hit.js';

/** A context-free decision, or "undecided" with the side it leans to. */
/** The rule that tells a sentence (data/rules/30_body.json): ends like one, holds its punctuation, few links. Read by the page-level passes (the lead, the context pass, beside-main). */
export const SENTENCE_RULE = 'body.sentence';

export type FirstPass = { label: Label } | { label: undefined; lean: Label };

/**
 * Context-free label from summed scores. Spam wins once it reaches SPAM_MIN_SCORE, whatever the
 * other scores: body and navigation scores say what shape a text has (prose, a list of links), and
 * spam comes in both shapes — a pharma blurb is prose, a link farm is a list. Body and navigation
 * need DECISIVE_MARGIN between them.
 */
export function firstPassLabel(scores: Record<Label, number>): FirstPass {
  if (scores.spam >= SPAM_MIN_SCORE) return { label: 'spam' };
  const margin = scores.body - scores.navigation;
  if (margin >= DECISIVE_MARGIN) return { label: 'body' };
  if (margin <= -DECISIVE_MARGIN) return { label: 'navigation' };
  return { label: undefined, lean: margin > 0 ? 'body' : 'navigation' };
}

/** Hits of the page-level passes are named `context.*` (classify.ts, late-promotions.ts, late-demotions.ts). */
const PAGE_PASS_PREFIX = 'context.';

/** Whether a page-level pass had a hand in a segment's label (one of its hits is a pass's); without one, its own rules decided it. */
export function touchedByPagePass(hits: readonly RuleHit[]): boolean {
  return hits.some((h) => h.rule.startsWith(PAGE_PASS_PREFIX));
}

/** A segment's scores without the segment-scope hits of one rule: what it would score had the rule not fired. */
export function scoresWithoutRule(scores: Readonly<Record<Label, number>>, hits: readonly RuleHit[], rule: string): Record<Label, number> {
  const without = { ...scores };
  for (const hit of hits) if (hit.rule === rule && hit.page !== true) without[hit.label] -= hit.score;
  return without;
}

/** Segments that are never body whatever their scores: not part of the visible page flow. */
export function neverBody(features: Features, space: FeatureSpace): RuleHit | undefined {
  if (space.get(features, 'kind.title') === 1) return TITLE_NOT_BODY;
  if (space.get(features, 'kind.meta') === 1) return META_NOT_BODY;
  if (space.get(features, 'dom.hidden') === 1) return HIDDEN_NOT_BODY;
  return undefined;
}

/** Constraint hits make a segment navigation; each is frozen and shared by every segment it applies to (rules/relabel-hit.ts). */
function constraint(rule: string, description: string): RuleHit {
  return relabelHit(rule, 'navigation', description);
}

const TITLE_NOT_BODY = constraint('constraint.title-not-body', 'the page title is page chrome; its headline copy in the page is kept as body');
const META_NOT_BODY = constraint('constraint.meta-not-body', 'meta description/keywords are not visible text');
const HIDDEN_NOT_BODY = constraint('constraint.hidden-not-body', 'hidden elements are never body');
