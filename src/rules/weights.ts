import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { parseDataFile, readDataFile } from '../data-file.js';
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
  return parseDataFile(spamWeightsSchema, JSON.parse(await readFile(path, 'utf8')), path, 'a spam weights file');
}

/**
 * Fitted body/navigation scores (data/weights/body.json, made by `npm run fit:body`, script
 * benchmarks/fit/body.ts): the same idea for the body and navigation rules, fitted on labelled
 * segments of the development corpus's training folds. Same per-rule record as spam.
 */
export const bodyWeightsSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  /**
   * How the scores were fitted: `segment-logistic` (the default when absent: benchmarks/fit/body-weights.ts,
   * a regression on labelled segments) or `page-search` (benchmarks/fit/page-search.ts, a search of the
   * eval's page metric with the pipeline in the loop).
   */
  method: z.enum(['segment-logistic', 'page-search']).optional(),
  fittedAt: z.string(),
  trainedOn: z.strictObject({ sources: z.array(z.string()), dataHash: z.string(), pages: z.int(), segments: z.strictObject({ body: z.int(), boilerplate: z.int() }) }),
  /** segment-logistic: segment precision, recall and accuracy of body, cross-validated by page: the fitted scores and the hand scores on the same segments. */
  crossValidation: z
    .strictObject({
      folds: z.int().positive(),
      fitted: z.strictObject({ precision: z.number(), recall: z.number(), accuracy: z.number() }),
      hand: z.strictObject({ precision: z.number(), recall: z.number(), accuracy: z.number() }),
    })
    .optional(),
  /** segment-logistic: the fit's intercept, and score units per unit of log-odds. */
  intercept: z.number().optional(),
  scale: z.number().optional(),
  /** page-search: body F1 of the training pages with the hand and the fitted scores, and each cross-half check (scores searched on two folds, measured on the other two). */
  pageSearch: z
    .strictObject({
      f1: z.strictObject({ hand: z.number(), fitted: z.number() }),
      evaluations: z.int().positive(),
      crossHalf: z.array(z.strictObject({ searchFolds: z.array(z.int()), measureFolds: z.array(z.int()), hand: z.number(), fitted: z.number() })),
    })
    .optional(),
  rules: z.record(z.string(), ruleWeightSchema.extend({ hits: z.strictObject({ body: z.int().nonnegative(), boilerplate: z.int().nonnegative() }) })),
});
export type BodyWeights = z.infer<typeof bodyWeightsSchema>;

export const BODY_WEIGHTS_FILE = join('weights', 'body.json');

export function loadBodyWeights(path: string): BodyWeights | undefined {
  if (!existsSync(path)) return undefined;
  return readDataFile(bodyWeightsSchema, path, 'a body weights file');
}

/**
 * The rules with their fitted scores: spam rules from the spam weights, body and navigation rules
 * from the body weights. A rule neither file judged (or with no file given) keeps the score
 * written in its rule file.
 */
export function withFittedScores(rules: readonly Rule[], weights: SpamWeights | undefined, body?: BodyWeights): Rule[] {
  return rules.map((rule) => {
    const weight = rule.label === 'spam' ? weights?.rules[rule.id] : body?.rules[rule.id];
    return weight === undefined || !weight.fitted ? rule : { ...rule, score: weight.score };
  });
}
