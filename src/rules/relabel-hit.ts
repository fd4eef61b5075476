import type { RuleHit } from './engine.js';
import type { Label } from './schema.js';

/**
 * The hit of a pass that sets a segment's label after the rules have scored it (a context pass, a
 * late promotion or demotion, a constraint): it names the pass and says why, and adds no score —
 * the label is the pass's decision, not a sum. One frozen object, shared by every segment the pass
 * gives it to, as the rules' own hits are (rules/engine.ts).
 */
export function relabelHit(rule: string, label: Label, description: string): RuleHit {
  return Object.freeze({ rule, label, score: 0, description });
}
