import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A section heading over body text that the context pass left as navigation. The context pass
 * (context.ts) gives an undecided heading to the body after it only when no rule scored it as
 * navigation and the nearest segment after it that the first pass decided is body (jusText's
 * heading pass, `context.heading-before-body`). Two kinds of section heading miss it:
 *
 * - a heading of ten characters or fewer without sentence punctuation — "Overview", "Pros",
 *   "Cons", "FAQs", "Features", "Lists", "Top-K", a brand's name over its paragraph in a roundup —
 *   always has one navigation score: `nav.short-bare`, the rule for buttons, counters and menu
 *   labels, which reads its length and nothing else. So at a body/navigation border the heading
 *   goes by its own lean (`context.border`), and its lean is navigation;
 * - a heading whose section the first pass left undecided or navigation and the late passes made
 *   body — a spec table's rows (context.spec-list), a list's items (context.sibling-item), an
 *   FAQ beside the main container, a definition under a dictionary's "noun" — had only navigation
 *   around it when the context pass ran (`context.between-navigation`).
 *
 * In both, the section it heads is body and WCXB's gold keeps the heading with it. A navigation
 * heading (an <h1>–<h6> block) whose last hit is one of those two context decisions (no later pass
 * touched it), that no navigation rule but nav.short-bare scored, and whose next segment in the
 * page flow is body becomes body: a late promotion, run last, on the labels every other pass
 * settled, on every page type but a forum (a post's short "Re:" title over the post is the board's
 * furniture, as for the linked headings). A heading that any other navigation rule scored — a
 * menu word, a navigation cue, link text — is left alone, and so are the site's chrome, footers,
 * dialogs, controls and text a never-body constraint holds (late-promotions.ts `latePromotable`).
 *
 * wcxb-dev training folds 1-2 (session 41, helper forum-41; simulated on the per-segment dump of
 * main at 653dbcc, then built). Short headings at a border: 122 on 46 pages of 44 sites — pros
 * and cons boxes (a review site, a moving-company roundup, a payroll review), documentation
 * sections (Redis's data types, OSHA's and React's overviews, man7's NAME, a testing guide's
 * conclusion), a roundup's brand headings, a product's tab titles (Bose, a hair-tool shop), FAQ
 * headings, spec rows; 36 pages up, 9 down (a clinic's service h1 and a cup shop's product title
 * the gold leaves out, an "On this page" box title, a newsletter box's "Get updates", an author
 * box's name, a footer's "Our Offices"). Built: training folds 0.93875 -> 0.93882, folds 1-2
 * 0.93473 -> 0.93481 (38 pages up, 10 down), folds 3-4 0.94252 -> 0.94259 (31 up, 19 down);
 * documentation +0.00022, service +0.00014, product +0.00015, collection +0.00018, article
 * +0.00005; snippets 0.89552 -> 0.89565; l3s-gn1 -0.00006, readability +0.00017 (its
 * short-headed fixtures both ways), zh-gbk unchanged, zh-news-clean -0.00010. Headings decided
 * between navigation as well: 35 on 19 sites (newegg's "Warranty" and "Return Policies" over their
 * spec rows, dictionary.com's "noun", FastAPI's "Install FastAPI", petplace's and workforce's
 * cards, a packing list's group heading); folds 1-2 0.93481 -> 0.93486 (13 pages up, 6 down: a
 * headphone shop's "What's in the box", an accounting app's hero heading, a course filter's
 * "Filtered items"), folds 3-4 0.94259 -> 0.94259 (+0.000005; 8 up, 9 down), service +0.00017,
 * product +0.00010, listing -0.00010; l3s-gn1 -0.00002 (one page), the other guards identical.
 * Measured, built for the short headings at the context pass itself (the heading flag ignoring
 * nav.short-bare): folds 1-2 −0.00002, the newly body heading feeding the late passes after it (a
 * linked "Read More" line taken as linked text, a shop's promo line beside the main container, a
 * docs index's link rows moved from item titles to lists in text); hence a pass of its own, last.
 */

export interface SectionHeadingInput {
  label: Label;
  /** An <h1>–<h6> block. */
  heading: boolean;
  /** The context pass made it navigation (context.ts CONTEXT_NAVIGATION_RULES: at a border by its own lean, or between navigation), and no pass after it touched the label. */
  byContext: boolean;
  /** Its navigation score without nav.short-bare's (same-place.ts SHORT_BARE_RULE). */
  otherNavigationScore: number;
  /** In the page flow (not the title, not a meta description): the text a reader sees in order. */
  inFlow: boolean;
  /** May be made body by a late pass (late-promotions.ts `latePromotable`) and no page-level pass demoted it. */
  candidate: boolean;
}

/** Indices of the headings that the context pass left as navigation, that only their shortness marks so, and that stand right before body. */
export function findSectionHeadings(segments: readonly SectionHeadingInput[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.label !== 'navigation' || !s.heading || !s.byContext || s.otherNavigationScore !== 0 || !s.candidate) continue;
    let next = i + 1;
    while (next < segments.length && !segments[next]!.inFlow) next++;
    if (segments[next]?.label === 'body') found.push(i);
  }
  return found;
}

/** One frozen hit, shared by every heading it is given to (rules/relabel-hit.ts). */
export const SECTION_HEADING_HIT: RuleHit = relabelHit('context.section-heading', 'body', 'a heading that the context pass left as navigation and only its length marked so, right before body: the heading of the section it introduces');
