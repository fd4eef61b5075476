/**
 * The doorway model of each training fold: the logistic fit of `npm run train:doorway` on the
 * training pages of the other folds (the fits whose out-of-fold probabilities chose `minP`), kept
 * beside the shipped model so that `npm run eval:pool:oof` can judge every training document with
 * a doorway model that never saw it, as it does with the Bayes table. Written by train.ts to
 * benchmarks/results/ (not shipped, not committed: a run of train:doorway makes it again); a file
 * of another training run than the shipped model (another data hash or minP) is not used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DOORWAY_FEATURES } from '../../src/doorway/features.js';
import type { DoorwayModel } from '../../src/doorway/model.js';

export const DOORWAY_FOLD_MODELS_FILE = fileURLToPath(new URL('../results/doorway-folds.json', import.meta.url));

export const doorwayFoldModelsSchema = z.strictObject({
  dataHash: z.string(),
  minP: z.number(),
  folds: z.array(z.strictObject({ fold: z.int(), weights: z.partialRecord(z.enum(DOORWAY_FEATURES), z.number().finite()), intercept: z.number().finite() })),
});
export type DoorwayFoldModels = z.infer<typeof doorwayFoldModelsSchema>;

/**
 * The shipped model with each fold's weights, by fold; or the reason there are none (no file, or a
 * file of another training run than `shipped`).
 */
export function readDoorwayFoldModels(shipped: DoorwayModel, path: string = DOORWAY_FOLD_MODELS_FILE): Map<number, DoorwayModel> | string {
  if (!existsSync(path)) return `${path} is missing (run npm run train:doorway)`;
  const parsed = doorwayFoldModelsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) return `${path}: ${parsed.error.message}`;
  const file = parsed.data;
  if (file.dataHash !== shipped.trainedOn.dataHash || file.minP !== shipped.minP) return `${path} is of another training run than the shipped doorway model`;
  return new Map(file.folds.map((f) => [f.fold, { ...shipped, weights: f.weights, intercept: f.intercept }]));
}
