import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { shownCount } from './shown-count.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A heading of the body that is a link. Inside an article a section heading is often a link: to
 * itself (an anchor the page's table of contents points at), to the product it names (a buying
 * guide's "Top picks:" followed by two linked product names, then the next numbered section), to
 * the book or course it reviews. All its text is link text, so the link-only rule makes it
 * navigation, and the passes that take linked titles back do not: the item-title pass
 * (item-titles.ts) wants a summary of the title's own item under it, the title-run pass
 * (title-run.ts) a run of TITLE_RUN_MIN_ITEMS titles, the linked-text pass (linked-text.ts) text
 * that is not all links. Defuddle keeps such headings (it removes by selector, class and a block's
 * score, not a heading's links; session 31 read its source), and WCXB's gold keeps them: on the
 * wcxb-dev training folds, linked headings between two body segments were 1,579 gold tokens on 37
 * sites against 276 not gold (session 31, helper leads-31).
 *
 * A run of at most LINKED_HEADING_MAX_RUN navigation segments that are linked headings (listing.ts
 * `isTitleHeading`), with a body segment right before the run and right after it, is body. Not
 * taken: a heading without a letter (a page number "2" between two result blocks), a text the page
 * shows more than once (a card's "View details" button styled as a heading), and, by the caller,
 * what a page-level pass demoted (text outside the main container, teasers), the site's chrome,
 * footers, dialogs and controls, and headings on forum pages (a post's "Re: …" title between two
 * posts is the board's furniture).
 */

/**
 * At most this many linked headings in a row: a section heading, or a pair of them (two product
 * names under "Top picks:"). A longer run between body text is a list of links (a contents box, a
 * related-posts block) whose case the title-run pass decides. Simulated on the wcxb-dev training
 * folds (final labels of main at 9634a49): 2 gives all 0.93500 -> 0.93552, no limit the same
 * overall (article 0.96400 against 0.96403 at 2, service 0.90839 against 0.90827).
 */
export const LINKED_HEADING_MAX_RUN = 2;

export interface LinkedHeadingInput {
  label: Label;
  /** A heading element whose text is all link text (listing.ts `isTitleHeading`). */
  titleHeading: boolean;
  /** The text, for the letter and shown-once conditions. */
  text: string;
  /** May be made body by a late pass, and no page-level pass demoted it (outside the main container, a teaser). */
  candidate: boolean;
}

const LETTER = /\p{L}/u;

/** Indices of the linked headings, in runs of at most LINKED_HEADING_MAX_RUN, that stand between two body segments. */
export function findLinkedHeadings(segments: readonly LinkedHeadingInput[]): number[] {
  const shown = shownCount(segments.map((s) => s.text));
  const isHeading = (s: LinkedHeadingInput): boolean => s.label === 'navigation' && s.titleHeading;
  const found: number[] = [];
  let i = 0;
  while (i < segments.length) {
    if (!isHeading(segments[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < segments.length && isHeading(segments[end]!)) end++;
    const before = segments[i - 1];
    const after = segments[end];
    if (end - i <= LINKED_HEADING_MAX_RUN && before?.label === 'body' && after?.label === 'body') {
      for (let k = i; k < end; k++) {
        const s = segments[k]!;
        if (s.candidate && LETTER.test(s.text) && shown(s.text) === 1) found.push(k);
      }
    }
    i = end;
  }
  return found;
}

/** One frozen hit, shared by every heading it is given to (rules/relabel-hit.ts). */
export const LINKED_HEADING_HIT: RuleHit = relabelHit('context.linked-heading', 'body', 'a heading whose text is a link, between two body segments: a heading of the body');
