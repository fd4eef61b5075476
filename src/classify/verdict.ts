import type { Label } from '../rules/schema.js';
import type { RuleHit } from '../rules/engine.js';
import { isSpamPhrase, type LexiconHit } from '../lexicon/matcher.js';
import { roundScore } from '../rules/round-score.js';

export interface Verdict {
  spam: boolean;
  /** Sum of the spam scores of the segments labelled spam and of page-scope spam hits (rounded: src/rules/round-score.ts). */
  score: number;
  threshold: number;
  /** Spam kinds found: rule categories (title-hijack, link-farm…) and spam lexicon categories (porn, gambling…). */
  categories: string[];
}

export interface VerdictInput {
  label: Label;
  spamScore: number;
  hits: readonly RuleHit[];
  lexiconHits: readonly LexiconHit[];
  /**
   * Segments with the same key count once toward the score: a kit splices the same phrase into a
   * page ten times, and ten copies are one injection, not ten (inline segments pass their text).
   */
  countOnceKey?: string;
}

/**
 * The page's spam score: the spam scores of its spam segments plus every page-scope spam hit
 * (page-level traces such as parasite markers, which label no segment spam).
 */
export function pageVerdict(segments: readonly VerdictInput[], threshold: number): Verdict {
  let score = 0;
  const categories = new Set<string>();
  /** The highest spam score among the copies of each count-once key: copies of one phrase may be weighed differently (their sentences differ), and the page counts the best-evidenced copy. */
  const onceScores = new Map<string, number>();
  for (const segment of segments) {
    for (const hit of segment.hits) {
      if (!hit.page || hit.label !== 'spam') continue;
      score += hit.score;
      if (hit.category) categories.add(hit.category);
    }
    if (segment.label !== 'spam') continue;
    if (segment.countOnceKey === undefined) score += segment.spamScore;
    else onceScores.set(segment.countOnceKey, Math.max(onceScores.get(segment.countOnceKey) ?? Number.NEGATIVE_INFINITY, segment.spamScore));
    for (const hit of segment.hits) if (hit.label === 'spam' && hit.category) categories.add(hit.category);
    // a word of a segment-evidence list is no evidence alone (lexicon/parse.ts): its category is
    // named by the rule that read several of them, not by one word in a spam segment
    for (const hit of segment.lexiconHits) if (isSpamPhrase(hit)) categories.add(hit.category);
  }
  for (const once of onceScores.values()) score += once;
  score = roundScore(score);
  return { spam: score >= threshold, score, threshold, categories: [...categories].sort() };
}
