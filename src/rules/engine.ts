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
}

/** Run every rule on a segment's features; every hit is recorded, segment-scope scores are summed per label. */
export function applyRules(rules: readonly CompiledRule[], features: Features): { hits: RuleHit[]; scores: Record<Label, number> } {
  const scores: Record<Label, number> = { body: 0, navigation: 0, spam: 0 };
  const hits: RuleHit[] = [];
  for (const rule of rules) {
    if (!rule.test(features)) continue;
    const pageScope = rule.scope === 'page';
    if (!pageScope) scores[rule.label] += rule.score;
    hits.push({
      rule: rule.id,
      label: rule.label,
      score: rule.score,
      description: rule.description,
      ...(rule.category ? { category: rule.category } : {}),
      ...(rule.anchor ? { anchor: true } : {}),
      ...(pageScope ? { page: true } : {}),
    });
  }
  return { hits, scores };
}
