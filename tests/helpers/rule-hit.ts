import type { RuleHit } from '../../src/rules/engine.js';

/** A rule hit for a pass's unit tests: the rule's name stands for its description. */
export const ruleHit = (rule: string, label: 'body' | 'navigation', score = 1): RuleHit => ({ rule, label, score, description: rule });
