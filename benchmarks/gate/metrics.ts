/** The gate's vocabulary: which metrics it pins, in which direction, and the shapes it reads. */

export const DEFAULT_RESULTS = 'benchmarks/results/eval.json';
export const DEFAULT_FLOORS = 'benchmarks/floors.json';
export const DEFAULT_TOLERANCE = 0.002;
export const FLOOR_DECIMALS = 3;
/** Slack for binary floating point when comparing against the tolerance edge. */
export const EPSILON = 1e-9;

/** 'min': value must be ≥ floor; 'max': value must be ≤ ceiling. */
export type MetricKind = 'min' | 'max';

export const METRIC_KEYS = ['bodyF1', 'snippetAccuracy', 'spamF1', 'pageRecall', 'maxPageFPR', 'pageTypeAccuracy'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export const METRIC_KINDS: Record<MetricKey, MetricKind> = {
  bodyF1: 'min',
  snippetAccuracy: 'min',
  spamF1: 'min',
  pageRecall: 'min',
  maxPageFPR: 'max',
  /** report.pageType right (eval.json `typeAccuracy`, benchmarks/eval/type-accuracy.ts); absent in results written before session 34. */
  pageTypeAccuracy: 'min',
};

/** The values of one set as the gate reads them (absent = the set has no gold for it). */
export type SetMetrics = Partial<Record<MetricKey, number>>;

/** Results reduced to what the gate checks: set → metrics. */
export interface ResultsView {
  oracle: boolean;
  corpus: string | null;
  date: string | null;
  sets: Record<string, SetMetrics>;
}

export interface Floors {
  tolerance: number;
  /** Free text kept as is (what the floors are, how to move them). */
  note?: string;
  corpus?: string | null;
  updated?: string | null;
  sets: Record<string, SetMetrics>;
}
