/**
 * The doorway n-gram model of each training fold: the fit of `npm run train:ngrams` on the
 * training pages of the other folds (the fits whose out-of-fold probabilities chose `minP`), kept
 * so that `npm run eval:pool:oof` judges every training document with a model that never saw it.
 * Written by train-ngrams.ts to benchmarks/results/ (not shipped, not committed); a file of
 * another training run than the shipped model (another data hash or minP) is not used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { doorwayTextModel, type DoorwayTextModel } from '../../src/doorway/text-model.js';

export const NGRAM_FOLD_MODELS_FILE = fileURLToPath(new URL('../results/doorway-ngram-folds.json', import.meta.url));

export const ngramFoldModelsSchema = z.strictObject({
  dataHash: z.string(),
  minP: z.number(),
  folds: z.array(z.strictObject({ fold: z.int(), hashes: z.array(z.int().nonnegative()), weights: z.array(z.number().finite()), intercept: z.number().finite() })),
});
export type NgramFoldModels = z.infer<typeof ngramFoldModelsSchema>;

/** The shipped model with each fold's weights, by fold; or the reason there are none. */
export function readNgramFoldModels(shipped: DoorwayTextModel, path: string = NGRAM_FOLD_MODELS_FILE): Map<number, DoorwayTextModel> | string {
  if (!existsSync(path)) return `${path} is missing (run npm run train:ngrams)`;
  const parsed = ngramFoldModelsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) return `${path}: ${parsed.error.message}`;
  const file = parsed.data;
  if (file.dataHash !== shipped.file.trainedOn.dataHash || file.minP !== shipped.file.minP) return `${path} is of another training run than the shipped doorway n-gram model`;
  return new Map(file.folds.map((f) => [f.fold, doorwayTextModel({ ...shipped.file, hashes: f.hashes, weights: f.weights, intercept: f.intercept })]));
}
