import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import { decidedByContextAlone, type SamePlaceInput } from './same-place.js';
import { BORDER_RULE } from './context.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * The short labels of a page built of sections. A service's landing page sets its content in
 * cards, grids and counters, each part a few words: a plan card's name, price and period ("Value",
 * "$7.50", "/mo", "Renews at", "Save 16%"), a tab's or a feature grid's names ("Payroll",
 * "Scheduling", "HRIS"), a counter ("5,600"), the items of a list of services ("Cleanings",
 * "X-rays"). No rule decides them but the very-short one (nav.short-bare, at most 10 characters
 * and no sentence stop), and where one stands between a body text and a navigation text (a
 * button, a link row) the context pass (context.ts) gives it its own lean — navigation, for being
 * short. On a page typed other (SECTION_LABEL_PAGE_TYPES), such a block — made navigation at a
 * body/navigation border (context.border) by the context pass alone, with no navigation rule
 * beyond nav.short-bare (same-place.ts `decidedByContextAlone`) — is one of the page's labels:
 * body. A segment between two navigation texts (context.between-navigation) stays navigation: a
 * menu's items stand there. Headings are left to the context pass's heading rule.
 *
 * Measured on wcxb-dev folds 1-2 (simulated on the per-segment dump, then built): see
 * SECTION_LABEL_PAGE_TYPES. The cause is seen on nine sites (an identity-protection service's and
 * a second one's plan cards, a workforce app's feature tabs, a therapy service's counters and
 * topic tags, a clinic's list of services, a consultancy's card buttons, a solar guide's tool
 * list, a software comparison's table labels, a yoga teacher's testimonial signatures).
 * Session 28 (inside-main.ts) left nav.short-bare out of its pass inside the main container
 * because snippets fell ("Close", "Learn more", a footer menu's "About" inside a page-wide
 * container): between-navigation verdicts were in that measurement; here only border verdicts are.
 */

/**
 * The page types the pass runs on. wcxb-dev folds 1-2, simulated on the final labels (session 41,
 * helper product-41): on pages typed other, folds 1-2 body F1 0.93473 -> 0.93491, service +0.0018
 * (10 pages up: plan cards 0.831 -> 0.865, feature tabs +0.0075, counters +0.006; 3 down by 0.002
 * at most: a robot vacuum's "1/4" slide counter and "Reviews" tab, a broker's "Footnote" marks,
 * a docs page's "See also"); on pages typed article -0.00007 (36 pages down: a marketing page's
 * table of short cells, a paywall's plan prices, story furniture), listing 0.00000, product
 * +0.00003 (a game store's labels down), forum -0.00029 (a thread's post counters and names).
 * Built, the real eval on the training folds: body F1 0.93875 -> 0.93887 (folds 1-2 0.93473 ->
 * 0.93491, folds 3-4 0.94252 -> 0.94258), service 0.90813 -> 0.90885, product 0.87905 -> 0.88002,
 * listing -0.00008, other types unchanged; snippets 0.89552 -> 0.89539 (two folds 3-4 snippets).
 * Guards: readability +0.00002 (a docs page typed other +0.004), l3s-gn1, zh-gbk and zh-news-clean
 * identical page for page.
 */
export const SECTION_LABEL_PAGE_TYPES: readonly PageType[] = ['other'];

export interface SectionLabelInput extends SamePlaceInput {
  /** A whole block (a paragraph, a div's text); headings, lists and inline pieces are not labels here. */
  block: boolean;
}

/** Indices of the blocks that the context pass alone made navigation at a body/navigation border. */
export function findSectionLabels(segments: readonly SectionLabelInput[]): number[] {
  const found: number[] = [];
  segments.forEach((s, i) => {
    if (s.block && decidedByContextAlone(s) && s.hits.some((h) => h.rule === BORDER_RULE && h.label === 'navigation')) found.push(i);
  });
  return found;
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const SECTION_LABEL_HIT: RuleHit = relabelHit('context.section-label', 'body', "on a page built of sections, a short label that the context pass made navigation at a body/navigation border for being short: one of the page's own labels (a plan's price, a tab's name, a counter)");
