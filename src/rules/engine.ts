import type { Features } from '../features/feature-set.js';
import type { CompiledRule } from './compile.js';
import type { Label } from './schema.js';

export interface RuleHit {
  rule: string;
  label: Label;
  score: number;
  description: string;
  category?: string;
  anchor?: boolean;
  /** A page-scope hit: its score counts for the page verdict, not for the segment's label. */
  page?: boolean;
  /** The rule fires on a doorway template's phrases: the page is generated as a whole (classify/template-page.ts). */
  template?: boolean;
  /** The hit is explained per segment: `bayes-tokens` names the segment's most spam-like tokens in `tokens`. */
  explain?: 'bayes-tokens';
  /** The evidence behind a per-segment hit (tokens that weighed most, an injected phrase's signals). */
  tokens?: readonly string[];
}

/**
 * One hit object per rule, shared by every segment it fires on (a page's hits are mostly the same
 * few dozen rules: sharing them saves allocation, garbage collection and, in a pool, cloning).
 * Hit objects are frozen; nothing may change one.
 */
const hitOfRule = new WeakMap<CompiledRule, RuleHit>();

function hitOf(rule: CompiledRule): RuleHit {
  let hit = hitOfRule.get(rule);
  if (!hit) {
    hit = Object.freeze({
      rule: rule.id,
      label: rule.label,
      score: rule.score,
      description: rule.description,
      ...(rule.category ? { category: rule.category } : {}),
      ...(rule.anchor ? { anchor: true } : {}),
      ...(rule.scope === 'page' ? { page: true } : {}),
      ...(rule.template ? { template: true } : {}),
      ...(rule.explain ? { explain: rule.explain } : {}),
    });
    hitOfRule.set(rule, hit);
  }
  return hit;
}

/** Run every rule on a segment's features; every hit is recorded, segment-scope scores are summed per label. */
export function applyRules(rules: readonly CompiledRule[], features: Features): { hits: RuleHit[]; scores: Record<Label, number> } {
  const scores: Record<Label, number> = { body: 0, navigation: 0, spam: 0 };
  const hits: RuleHit[] = [];
  for (const rule of rules) {
    if (!rule.test(features)) continue;
    if (rule.scope !== 'page') scores[rule.label] += rule.score;
    hits.push(hitOf(rule));
  }
  return { hits, scores };
}

