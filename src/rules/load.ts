import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { FeatureSpace } from '../features/feature-set.js';
import { readFailure } from '../data-file.js';
import { compileRule, RuleError, type CompiledRule } from './compile.js';
import { ruleFileSchema, type Rule } from './schema.js';

function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/** Parse and validate one rule file's text; errors name the file (and the JSON position or rule path). */
export function parseRuleFile(text: string, origin: string): Rule[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RuleError(origin, `not valid JSON (${(error as Error).message})`);
  }
  const misshapen = misshapenRuleFile(json);
  if (misshapen !== undefined) throw new RuleError(origin, misshapen);
  const parsed = ruleFileSchema.safeParse(json);
  if (!parsed.success) throw new RuleError(origin, formatIssues(parsed.error));
  return parsed.data.rules;
}

/** What a rule file is, for the two shapes people write instead of it. */
const RULE_FILE_SHAPE = 'a rule file is an object { "rules": [ … ] }, as data/rules/*.json';

/**
 * The reason a file holds rules in the wrong wrapping — an array of rules, or one rule as the README's
 * "Adding a rule" shows it — or undefined. zod alone said "(root): Invalid input: expected object,
 * received array", or listed the rule's own keys as unrecognised (session-30 audit).
 */
function misshapenRuleFile(json: unknown): string | undefined {
  if (Array.isArray(json)) return `${RULE_FILE_SHAPE}, not an array: put the array under "rules"`;
  if (typeof json === 'object' && json !== null && !('rules' in json) && 'when' in json) return `${RULE_FILE_SHAPE}, not a single rule: put it in "rules": [ … ]`;
  return undefined;
}

/** Load `*.json` rule files of a folder in name order (NN_family.json sets the order). */
export async function loadRuleDir(dir: string): Promise<{ origin: string; rules: Rule[] }[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const out: { origin: string; rules: Rule[] }[] = [];
  for (const file of files) {
    const origin = `data/rules/${file}`;
    out.push({ origin, rules: parseRuleFile(await readFile(join(dir, file), 'utf8'), origin) });
  }
  return out;
}

export async function loadRuleFile(path: string): Promise<Rule[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new RuleError(path, `cannot read the rule file (${readFailure(error)})`);
  }
  return parseRuleFile(text, path);
}

/** Compile rule sets; ids must be unique across all of them. */
export function compileRules(sets: readonly { origin: string; rules: readonly Rule[] }[], space: FeatureSpace): CompiledRule[] {
  const seen = new Map<string, string>();
  const compiled: CompiledRule[] = [];
  for (const { origin, rules } of sets) {
    for (const rule of rules) {
      const previous = seen.get(rule.id);
      if (previous) throw new RuleError(origin, `duplicate rule id "${rule.id}" (first defined in ${previous})`);
      seen.set(rule.id, origin);
      compiled.push(compileRule(rule, origin, space));
    }
  }
  return compiled;
}
