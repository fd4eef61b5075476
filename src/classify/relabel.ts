/** Relabelling a page's segments, shared by the late passes (late-promotions.ts, late-demotions.ts). */
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import type { LabelledSegment } from './classify.js';

/** The segments at `indices` given `label`, with the hit that says why; the others as they are. */
export function relabel(segments: readonly LabelledSegment[], indices: readonly number[], label: Label, hit: RuleHit): readonly LabelledSegment[] {
  if (indices.length === 0) return segments;
  const chosen = new Set(indices);
  return segments.map((s, i) => (chosen.has(i) ? { ...s, label, hits: [...s.hits, hit] } : s));
}
