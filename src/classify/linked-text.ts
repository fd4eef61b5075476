import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Text with many links inside the body. A paragraph or list item that is half links — a docs
 * page's "see X and Y for Z", a reading list whose entries say what each link holds, a forms page's
 * "→ Request to waive filing fees (interactive form)" — gets the link-dense rule (nav.link-dense)
 * and is navigation on its own, though it sits between two body paragraphs under the page's own
 * body cue. WCXB's gold keeps such text (session 13 measured 19,876 gold characters against
 * 12,096 not, for link-dense text under a body cue on the training articles). A navigation segment
 * whose link share lies between the link-dense rule's and the link-only rule's
 * (LINKED_TEXT_MIN_LINK_DENSITY up to LINKED_TEXT_MAX_LINK_DENSITY), under a body cue and no
 * navigation cue, outside the site's chrome, a footer or a dialog, not a control, not demoted as
 * outside the main container or as a teaser, with body immediately before and after it, is body.
 * Text that is all links (a related-links list, a menu) stays navigation wherever it sits. Not on
 * forum pages (a signature's links between two posts).
 *
 * wcxb-dev training folds (session 16, helper 48; simulated first on the session's labels, then
 * built): documentation 0.9383 -> 0.9437, listing 0.8276 -> 0.8289, service +0.0003, collection
 * +0.0002, product +0.0002, article +0.0001, forum +0.0001; 104 pages up (a docs page 0.42 ->
 * 0.85, a category page whose intro links its guides 0.75 -> 0.81), 51 down by at most 0.035
 * (articles whose gold leaves out a "see also" line). l3s-gn1 0.9751 -> 0.9754, readability
 * 0.9667 -> 0.9670, zh-gbk 0.9547 -> 0.9545 (three articles down by 0.002-0.010: a link line
 * between paragraphs that the gold leaves out). Simulated and dropped: neighbours within two
 * segments instead of one (documentation +0.0072, but article -0.0004, product -0.0007; 196
 * pages down), without the body-cue condition (service -0.0003).
 */

/** At least this share of the text is link text: the link-dense rule's share (data/rules/20_navigation.json nav.link-dense). */
export const LINKED_TEXT_MIN_LINK_DENSITY = 0.5;

/**
 * Under this share: the link-only rule's (nav.link-only, 0.85). Simulated on the training folds,
 * link-only text as well: 162 pages down against 139 up (article −0.0002, collection −0.0002:
 * related-link lists between paragraphs), without it 42 down against 80 up.
 */
export const LINKED_TEXT_MAX_LINK_DENSITY = 0.85;

export interface LinkedTextInput {
  label: Label;
  linkDensity: number;
  /** Under a body cue and no navigation cue, outside the chrome, footers and dialogs, not a control, not demoted by a page-level pass. */
  candidate: boolean;
}

/** Indices of the navigation segments with link-dense text that sit directly between two body segments. */
export function findLinkedText(segments: readonly LinkedTextInput[]): number[] {
  const found: number[] = [];
  for (let i = 1; i + 1 < segments.length; i++) {
    const s = segments[i]!;
    if (s.label !== 'navigation' || !s.candidate) continue;
    if (s.linkDensity < LINKED_TEXT_MIN_LINK_DENSITY || s.linkDensity >= LINKED_TEXT_MAX_LINK_DENSITY) continue;
    if (segments[i - 1]!.label === 'body' && segments[i + 1]!.label === 'body') found.push(i);
  }
  return found;
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const LINKED_TEXT_HIT: RuleHit = relabelHit('context.linked-text', 'body', 'text with many links (not all links) between two body segments under the page\'s body cue: part of the body');
