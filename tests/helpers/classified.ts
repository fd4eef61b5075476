import { classifySegments, type LabelledSegment } from '../../src/classify/classify.js';
import { promoteListingItems } from '../../src/classify/late-promotions.js';
import { LISTING_ITEM_HIT, LISTING_MIN_MARGIN } from '../../src/classify/listing.js';
import { decodeInput } from '../../src/decode/input.js';
import { extractFeatures } from '../../src/features/extract.js';
import { DEFAULT_MAX_BYTES } from '../../src/options.js';
import type { Resources } from '../../src/resources.js';
import { mergeBlocks } from '../../src/segment/merge.js';
import { segmentPage } from '../../src/segment/page.js';

/** An HTML page through the pipeline up to the segment classifier (no page-level promotions): what the listing passes start from. */
export function classifiedHtml(html: string, resources: Resources): LabelledSegment[] {
  const page = segmentPage(decodeInput({ html }, DEFAULT_MAX_BYTES));
  return classifySegments(extractFeatures(page, mergeBlocks(page.blocks, resources.cardActions), resources), resources.rules, resources.space);
}

/** The texts the listing promotion makes body on a page called a clear listing (its margin at LISTING_MIN_MARGIN). */
export function listingPromotedTexts(html: string, resources: Resources): string[] {
  return promoteListingItems(classifiedHtml(html, resources), resources.space, LISTING_MIN_MARGIN)
    .filter((s) => s.hits.includes(LISTING_ITEM_HIT))
    .map((s) => s.block.text);
}
