import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import { containerChains, heldWeights, isInside } from './main-content.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * The sections of a page built of sections. A service's landing page is a run of sections — a
 * hero, "How it works", a comparison, plans, an FAQ — each holding a few short texts, and the main
 * container (main-content.ts) is the one section whose body text weighs most, often the FAQ at
 * the bottom. The text of the other sections is then "outside the main container"
 * (context.outside-main) though it is the page's content. On a page typed other, the nearest
 * element above the main container that holds PAGE_SECTIONS_MIN_SHARE of the first pass's body
 * weight (the weight main-content.ts counts: navigation-cued text weighs nothing) holds the page's
 * sections; a segment inside it that only lying outside the container, or a class cue, made
 * navigation (the beside-main pass's weak rules) is body.
 *
 * wcxb-dev training folds, session 28 (helper body-28d), on top of context.inside-main: body F1
 * 0.93367 -> 0.93392 (folds 1-2 +0.00020, folds 3-4 +0.00030), service 0.9061 -> 0.9073, article
 * +0.0002 (pages WCXB calls articles that are typed other), documentation +0.0003, snippets 0.8907
 * -> 0.8917; 9 pages up by 0.001 or more (a therapy service's "How it works" and comparison
 * sections 0.735 -> 0.825, an accounting app's feature sections, an auto-service page, a hardware
 * shop's services page, an API framework's tutorial notes), 4 down (a SQL reference page's
 * synopsis line and example notes, which the gold leaves out, -0.019; three by 0.005 or less). Readability's mozilla-2 (typed other) 0.87 -> 0.95;
 * l3s-gn1 and zh-gbk unchanged.
 */

/**
 * The page types the pass runs on. Simulated first on the training folds per page type (the text
 * outside the container inside that element made body, session 28): other +0.29 summed over 16
 * pages (folds 1-2 +0.04, folds 3-4 +0.26), product, listing and article down (their related grids,
 * reviews and teaser columns lie in that element too).
 */
export const PAGE_SECTIONS_PAGE_TYPES: readonly PageType[] = ['other'];

/**
 * The share of the first pass's body weight the element holding the sections must hold (the main
 * container itself must hold MAIN_MIN_SHARE, 0.5). Training folds, on top of context.inside-main,
 * session 28: 0.7 gave 0.93384 (8 pages moved by 0.001 or more), 0.8 0.93392 (13 moved, 9 up),
 * 0.9 0.93382 (23 moved, 11 down: a docs.rs page's trait list, a park page's other webcams).
 */
export const PAGE_SECTIONS_MIN_SHARE = 0.8;

export interface PageSectionInput {
  /** Ids of the block-level elements holding the segment, root first (Block.ancestors); undefined for head text. */
  ancestors: readonly number[] | undefined;
  /** The weight the segment gave the main container's choice: its weighted length if the first pass called it body, else 0. */
  bodyWeight: number;
  /** Navigation that may become body: promotable late, made navigation only by weak cues, outside the main container among them. */
  candidate: boolean;
}

/** The nearest element above the main container holding PAGE_SECTIONS_MIN_SHARE of the body weight; undefined when the container holds it already or none does. */
export function sectionsElement(segments: readonly PageSectionInput[], main: ReadonlySet<number>): number | undefined {
  const chain = containerChains(segments, main)[0]?.chain;
  const { held, total } = heldWeights(segments, (s) => Math.max(0, s.bodyWeight));
  if (chain === undefined || total === 0) return undefined;
  const enough = (id: number): boolean => (held.get(id) ?? 0) >= PAGE_SECTIONS_MIN_SHARE * total;
  if (enough(chain[chain.length - 1]!)) return undefined;
  for (let level = chain.length - 2; level >= 0; level--) if (enough(chain[level]!)) return chain[level];
  return undefined;
}

/** Indices of the candidates inside the element that holds the page's sections. */
export function findPageSections(segments: readonly PageSectionInput[], main: ReadonlySet<number> | undefined): number[] {
  if (main === undefined || main.size === 0) return [];
  const element = sectionsElement(segments, main);
  if (element === undefined) return [];
  const within = new Set([element]);
  const found: number[] = [];
  segments.forEach((s, i) => {
    if (s.candidate && isInside(s.ancestors, within)) found.push(i);
  });
  return found;
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const PAGE_SECTION_HIT: RuleHit = relabelHit('context.page-section', 'body', `outside the main container but inside the element that holds ${PAGE_SECTIONS_MIN_SHARE * 100} % of the page's body text: another section of the page`);
