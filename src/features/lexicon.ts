import { isSpamPhrase, type LexiconHit } from '../lexicon/matcher.js';
import type { LexiconLabel } from '../lexicon/parse.js';
import type { SetFeature } from './feature-set.js';
import { chainedWeights } from './keyword-chain.js';

function coveredChars(hits: readonly LexiconHit[], keep: (hit: LexiconHit) => boolean): number {
  // hits arrive ordered by end offset; sort the kept spans by start and sweep their union
  const spans = hits.filter(keep).map((h) => [h.start, h.end] as const);
  spans.sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = 0;
  for (const [start, end] of spans) {
    if (end <= reach) continue;
    covered += end - Math.max(start, reach);
    reach = end;
  }
  return covered;
}

/** Per-category and per-label (`lex.any-<label>.*`) lexicon features of one segment (0 without hits); `normalized` is the text the hits point into. */
export function lexiconFeatures(hits: readonly LexiconHit[], chars: number, set: SetFeature, normalized: string): void {
  if (hits.length === 0) return;
  const weight = new Map<string, number>();
  const terms = new Map<string, Set<string>>();
  // the lexicon-wide spam features count phrase evidence only: a list of segment evidence
  // (lexicon/parse.ts LexiconEvidence) speaks through its own category's features
  const byLabel: Record<LexiconLabel, number> = { body: 0, navigation: 0, spam: 0 };
  for (const hit of hits) {
    weight.set(hit.category, (weight.get(hit.category) ?? 0) + hit.weight);
    if (hit.label !== 'spam' || isSpamPhrase(hit)) byLabel[hit.label] += hit.weight;
    let seen = terms.get(hit.category);
    if (!seen) terms.set(hit.category, (seen = new Set()));
    seen.add(hit.term);
  }
  const share = (covered: number): number => (chars === 0 ? 0 : Math.min(1, covered / chars));
  for (const [category, w] of weight) {
    set(`lex.${category}.hits`, w);
    set(`lex.${category}.terms`, terms.get(category)?.size ?? 0);
    set(`lex.${category}.share`, share(coveredChars(hits, (h) => h.category === category)));
  }
  for (const [category, w] of chainedWeights(hits, normalized)) set(`lex.${category}.chained`, w);
  set('lex.any-spam.share', share(coveredChars(hits, isSpamPhrase)));
  set('lex.any-spam.hits', byLabel.spam);
  set('lex.any-spam.terms', new Set(hits.filter(isSpamPhrase).map((h) => h.term)).size);
  set('lex.any-navigation.hits', byLabel.navigation);
  set('lex.any-body.hits', byLabel.body);
}

/**
 * The lexicon category of reporting and enforcement words (data/lexicons/<language>/reporting.txt: 记者,
 * 警方, 判决; 容疑者; police, court, regulator): a page that writes ABOUT gambling, drugs or
 * counterfeits says them, a promotion or a kit does not.
 */
export const REPORTING_CATEGORY = 'reporting';

/**
 * A page that reports: at least this many distinct reporting terms over all its text. On the pool's
 * training folds and the development corpus (in-sample), no spam page that spam.gambling-text or a
 * lexicon cut flagged had 4 (one had 3); of the 52 clean pages of the found development batch that
 * report on gambling, counterfeits and drugs, the three flagged by those rules had 4 or more
 * (session 12, benchmarks/RESULTS.md).
 */
export const REPORTING_PAGE_MIN_TERMS = 4;

/** Whether a page reports (REPORTING_PAGE_MIN_TERMS), read off the page feature every segment carries (features/page-features.ts). */
export function isReportingPage(segments: readonly { features: ArrayLike<number> }[], space: { indexOf(name: string): number }): boolean {
  return (segments[0]?.features[space.indexOf('page.reportingTerms')] ?? 0) >= REPORTING_PAGE_MIN_TERMS;
}

/** Distinct reporting terms (REPORTING_CATEGORY) among the lexicon hits of all a page's segments. */
export function reportingTerms(segments: readonly { lexiconHits: readonly LexiconHit[] }[]): number {
  const terms = new Set<string>();
  for (const s of segments) for (const hit of s.lexiconHits) if (hit.category === REPORTING_CATEGORY) terms.add(hit.term);
  return terms.size;
}
