import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import { isInside } from './main-content.js';
import { decidedByContextAlone, type SamePlaceInput } from './same-place.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Undecided text inside the main container. A service page, a product tour or a docs page is
 * built of short parts — a feature's name over its one-line description, a plan's price line
 * ("$150.00 first year, renews at $179.88/yr"), a table's row labels, a step's heading — that no
 * rule decides: too short for a sentence, no link, no navigation cue. The context pass (context.ts)
 * then gives each the label of the nearest decided text around it, and inside such a page the
 * nearest decided text is often a button ("Get started", "Learn more") or a link row, so the
 * part becomes navigation for its neighbours alone. Inside the main container (main-content.ts),
 * the element that holds most of the page's body text, a segment that the context pass alone made
 * navigation (same-place.ts `decidedByContextAlone`: no constraint, no page-level pass) and that
 * no navigation rule of a score hit but the very-short one (INSIDE_MAIN_SOFT_NAVIGATION) is part
 * of that content: body. Only on the page types of INSIDE_MAIN_PAGE_TYPES.
 *
 * wcxb-dev training folds, session 28 (helper body-28d): body F1 0.93342 -> 0.93367 (folds 1-2
 * 0.92806 -> 0.92843, folds 3-4 0.93846 -> 0.93858), service 0.9045 -> 0.9061, collection +0.0007,
 * documentation +0.0003, snippets 0.8906 -> 0.8907; 23 pages up (a security service's plan price
 * lines 0.769 -> 0.821, a workforce app's feature names 0.844 -> 0.917, a therapy practice's
 * service headings, a wiki's section lists, a watch shop's feature rows), 15 down by 0.009 or less
 * (a CRM's plan table labels the gold leaves out, 0.914 -> 0.904). With nav.short-bare allowed (as
 * same-place.ts allows it): 0.93387, folds +0.00065 / +0.00026, but snippets 0.8906 -> 0.8902
 * (buttons' "Close" and "Learn more", a footer menu's "About" and "Contact" inside a page-wide
 * container). Guards: l3s-gn1 0.97562 -> 0.97553 (one page typed other, a caption line, -0.023),
 * readability -0.00001, zh-gbk unchanged.
 */

/**
 * The page types the pass runs on. Simulated first on the training folds (each such segment made
 * body alone, the page's F1 changes summed; session 28): other +0.31 (folds 1-2 +0.26, folds 3-4
 * +0.05; 42 sites), product +0.06 (4 sites), listing +0.00, article -0.03 (the undecided lines of a
 * story's box: captions, datelines, a share row's label), forum -0.43 (a post's poster name, date
 * and counts inside the thread). Built with product as well: all +0.00005 against other alone,
 * folds 3-4 +0.00000, product snippets 0.8517 -> 0.8488, the gain from one review site.
 */
export const INSIDE_MAIN_PAGE_TYPES: readonly PageType[] = ['other'];

export interface InsideMainInput extends SamePlaceInput {
  /** Ids of the block-level elements holding the segment, root first (Block.ancestors); undefined for head text. */
  ancestors: readonly number[] | undefined;
}

/**
 * The navigation rules that do not keep a segment out of this pass: nav.short-bare, which every
 * very short text without a sentence mark gets — a plan's "$8.99" and "Renews at", a pricing
 * table's "Value" and "Total", and on an API reference page a member's heading ("connect"), a
 * section heading, a summary table's column head or a "Throws:" label. "Close", "Learn more" and
 * "Contact" get it too, but as buttons and links they usually get a scoring rule of their own
 * (nav.control, nav.link-only) and stay out. Session 28 had measured this allowance (+0.00065 /
 * +0.00026 then) and left it out for two boilerplate snippets; session 44 (helper docA-44, from
 * the doc-unseen check set, where a Javadoc class page's member headings, column heads and labels
 * were navigation between its links): wcxb-dev training folds 0.93944 -> 0.93949 (folds 1-2
 * 0.93592 -> 0.93599, folds 3-4 0.94275 -> 0.94277), service 0.91142 -> 0.91183, collection,
 * product and documentation +0.00004 to +0.00009, article -0.00001, listing -0.00002; 16 pages
 * up on 16 sites (an identity-protection service's pricing table 0.868 -> 0.903), 15 down (a template's
 * placeholder headings 0.704 -> 0.685; the rest by 0.002 or less); snippets: body found 3610
 * unchanged, boilerplate dropped 3177 -> 3175 (two pages of folds 3-4). Guards: l3s-gn1 0.97606
 * -> 0.97605, readability 0.96937 -> 0.96956, zh-gbk and zh-news-clean unchanged; doc-unseen half
 * A: the Javadoc page 0.546 -> 0.655, the other nine unchanged.
 */
export const INSIDE_MAIN_SOFT_NAVIGATION: ReadonlySet<string> = new Set(['nav.short-bare']);

/** A navigation hit that scores and keeps the segment navigation: a rule read the text as navigation (a control, a link row). */
function isNavigationScore(hit: RuleHit): boolean {
  return hit.label === 'navigation' && hit.score > 0 && !INSIDE_MAIN_SOFT_NAVIGATION.has(hit.rule);
}

/** Indices of the navigation segments inside the main container that the context pass alone decided. */
export function findUndecidedInsideMain(segments: readonly InsideMainInput[], main: ReadonlySet<number> | undefined): number[] {
  if (main === undefined || main.size === 0) return [];
  const found: number[] = [];
  segments.forEach((s, i) => {
    if (decidedByContextAlone(s) && !s.hits.some(isNavigationScore) && isInside(s.ancestors, main)) found.push(i);
  });
  return found;
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const INSIDE_MAIN_HIT: RuleHit = relabelHit('context.inside-main', 'body', 'undecided, made navigation by its neighbours only, but inside the element that holds the page\'s body text: part of the page\'s content');
