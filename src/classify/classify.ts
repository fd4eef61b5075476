import type { AnalyzedSegment } from '../features/extract.js';
import type { FeatureSpace } from '../features/feature-set.js';
import type { CompiledRule } from '../rules/compile.js';
import { applyRules, type RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { contextPass } from './context.js';
import { firstPassLabel, neverBody, type FirstPass } from './label.js';

export interface LabelledSegment extends AnalyzedSegment {
  label: Label;
  scores: Record<Label, number>;
  hits: RuleHit[];
}

/** Rules → context-free label → context pass → final label, for every segment of a page. */
export function classifySegments(segments: readonly AnalyzedSegment[], rules: readonly CompiledRule[], space: FeatureSpace): LabelledSegment[] {
  const scored = segments.map((segment) => {
    const { hits, scores } = applyRules(rules, segment.features);
    let first: FirstPass = firstPassLabel(scores);
    const constraint = neverBody(segment.features, space);
    if (constraint && first.label !== 'spam') {
      hits.push(constraint);
      first = { label: 'navigation' };
    }
    return { segment, hits, scores, first, inFlow: constraint === undefined };
  });
  const final = contextPass(scored.map(({ first, inFlow }) => ({ first, inFlow })));
  return scored.map(({ segment, hits, scores }, i) => {
    const decision = final[i]!;
    return { ...segment, label: decision.label, scores, hits: decision.hit ? [...hits, decision.hit] : hits };
  });
}
