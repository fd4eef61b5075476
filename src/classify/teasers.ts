import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { isListicle, type TeaserUnit } from './listicle.js';

/**
 * Teaser lists (HTML only): section fronts, home pages and "related stories" blocks repeat a unit
 * made of a linked headline and one short summary paragraph, each unit in an element of its own.
 * The summaries read like prose, so the first pass calls them body; the repetition of the unit
 * shows they introduce other pages. An article's own paragraphs share one parent, and a forum
 * post is not introduced by a long link, so neither is a teaser unit. Units that stand inside an
 * article, with its own text before and after them, are a listicle's items (listicle.ts).
 */

/** At least this many teaser units on one page make a teaser list (two could be an article's pull quote and a link). */
export const TEASER_MIN_UNITS = 3;
/** A teaser's headline link has at least this weighted length (HAN_CHAR_WEIGHT per Han character): 10 Han characters or 30 Latin ones, a headline rather than a name or "Reply". */
export const TEASER_HEADLINE_MIN_WEIGHT = 30;
/** A headline is a link when at least this share of its characters lie inside links. */
export const TEASER_HEADLINE_MIN_LINK_DENSITY = 0.9;
/** A teaser summary is at most this long (weighted): about 450 Latin or 150 Han characters; a longer text is a post or an article of its own. */
export const TEASER_SUMMARY_MAX_WEIGHT = 450;
/**
 * Navigation score given to a teaser summary: the most the non-anchor body rules of
 * data/rules/30_body.json add up to (11: long-text 4, medium-text 2, sentence 2, punctuated,
 * stopwords, dom-cue 1 each) plus DECISIVE_MARGIN, so a repeated teaser is navigation however
 * well its summary reads. Measured: 8 (as context.outside-main) left long summaries body
 * (readability 0.951); 10, 12 and 13 gave 0.952, the rest of the corpus unchanged.
 */
export const TEASER_SCORE = 13;

export interface TeaserInput {
  /** Block-element ancestry, outermost first, ending with the block's own element. */
  ancestors: readonly number[] | undefined;
  isBody: boolean;
  weight: number;
  linkDensity: number;
  anchored: boolean;
}

/**
 * How far above a summary's own element the unit that holds its headline may be: 1 is the
 * summary's parent (a card: <li><h3><a>…</a></h3><p>…</p></li>), 2 its grandparent (a live
 * feed: <li><div class="title"><a>…</a><div class="content"><p>…</p></div></div></li>).
 * Measured: 1 → 2 took readability/lifehacker-post-comment-load from P 0.90 to 0.98 (its
 * "more stories" cards) and changed no other page of the development corpus.
 */
export const TEASER_UNIT_MAX_LEVELS = 2;

/** The element `level` levels above the block's own element. */
function ancestorAt(ancestors: readonly number[] | undefined, level: number): number | undefined {
  return ancestors && ancestors.length > level ? ancestors[ancestors.length - 1 - level] : undefined;
}

/** The ancestry of the element `level` levels above the block's own element, ending with that element. */
function unitPath(ancestors: readonly number[] | undefined, level: number): readonly number[] {
  return ancestors ? ancestors.slice(0, ancestors.length - level) : [];
}

function isHeadlineLink(segment: TeaserInput): boolean {
  return segment.linkDensity >= TEASER_HEADLINE_MIN_LINK_DENSITY && segment.weight >= TEASER_HEADLINE_MIN_WEIGHT;
}

/** Indexes of the summaries of a teaser list, or none when the page has fewer than TEASER_MIN_UNITS units or they are a listicle's items. */
export function findTeasers(segments: readonly TeaserInput[]): number[] {
  // body segments held by each element up to TEASER_UNIT_MAX_LEVELS above their own
  const bodyPerUnit = new Map<number, number>();
  for (const s of segments) {
    if (!s.isBody) continue;
    for (let level = 1; level <= TEASER_UNIT_MAX_LEVELS; level++) {
      const unit = ancestorAt(s.ancestors, level);
      if (unit !== undefined) bodyPerUnit.set(unit, (bodyPerUnit.get(unit) ?? 0) + 1);
    }
  }
  const units: TeaserUnit[] = [];
  for (let i = 1; i < segments.length; i++) {
    const summary = segments[i]!;
    const headline = segments[i - 1]!;
    if (!summary.isBody || summary.anchored || summary.weight > TEASER_SUMMARY_MAX_WEIGHT || !isHeadlineLink(headline)) continue;
    // the nearest unit that also holds the headline (its own <h3> inside the card) holds no other body text
    for (let level = 1; level <= TEASER_UNIT_MAX_LEVELS; level++) {
      const unit = ancestorAt(summary.ancestors, level);
      if (unit === undefined || !headline.ancestors?.includes(unit)) continue;
      if (bodyPerUnit.get(unit) === 1) units.push({ summary: i, path: unitPath(summary.ancestors, level) });
      break;
    }
  }
  return units.length < TEASER_MIN_UNITS || isListicle(segments, units) ? [] : units.map((u) => u.summary);
}

/** One frozen hit, shared by every teaser summary (like rule hits, rules/engine.ts). */
export const TEASER_HIT: RuleHit = Object.freeze({
  rule: 'context.teaser',
  label: 'navigation' satisfies Label,
  score: TEASER_SCORE,
  description: `a short summary under a linked headline, a unit repeated at least ${TEASER_MIN_UNITS} times on the page: a teaser for another page`,
});
