import type { TableOptions } from './naive-bayes.js';

/** How the token table is built (shared by `npm run train` and the out-of-fold models of `npm run fit`). */
export const TABLE_OPTIONS: TableOptions = {
  /** Laplace smoothing of the token counts. */
  smoothing: 1,
  /** Features seen fewer times are dropped (one sighting is noise). */
  minCount: 2,
  /** Features with a smaller |log-likelihood ratio| are dropped: they barely move a score, and the file stays small. */
  minAbsLlr: 0.3,
  decimals: 2,
};
