import type { PageType, PageTypeScores } from '../pagetype/model.js';
import { listingMargin } from './listing.js';

/**
 * Which listing call the list promotion (late-promotions.ts `promoteListingItems`) runs with on a page
 * of each type. On a page typed listing it is the model's margin (`listingMargin`: a clear call
 * promotes the list whatever the page's body weighs). A page the model types otherwise can still
 * be a listing it got wrong — a blog's home page called an article, an events list called
 * `other` — and the page type comes from a model fitted on the training pages, so it is wrong
 * more often on pages it has not seen. On such a page the list is promoted only on the evidence
 * of the page itself: the list-to-body ratios of listing.ts (`isListingContent` without a clear
 * call: a list that weighs LISTING_MIN_LIST_TO_BODY times the page's body, or
 * LISTING_TITLED_MIN_LIST_TO_BODY times with linked titles). An article's own body outweighs its
 * "more from" lists far below those ratios.
 *
 * Not on a page typed forum: a thread's replies outside the posts' cue are the forum promotions'
 * (forum.ts, post-units.ts), and there a list region took a thread's side column (simulated on
 * wcxb-dev's training folds with page types cross-validated: forum 0.8667 -> 0.8650).
 * Except on a forum page its forum promotions left with no body at all: there the list is looked
 * for without a listing call after them (bodiless-forum.ts, src/pipeline.ts promoteByPageType).
 *
 * Measured on wcxb-dev's training folds (session 19, helper 60): with the shipped page-type model
 * no page of wcxb-dev's training folds, readability, l3s-gn1 or zh-gbk moves (every page typed
 * otherwise that the ratios would promote is typed listing already, the model having been fitted
 * on them). With page types cross-validated (each page typed by a model fitted without its fold,
 * as an unseen page is typed) listing 0.8223 -> 0.8378: a software blog's home page typed article
 * (0.28 -> 0.60) and an events list typed other (0.19 -> 0.85), no page down. l3s-gn1, whose
 * pages the page-type model is never fitted on, does not move either.
 */

/** The margin of a page with no listing call: only the list-to-body ratios of `isListingContent` can promote its list. */
export const NO_LISTING_CALL = Number.NEGATIVE_INFINITY;

/** The listing margin the list promotion runs with on a page of this type, or undefined when it does not run (a forum). */
export function listingCallMargin(type: PageType, scores: PageTypeScores | undefined): number | undefined {
  if (type === 'forum') return undefined;
  if (type === 'listing' && scores !== undefined) return listingMargin(scores);
  return NO_LISTING_CALL;
}
