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
 * benchmarks/fit/body.ts, or `npm run fit:body:search`, benchmarks/fit/page-search.ts): the same
 * idea for the body and navigation rules, fitted on labelled segments of the development corpus's
 * training folds. Same per-rule record as spam. Which fields a file has depends on how it was
 * fitted (`method`): the schema is a union on it, so a file of one method cannot carry (or lack)
 * the other method's fields.
 */
const bodyWeightsCommon = {
  $comment: z.string().optional(),
  version: z.literal(1),
  fittedAt: z.string(),
  trainedOn: z.strictObject({ sources: z.array(z.string()), dataHash: z.string(), pages: z.int(), segments: z.strictObject({ body: z.int(), boilerplate: z.int() }) }),
  rules: z.record(z.string(), ruleWeightSchema.extend({ hits: z.strictObject({ body: z.int().nonnegative(), boilerplate: z.int().nonnegative() }) })),
};

/** Segment precision, recall and accuracy of body (the segment fit's cross-validation). */
const segmentTallySchema = z.strictObject({ precision: z.number(), recall: z.number(), accuracy: z.number() });

/**
 * `segment-logistic` (benchmarks/fit/body-weights.ts): a regression on labelled segments. The
 * method the files had before `method` was written, so a file without it is one of these.
 */
export const segmentLogisticWeightsSchema = z.strictObject({
  ...bodyWeightsCommon,
  method: z.literal('segment-logistic').optional(),
  /** Segment precision, recall and accuracy of body, cross-validated by page: the fitted scores and the hand scores on the same segments. */
  crossValidation: z.strictObject({ folds: z.int().positive(), fitted: segmentTallySchema, hand: segmentTallySchema }),
  /** The fit's intercept, and score units per unit of log-odds. */
  intercept: z.number(),
  scale: z.number(),
});
export type SegmentLogisticWeights = z.infer<typeof segmentLogisticWeightsSchema>;

/** `page-search` (benchmarks/fit/page-search.ts): a search of the eval's page metric with the pipeline in the loop. */
export const pageSearchWeightsSchema = z.strictObject({
  ...bodyWeightsCommon,
  method: z.literal('page-search'),
  /** Body F1 of the training pages with the hand and the fitted scores, and each cross-half check (scores searched on two folds, measured on the other two). */
  pageSearch: z.strictObject({
    f1: z.strictObject({ hand: z.number(), fitted: z.number() }),
    evaluations: z.int().positive(),
    crossHalf: z.array(z.strictObject({ searchFolds: z.array(z.int()), measureFolds: z.array(z.int()), hand: z.number(), fitted: z.number() })),
  }),
});
export type PageSearchWeights = z.infer<typeof pageSearchWeightsSchema>;

export const bodyWeightsSchema = z.discriminatedUnion('method', [segmentLogisticWeightsSchema, pageSearchWeightsSchema]);
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
