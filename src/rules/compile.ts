import type { Features } from '../features/feature-set.js';
import type { Condition, Rule } from './schema.js';

export type Predicate = (features: Features) => boolean;

export interface CompiledRule extends Rule {
  test: Predicate;
  /** Where the rule came from (file or "options"), for error messages and the hit table. */
  origin: string;
}

export class RuleError extends Error {
  constructor(
    readonly origin: string,
    message: string,
  ) {
    super(`${origin}: ${message}`);
    this.name = 'RuleError';
  }
}

/** Every feature a condition names. */
export function conditionFeatures(condition: Condition, out: string[] = []): string[] {
  if ('all' in condition) condition.all.forEach((c) => conditionFeatures(c, out));
  else if ('any' in condition) condition.any.forEach((c) => conditionFeatures(c, out));
  else if ('not' in condition) conditionFeatures(condition.not, out);
  else out.push(condition.feature);
  return out;
}

/** Turn a condition into a closure once, at load time (no per-page interpretation of JSON). */
export function compileCondition(condition: Condition): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (f) => parts.every((p) => p(f));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (f) => parts.some((p) => p(f));
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (f) => !inner(f);
  }
  const { feature, gte, gt, lte, lt, eq } = condition;
  return (f) => {
    const v = f[feature] ?? 0;
    return (gte === undefined || v >= gte) && (gt === undefined || v > gt) && (lte === undefined || v <= lte) && (lt === undefined || v < lt) && (eq === undefined || v === eq);
  };
}

export function compileRule(rule: Rule, origin: string, knownFeatures: ReadonlySet<string>): CompiledRule {
  for (const feature of conditionFeatures(rule.when)) {
    if (!knownFeatures.has(feature)) throw new RuleError(origin, `rule "${rule.id}" names unknown feature "${feature}"`);
  }
  return { ...rule, origin, test: compileCondition(rule.when) };
}
