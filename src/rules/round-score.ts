/**
 * Scores are sums of rule scores, and a sum of decimals in binary floating point carries noise:
 * 45.81 + 8.2 is 54.010000000000005. Reported scores (each segment's, the verdict's) are rounded to
 * this many decimals, far below any score a rule is written or fitted with (hand scores are whole
 * numbers, fitted scores have two decimals: benchmarks/fit/fit.ts), so rounding removes only the noise.
 */
export const SCORE_DECIMALS = 6;
const SCALE = 10 ** SCORE_DECIMALS;

/** A score sum without floating-point noise (see SCORE_DECIMALS); -0 reads as 0. */
export function roundScore(score: number): number {
  return Math.round(score * SCALE) / SCALE + 0;
}
