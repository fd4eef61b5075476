import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseDataFile } from '../data-file.js';

/**
 * The spam Bayes model: a multinomial naive Bayes over the token features of bayes/tokens.ts,
 * trained on spam regions against clean text of labelled documents (`npm run train`, script in
 * benchmarks/train/). The file (data/models/spam-bayes.json) holds what it was trained on, the
 * per-feature log-likelihood ratios, and the small fitted models that turn them into decisions:
 * a calibration per language family for whole segments, and a logistic model for phrases
 * injected inside a segment (inline/).
 */

export const SEGMENT_FEATURES = ['meanLlr', 'topMean', 'strongShare', 'logPositiveSum', 'coherence', 'coherenceKnown'] as const;
export type SegmentFeature = (typeof SEGMENT_FEATURES)[number];

const calibrationSchema = z.strictObject({
  /** p(spam) of a segment = sigmoid(Σ weight × feature + intercept), over the SEGMENT_FEATURES of bayes/score.ts. */
  /** Missing weights count as 0. */
  weights: z.partialRecord(z.enum(SEGMENT_FEATURES), z.number().finite()),
  intercept: z.number().finite(),
  /** Segments of this family the calibration was fitted on (out-of-fold scores). */
  fittedOn: z.int().nonnegative(),
});

export const INLINE_FEATURES = ['runScore', 'runMean', 'contextMean', 'logChars', 'repeats', 'scriptSwitch', 'segmentShare', 'separators', 'lexiconShare', 'pageSupport'] as const;
export type InlineFeature = (typeof INLINE_FEATURES)[number];
export const INLINE_KINDS = ['run-cjk', 'run-latin', 'repeat-cjk', 'repeat-latin'] as const;
export type InlineKind = (typeof INLINE_KINDS)[number];

const inlineFitSchema = z.strictObject({
  /** Missing weights count as 0 (a model made before a feature existed still loads). */
  weights: z.partialRecord(z.enum(INLINE_FEATURES), z.number().finite()),
  intercept: z.number().finite(),
  /** Candidates (out-of-fold) the weights were fitted on, and how many of them were spam. */
  fittedOn: z.int().nonnegative(),
  positives: z.int().nonnegative(),
  /** A candidate is cut out at this probability: the lowest at which the out-of-fold candidates keep the target precision. */
  minP: z.number().min(0).max(1),
  /** Out-of-fold precision and recall of the candidates at `minP`. */
  precision: z.number(),
  recall: z.number(),
});
export type InlineFit = z.infer<typeof inlineFitSchema>;

/** What every learned file of data/models says of its training data (with fields of its own beside). */
export const trainingStampFields = {
  sources: z.array(z.string()),
  /** sha256 of the label files and the pool files read, in a fixed order. */
  dataHash: z.string(),
  folds: z.array(z.int()),
  heldBackFold: z.int(),
};

export const bayesModelSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  trainedAt: z.string(),
  trainedOn: z.strictObject({
    ...trainingStampFields,
    documents: z.record(z.string(), z.int()),
    spamChars: z.int(),
    cleanChars: z.int(),
  }),
  smoothing: z.number().positive(),
  /** Each feature's log-likelihood ratio is clipped to ± this, so no single token decides alone. */
  clip: z.number().positive(),
  segment: z.strictObject({ cjk: calibrationSchema, latin: calibrationSchema }),
  inline: z.strictObject({
    /** Subtracted from every word character's score before runs are sought: ordinary text sums below zero. */
    bias: z.number(),
    /** A run must sum to at least this and cover this many word characters to be a candidate. */
    minRunScore: z.number(),
    minRunChars: z.int().positive(),
    /**
     * One logistic model per kind of candidate: `run` (a spam-leaning run of the Bayes scores) or
     * `repeat` (a stretch repeated in its segment and across the page), in Han/kana (`cjk`) or
     * other (`latin`) text: they come from different searches and languages and are weighed apart.
     */
    fits: z.strictObject(Object.fromEntries(INLINE_KINDS.map((kind) => [kind, inlineFitSchema])) as Record<InlineKind, typeof inlineFitSchema>),
  }),
  /** feature → log P(feature | spam) − log P(feature | clean), rounded. */
  llr: z.record(z.string(), z.number()),
});
export type BayesModelFile = z.infer<typeof bayesModelSchema>;

export interface BayesModel {
  file: Omit<BayesModelFile, 'llr'>;
  /** Every feature's ratio, clipped to ± clip, keyed as in the file (`w…`, `d…`, `b…`). */
  llr: ReadonlyMap<string, number>;
  /**
   * The same ratios split by kind for scoring without building feature strings: words by the
   * word, digit runs by length, character pairs by their first unit, then their second (two small
   * integer keys: one key of both units would not fit V8's small integers and be slow to hash).
   */
  words: ReadonlyMap<string, number>;
  digits: ReadonlyMap<number, number>;
  pairs: ReadonlyMap<number, ReadonlyMap<number, number>>;
}

export function bayesModelFromFile(file: BayesModelFile): BayesModel {
  const { llr, ...rest } = file;
  const clip = (x: number): number => Math.max(-file.clip, Math.min(file.clip, x));
  const all = new Map<string, number>();
  const words = new Map<string, number>();
  const digits = new Map<number, number>();
  const pairs = new Map<number, Map<number, number>>();
  for (const [feature, raw] of Object.entries(llr)) {
    const value = clip(raw);
    all.set(feature, value);
    const body = feature.slice(1);
    if (feature.startsWith('w')) words.set(body, value);
    else if (feature.startsWith('d')) digits.set(Number(body), value);
    else if (feature.startsWith('b') && body.length === 2) {
      const first = body.charCodeAt(0);
      let seconds = pairs.get(first);
      if (seconds === undefined) pairs.set(first, (seconds = new Map()));
      seconds.set(body.charCodeAt(1), value);
    }
  }
  return { file: rest, llr: all, words, digits, pairs };
}

/** The model file at `path`, checked against its schema (the training scripts start from the shipped file). */
export async function readBayesModelFile(path: string): Promise<BayesModelFile> {
  return parseDataFile(bayesModelSchema, JSON.parse(await readFile(path, 'utf8')), path, 'a spam Bayes model');
}

export async function loadBayesModel(path: string): Promise<BayesModel> {
  return bayesModelFromFile(await readBayesModelFile(path));
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
