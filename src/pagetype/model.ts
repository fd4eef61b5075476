import { existsSync } from 'node:fs';
import { z } from 'zod';
import { readDataFile } from '../data-file.js';
import { PAGE_TYPE_FEATURE_NAMES, PAGE_TYPE_FEATURES, type PageTypeFeature } from './features.js';

/**
 * The page-type model (data/weights/pagetype.json, made by `npm run fit:body`, script
 * benchmarks/fit/body.ts): one logistic regression per type, one against the rest, over the named
 * page features of features.ts; the type whose model scores highest wins. Its hits are the
 * features present above an average training page that pushed the winning type most (weight ×
 * distance from the training mean), so a report says "product: declared.product +2.1, prices +1.4".
 */

export const PAGE_TYPES = ['article', 'forum', 'listing', 'product', 'other'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

const typeModelSchema = z.strictObject({ intercept: z.number().finite(), weights: z.array(z.number().finite()) });

export const pageTypeModelSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  fittedAt: z.string(),
  trainedOn: z.strictObject({ sources: z.array(z.string()), dataHash: z.string(), pages: z.record(z.string(), z.int()) }),
  /** Cross-validated (by page, on the training folds) accuracy and confusion matrix: gold type → predicted type → pages. */
  crossValidation: z.strictObject({ folds: z.int().positive(), accuracy: z.number(), confusion: z.record(z.string(), z.record(z.string(), z.int())) }),
  features: z.array(z.string()),
  /** Mean of each feature over the training pages (hits are measured from it). */
  means: z.array(z.number().finite()),
  types: z.strictObject({ article: typeModelSchema, forum: typeModelSchema, listing: typeModelSchema, product: typeModelSchema, other: typeModelSchema }),
});
export type PageTypeModel = z.infer<typeof pageTypeModelSchema>;

export function loadPageTypeModel(path: string): PageTypeModel | undefined {
  if (!existsSync(path)) return undefined;
  const model = readDataFile(pageTypeModelSchema, path, 'a page-type model');
  const expected = PAGE_TYPE_FEATURE_NAMES.join(',');
  if (model.features.join(',') !== expected) throw new Error(`${path}: fitted on features ${model.features.join(',')}, the code computes ${expected}: refit (npm run fit:body)`);
  return model;
}

export interface PageTypeHit {
  rule: string;
  score: number;
  description: string;
}

export interface PageTypeResult {
  type: PageType;
  hits: PageTypeHit[];
}

/** At most this many hits explain a page type. */
export const PAGE_TYPE_MAX_HITS = 5;
/** A feature explains the type when it moved the type's log-odds by at least this much (e^0.25 ≈ 1.3 times the odds). */
export const PAGE_TYPE_MIN_HIT = 0.25;

/** Each type's model score (its logit, one type against the rest) for a page's features. */
export type PageTypeScores = Readonly<Record<PageType, number>>;

export function pageTypeScores(model: PageTypeModel, features: readonly number[]): PageTypeScores {
  const scores = {} as Record<PageType, number>;
  for (const type of PAGE_TYPES) {
    const { intercept, weights } = model.types[type];
    let s = intercept;
    for (let j = 0; j < weights.length; j++) s += weights[j]! * (features[j] ?? 0);
    scores[type] = s;
  }
  return scores;
}

/** The page type the model gives a page's features, with the features that decided it. */
export function classifyPage(model: PageTypeModel, features: readonly number[], scores: PageTypeScores = pageTypeScores(model, features)): PageTypeResult {
  let best: PageType = 'article';
  let bestScore = -Infinity;
  for (const type of PAGE_TYPES) {
    if (scores[type] > bestScore) {
      best = type;
      bestScore = scores[type];
    }
  }
  const weights = model.types[best].weights;
  const hits = model.features
    // evidence present on the page (above the average page) that counts for the type: an absent
    // feature whose absence helps (no declared article on a listing) names nothing on the page
    .map((name, j) => ({ name: name as PageTypeFeature, above: (features[j] ?? 0) > model.means[j]!, contribution: weights[j]! * ((features[j] ?? 0) - model.means[j]!) }))
    .filter((c) => c.above && c.contribution >= PAGE_TYPE_MIN_HIT)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, PAGE_TYPE_MAX_HITS)
    .map((c) => ({ rule: `pagetype.${c.name}`, score: Math.round(c.contribution * 100) / 100, description: PAGE_TYPE_FEATURES[c.name] }));
  return { type: best, hits };
}
