import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { shownCount } from './shown-count.js';

/**
 * A list of links inside the body's text. An article's own lists are often all links: a packing
 * list whose items link to the gear it names, a references list under "Sources", a course
 * catalogue's certificates, the "Day 1 to 3: Tokyo …" itinerary that links each leg. All its text
 * is link text, so the link-only rule (nav.link-only) makes it navigation, and the passes that
 * take linked text back do not: the linked-text pass (linked-text.ts) stops short of link-only
 * text, since related-link lists between paragraphs are navigation in WCXB's gold (session 16
 * measured the blanket rule net negative, 162 pages down against 139 up). What tells the
 * article's list from a related-links block is where it sits: right after a body segment, and
 * inside the element that holds the text before it and the text after it — inside the article's
 * text, not at its end, where related-posts and share blocks stand.
 *
 * A navigation segment that is a list (block kind `list`), whose link share is at least
 * LINKED_LIST_MIN_LINK_DENSITY, with a body segment right before it, and whose previous and next
 * segments (those with a letter or digit) each sit in an element that also holds the list (the
 * block ids of `ancestors`: the neighbour's ancestry without its own element is a prefix of the
 * list's), is body. Not taken: a text the page shows more than once (a language switcher or a
 * menu printed twice), text without a letter, and, by the caller, what a page-level pass demoted
 * (text outside the main container, teasers), the site's chrome, footers, dialogs, controls,
 * comment and review widgets, and lists on forum pages (the caller's choice, as for the other
 * linked passes).
 *
 * wcxb-dev training folds (session 31, helper linklist-31; simulated on the final labels of main
 * at f064504 with benchmarks/diagnose/segments.ts): 0.93600 -> 0.93626, folds 1-2 +0.00028, folds
 * 3-4 +0.00024, 77 lists on 46 pages, 62 of them gold; 5 sites up by more than 0.02, one page down
 * by more than 0.02 (a wiki's language list after its last paragraph). Built: 0.93600 -> 0.93627,
 * folds 1-2 +0.00041, folds 3-4 +0.00015 (documentation 0.9537 -> 0.9556, listing 0.8608 -> 0.8615,
 * article 0.9644 -> 0.9646), the same 5 sites up and 1 page down by more than 0.02; l3s-gn1
 * 0.97545 -> 0.97526 (related-headline lists inside an old news page's article element),
 * readability 0.96817 -> 0.96860, zh-gbk unchanged. Simulated and dropped:
 * link-only items whose sibling items are body, `ol>li>p>a` title lines over their own
 * description, and a link-only line between two body segments of the same container (all
 * negative or flat, no 3 sites up: benchmarks/RESULTS.md, session 31, linklist-31).
 */

/** At least this share of the text is link text: the link-only rule's share (data/rules/20_navigation.json nav.link-only, 0.85). */
export const LINKED_LIST_MIN_LINK_DENSITY = 0.85;

export interface LinkedListInput {
  label: Label;
  /** A list block (block kind `list`). */
  list: boolean;
  linkDensity: number;
  /** The ids of the block-level elements that hold the block, outermost first (segment/block.ts `ancestors`). */
  ancestors: readonly number[] | undefined;
  /** The text, for the letter and shown-once conditions and to skip segments without words. */
  text: string;
  /** May be made body by a late pass, and no page-level pass demoted it (outside the main container, a teaser). */
  candidate: boolean;
}

const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}]/u;

/** True when the element that holds `neighbour` (its ancestry without its own element) also holds `list`. */
function holds(neighbour: readonly number[] | undefined, list: readonly number[]): boolean {
  if (neighbour === undefined || neighbour.length < 2 || neighbour.length - 1 > list.length) return false;
  for (let k = 0; k < neighbour.length - 1; k++) if (neighbour[k] !== list[k]) return false;
  return true;
}

/** Indices of the link-only lists that sit inside the body's text, right after a body segment. */
export function findLinkedLists(segments: readonly LinkedListInput[]): number[] {
  const shown = shownCount(segments.map((s) => s.text));
  const worded = segments.map((s, i) => (WORD.test(s.text) ? i : -1)).filter((i) => i >= 0);
  const found: number[] = [];
  for (let k = 1; k + 1 < worded.length; k++) {
    const i = worded[k]!;
    const s = segments[i]!;
    if (s.label !== 'navigation' || !s.list || !s.candidate || s.linkDensity < LINKED_LIST_MIN_LINK_DENSITY) continue;
    if (s.ancestors === undefined || !LETTER.test(s.text) || shown(s.text) !== 1) continue;
    const before = segments[worded[k - 1]!]!;
    const after = segments[worded[k + 1]!]!;
    if (before.label === 'body' && holds(before.ancestors, s.ancestors) && holds(after.ancestors, s.ancestors)) found.push(i);
  }
  return found;
}

/** One frozen hit, shared by every list it is given to (like rule hits, rules/engine.ts). */
export const LINKED_LIST_HIT: RuleHit = Object.freeze({
  rule: 'context.linked-list',
  label: 'body' satisfies Label,
  score: 0,
  description: 'a list of links right after body text, inside the element that holds the text around it: a list of the body',
});
