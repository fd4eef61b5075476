import type { BayesModel } from './model.js';
import { sigmoid, SEGMENT_FEATURES, type SegmentFeature } from './model.js';
import { forEachFeature, isCjkFeature } from './tokens.js';

/** How many of a segment's most spam-like features a hit names. */
export const TOP_TOKENS = 5;

export interface TopToken {
  /** The token as it reads (the feature without its kind prefix). */
  token: string;
  llr: number;
}

/** The model's view of one segment. */
export interface SegmentBayes {
  /** Calibrated probability that the segment is spam text. */
  p: number;
  /** Mean log-likelihood ratio over the segment's features (unknown features count as 0). */
  meanLlr: number;
  features: number;
  family: 'cjk' | 'latin';
  /** Per UTF-16 unit of the text: the ratios of the features covering it, each spread evenly over its units. */
  charScores: Float64Array;
  /** Mean of the SEGMENT_TOP_K highest ratios (features may repeat): how strong the segment's spam evidence is at its best. */
  topMean: number;
  /** Share of the features whose ratio is at least STRONG_LLR. */
  strongShare: number;
  /** log(1 + the sum of the positive ratios): how much spam evidence the segment holds in all. */
  logPositiveSum: number;
  /** The most spam-like distinct features, highest ratio first. */
  top: TopToken[];
}

/**
 * Segments with fewer features get no segment probability (p = 0): the calibration was fitted on
 * pool documents' halves (~500 characters, hundreds of features); on a menu of four words a single
 * spam-leaning word would decide it. Injections inside short segments are still found by inline/.
 */
export const SEGMENT_MIN_FEATURES = 40;

/** The segment's best evidence is the mean of this many highest ratios. */
export const SEGMENT_TOP_K = 20;
/** A feature this much likelier in spam than in clean text (e^1.5 ≈ 4.5×) counts as strong evidence. */
export const STRONG_LLR = 1.5;

function display(feature: string): string {
  return feature.startsWith('d') ? '#'.repeat(Number(feature.slice(1))) : feature.slice(1);
}

function clipped(value: number, clip: number): number {
  return value > clip ? clip : value < -clip ? -clip : value;
}

/** Score a segment's normalised text (cut at `boundary`, from tokenize/tokenize.ts). */
export function scoreSegment(model: BayesModel, normalized: string, boundary: Uint8Array): SegmentBayes {
  const charScores = new Float64Array(normalized.length);
  const { clip } = model.file;
  let sum = 0;
  let count = 0;
  let cjk = 0;
  const top: TopToken[] = [];
  const best: number[] = [];
  let strong = 0;
  let positiveSum = 0;
  const seen = new Set<string>();
  forEachFeature(normalized, boundary, (feature, start, end) => {
    count++;
    if (isCjkFeature(feature)) cjk++;
    const raw = model.llr.get(feature);
    if (raw === undefined) return;
    const llr = clipped(raw, clip);
    sum += llr;
    if (llr > 0) positiveSum += llr;
    if (llr >= STRONG_LLR) strong++;
    if (best.length < SEGMENT_TOP_K || llr > best[best.length - 1]!) {
      let at = best.length;
      while (at > 0 && best[at - 1]! < llr) at--;
      best.splice(at, 0, llr);
      if (best.length > SEGMENT_TOP_K) best.pop();
    }
    const share = llr / (end - start);
    for (let i = start; i < end; i++) charScores[i]! += share;
    if (llr <= 0 || (top.length === TOP_TOKENS && top[TOP_TOKENS - 1]!.llr >= llr)) return;
    const shown = display(feature);
    if (seen.has(shown)) return;
    seen.add(shown);
    const token = { token: shown, llr };
    let at = top.length;
    while (at > 0 && top[at - 1]!.llr < llr) at--;
    top.splice(at, 0, token);
    if (top.length > TOP_TOKENS) top.pop();
  });
  const family = cjk * 2 >= count && count > 0 ? 'cjk' : 'latin';
  const meanLlr = count === 0 ? 0 : sum / count;
  let topSum = 0;
  for (const x of best) topSum += x;
  const topMean = topSum / SEGMENT_TOP_K;
  const strongShare = count === 0 ? 0 : strong / count;
  const logPositiveSum = Math.log1p(positiveSum);
  const values: Record<SegmentFeature, number> = { meanLlr, topMean, strongShare, logPositiveSum };
  const c = model.file.segment[family];
  let z = c.intercept;
  for (const name of SEGMENT_FEATURES) z += (c.weights[name] ?? 0) * values[name];
  const p = count < SEGMENT_MIN_FEATURES ? 0 : sigmoid(z);
  return { p, ...values, features: count, family, charScores, top };
}
