/**
 * The pure parts of the main-container oracle (main-oracle.ts): which elements are candidates for
 * the main container of a page, and the readable features of each candidate that a fitted ranking
 * would read (issue #13 point 3: text density in characters with link characters discounted,
 * punctuation, headline position, stop-word ratio, share of the page's body weight, depth, the
 * Readability-style score).
 *
 * Candidates, for one page (src/classify/main-content.ts findMainContainers' inputs):
 * - `shipped`: what findMainContainers chose (its top element with its siblings, or the element it
 *   climbed to), or no container at all;
 * - `none`: no main container (nothing is demoted as outside it);
 * - `top`: the top-scoring element alone (without its siblings);
 * - `up1` … : each element above the shipped container (or above the top element) up to the root;
 * - `rank2` … : the next best-scoring elements (Readability-style score), each alone.
 * Candidates that name the same set of elements are listed once (the first key wins).
 */
import { isInside, type MainContentInput } from '../../src/classify/main-content.js';

/** Elements of the best-scoring ranks listed as candidates of their own (the top one included). */
export const TOP_RANKS = 8;
/** Elements above the shipped container listed as candidates (the root is rarely this far up). */
export const MAX_LEVELS_UP = 12;

export interface Candidate {
  key: string;
  /** The main container's element ids; undefined: no main container. */
  main: Set<number> | undefined;
}

function ancestorShare(level: number): number {
  if (level === 0) return 1;
  if (level === 1) return 0.5;
  return 1 / (level * 3);
}

/** The Readability-style score of each element (findMainContainers' own sums) and each element's parent. */
export function containerScores(segments: readonly MainContentInput[]): { scores: Map<number, number>; parentOf: Map<number, number>; depthOf: Map<number, number> } {
  const scores = new Map<number, number>();
  const parentOf = new Map<number, number>();
  const depthOf = new Map<number, number>();
  for (const segment of segments) {
    const ancestors = segment.ancestors;
    if (!ancestors) continue;
    ancestors.forEach((id, i) => depthOf.set(id, i));
    for (let i = 1; i < ancestors.length; i++) parentOf.set(ancestors[i]!, ancestors[i - 1]!);
    if (!segment.isBody || ancestors.length === 0) continue;
    for (let level = 0; level < ancestors.length - 1; level++) {
      const id = ancestors[ancestors.length - 2 - level]!;
      scores.set(id, (scores.get(id) ?? 0) + segment.weight * ancestorShare(level));
    }
  }
  return { scores, parentOf, depthOf };
}

function keyOf(main: ReadonlySet<number> | undefined): string {
  return main === undefined ? '-' : [...main].sort((a, b) => a - b).join(',');
}

/** The candidate main containers of a page, shipped first. */
export function candidatesOf(segments: readonly MainContentInput[], shipped: ReadonlySet<number> | undefined): Candidate[] {
  const { scores, parentOf } = containerScores(segments);
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (key: string, main: Set<number> | undefined): void => {
    const k = keyOf(main);
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ key, main });
  };
  add('shipped', shipped === undefined ? undefined : new Set(shipped));
  add('none', undefined);
  const top = ranked[0];
  if (top !== undefined) add('top', new Set([top]));
  // climb from the shipped container's element when it is one element, else from the top element
  const from = shipped !== undefined && shipped.size === 1 ? [...shipped][0]! : top;
  let level = 0;
  for (let id = from === undefined ? undefined : parentOf.get(from); id !== undefined && level < MAX_LEVELS_UP; id = parentOf.get(id)) add(`up${++level}`, new Set([id]));
  ranked.slice(1, TOP_RANKS).forEach((id, i) => add(`rank${i + 2}`, new Set([id])));
  return out;
}

/** What a candidate's features read of a segment (an analysed segment's feature values). */
export interface CandidateSegment extends MainContentInput {
  chars: number;
  linkChars: number;
  punct: number;
  /** Stopword ratio times the segment's characters (so that a sum over segments is a character-weighted mean). */
  stopChars: number;
  /** h1 (or the page headline) in the flow: the segment is the article's headline. */
  headline: boolean;
}

/** Readable features of a candidate; every one is 0 for `none` but `isNone`. */
export interface CandidateFeatures {
  isNone: number;
  isShipped: number;
  /** Share of the page's first-pass body weight (container-weighted) inside the candidate. */
  bodyShare: number;
  /** The same, the navigation-cue discount not applied. */
  plainShare: number;
  /** Share of all the page's characters inside. */
  charShare: number;
  /** log(1 + characters per segment inside): a CETD-style density, blocks standing for tags. */
  density: number;
  /** log(1 + characters outside links per segment inside). */
  linkDiscountedDensity: number;
  /** Link characters / characters inside. */
  linkShare: number;
  /** Punctuation marks per character inside. */
  punctDensity: number;
  /** Character-weighted stopword ratio inside. */
  stopwordRatio: number;
  /** 1 when the page's first headline segment is inside the candidate. */
  headlineInside: number;
  /** 1 when the first headline comes before the candidate's first segment, within HEADLINE_NEAR segments. */
  headlineJustBefore: number;
  /** Depth of the candidate's (shallowest) element, over the deepest depth of any candidate on the page. */
  relDepth: number;
  /** Readability-style score over the top score. */
  scoreShare: number;
  /** Elements in the candidate set (siblings). */
  elements: number;
}

/** A headline this many segments or fewer before a candidate's first segment counts as its headline. */
export const HEADLINE_NEAR = 5;

export const FEATURE_NAMES: readonly (keyof CandidateFeatures)[] = [
  'isNone', 'isShipped', 'bodyShare', 'plainShare', 'charShare', 'density', 'linkDiscountedDensity', 'linkShare', 'punctDensity', 'stopwordRatio', 'headlineInside', 'headlineJustBefore', 'relDepth', 'scoreShare', 'elements',
];

/** The features of each candidate of a page. */
export function candidateFeatures(segments: readonly CandidateSegment[], candidates: readonly Candidate[]): CandidateFeatures[] {
  const { scores, depthOf } = containerScores(segments);
  const topScore = Math.max(0, ...scores.values());
  const maxDepth = Math.max(1, ...depthOf.values());
  let bodyTotal = 0;
  let plainTotal = 0;
  let charTotal = 0;
  for (const s of segments) {
    if (!s.ancestors) continue;
    charTotal += s.chars;
    if (s.isBody) {
      bodyTotal += s.weight;
      plainTotal += s.plainWeight;
    }
  }
  const headline = segments.findIndex((s) => s.headline);
  return candidates.map((c, i) => {
    const zero: CandidateFeatures = { isNone: 1, isShipped: i === 0 ? 1 : 0, bodyShare: 0, plainShare: 0, charShare: 0, density: 0, linkDiscountedDensity: 0, linkShare: 0, punctDensity: 0, stopwordRatio: 0, headlineInside: 0, headlineJustBefore: 0, relDepth: 0, scoreShare: 0, elements: 0 };
    if (c.main === undefined) return zero;
    let body = 0;
    let plain = 0;
    let chars = 0;
    let links = 0;
    let punct = 0;
    let stop = 0;
    let count = 0;
    let first = -1;
    segments.forEach((s, index) => {
      if (!isInside(s.ancestors, c.main!)) return;
      if (first < 0) first = index;
      count++;
      chars += s.chars;
      links += s.linkChars;
      punct += s.punct;
      stop += s.stopChars;
      if (s.isBody) {
        body += s.weight;
        plain += s.plainWeight;
      }
    });
    const share = (x: number, total: number): number => (total > 0 ? x / total : 0);
    const depth = Math.min(...[...c.main].map((id) => depthOf.get(id) ?? 0));
    const score = Math.max(0, ...[...c.main].map((id) => scores.get(id) ?? 0));
    return {
      isNone: 0,
      isShipped: i === 0 ? 1 : 0,
      bodyShare: share(body, bodyTotal),
      plainShare: share(plain, plainTotal),
      charShare: share(chars, charTotal),
      density: Math.log1p(share(chars, count)),
      linkDiscountedDensity: Math.log1p(share(Math.max(0, chars - links), count)),
      linkShare: share(links, chars),
      punctDensity: share(punct, chars),
      stopwordRatio: share(stop, chars),
      headlineInside: headline >= 0 && isInside(segments[headline]!.ancestors, c.main) ? 1 : 0,
      headlineJustBefore: headline >= 0 && first >= 0 && headline < first && first - headline <= HEADLINE_NEAR ? 1 : 0,
      relDepth: depth / maxDepth,
      scoreShare: share(score, topScore),
      elements: c.main.size,
    };
  });
}
