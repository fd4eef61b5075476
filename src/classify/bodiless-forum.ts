import type { LabelledSegment } from './classify.js';

/**
 * A page typed forum that its forum promotions left with no body at all. The list promotion
 * (late-promotions.ts `promoteListingItems`) does not run on a forum (listing-call.ts: a thread's
 * side column was taken for its list); the forum promotions (post-units.ts, post-repeats.ts,
 * forum.ts) look for posts. When they find none and the page has no body segment left, the page
 * is no thread the forum passes can read, and an empty body is the worst answer there is: the
 * page's list is then looked for as on a page typed article, product or other (without a listing
 * call, on the list-to-body ratios of listing.ts alone — with no body, any list found qualifies).
 *
 * Where it came from (session 44, helper pku-44): listing-unseen2 half A, a university dean's
 * office notice list (fifteen dated notice titles, each a date span and a link, in repeated
 * item boxes) typed forum by the page-type model: every rule made the titles navigation, no forum
 * pass found a post, body empty, F1 0.000. Typed article or listing (the model's intercept raised,
 * benchmarks/diagnose/forced-type.ts) the list promotion takes all fifteen items: F1 0.994.
 */

/** The most body segments a forum-typed page may keep and still count as bodiless: none. */
export const BODILESS_FORUM_MAX_BODY_SEGMENTS = 0;

/** Whether the segments hold no more body than a bodiless page (BODILESS_FORUM_MAX_BODY_SEGMENTS). */
export function isBodiless(segments: readonly LabelledSegment[]): boolean {
  let body = 0;
  for (const s of segments) if (s.label === 'body' && ++body > BODILESS_FORUM_MAX_BODY_SEGMENTS) return false;
  return true;
}

/**
 * The fewest segments the list promotion must make body on a bodiless forum page for its list to
 * be kept: a list is several items (three, as item-titles.ts ITEM_TITLE_MIN_ITEMS counts a list's
 * titles). A page that is only a menu ("Home About Contact" in one segment, or a lone "Sitemap"
 * line), typed forum by a model with nothing else to read, has no list to give back: without this
 * bound its one menu segment became body (tests/options.test.ts, a user navigation rule's page,
 * caught it in CI, session 44). The notice list it came from has fifteen.
 */
export const BODILESS_LIST_MIN_ITEMS = 3;

/** Whether the list promotion (before -> after) made at least BODILESS_LIST_MIN_ITEMS segments body. */
export function promotedEnough(before: readonly LabelledSegment[], after: readonly LabelledSegment[]): boolean {
  let promoted = 0;
  after.forEach((s, i) => {
    if (s.label === 'body' && before[i]?.label !== 'body') promoted++;
  });
  return promoted >= BODILESS_LIST_MIN_ITEMS;
}
