import type { RuleHit } from '../rules/engine.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Doorway pages: SEO pages whose whole text is spam (a machine-written lottery-prediction article,
 * a page of keyword lines). When most of a page's text already sits in spam segments or in
 * segments with spam-lexicon hits, every remaining segment (its title, its short headings) is
 * spam too. Segments between two spam segments that hold a spam-lexicon hit themselves are spam
 * (one line of a keyword block with fewer known phrases than its neighbours).
 */

/**
 * A page is a doorway when at least this share of its characters, and this share of its segments,
 * are spam or carry spam terms. (Counting segments too keeps a page with a spam title and one spun
 * paragraph, but clean headlines, from turning wholly spam.)
 */
export const DOORWAY_MIN_SPAM_SHARE = 0.6;
/** …and at least this many of its segments are labelled spam on their own. */
export const DOORWAY_MIN_SPAM_SEGMENTS = 1;

export interface SpamContextInput {
  label: 'body' | 'navigation' | 'spam' | undefined;
  chars: number;
  spamTerms: number;
  inFlow: boolean;
}

export function isDoorwayPage(segments: readonly SpamContextInput[]): boolean {
  let total = 0;
  let spammy = 0;
  let spamSegments = 0;
  let spammySegments = 0;
  for (const s of segments) {
    total += s.chars;
    if (s.label === 'spam') spamSegments++;
    if (s.label === 'spam' || s.spamTerms > 0) {
      spammy += s.chars;
      spammySegments++;
    }
  }
  return (
    spamSegments >= DOORWAY_MIN_SPAM_SEGMENTS &&
    total > 0 &&
    spammy >= DOORWAY_MIN_SPAM_SHARE * total &&
    spammySegments >= DOORWAY_MIN_SPAM_SHARE * segments.length
  );
}

/** Indexes of non-spam segments with spam-lexicon hits whose nearest in-flow neighbours on both sides are spam. */
export function betweenSpam(segments: readonly SpamContextInput[]): number[] {
  const out: number[] = [];
  const flow = segments.map((s, i) => ({ s, i })).filter(({ s }) => s.inFlow || s.label === 'spam');
  for (let k = 1; k + 1 < flow.length; k++) {
    const { s, i } = flow[k]!;
    if (s.label !== 'spam' && s.spamTerms > 0 && flow[k - 1]!.s.label === 'spam' && flow[k + 1]!.s.label === 'spam') out.push(i);
  }
  return out;
}

/** Frozen hits, shared by every segment they are given to (rules/relabel-hit.ts). */
export const DOORWAY_HIT: RuleHit = relabelHit('context.doorway-page', 'spam', 'most of the page is spam text: its remaining segments are part of the doorway page');

export const BETWEEN_SPAM_HIT: RuleHit = relabelHit('context.between-spam', 'spam', 'holds spam-lexicon terms and sits between spam segments (one line of a keyword block)');
