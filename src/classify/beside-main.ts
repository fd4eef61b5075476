import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { containerChains, levelsAbove } from './main-content.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Sentences beside the main container. On a listing, product or other page the main container
 * (main-content.ts) holds the list, the product's buy box or one part of the page, and the page's
 * own sentences — a category's introduction, a product's notes, a docs page's note beside its
 * steps — often sit in an element next to it under a soft class name (`category-nav__intro`,
 * `side-info`, `sidebar-text`): navigation for their class cue (nav.dom-cue) or for lying outside
 * the container (context.outside-main), and for nothing their text says. A navigation segment
 * that reads as a sentence (label.ts SENTENCE_RULE; training folds with body.punctuated, 3 marks
 * per 100 characters, instead: 0.9258, forum 0.8701 -> 0.8691), whose navigation came only from those weak
 * cues (BESIDE_MAIN_WEAK_RULES: no menu, list, link-density, lexicon or bare-label rule — the
 * sibling-item pass's HARD_NAVIGATION_RULES among them — no footer, comment, dialog, chrome or
 * control cue, no teaser), that lies outside the main container but under an element at most
 * BESIDE_MAIN_MAX_LEVELS above it, and within BESIDE_MAIN_MAX_DISTANCE segments (document order)
 * of a body segment, becomes body. Only on the page types of BESIDE_MAIN_PAGE_TYPES.
 *
 * wcxb-dev training folds (session 21, helper body-21a): body F1 0.9252 -> 0.9263, listing 0.8379
 * -> 0.8432, product 0.8472 -> 0.8479, documentation 0.9452 -> 0.9493, service 0.8934 -> 0.8946,
 * article 0.9561 -> 0.9567, collection 0.8550 -> 0.8549, forum unchanged; snippets 0.8754 ->
 * 0.8776; 27 pages up (a docs tutorial's notes beside its steps 0.484 -> 0.690, a legal-aid
 * finder's instructions 0.507 -> 0.815, a category's introduction 0.802 -> 0.948), 20 down (a
 * product's "Get notified by email when this product is in stock." 0.881 -> 0.857, a sale price
 * line 0.923 -> 0.901, a shop's review quotes 0.971 -> 0.960, a docs page's licence line 0.986 ->
 * 0.973). CV-types view 0.9235 -> 0.9246. l3s-gn1 0.9754 -> 0.9752 (one news page typed listing,
 * another story's summary 0.885 -> 0.839), readability 0.9666 -> 0.9668, zh-gbk unchanged.
 * Measured alternatives: see each constant.
 */

/**
 * The page types the pass runs on (the page-type stage's types: article, forum, listing, product,
 * other; WCXB's collection, service and documentation pages are typed among these, and there is
 * no collection or report type). Training folds, levels 3, distance 2: listing and product 0.9259
 * (22 pages changed, 15 up; CV view 0.9242); with other 0.9263 (47 changed, 27 up; documentation
 * +0.0040; CV 0.9246; readability +0.0002); with article as well 0.9262 (146 changed, 93 down;
 * documentation 0.9493 -> 0.9481: an article's sentences beside the story are mostly not its
 * body); with article but not other 0.9258 (121 changed, 80 down); with forum as well 0.9263 but
 * forum 0.8701 -> 0.8700.
 */
export const BESIDE_MAIN_PAGE_TYPES: readonly PageType[] = ['listing', 'product', 'other'];

/**
 * A body segment lies at most this many segments before or after (document order). Training
 * folds, levels 3, listing/product/other: 1 gave 0.9259 (listing 0.8406, product 0.8467), 2
 * 0.9263, 3 0.9261 (documentation 0.9463 against 0.9493: 52 pages changed, 25 down).
 */
export const BESIDE_MAIN_MAX_DISTANCE = 2;

/**
 * The nearest element holding both the segment and the main container is at most this many
 * levels above the main container (1: the container's parent, the segment in a sibling element).
 * Training folds, distance 2, listing/product/other: 2 gave 0.9260 (listing 0.8395), 3 0.9263
 * (listing 0.8432), 4 0.9264 but product 0.8479 -> 0.8469 (53 pages changed, 22 down); on listing
 * and product alone 1 gave 0.9254, 2 0.9256, 3 0.9259, 4 0.9259, 5 0.9258, any level outside the
 * container 0.9258 (35 changed, 15 down).
 */
export const BESIDE_MAIN_MAX_LEVELS = 3;

/**
 * The navigation hits that are no reading of the text: a class/id cue (nav.dom-cue,
 * data/rules/20_navigation.json) and lying outside the main container (context.outside-main). A
 * segment with any other navigation hit of a score is left alone. Measured on the training folds
 * (levels 3, listing and product): blocking only the hard navigation rules and teasers, or not
 * requiring one weak cue, changed no page.
 */
export const BESIDE_MAIN_WEAK_RULES: readonly string[] = ['nav.dom-cue', 'context.outside-main'];

export interface BesideMainInput {
  label: Label;
  /** Ids of the block-level elements holding the segment, root first (Block.ancestors); undefined for head text. */
  ancestors: readonly number[] | undefined;
  /** Navigation that may become body: promotable late, a sentence, navigation only from weak cues. */
  candidate: boolean;
}

/** Whether the segment lies outside every main container but near one. */
export function isBesideMain(ancestors: readonly number[] | undefined, chains: readonly (readonly number[])[]): boolean {
  if (ancestors === undefined || chains.length === 0) return false;
  let nearest = Infinity;
  for (const chain of chains) {
    // no shared element at all: as far above as the container is deep
    const levels = levelsAbove(chain, ancestors) ?? chain.length;
    if (levels === 0) return false;
    nearest = Math.min(nearest, levels);
  }
  return nearest <= BESIDE_MAIN_MAX_LEVELS;
}

/** Indices of the candidate navigation segments beside the main container and near a body segment. */
export function findBesideMain(segments: readonly BesideMainInput[], main: ReadonlySet<number> | undefined): number[] {
  if (main === undefined || main.size === 0) return [];
  const chains = containerChains(segments, main).map((c) => c.chain);
  const found: number[] = [];
  segments.forEach((s, i) => {
    if (s.label !== 'navigation' || !s.candidate || !isBesideMain(s.ancestors, chains)) return;
    for (let d = 1; d <= BESIDE_MAIN_MAX_DISTANCE; d++) {
      if (segments[i - d]?.label === 'body' || segments[i + d]?.label === 'body') {
        found.push(i);
        return;
      }
    }
  });
  return found;
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const BESIDE_MAIN_HIT: RuleHit = relabelHit('context.beside-main', 'body', 'a sentence beside the element that holds the page\'s body text, near body, navigation only for a class name or its place: part of the page\'s content');
