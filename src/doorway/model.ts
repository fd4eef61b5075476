import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { trainingStampFields } from '../bayes/model.js';
import { parseDataFile } from '../data-file.js';
import { DOORWAY_FEATURES, type DoorwayFeatures } from './features.js';

/**
 * The doorway-page model (data/models/doorway.json, made by `npm run train:doorway`, script in
 * benchmarks/doorway/): a logistic regression over the page features of features.ts, fitted on
 * doorway pages against clean pages of the training folds, with the probability at which a page
 * is called a doorway chosen from out-of-fold predictions.
 */
export const doorwayModelSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  trainedAt: z.string(),
  trainedOn: z.strictObject({
    ...trainingStampFields,
    pages: z.strictObject({ doorway: z.int().nonnegative(), clean: z.int().nonnegative() }),
  }),
  /** p(doorway) = sigmoid(Σ weight × feature + intercept). Missing weights count as 0. */
  weights: z.partialRecord(z.enum(DOORWAY_FEATURES), z.number().finite()),
  intercept: z.number().finite(),
  /** A page is a doorway at this probability or above. */
  minP: z.number().min(0).max(1),
  /** How `minP` was chosen, and what it gives out of fold on the training pages. */
  threshold: z.strictObject({ maxCleanRate: z.number(), cleanRate: z.number(), recall: z.number(), precision: z.number() }),
});
export type DoorwayModel = z.infer<typeof doorwayModelSchema>;

export function doorwayZ(model: DoorwayModel, features: DoorwayFeatures): number {
  let z = model.intercept;
  for (const name of DOORWAY_FEATURES) z += (model.weights[name] ?? 0) * features[name];
  return z;
}

export async function loadDoorwayModel(path: string): Promise<DoorwayModel> {
  return parseDataFile(doorwayModelSchema, JSON.parse(await readFile(path, 'utf8')), path, 'a doorway model');
}
