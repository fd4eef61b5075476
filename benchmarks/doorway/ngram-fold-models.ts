/**
 * The doorway n-gram model of each training fold: the fit of `npm run train:ngrams` on the
 * training pages of the other folds. `npm run train:doorway` reads a page's `ngrams` feature off
 * its fold's fit (the doorway model learns from values a model that never saw the page gave), and
 * `npm run eval:pool:oof` judges every training document with them. Written by train-ngrams.ts to
 * benchmarks/results/ (not shipped, not committed); a file of another training run than the
 * shipped model (another data hash or intercept) is not used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { doorwayTextModel, type DoorwayTextModel } from '../../src/doorway/text-model.js';

export const NGRAM_FOLD_MODELS_FILE = fileURLToPath(new URL('../results/doorway-ngram-folds.json', import.meta.url));

export const ngramFoldModelsSchema = z.strictObject({
  dataHash: z.string(),
  /** The shipped model's intercept: which run of train:ngrams the file belongs to. */
  intercept: z.number(),
  folds: z.array(z.strictObject({ fold: z.int(), hashes: z.array(z.int().nonnegative()), weights: z.array(z.number().finite()), intercept: z.number().finite() })),
});
export type NgramFoldModels = z.infer<typeof ngramFoldModelsSchema>;

/** The shipped model with each fold's weights, by fold; or the reason there are none. */
export function readNgramFoldModels(shipped: DoorwayTextModel, path: string = NGRAM_FOLD_MODELS_FILE): Map<number, DoorwayTextModel> | string {
  if (!existsSync(path)) return `${path} is missing (run npm run train:ngrams)`;
  const parsed = ngramFoldModelsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) return `${path}: ${parsed.error.message}`;
  const file = parsed.data;
  if (file.dataHash !== shipped.file.trainedOn.dataHash || file.intercept !== shipped.file.intercept) return `${path} is of another training run than the shipped doorway n-gram model`;
  return new Map(file.folds.map((f) => [f.fold, doorwayTextModel({ ...shipped.file, hashes: f.hashes, weights: f.weights, intercept: f.intercept })]));
}
