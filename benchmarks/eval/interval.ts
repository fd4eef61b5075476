/**
 * How far a set's body F1 could move by which pages happened to fall in it: a percentile bootstrap
 * over pages (resample the pages with replacement, take the F1 of mean P and mean R, as the eval
 * does, and read the 2.5th and 97.5th percentiles). On the held-back fold's small types (6 listing,
 * 8 product pages in session 26) one page moves the F1 by 0.08–0.13: a target inside the interval is
 * not yet told apart from noise. Seeded, so the same pages give the same interval on every run.
 */
import { aggregate, type PageScore } from '../metric.js';
import { xorshift32 } from '../random.js';

/** Resamples per interval: the percentiles' own run-to-run spread is ~0.005 at this count. */
export const BOOTSTRAP_RESAMPLES = 1000;
/** Two-sided coverage of the interval. */
export const INTERVAL_COVERAGE = 0.95;

export type Interval = readonly [low: number, high: number];

/** The bootstrap interval of the F1 of mean precision and mean recall; null for fewer than two pages. */
export function bootstrapF1(scores: readonly Pick<PageScore, 'precision' | 'recall'>[], resamples = BOOTSTRAP_RESAMPLES): Interval | null {
  const n = scores.length;
  if (n < 2) return null;
  const next = xorshift32();
  const f1s: number[] = [];
  const sample: Pick<PageScore, 'precision' | 'recall'>[] = new Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) sample[i] = scores[next() % n] as Pick<PageScore, 'precision' | 'recall'>;
    f1s.push(aggregate(sample).f1 ?? 0);
  }
  f1s.sort((a, b) => a - b);
  const tail = (1 - INTERVAL_COVERAGE) / 2;
  return [percentile(f1s, tail), percentile(f1s, 1 - tail)];
}

/** The value at quantile `q` (0-1) of numbers sorted ascending, by the nearest rank; 0 for none. */
export function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? 0;
}
