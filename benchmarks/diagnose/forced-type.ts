/**
 * A page-type model that gives every page one type: the probe of the page type's errors that
 * late-passes.ts (--type-as) and type-oracle.ts sift the training pages with.
 */
import { PAGE_TYPES, type PageType, type PageTypeModel } from '../../src/pagetype/model.js';

/** How far the forced type's intercept is raised: far beyond any page's score difference. */
const FORCED_TYPE_LIFT = 1e6;

export function isPageType(value: string): value is PageType {
  return (PAGE_TYPES as readonly string[]).includes(value);
}

/**
 * The model with `type`'s intercept raised so far that every page gets that type. Forced to
 * listing, every page is also a clear listing call (listing-call.ts: its margin over article is
 * far above LISTING_MIN_MARGIN), so the list promotion runs as on the clearest listing.
 */
export function typedAs(model: PageTypeModel, type: PageType): PageTypeModel {
  const own = model.types[type];
  return { ...model, types: { ...model.types, [type]: { ...own, intercept: own.intercept + FORCED_TYPE_LIFT } } };
}
