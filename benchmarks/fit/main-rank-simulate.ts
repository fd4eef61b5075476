/**
 * A fitted choice of the main container (issue #13 point 3), simulated on the main-oracle dump
 * (benchmarks/diagnose/main-oracle.ts --out): per page, every candidate container with its body
 * P/R and readable features (benchmarks/diagnose/main-candidates.ts). A linear score over the
 * features ranks a page's candidates; the page switches from the shipped container to the
 * best-ranked one only when it outscores the shipped one by more than a margin, the margin chosen
 * on the fitting half (none: never switch, when nothing beats the shipped choice there).
 *
 * Two fits of the score, both L2-regularised on standardised features:
 * - `listwise`: a conditional logit (softmax over a page's candidates), the target spread evenly
 *   over the page's best candidates (pages whose candidates all score alike teach nothing, left out);
 * - `pointwise`: logistic regression, a row per candidate, 1 when it is one of its page's best.
 */
import { aggregate } from '../metric.js';
import { fitLogistic, type LogisticOptions } from '../train/logistic.js';

export interface DumpCandidate {
  key: string;
  precision: number;
  recall: number;
  f1: number;
  features: Record<string, number>;
}

export interface DumpPage {
  id: string;
  fold: number;
  host: string | null;
  type: string;
  candidates: DumpCandidate[];
}

/** Candidates within this of the page's best F1 are best too. */
export const BEST_TIE = 1e-6;

export interface RankModel {
  features: readonly string[];
  weights: number[];
  /** Switch only when the best-ranked candidate outscores the shipped one by more than this; Infinity: never. */
  margin: number;
}

export type FitKind = 'listwise' | 'pointwise';

function rowOf(c: DumpCandidate, features: readonly string[]): number[] {
  return features.map((f) => c.features[f] ?? 0);
}

function bestSet(page: DumpPage): boolean[] {
  const best = Math.max(...page.candidates.map((c) => c.f1));
  return page.candidates.map((c) => c.f1 >= best - BEST_TIE);
}

/** Pages where the choice matters: some candidate is worse than the best. */
export function informative(page: DumpPage): boolean {
  return bestSet(page).some((b) => !b);
}

/** Mean and standard deviation of each feature over the candidates of `pages`. */
function standardiser(pages: readonly DumpPage[], features: readonly string[]): { mean: number[]; scale: number[] } {
  const rows = pages.flatMap((p) => p.candidates.map((c) => rowOf(c, features)));
  const n = Math.max(1, rows.length);
  const mean = features.map((_, j) => rows.reduce((a, r) => a + r[j]!, 0) / n);
  const scale = features.map((_, j) => Math.sqrt(rows.reduce((a, r) => a + (r[j]! - mean[j]!) ** 2, 0) / n) || 1);
  return { mean, scale };
}

/** Conditional logit by full-batch gradient descent on standardised features; weights returned on the original scale. */
export function fitListwise(pages: readonly DumpPage[], features: readonly string[], l2: number, iterations = 2000, learningRate = 0.5): number[] {
  const used = pages.filter(informative);
  const { mean, scale } = standardiser(used, features);
  const data = used.map((p) => {
    const best = bestSet(p);
    const nBest = best.filter(Boolean).length;
    return { rows: p.candidates.map((c) => rowOf(c, features).map((x, j) => (x - mean[j]!) / scale[j]!)), target: best.map((b) => (b ? 1 / nBest : 0)) };
  });
  const d = features.length;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    for (const { rows, target } of data) {
      const s = rows.map((r) => r.reduce((a, x, j) => a + x * w[j]!, 0));
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const z = e.reduce((a, b) => a + b, 0);
      rows.forEach((r, i) => {
        const g = e[i]! / z - target[i]!;
        r.forEach((x, j) => (grad[j]! += (g * x) / data.length));
      });
    }
    for (let j = 0; j < d; j++) w[j]! -= learningRate * (grad[j]! + l2 * w[j]!);
  }
  return w.map((x, j) => x / scale[j]!);
}

/** Logistic regression, a row per candidate of the informative pages, 1 for a page's best. */
export function fitPointwise(pages: readonly DumpPage[], features: readonly string[], options: LogisticOptions): number[] {
  const used = pages.filter(informative);
  const rows = used.flatMap((p) => p.candidates.map((c) => rowOf(c, features)));
  const labels = used.flatMap((p) => bestSet(p).map((b) => (b ? 1 : 0)));
  return fitLogistic(rows, labels, options).weights;
}

/** The index of the candidate a model picks on a page (0: the shipped one). */
export function choose(page: DumpPage, model: RankModel): number {
  const s = page.candidates.map((c) => rowOf(c, model.features).reduce((a, x, j) => a + x * model.weights[j]!, 0));
  let best = 0;
  for (let i = 1; i < s.length; i++) if (s[i]! > s[best]!) best = i;
  return s[best]! - s[0]! > model.margin ? best : 0;
}

/** Body F1 (mean P, mean R) over the pages with each page's chosen candidate. */
export function setF1(pages: readonly DumpPage[], chosen: readonly number[]): number {
  return aggregate(pages.map((p, i) => p.candidates[chosen[i]!]!)).f1 ?? 0;
}

/** Margins tried for the switch: quantiles of the pages' score gaps, and never. */
function marginGrid(pages: readonly DumpPage[], features: readonly string[], weights: readonly number[]): number[] {
  const gaps = pages
    .map((p) => {
      const s = p.candidates.map((c) => rowOf(c, features).reduce((a, x, j) => a + x * weights[j]!, 0));
      return Math.max(...s) - s[0]!;
    })
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  const grid = [0, ...gaps.map((g) => g - 1e-9)];
  return [Infinity, ...grid];
}

/** Fit on `pages` and choose the margin that gives the best F1 on them. */
export function fitRank(pages: readonly DumpPage[], features: readonly string[], kind: FitKind, l2: number): RankModel {
  const weights = kind === 'listwise' ? fitListwise(pages, features, l2) : fitPointwise(pages, features, { l2, iterations: 2000, learningRate: 0.5 });
  let best: RankModel = { features, weights, margin: Infinity };
  let bestF1 = setF1(pages, pages.map(() => 0));
  for (const margin of marginGrid(pages, features, weights)) {
    const model = { features, weights, margin };
    const f = setF1(pages, pages.map((p) => choose(p, model)));
    if (f > bestF1 + 1e-12) {
      best = model;
      bestF1 = f;
    }
  }
  return best;
}

export interface HeldOutResult {
  shipped: number;
  fitted: number;
  inSample: number;
  inSampleShipped: number;
  switched: number;
  up: string[];
  down: string[];
  model: RankModel;
}

/** Fit on `fitting`, apply to `held`: the held half's F1 shipped and with the fitted choice, and the sites that move by more than 0.02. */
export function crossFit(fitting: readonly DumpPage[], held: readonly DumpPage[], features: readonly string[], kind: FitKind, l2: number): HeldOutResult {
  const model = fitRank(fitting, features, kind, l2);
  const chosen = held.map((p) => choose(p, model));
  const moved = held.map((p, i) => ({ p, d: p.candidates[chosen[i]!]!.f1 - p.candidates[0]!.f1 }));
  return {
    shipped: setF1(held, held.map(() => 0)),
    fitted: setF1(held, chosen),
    inSample: setF1(fitting, fitting.map((p) => choose(p, model))),
    inSampleShipped: setF1(fitting, fitting.map(() => 0)),
    switched: chosen.filter((c) => c !== 0).length,
    up: moved.filter((m) => m.d > 0.02).map((m) => `${m.p.host ?? m.p.id} ${m.p.type} +${m.d.toFixed(3)}`),
    down: moved.filter((m) => m.d < -0.02).map((m) => `${m.p.host ?? m.p.id} ${m.p.type} ${m.d.toFixed(3)}`),
    model,
  };
}
