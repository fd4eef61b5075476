import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { relabelHit } from '../rules/relabel-hit.js';
import { DATELINE_MAX_CHARS } from './dateline.js';
import { sameItem, titleShape } from './item-titles.js';

/**
 * The lines between an item's linked title and its text. A blog or news index prints each post as
 * a linked title, then a line or two of meta — the date, "By <author>", the item's category tags
 * ("Battlefield 6", "Sony"), an arXiv entry's "Comments: 10 pages, 4 figures" — then the summary.
 * The item-title pass (item-titles.ts) gives the title back to the body when the summary is body;
 * the meta lines between them stay navigation (short text, a date, an author link, a footer cue:
 * Pelican's `footer.post-info`), while a reader, DESIGN §1 and WCXB's listing gold keep an item's
 * date and byline with it.
 *
 * A navigation segment that lies between a title the item-title pass promoted and the next body
 * segment (the item's text, at most ITEM_LINES_MAX_BETWEEN segments after the title), inside the
 * same item as both (their paths part at most ITEM_TITLE_MAX_LEVELS elements from the end:
 * item-titles.ts `sameItem`), short (at most DATELINE_MAX_CHARS characters: a dateline's bound, as
 * `body.byline`), not all link text (ITEM_LINE_MAX_LINK_DENSITY: tag links) and promotable (the caller's test: no control, chrome, footer-of-the-site or
 * dialog, nothing a never-body constraint holds) becomes body, when at least ITEM_LINES_MIN_ITEMS
 * such lines on the page share one path shape (item-titles.ts `titleShape`): one line under one
 * linked title is an article's, a repeated one is a list's. Not on forum pages (the caller's
 * choice, as for the titles).
 *
 * wcxb-dev training folds (session 44, helper listA-44), with the item-title pass's longer reach
 * over an item's own lines (item-titles.ts ITEM_TITLE_ITEM_LOOKAHEAD): folds 1-2 0.93592 ->
 * 0.93596, folds 3-4 0.94275 -> 0.94281, listing 0.86944 -> 0.86993; five pages of five sites up
 * (arXiv's list, each entry's "Comments: 10 pages, 4 figures" line, 0.732 -> 0.766; Phoronix's
 * "date - section" lines 0.980 -> 0.987; an ethical-brands list's "Rated: Good" lines 0.951 ->
 * 0.966; a course index +0.003; a docs index +0.002), none down. Guards (l3s-gn1, readability,
 * zh-gbk, zh-news-clean): no page changed. listing-unseen half A (session 43's set): two Pelican
 * category pages typed article, their titles, dates and bylines now body (0.846 -> 0.926,
 * 0.890 -> 1.000). benchmarks/RESULTS.md, session 44.
 */

/**
 * The item's text comes at most this many segments after its title: a date line and a byline may
 * sit between (Pelican prints both in `footer.post-info`). The item-title pass pairs a title with
 * a body segment within ITEM_TITLE_LOOKAHEAD.
 */
export const ITEM_LINES_MAX_BETWEEN = 2;

/**
 * A line that is all link text is the item's category or tag links ("Battlefield 6", "Sony", "In
 * News."), which WCXB's listing gold leaves out (benchmarks/labels/body/README.md, session 43
 * listing convention); a byline's "By" or a date line's own words are not links. Lines whose link
 * text is this share of their characters or more are left alone (training folds: a games news
 * list's tag links under each title, 0.591 -> 0.576 when they were taken).
 */
export const ITEM_LINE_MAX_LINK_DENSITY = 0.99;

/** At least this many lines of one shape make them a list's (item-titles.ts ITEM_TITLE_MIN_ITEMS, the titles' own count). */
export const ITEM_LINES_MIN_ITEMS = 3;

export interface ItemLineInput {
  label: Label;
  /** The block's path (segment/place.ts); undefined for plain text. */
  path: string | undefined;
  chars: number;
  /** Share of the characters in link text. */
  linkDensity: number;
  /** May be turned body (late-promotions.ts latePromotable). */
  candidate: boolean;
  /** A linked title the item-title pass promoted (ITEM_TITLE_HIT). */
  title: boolean;
}

/** Indices of the navigation segments that are the meta lines between a promoted item title and its text. */
export function findItemLines(segments: readonly ItemLineInput[]): number[] {
  const lines: { index: number; shape: string }[] = [];
  segments.forEach((s, t) => {
    if (!s.title || s.path === undefined) return;
    const between: number[] = [];
    for (let j = t + 1; j < segments.length && j <= t + ITEM_LINES_MAX_BETWEEN + 1; j++) {
      const next = segments[j]!;
      if (next.title) return;
      if (next.label === 'body') {
        if (next.path === undefined || !sameItem(s.path, next.path)) return;
        for (const i of between) {
          const line = segments[i]!;
          if (sameItem(s.path, line.path!) && sameItem(line.path!, next.path)) lines.push({ index: i, shape: titleShape(line.path!) });
        }
        return;
      }
      if (next.label === 'navigation' && next.candidate && next.path !== undefined && next.chars <= DATELINE_MAX_CHARS && next.linkDensity < ITEM_LINE_MAX_LINK_DENSITY) between.push(j);
      else return;
    }
  });
  const counts = new Map<string, number>();
  for (const { shape } of lines) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  return lines.filter(({ shape }) => (counts.get(shape) ?? 0) >= ITEM_LINES_MIN_ITEMS).map(({ index }) => index);
}

/** One frozen hit, shared by every line it is given to (rules/relabel-hit.ts). */
export const ITEM_LINE_HIT: RuleHit = relabelHit('context.item-line', 'body', 'a short line between the linked title of a listed item and its text (its date, byline, tags), one of several alike: the item keeps it');
