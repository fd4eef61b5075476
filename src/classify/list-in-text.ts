import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { heldWeights } from './main-content.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * An HTML list of links that stands inside the body's text. An article's own lists are often all
 * links: the gear a packing list names, the references under "Sources", a wiki's "see these pages"
 * list between two paragraphs, a changelog's linked patch titles, "Day 1 to 3: Tokyo …" itinerary
 * legs. All their text is link text, so the link-only rule makes them navigation, and the passes
 * that take linked text back do not (linked-text.ts stops short of link-only text: related-link
 * blocks between paragraphs are navigation in WCXB's gold).
 *
 * What tells such a list from a related-headlines box, a table of contents or a share bar is where
 * it stands and how it is built, measured on the wcxb-dev training folds and the guard sets
 * (session 32, helper linkbox-32: benchmarks/RESULTS.md): body text right before it AND right
 * after it (a list before the site's furniture or at the article's end is where related-post boxes
 * stand: with body before it only, l3s-gn1 lost 13 of its boilerplate snippets), its items are
 * items of an HTML list (`ul`/`ol` > `li` on its element path: an old news page's related
 * headlines laid out as bare `li` in a table cell, or links in a `td`, `p` or card grid, are not
 * taken), and it lies inside the element that holds the body's text (the deepest element holding
 * BODY_HOLDER_MIN_SHARE of the body's length on the labels the other passes settled; the first
 * pass's main container is narrower on pages of many sections — a blog post's first section
 * lists lay outside it). Its heading does not tell (a "Sources" or
 * "Resources" heading over a link list simulated at −0.00004 on folds 3–4; related-style headings
 * were over 12 lists in all), nor do items that repeat the page's headings (a table of contents:
 * −0.00098 — WCXB's gold leaves contents boxes out).
 *
 * A navigation segment that is a list (block kind `list`) whose link share is at least
 * LIST_IN_TEXT_MIN_LINK_DENSITY, whose element path holds `ul > li` or `ol > li`, inside the body's
 * holder, with a body segment right before and right after it (the nearest segments with a
 * letter or digit), is body. Not taken, by the caller: what a page-level pass demoted (outside the
 * main container, teasers), text under a navigation cue, the site's chrome, footers, dialogs,
 * controls and never-body text.
 */

/** At least this share of the text is link text: the link-only rule's share (data/rules/20_navigation.json nav.link-only, 0.85), the lists that rule made navigation. */
export const LIST_IN_TEXT_MIN_LINK_DENSITY = 0.85;

/**
 * The body's holder is the deepest element that holds at least this share of the body's length
 * (most of the text, not all: a byline or a lead may sit outside it). Simulated on the wcxb-dev
 * training folds (session 32, linkbox-32; lengths in the metric's tokens): 0.7, 0.8 and 0.9 all
 * +0.00021; 0.6 +0.00016 (one site up by more than 0.02 fewer); without the holder condition
 * +0.00018 with a page down by more than 0.02.
 */
export const BODY_HOLDER_MIN_SHARE = 0.8;

export interface ListInTextInput {
  label: Label;
  /** A list block (block kind `list`). */
  list: boolean;
  linkDensity: number;
  /** The block's element path (segment/block.ts `path`, cut to its last labels on deep pages). */
  path: string | undefined;
  /** The ids of the block-level elements that hold the block, outermost first (segment/block.ts `ancestors`). */
  ancestors: readonly number[] | undefined;
  /** The segment's length, weighed for the body's holder when it is body. */
  length: number;
  /** The text, to skip segments without a letter or digit when looking for the neighbours. */
  text: string;
  /** May be made body by a late pass, and no page-level pass demoted it (outside the main container, a teaser). */
  candidate: boolean;
}

const WORD = /[\p{L}\p{N}]/u;
/** An element path label of `ul` or `ol` (with its classes or id) followed by an `li`. */
const HTML_LIST_ITEM = /(?:^|>)(?:ul|ol)(?:[.#][^>]*)?>li(?:[.#][^>]*)?(?:>|$)/;

/** Whether the element path runs through an item of an HTML list (`ul > li`, `ol > li`). */
export function isHtmlListItem(path: string | undefined): boolean {
  return path !== undefined && HTML_LIST_ITEM.test(path);
}

/** The deepest element holding BODY_HOLDER_MIN_SHARE of the body segments' length; undefined when there is no body. */
export function bodyHolder(segments: readonly ListInTextInput[]): number | undefined {
  const { held, total } = heldWeights(segments, (s) => (s.label === 'body' ? s.length : 0));
  if (total === 0) return undefined;
  let holder: number | undefined;
  let depth = -1;
  for (const s of segments) {
    if (s.label !== 'body' || s.ancestors === undefined) continue;
    s.ancestors.forEach((id, level) => {
      if (level > depth && (held.get(id) ?? 0) >= BODY_HOLDER_MIN_SHARE * total) {
        holder = id;
        depth = level;
      }
    });
  }
  return holder;
}

/** Indices of the link lists that stand inside the body's text (body right before and right after them). */
export function findListsInText(segments: readonly ListInTextInput[]): number[] {
  const holder = bodyHolder(segments);
  if (holder === undefined) return [];
  const worded = segments.map((s, i) => (WORD.test(s.text) ? i : -1)).filter((i) => i >= 0);
  const found: number[] = [];
  for (let k = 1; k + 1 < worded.length; k++) {
    const i = worded[k]!;
    const s = segments[i]!;
    if (s.label !== 'navigation' || !s.list || !s.candidate || !(s.ancestors?.includes(holder) ?? false) || s.linkDensity < LIST_IN_TEXT_MIN_LINK_DENSITY || !isHtmlListItem(s.path)) continue;
    if (segments[worded[k - 1]!]!.label === 'body' && segments[worded[k + 1]!]!.label === 'body') found.push(i);
  }
  return found;
}

/** One frozen hit, shared by every list it is given to (rules/relabel-hit.ts). */
export const LIST_IN_TEXT_HIT: RuleHit = relabelHit('context.list-in-text', 'body', 'an HTML list of links with body text right before and right after it, inside the element that holds the body: a list of the body');
