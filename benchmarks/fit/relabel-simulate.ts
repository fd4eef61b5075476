/**
 * The fitted last stage, simulated on the per-segment dump (benchmarks/diagnose/segments.ts --fit):
 * one L2-regularised logistic model per current label (body, navigation) predicts whether the gold
 * body holds a segment from its features and its context (relabel-features.ts); a body segment whose
 * probability is under `toNavigation` becomes navigation, a navigation one over `toBody` becomes
 * body. Pages are scored as the eval scores them (benchmarks/metric.ts: the body segments' tokens
 * against the gold body's, F1 of the mean P and mean R), so the dump's labels as they are give the
 * eval's F1.
 *
 * The target is `gold` (the gold body holds the segment: benchmarks/corpus/gold-body.ts, half of its
 * token trigrams) or `gain` (flipping the segment alone raises its page's (P + R) / 2; the row
 * weighs that change): the second asks the metric's own question. Either way a model's output is
 * read as the probability that the segment belongs in the body.
 *
 * Cross-fit: the models are fitted on one half of the training folds, the thresholds chosen on that
 * half (the best simulated F1 there, no flip when nothing beats it), and the flips scored on the
 * other half.
 */
import { fitLogistic, predict, type LogisticFit, type LogisticOptions } from '../train/logistic.js';
import { aggregate, bagOf, pageScore, PRECISION_BOTH_EMPTY, PRECISION_PRED_EMPTY, RECALL_GOLD_EMPTY, type Bag, type PageScore } from '../metric.js';
import { featureRows, type DumpPage } from './relabel-features.js';

export const RELABELLED = ['body', 'navigation'] as const;
export type Relabelled = (typeof RELABELLED)[number];

export type Target = 'gold' | 'gain';

/** The two models and their flip thresholds (undefined: that label never flips). */
export interface RelabelModel {
  features: readonly string[];
  target: Target;
  fits: Record<Relabelled, LogisticFit>;
  toNavigation: number | undefined;
  toBody: number | undefined;
}

/** A dumped page with what scoring it again needs: its gold bag, each segment's token bag and its score as dumped. */
export interface ScoredPage {
  page: DumpPage;
  gold: Bag;
  bags: readonly Bag[];
  rows: readonly number[][];
  base: PageScore;
}

export function scoredPage(page: DumpPage, features: readonly string[]): ScoredPage {
  const gold = new Map(Object.entries(page.goldBag));
  const bags = page.segments.map((s) => bagOf(s.tokens));
  return { page, gold, bags, rows: featureRows(page, features), base: scoreLabels(gold, bags, page.segments.map((s) => s.label)) };
}

/** A page's P/R when its segments carry `labels`. */
export function scoreLabels(gold: Bag, bags: readonly Bag[], labels: readonly string[]): PageScore {
  const body = new Map<string, number>();
  bags.forEach((bag, i) => {
    if (labels[i] !== 'body') return;
    for (const [t, n] of bag) body.set(t, (body.get(t) ?? 0) + n);
  });
  return pageScore(body, gold);
}

export function f1Of(scores: readonly PageScore[]): number {
  return aggregate(scores).f1 ?? 0;
}

/** For each segment, the change of its page's (P + R) / 2 when it alone flips between body and navigation (0 for other labels). */
export function flipGains(p: ScoredPage): number[] {
  const body = new Map<string, number>();
  p.page.segments.forEach((s, i) => {
    if (s.label === 'body') for (const [t, n] of p.bags[i]!) body.set(t, (body.get(t) ?? 0) + n);
  });
  const base = (p.base.precision + p.base.recall) / 2;
  return p.page.segments.map((s, i) => {
    if (s.label !== 'body' && s.label !== 'navigation') return 0;
    const sign = s.label === 'body' ? -1 : 1;
    let overlap = p.base.overlap;
    let size = p.base.predTokens;
    for (const [t, n] of p.bags[i]!) {
      const had = body.get(t) ?? 0;
      const gold = p.gold.get(t) ?? 0;
      overlap += Math.min(had + sign * n, gold) - Math.min(had, gold);
      size += sign * n;
    }
    const precision = size > 0 ? overlap / size : p.base.goldTokens === 0 ? PRECISION_BOTH_EMPTY : PRECISION_PRED_EMPTY;
    const recall = p.base.goldTokens === 0 ? RECALL_GOLD_EMPTY : overlap / p.base.goldTokens;
    return (precision + recall) / 2 - base;
  });
}

/**
 * The rows of one current label with their target and weight. `gold`: 1 when the gold body holds
 * the segment, weighed by its tokens over its page's so pages count equally (segments without tokens
 * weigh 0). `gain`: 1 when flipping it alone raises its page's score, weighed by that change.
 */
function trainingRows(pages: readonly ScoredPage[], label: Relabelled, target: Target): { rows: number[][]; gold: number[]; weights: number[] } {
  const rows: number[][] = [];
  const gold: number[] = [];
  const weights: number[] = [];
  for (const p of pages) {
    const total = p.page.segments.reduce((n, s) => n + s.tokens.length, 0);
    const gains = target === 'gain' ? flipGains(p) : [];
    p.page.segments.forEach((s, i) => {
      if (s.label !== label || s.gold === null || total === 0 || s.tokens.length === 0) return;
      rows.push(p.rows[i]!);
      if (target === 'gold') {
        gold.push(s.gold ? 1 : 0);
        weights.push(s.tokens.length / total);
      } else {
        gold.push(gains[i]! > 0 ? 1 : 0);
        weights.push(Math.abs(gains[i]!) + MIN_GAIN_WEIGHT);
      }
    });
  }
  return { rows, gold, weights };
}

/** A flip that changes nothing still weighs a little (the fit needs every weight > 0). */
const MIN_GAIN_WEIGHT = 1e-9;

export function fitModels(pages: readonly ScoredPage[], options: LogisticOptions, target: Target): Record<Relabelled, LogisticFit> {
  const fit = (label: Relabelled): LogisticFit => {
    const { rows, gold, weights } = trainingRows(pages, label, target);
    return fitLogistic(rows, gold, options, weights);
  };
  return { body: fit('body'), navigation: fit('navigation') };
}

/** Each segment's probability of belonging in the body under its current label's model (NaN for other labels); under `gain`, a body segment's is 1 − the probability that flipping it helps. */
export function probabilities(page: ScoredPage, fits: Record<Relabelled, LogisticFit>, target: Target): number[] {
  return page.page.segments.map((s, i) => {
    if (s.label !== 'body' && s.label !== 'navigation') return Number.NaN;
    const p = predict(fits[s.label], page.rows[i]!);
    return target === 'gain' && s.label === 'body' ? 1 - p : p;
  });
}

/** The labels after the flips. */
export function relabel(page: ScoredPage, probs: readonly number[], toNavigation: number | undefined, toBody: number | undefined): string[] {
  return page.page.segments.map((s, i) => {
    const p = probs[i]!;
    if (s.label === 'body' && toNavigation !== undefined && p < toNavigation) return 'navigation';
    if (s.label === 'navigation' && toBody !== undefined && p > toBody) return 'body';
    return s.label;
  });
}

export interface Simulated {
  scores: PageScore[];
  flips: number;
}

export function simulate(pages: readonly ScoredPage[], probs: readonly (readonly number[])[], toNavigation: number | undefined, toBody: number | undefined): Simulated {
  let flips = 0;
  const scores = pages.map((p, k) => {
    const labels = relabel(p, probs[k]!, toNavigation, toBody);
    const changed = labels.filter((l, i) => l !== p.page.segments[i]!.label).length;
    flips += changed;
    return changed === 0 ? p.base : scoreLabels(p.gold, p.bags, labels);
  });
  return { scores, flips };
}

/** Thresholds tried, precision first: a flip needs the model to be this sure the label is wrong. */
export const TO_NAVIGATION_GRID = [0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
export const TO_BODY_GRID = [0.99, 0.98, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5];

/** The threshold of each direction with the best F1 on these pages (each chosen with the other off); undefined when none beats no flip. */
export function chooseThresholds(pages: readonly ScoredPage[], probs: readonly (readonly number[])[]): { toNavigation: number | undefined; toBody: number | undefined } {
  const base = f1Of(pages.map((p) => p.base));
  const best = (grid: readonly number[], run: (t: number) => number): number | undefined => {
    let chosen: number | undefined;
    let top = base;
    for (const t of grid) {
      const f = run(t);
      if (f > top) [chosen, top] = [t, f];
    }
    return chosen;
  };
  return {
    toNavigation: best(TO_NAVIGATION_GRID, (t) => f1Of(simulate(pages, probs, t, undefined).scores)),
    toBody: best(TO_BODY_GRID, (t) => f1Of(simulate(pages, probs, undefined, t).scores)),
  };
}

export function fitRelabel(pages: readonly ScoredPage[], features: readonly string[], options: LogisticOptions, target: Target = 'gold'): RelabelModel {
  const fits = fitModels(pages, options, target);
  const { toNavigation, toBody } = chooseThresholds(pages, pages.map((p) => probabilities(p, fits, target)));
  return { features, target, fits, toNavigation, toBody };
}

export interface HeldOut {
  model: RelabelModel;
  /** F1 on the fitting half with the chosen thresholds, minus its F1 as dumped. */
  fitGain: number;
  base: number;
  simulated: number;
  flips: number;
  /** Per page: [page, F1 as dumped, F1 relabelled]. */
  pages: [DumpPage, number, number][];
}

const pageF1 = (s: PageScore): number => (s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall));

/** Fit on `fitting`, score the flips on `held`. */
export function crossFit(fitting: readonly ScoredPage[], held: readonly ScoredPage[], features: readonly string[], options: LogisticOptions, target: Target = 'gold'): HeldOut {
  const model = fitRelabel(fitting, features, options, target);
  const fitSim = simulate(fitting, fitting.map((p) => probabilities(p, model.fits, target)), model.toNavigation, model.toBody);
  const sim = simulate(held, held.map((p) => probabilities(p, model.fits, target)), model.toNavigation, model.toBody);
  return {
    model,
    fitGain: f1Of(fitSim.scores) - f1Of(fitting.map((p) => p.base)),
    base: f1Of(held.map((p) => p.base)),
    simulated: f1Of(sim.scores),
    flips: sim.flips,
    pages: held.map((p, k) => [p.page, pageF1(p.base), pageF1(sim.scores[k]!)]),
  };
}
