import type { BayesModel } from './model.js';
import { sigmoid, SEGMENT_FEATURES, type SegmentFeature } from './model.js';
import { isWordUnit } from '../tokenize/word-chars.js';
import { coherenceCounter } from './coherence.js';
import { forEachPair, forEachWord, isCjkUnit } from './tokens.js';

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
  /** Per UTF-16 unit of the text: the ratios of the features covering it, each spread evenly over its units (empty when not asked for). */
  charScores: Float64Array;
  /** Mean of the SEGMENT_TOP_K highest ratios (features may repeat): how strong the segment's spam evidence is at its best. */
  topMean: number;
  /** Share of the features whose ratio is at least STRONG_LLR. */
  strongShare: number;
  /** log(1 + the sum of the positive ratios): how much spam evidence the segment holds in all. */
  logPositiveSum: number;
  /** coherence.ts's share of words a sentence shares with the ones before it (0 when unknown), and whether it is known. */
  coherence: number;
  coherenceKnown: number;
  /** The segment's sentences as sets of words (coherence.ts), for segments with SEGMENT_MIN_FEATURES or more; empty otherwise. */
  sentences: readonly ReadonlySet<string>[];
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

const NO_SCORES = new Float64Array(0);

/** The result for a segment not looked up: no probability, no evidence (its feature count and family are still right). */
function unscored(normalized: string, boundary: Uint8Array, pairs: number): SegmentBayes {
  let cjk = pairs;
  let count = pairs;
  forEachWord(normalized, boundary, (word) => {
    count++;
    if (isCjkUnit(word.charCodeAt(0))) cjk++;
  });
  return { p: 0, meanLlr: 0, topMean: 0, strongShare: 0, logPositiveSum: 0, coherence: 0, coherenceKnown: 0, sentences: [], features: count, family: cjk * 2 >= count && count > 0 ? 'cjk' : 'latin', charScores: NO_SCORES, top: [] };
}

/**
 * Whether the segment has at least SEGMENT_MIN_FEATURES features (character pairs plus word
 * pieces; a piece counts when it holds a word unit or a surrogate, so this never says "fewer" of a
 * segment forEachWord would count enough for), and its number of character pairs.
 */
function enoughFeatures(normalized: string, boundary: Uint8Array): { enough: boolean; pairs: number } {
  let pairs = 0;
  forEachPair(normalized, () => pairs++);
  let words = 0;
  let start = 0;
  for (let i = 1; i <= normalized.length && pairs + words < SEGMENT_MIN_FEATURES; i++) {
    if (boundary[i] !== 1 && i < normalized.length) continue;
    for (let k = start; k < i; k++) {
      const code = normalized.charCodeAt(k);
      if (isWordUnit(code) || (code >= 0xd800 && code <= 0xdfff)) {
        words++;
        break;
      }
    }
    start = i;
  }
  return { enough: pairs + words >= SEGMENT_MIN_FEATURES, pairs };
}

function minIndex(values: Float64Array): number {
  let at = 0;
  for (let k = 1; k < values.length; k++) if (values[k]! < values[at]!) at = k;
  return at;
}

/** Score a segment's normalised text (cut at `boundary`, from tokenize/tokenize.ts). */
export function scoreSegment(model: BayesModel, normalized: string, boundary: Uint8Array, wantCharScores = true): SegmentBayes {
  // a segment too short for a probability, whose characters are not wanted either, needs no lookups
  if (!wantCharScores) {
    const { enough, pairs } = enoughFeatures(normalized, boundary);
    if (!enough) return unscored(normalized, boundary, pairs);
  }
  // without per-character scores (when no inline candidate could be cut from the segment) the
  // array is empty and the spreading below is skipped
  const charScores = new Float64Array(wantCharScores ? normalized.length : 0);
  let sum = 0;
  let count = 0;
  let cjk = 0;
  const top: TopToken[] = [];
  // the SEGMENT_TOP_K highest ratios, unordered, and where the smallest of them is
  const best = new Float64Array(SEGMENT_TOP_K);
  let bestCount = 0;
  let bestMin = 0;
  let strong = 0;
  let positiveSum = 0;
  const seen = new Set<string>();
  // one known feature: its ratio (already clipped) spread over its units, and the running
  // statistics; true when it ranks among the top tokens so far (the caller then names it)
  const add = (llr: number, start: number, end: number): boolean => {
    sum += llr;
    if (llr > 0) positiveSum += llr;
    if (llr >= STRONG_LLR) strong++;
    if (bestCount < SEGMENT_TOP_K) {
      best[bestCount++] = llr;
      if (llr < best[bestMin]!) bestMin = bestCount - 1;
      if (bestCount === SEGMENT_TOP_K) bestMin = minIndex(best);
    } else if (llr > best[bestMin]!) {
      best[bestMin] = llr;
      bestMin = minIndex(best);
    }
    if (!wantCharScores) {
      // nothing to spread
    } else if (end - start === 2) {
      const half = llr / 2;
      charScores[start]! += half;
      charScores[start + 1]! += half;
    } else {
      const share = llr / (end - start);
      for (let i = start; i < end; i++) charScores[i]! += share;
    }
    return llr > 0 && (top.length < TOP_TOKENS || top[TOP_TOKENS - 1]!.llr < llr);
  };
  const rank = (token: string, llr: number): void => {
    if (seen.has(token)) return;
    seen.add(token);
    let at = top.length;
    while (at > 0 && top[at - 1]!.llr < llr) at--;
    top.splice(at, 0, { token, llr });
    if (top.length > TOP_TOKENS) top.pop();
  };
  const sentences = coherenceCounter(normalized);
  forEachWord(normalized, boundary, (word, start, digits) => {
    count++;
    sentences.word(word, start);
    if (isCjkUnit(word.charCodeAt(0))) cjk++;
    const llr = digits ? model.digits.get(word.length) : model.words.get(word);
    if (llr !== undefined && add(llr, start, start + word.length)) rank(digits ? '#'.repeat(word.length) : word, llr);
  });
  const { pairs } = model;
  forEachPair(normalized, (first, second, start) => {
    count++;
    cjk++;
    const llr = pairs.get(first)?.get(second);
    if (llr !== undefined && add(llr, start, start + 2)) rank(String.fromCharCode(first, second), llr);
  });
  const family = cjk * 2 >= count && count > 0 ? 'cjk' : 'latin';
  const meanLlr = count === 0 ? 0 : sum / count;
  let topSum = 0;
  for (let k = 0; k < bestCount; k++) topSum += best[k]!;
  const topMean = topSum / SEGMENT_TOP_K;
  const strongShare = count === 0 ? 0 : strong / count;
  const logPositiveSum = Math.log1p(positiveSum);
  const cohesion = count < SEGMENT_MIN_FEATURES ? undefined : sentences.value();
  const values: Record<SegmentFeature, number> = { meanLlr, topMean, strongShare, logPositiveSum, coherence: cohesion ?? 0, coherenceKnown: cohesion === undefined ? 0 : 1 };
  const c = model.file.segment[family];
  let z = c.intercept;
  for (const name of SEGMENT_FEATURES) z += (c.weights[name] ?? 0) * values[name];
  const p = count < SEGMENT_MIN_FEATURES ? 0 : sigmoid(z);
  return { p, ...values, sentences: count < SEGMENT_MIN_FEATURES ? [] : sentences.sentences(), features: count, family, charScores, top };
}
