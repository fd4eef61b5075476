import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { trainingStampFields } from '../bayes/model.js';
import { parseDataFile } from '../data-file.js';
import { NGRAM_HASH_BITS, ngramText, pageNgrams } from './ngrams.js';

/**
 * The doorway n-gram model (data/models/doorway-ngrams.json, made by `npm run train:ngrams`,
 * script in benchmarks/doorway/): a logistic regression over the hashed n-grams of a page's body
 * text (ngrams.ts), fitted on whole doorway pages against clean pages of the training folds.
 * Its log-odds are the doorway model's `ngrams` feature (features.ts): where the other features
 * read how a page is put together, this reads its words and characters as a whole,
 * discriminatively: a page of stitched news whose every segment the Bayes token table finds
 * ordinary can still, taken together, lean to filler.
 */
export const doorwayTextModelSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    trainedAt: z.string(),
    trainedOn: z.strictObject({
      ...trainingStampFields,
      pages: z.strictObject({ doorway: z.int().nonnegative(), clean: z.int().nonnegative() }),
    }),
    hashBits: z.literal(NGRAM_HASH_BITS),
    /** The weighed hashes and their weights, index for index (the rest weigh 0). */
    hashes: z.array(z.int().nonnegative()),
    weights: z.array(z.number().finite()),
    intercept: z.number().finite(),
    /** How well it ranks doorway pages above clean ones, out of fold on the training pages it judged (area under the ROC curve). */
    outOfFold: z.strictObject({ auc: z.number().min(0).max(1) }),
  })
  .refine((m) => m.hashes.length === m.weights.length, { message: 'hashes and weights differ in length' });
export type DoorwayTextModelFile = z.infer<typeof doorwayTextModelSchema>;

/** The model ready to score: the file with its weights by hash. */
export interface DoorwayTextModel {
  file: DoorwayTextModelFile;
  weightOf: ReadonlyMap<number, number>;
}

export function doorwayTextModel(file: DoorwayTextModelFile): DoorwayTextModel {
  return { file, weightOf: new Map(file.hashes.map((h, i) => [h, file.weights[i]!])) };
}

export async function loadDoorwayTextModel(path: string): Promise<DoorwayTextModel> {
  return doorwayTextModel(parseDataFile(doorwayTextModelSchema, JSON.parse(await readFile(path, 'utf8')), path, 'a doorway n-gram model'));
}

/** How many n-grams a judgement names: those that weighed most towards doorway. */
export const TEXT_MODEL_EVIDENCE = 5;

/** The log-odds are clipped to ± this (p from 0.0003 to 0.9997): beyond it a page is no more a doorway, and one feature should not outweigh the rest. */
export const NGRAM_LOGIT_LIMIT = 8;

export interface TextJudgement {
  /** The model's log-odds that the body text is doorway filler, clipped to ±NGRAM_LOGIT_LIMIT. */
  z: number;
  /** The n-grams that weighed most towards doorway, with their share of the score (weight × value). */
  evidence: { ngram: string; weight: number }[];
}

/** The model's log-odds that the body text is doorway filler, and the n-grams that weighed most. */
export function judgeText(model: DoorwayTextModel, bodyText: string): TextJudgement {
  const { values, spans, text } = pageNgrams(bodyText, (h) => (model.weightOf.get(h) ?? 0) > 0);
  let z = model.file.intercept;
  const contributions: { hash: number; weight: number }[] = [];
  for (const [hash, value] of values) {
    const w = model.weightOf.get(hash);
    if (w === undefined) continue;
    z += w * value;
    if (w > 0) contributions.push({ hash, weight: w * value });
  }
  contributions.sort((a, b) => b.weight - a.weight);
  const evidence = contributions.slice(0, TEXT_MODEL_EVIDENCE).flatMap(({ hash, weight }) => {
    const span = spans.get(hash);
    return span === undefined ? [] : [{ ngram: ngramText(text, span), weight }];
  });
  return { z: Math.max(-NGRAM_LOGIT_LIMIT, Math.min(NGRAM_LOGIT_LIMIT, z)), evidence };
}
