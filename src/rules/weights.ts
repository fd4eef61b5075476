import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Rule } from './schema.js';

/**
 * Fitted spam scores (data/weights/spam.json, made by `npm run fit`, script benchmarks/fit/):
 * SpamAssassin's way — rules stay hand-written and readable, their scores come from a fit on
 * labelled data. A rule the fit could not judge (too few hits) keeps the score written in its
 * rule file; the weights file says which and why. Also the page verdict threshold chosen from
 * data. Loaded by createSifter; rules given in options keep their own scores.
 */

export const ruleWeightSchema = z.strictObject({
  /** The score sift() uses. */
  score: z.number().finite(),
  /** The score written in the rule file. */
  handScore: z.number().finite(),
  fitted: z.boolean(),
  /** Why a rule kept its hand-set score. */
  reason: z.string().optional(),
  /** Segments of the fit's training data it fired on, by gold label. */
  hits: z.strictObject({ spam: z.int().nonnegative(), clean: z.int().nonnegative() }),
});

export const spamWeightsSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  fittedAt: z.string(),
  trainedOn: z.strictObject({ sources: z.array(z.string()), dataHash: z.string(), segments: z.strictObject({ spam: z.int(), clean: z.int() }), pages: z.strictObject({ spam: z.int(), clean: z.int() }) }),
  /** Cross-validated segment precision and recall of the fitted scores at the segment spam boundary. */
  crossValidation: z.strictObject({ folds: z.int().positive(), precision: z.number(), recall: z.number() }),
  rules: z.record(z.string(), ruleWeightSchema),
  /** The page verdict threshold: the lowest that keeps false positives at or below `maxFalsePositiveRate` on the clean training pages. */
  pageThreshold: z.strictObject({ value: z.number().positive(), maxFalsePositiveRate: z.number(), falsePositives: z.int(), cleanPages: z.int(), spamPagesCaught: z.int(), spamPages: z.int() }),
});
export type SpamWeights = z.infer<typeof spamWeightsSchema>;

export async function loadSpamWeights(path: string): Promise<SpamWeights> {
  const parsed = spamWeightsSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: not a spam weights file: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The rules with their fitted scores. */
export function withFittedScores(rules: readonly Rule[], weights: SpamWeights | undefined): Rule[] {
  if (weights === undefined) return [...rules];
  return rules.map((rule) => {
    const weight = weights.rules[rule.id];
    return weight === undefined || !weight.fitted ? rule : { ...rule, score: weight.score };
  });
}
