import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';

/**
 * The main-content container (HTML only), found as Readability finds its top candidate: every
 * segment that the first pass calls body gives its weighted length to the block elements holding
 * it — all of it to its parent, half to the grandparent, 1/(3·level) further up — and the element
 * with the highest total holds the article. Body-looking segments outside it (footers, comments,
 * teasers of other articles, disclaimers) get a navigation score, so that only a strong segment
 * stays body on its own and weaker ones go to the context pass. When the top container holds too
 * little of the page's body text, the element above it that holds enough is the main container
 * (MAIN_MIN_SHARE).
 */

/** Navigation score given to a first-pass body segment outside the main container. Tried 4, 6, 8 on the development corpus (benchmarks/RESULTS.md): 8 gave the best body F1 overall (l3s 0.957, readability 0.926, zh-gbk 0.939); a long paragraph (body 9–11) outside stays body or goes to the context pass. */
export const OUTSIDE_MAIN_SCORE = 8;
/**
 * The main container must hold at least this share of the page's body weight. When the top
 * container and its siblings hold less (a shop's category text with its product cards, a landing
 * page of sections, a question and its answers), the nearest element above the top container
 * that holds this share is the main container instead — provided it also holds this share of the
 * body-looking text counted in full, navigation-cued text included (see `plainWeight`); otherwise
 * the page has no single main container (a home page, an article under a mislabelling cue) and
 * nothing is demoted. Climbing, measured on the wcxb-dev training folds (body F1 0.892 → 0.896;
 * product 0.784 → 0.802, service 0.863 → 0.873, forum 0.773 → 0.781, collection 0.732 → 0.736,
 * article 0.941 → 0.944; l3s-gn1, readability and zh-gbk unchanged or up by ≤ 0.001): the share
 * to climb to tried at 0.4 (0.8954), 0.5 (0.8961) and 0.65 (0.8962, l3s-gn1 −0.001); the share of
 * the full weight at 0.3 (0.8952), 0.5 and 0.7 (0.8948); without the full-weight condition 0.8942
 * (articles whose text sits under a cue such as `sidebar-content` lost it to a container elsewhere).
 */
export const MAIN_MIN_SHARE = 0.5;
/** A sibling of the main container holding at least this share of its score is part of the main content (Readability's sibling threshold is 0.2). */
export const SIBLING_MIN_SHARE = 0.2;

/**
 * A body-looking segment under a navigation cue (comment, sidebar, related…) adds this share of
 * its length to its containers: none, so a long comment thread cannot outweigh the article it
 * follows (Readability likewise subtracts class weight for such names). Tried 0.25, 0.1 and 0 on
 * the development corpus: 0 was best on zh-gbk (0.937 → 0.944) and l3s-gn1, equal elsewhere.
 */
export const NAV_CUE_WEIGHT = 0;

/** A body segment's weight in the container scores: its weighted length, NAV_CUE_WEIGHT of it when a navigation cue marks it. */
export function containerWeight(weightedChars: number, navCued: boolean): number {
  return weightedChars * (navCued ? NAV_CUE_WEIGHT : 1);
}

export interface MainContentInput {
  ancestors: readonly number[] | undefined;
  isBody: boolean;
  /** Weighted length as the container scores count it (NAV_CUE_WEIGHT applied). */
  weight: number;
  /** Weighted length without the navigation-cue discount: how much body-looking text the segment has. */
  plainWeight: number;
}

function ancestorShare(level: number): number {
  if (level === 0) return 1;
  if (level === 1) return 0.5;
  return 1 / (level * 3);
}

/**
 * The ids of the main container and of its siblings that score at least SIBLING_MIN_SHARE of it
 * (an article split over sibling elements, as Readability also joins them), or undefined when
 * there is no container to trust.
 */
export function findMainContainers(segments: readonly MainContentInput[]): Set<number> | undefined {
  const scores = new Map<number, number>();
  const parentOf = new Map<number, number>();
  let total = 0;
  for (const segment of segments) {
    if (!segment.isBody || !segment.ancestors || segment.ancestors.length === 0) continue;
    total += segment.weight;
    const ancestors = segment.ancestors;
    for (let i = 1; i < ancestors.length; i++) parentOf.set(ancestors[i]!, ancestors[i - 1]!);
    // the block's own element (a <p>) is not a container: start with its parent
    for (let level = 0; level < ancestors.length - 1; level++) {
      const id = ancestors[ancestors.length - 2 - level]!;
      scores.set(id, (scores.get(id) ?? 0) + segment.weight * ancestorShare(level));
    }
  }
  let best: number | undefined;
  let bestScore = 0;
  for (const [id, score] of scores) {
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const main = new Set([best]);
  const parent = parentOf.get(best);
  for (const [id, score] of scores) {
    if (id !== best && parent !== undefined && parentOf.get(id) === parent && score >= SIBLING_MIN_SHARE * bestScore) main.add(id);
  }
  // the main containers must actually hold most of the body weight
  let inside = 0;
  for (const segment of segments) if (segment.isBody && isInside(segment.ancestors, main)) inside += segment.weight;
  if (inside >= MAIN_MIN_SHARE * total) return main;
  return enclosingMain(segments, best, parentOf, total);
}

/**
 * The nearest element above `best` that holds MAIN_MIN_SHARE of the body weight, if it also holds
 * MAIN_MIN_SHARE of the plain (undiscounted) weight; undefined otherwise.
 */
function enclosingMain(segments: readonly MainContentInput[], best: number, parentOf: ReadonlyMap<number, number>, total: number): Set<number> | undefined {
  const { held } = heldWeights(segments, (s) => (s.isBody ? s.weight : 0));
  const { held: plainHeld, total: plainTotal } = heldWeights(segments, (s) => (s.isBody ? s.plainWeight : 0));
  for (let id = parentOf.get(best); id !== undefined; id = parentOf.get(id)) {
    if ((held.get(id) ?? 0) < MAIN_MIN_SHARE * total) continue;
    return (plainHeld.get(id) ?? 0) >= MAIN_MIN_SHARE * plainTotal ? new Set([id]) : undefined;
  }
  return undefined;
}

/**
 * The weight each element holds — the sum of `weightOf` over the segments inside it, at every
 * level — and the total over the segments that have ancestors (head text has none). The
 * nearest-element-holding-a-share searches (enclosingMain here, page-sections' sectionsElement)
 * both read it.
 */
export function heldWeights<T extends { ancestors: readonly number[] | undefined }>(segments: readonly T[], weightOf: (segment: T) => number): { held: Map<number, number>; total: number } {
  const held = new Map<number, number>();
  let total = 0;
  for (const segment of segments) {
    const ancestors = segment.ancestors;
    if (ancestors === undefined) continue;
    const weight = weightOf(segment);
    if (weight === 0) continue;
    total += weight;
    for (const id of ancestors) held.set(id, (held.get(id) ?? 0) + weight);
  }
  return { held, total };
}

export function isInside(ancestors: readonly number[] | undefined, containers: ReadonlySet<number>): boolean {
  return ancestors !== undefined && ancestors.some((id) => containers.has(id));
}

/** A main container's chain (the element ids from the root down to it) and the first segment inside it. */
export interface ContainerChain {
  first: number;
  chain: readonly number[];
}

/** The chain of each main container, read off the segments (their ancestors, root first), in the order of the first segment inside each. */
export function containerChains(segments: readonly { ancestors: readonly number[] | undefined }[], main: ReadonlySet<number>): ContainerChain[] {
  const chains = new Map<number, ContainerChain>();
  segments.forEach((s, index) => {
    const ancestors = s.ancestors;
    if (ancestors === undefined) return;
    for (let i = 0; i < ancestors.length; i++) {
      const id = ancestors[i]!;
      if (main.has(id) && !chains.has(id)) chains.set(id, { first: index, chain: ancestors.slice(0, i + 1) });
    }
  });
  return [...chains.values()];
}

/** How many levels above a main container's element (its chain: the element ids from the root down to it) lies the nearest element holding both it and `ancestors`; undefined when none does. */
export function levelsAbove(chain: readonly number[], ancestors: readonly number[]): number | undefined {
  let shared = 0;
  while (shared < chain.length && shared < ancestors.length && chain[shared] === ancestors[shared]) shared++;
  if (shared === 0) return undefined;
  return chain.length - shared;
}

/** One frozen hit, shared by every segment it is given to (like rule hits, rules/engine.ts). */
export const OUTSIDE_MAIN_HIT: RuleHit = Object.freeze({
  rule: 'context.outside-main',
  label: 'navigation' satisfies Label,
  score: OUTSIDE_MAIN_SCORE,
  description: 'looks like body but lies outside the element that holds most of the page\'s body text',
});
