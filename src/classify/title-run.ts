import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { titleShape } from './item-titles.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A list of linked titles that goes on from the body. A blog's category archive or a recipe
 * index often shows its posts as titles only — `article.post-N > header > h2.entry-title > a`, no
 * summary under them — right after the category's introduction. Each title is short and all link,
 * so it is navigation, and the item-title pass (item-titles.ts) does not take it: it pairs a title
 * with a body summary of its own item, and these items have none. The listing promotion
 * (listing.ts) does not either when the page is typed article (a long introduction is an
 * article's look) or the titles weigh less than LISTING_TITLED_MIN_LIST_TO_BODY times the
 * introduction. A run of at least TITLE_RUN_MIN_ITEMS navigation segments in a row that are
 * linked headings (listing.ts `isTitleHeading`) of one shape (their last TITLE_RUN_SHAPE_LABELS
 * path labels, digits and hashes written 0: item-titles.ts `titleShape`), that starts right
 * after a body segment, is the list the body introduces: body. A "related posts" list under an
 * article is headed ("You might also like", navigation), so it does not start right after the
 * body; teasers and text outside the main container (demoted by a page-level pass) are not taken.
 * Not on forum pages (the caller's choice).
 *
 * wcxb-dev training folds, page types cross-validated (session 23, helper body-23b; simulated on
 * the session's labels, then built): see TITLE_RUN_MIN_ITEMS. Session 16 (helper 48) had
 * simulated a run of 5+ linked headings after body text on the shipped page types: listing
 * +0.0017, article −0.0001, 1 page up and 2 down; built now, with the passes added since and the
 * two conditions on the segment before the run, no article moves. A second WordPress archive
 * whose titles sit under `header.Excerpt-Header` is promoted here and demoted again as another
 * post's excerpt (excerpt-text.ts) on a page typed article.
 */

/**
 * At least this many linked headings of one shape in a row make a list. wcxb-dev training folds,
 * page types cross-validated (session 23, helper body-23b), built: listing 0.8432 -> 0.8470 (a
 * recipe archive typed article 0.69 -> 0.99), all 0.9290 -> 0.9292, snippets 0.8850 -> 0.8853, one
 * service page −0.004 (a grid of linked card titles after a paragraph), no other page moved; the
 * first build, without the `introduces` conditions, also took two articles' related-post carousels
 * (−0.032, −0.022) and a service page's swiper after a heading (+0.013). Simulated on the
 * session's labels: 3 also takes a news site's carousels (−0.018 on that page) and an article's
 * three-link list (−0.015). l3s-gn1, readability, zh-gbk, spam and seed: no page moved.
 */
export const TITLE_RUN_MIN_ITEMS = 5;

/** Titles of one list share their last this many path labels (h2.entry-title > a under header under article.post-N). */
export const TITLE_RUN_SHAPE_LABELS = 3;

export interface TitleRunInput {
  label: Label;
  /** The block's path (segment/place.ts); undefined for plain text. */
  path: string | undefined;
  /** A heading element (h1–h6). */
  heading: boolean;
  /** A heading that is a link (listing.ts `isTitleHeading`). */
  titleHeading: boolean;
  /** May be made body by a late pass, and no page-level pass demoted it (a teaser, outside the main container). */
  candidate: boolean;
}

/** A path's last TITLE_RUN_SHAPE_LABELS labels, digits and hashes written 0. */
function tailShape(path: string): string {
  return titleShape(path).split('>').slice(-TITLE_RUN_SHAPE_LABELS).join('>');
}

/** The shape that the titles of one run share, or undefined for a segment that is no linked heading. */
function runShape(s: TitleRunInput): string | undefined {
  if (s.label !== 'navigation' || !s.titleHeading || !s.candidate || s.path === undefined) return undefined;
  return tailShape(s.path);
}

/**
 * Whether the segment before a run of this shape is body text that the run goes on from: body, no
 * heading (a heading over the run names a block of its own, "Read more of our articles"), and not
 * built like the run's titles (a title of the list that the rules called body: a carousel of posts
 * under an article, whose first titles read as headlines).
 */
function introduces(s: TitleRunInput, shape: string): boolean {
  return s.label === 'body' && !s.heading && (s.path === undefined || tailShape(s.path) !== shape);
}

/** Indices of the navigation segments in runs of linked headings that start right after body. */
export function findTitleRuns(segments: readonly TitleRunInput[]): number[] {
  const found: number[] = [];
  let i = 1;
  while (i < segments.length) {
    const shape = runShape(segments[i]!);
    if (shape === undefined || !introduces(segments[i - 1]!, shape)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < segments.length && runShape(segments[end]!) === shape) end++;
    if (end - i >= TITLE_RUN_MIN_ITEMS) for (let k = i; k < end; k++) found.push(k);
    i = end;
  }
  return found;
}

/** One frozen hit, shared by every title it is given to (rules/relabel-hit.ts). */
export const TITLE_RUN_HIT: RuleHit = relabelHit('context.title-run', 'body', 'one of a run of linked headings built alike that goes on right after the body: the list the body introduces');
