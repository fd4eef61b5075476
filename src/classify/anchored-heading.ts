import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A heading whose link points at a place on the same page is a section heading, not a link.
 * Documentation generators make every section heading — and, on API reference pages, every
 * member's heading — a link to its own anchor (a permalink) or back to the page's contents:
 * MDN's `h2#instance_methods > a.heading-anchor[href="#instance_methods"]` over an interface's
 * member list, docutils' `h4 > a.toc-backref[href="#id22"]` over an event's fields (Celery's
 * "task-sent", "worker-heartbeat"), mdBook's `h3 > a.header`, Doxygen's `h2.memtitle` with its
 * `span.permalink > a[href="#a…"]` before a member's signature, rustdoc's `a.anchor` and `§`
 * links, and blogs' and FAQ pages' generated heading ids likewise. All its text is link text, so
 * the link-only rule (nav.link-only, and nav.link-dense) makes it navigation, and the passes that
 * take linked headings back need body on both sides (linked-heading.ts) or a heading that only its
 * shortness marked (section-heading.ts): a heading over a member list whose terms were still
 * navigation, or a heading shown again in the page's contents box, stays navigation.
 *
 * A link to `#name` goes nowhere else: it is the heading's own address, the opposite of a menu
 * entry. A navigation heading (an <h1>–<h6> block) all of whose link text sits in such links
 * opened inside it (segment/block.ts `permalinkChars`; a bare `#` or `#!…` is a script's control,
 * and a link around the heading — `<a href="#specs"><h3>…</h3></a>` — a card or a jump menu's
 * entry: neither counts) becomes body: a late promotion, run last, on the labels every other pass settled, on
 * every page type but a forum (a board's "#post123" titles and jump links are its furniture).
 * Left alone: the site's chrome, footers, dialogs, controls, text a never-body constraint holds
 * and text a page-level pass put outside the main container (late-promotions.ts
 * `latePromotable`): a sidebar's contents tree is made of the same in-page links; and a heading a
 * comment cue marks (nav.comment-cue): a blog's "7 Comments »" linking to its reply form heads
 * the comments, which are navigation (an l3s-gn1 guard page, -0.002 without this).
 *
 * wcxb-dev training folds (session 43, helper api-43; built on main at 15e89ac, measured by the
 * eval): folds 1-2 0.93580 -> 0.93587 (13 pages up, 4 down), folds 3-4 0.94249 -> 0.94254 (11 up,
 * 3 down); documentation 0.96777 -> 0.96834 on folds 1-2 and 0.94242 -> 0.94333 on folds 3-4, the
 * other types within 0.00004. Up: MDN's interface and guide pages (WebSocket 0.959 -> 0.979: its
 * "Constructor", "Instance properties", "Instance methods" over member lists, shown again in the
 * sidebar), Celery's event reference (docutils back-links, 0.974 -> 0.977), mdBook, Python's,
 * Requests', Flask's and the kernel's Sphinx pages (a `¶` permalink on a heading a class word or a
 * menu word made navigation: "Link Headers¶", "Next Steps¶", "Cookies¶"), man7's "COPYRIGHT top",
 * a dictionary's "Origin of …", a college FAQ's questions. Down: docs.rs's crate
 * page (-0.0015: its "Modules§", "Macros§" over item tables WCXB's gold leaves out), an MDN
 * element page whose gold leaves out "Specifications" (-0.001), a blog's table-of-contents-linked
 * headings (-0.001), a "Request info" button set as a heading (-0.0006). Guards: l3s-gn1 and
 * zh-news-clean unchanged, readability +0.00001, zh-gbk -0.000001 (one page -0.0001). Built first
 * with any in-page link of the heading, inside or around it: a review site's jump menu of product
 * cards (`<a href="#…"><h3>`) and a service page's cards became body (-0.003, -0.0008), hence the
 * link must open inside the heading. A variant that also wanted body right after the heading (as
 * section-heading.ts does) gained less in simulation on the dump (documentation +0.00033 against
 * +0.00058 on folds 1-2): a member list's heading is followed by another heading or a term.
 */

export interface AnchoredHeadingInput {
  label: Label;
  /** An <h1>–<h6> block. */
  heading: boolean;
  /** Characters of its text inside links (segment/block.ts linkChars). */
  linkChars: number;
  /** Of those, the characters inside permalinks: links opened inside the heading to a place on the same page (segment/block.ts permalinkChars). */
  permalinkChars: number;
  /** May be made body by a late pass (late-promotions.ts `latePromotable`) and no page-level pass demoted it. */
  candidate: boolean;
  /** A comment cue marks it (forum.ts COMMENT_CUE_RULE): the heading of a comment section ("7 Comments »" linking to the reply form). */
  commentCued: boolean;
}

/** Whether a heading's links are all permalinks: it has link text, and all of it is permalink text. */
export function onlyPermalinks(linkChars: number, permalinkChars: number): boolean {
  return linkChars > 0 && permalinkChars >= linkChars;
}

/** Indices of the navigation headings whose every link points at a place on the same page. */
export function findAnchoredHeadings(segments: readonly AnchoredHeadingInput[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.label === 'navigation' && s.heading && s.candidate && !s.commentCued && onlyPermalinks(s.linkChars, s.permalinkChars)) found.push(i);
  }
  return found;
}

/** One frozen hit, shared by every heading it is given to (rules/relabel-hit.ts). */
export const ANCHORED_HEADING_HIT: RuleHit = relabelHit('context.anchored-heading', 'body', "a heading whose only link is to its own place on the page (a permalink, a back-link to the contents): a section heading, not a menu entry");
