/**
 * Decision thresholds of the classifier. Rule scores (data/rules) are set on the same scale:
 * a single strong rule scores 5–8, a soft cue 1–3.
 */

/** A segment is spam when its spam score reaches this (one strong spam rule, or a few weak ones). */
export const SPAM_MIN_SCORE = 5;
/**
 * Body and navigation scores must differ by at least this to decide a segment on its own;
 * closer calls go to the context pass (jusText's "short"/"near-good" classes).
 */
export const DECISIVE_MARGIN = 2;
/** Default page verdict threshold: the page is spam when its spam score reaches this. */
export const DEFAULT_PAGE_SPAM_THRESHOLD = SPAM_MIN_SCORE;
