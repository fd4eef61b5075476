import type { RuleHit } from '../rules/engine.js';
import { containerChains, levelsAbove } from './main-content.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * The lead above the main container. An article's standfirst, the summary beside its headline or
 * a product's description above its tab group often sits just outside the element that holds most
 * of the body text (main-content.ts): in the article's header, a sibling of the story's body, a
 * cousin of the tabs. The outside-main score took such text from the body. A first-pass body
 * segment that comes before the main container's first segment, lies under an element at most
 * LEAD_MAX_LEVELS levels above the container, reads as a sentence (`body.sentence`) and is body by
 * a margin of LEAD_MIN_MARGIN or more is the page's lead: it is not demoted. A footer, a comment
 * or a teaser below the article, a sidebar far from it in the tree, and a short or weakly scored
 * line above it are demoted as before.
 */

/**
 * The lead's element lies under an element at most this many levels above the main container
 * (the container's parent is one level above it). wcxb-dev training folds, session 21 (helper
 * body-21b), body F1 with the continued text (continued.ts), margin 6; baseline 0.92524 (P 0.9108,
 * R 0.9401), snippets 0.8754, CV-types view 0.92352, guards l3s-gn1 0.9754, readability 0.9666,
 * zh-gbk 0.9545:
 *
 * | levels | train F1 | P      | snippets | CV view | l3s-gn1 | readability | zh-gbk |
 * | 2      | 0.92655  | 0.9099 | 0.8789   | 0.92555 | 0.9750  | 0.9678      | 0.9541 |
 * | 3      | 0.92698  | 0.9098 | 0.8794   | 0.92597 | 0.9748  | 0.9677      | 0.9541 |
 * | 5      | 0.92708  | 0.9093 | 0.8810   | 0.92608 | 0.9748  | 0.9680      | 0.9541 |
 *
 * 3 is shipped: 5 is +0.0001 on the training folds, but its 31 changed pages against 3 are 14 up
 * and 17 down (13 of the 17 articles losing precision to text further from the story: article F1
 * 0.9572 either way, precision 0.9367 -> 0.9364), the gain is mostly two pages (a forum thread
 * +0.11, a service page +0.07), and on readability three pages go down for one up.
 */
export const LEAD_MAX_LEVELS = 3;
/**
 * A lead is body by at least this margin (body score minus navigation score, before the
 * outside-main score): a paragraph of prose, not a date line or a caption. Measured with
 * LEAD_MAX_LEVELS 3 (session 21, as above): margin 4 0.92703 (snippets 0.8801, CV 0.92620, but
 * l3s-gn1 0.9736, −0.0018, next to the guard's limit), 6 0.92698, 8 0.92606 (snippets 0.8772,
 * CV 0.92431). Levels 5 with margin 4: 0.92705, P 0.9085, l3s-gn1
 * 0.9736. Without the lead (the continued text alone) 0.92589; the lead alone 0.92644.
 */
export const LEAD_MIN_MARGIN = 6;

export interface LeadInput {
  /** Block-element ancestry, outermost first, ending with the block's own element. */
  ancestors: readonly number[] | undefined;
  /** First-pass body. */
  isBody: boolean;
  /** The sentence rule fired (`body.sentence`, data/rules/30_body.json). */
  sentence: boolean;
  /** Body score minus navigation score, first pass. */
  margin: number;
}

/** Indices of the segments outside the main container that are its lead (see above). */
export function findLeads(segments: readonly LeadInput[], main: ReadonlySet<number>): number[] {
  // the container that holds the first segment inside any main container
  const found = containerChains(segments, main)[0];
  if (found === undefined) return [];
  const leads: number[] = [];
  for (let i = 0; i < found.first; i++) {
    const s = segments[i]!;
    if (!s.isBody || !s.ancestors || !s.sentence || s.margin < LEAD_MIN_MARGIN) continue;
    const levels = levelsAbove(found.chain, s.ancestors);
    if (levels !== undefined && levels >= 1 && levels <= LEAD_MAX_LEVELS) leads.push(i);
  }
  return leads;
}

/** One frozen hit, shared by every lead it is given to (rules/relabel-hit.ts). */
export const LEAD_HIT: RuleHit = relabelHit('context.lead', 'body', 'prose just above the element that holds most of the page\'s body text, near it in the tree: the page\'s lead (standfirst, summary, description), not demoted as outside the main content');
