import { classifySegments, type LabelledSegment } from '../../src/classify/classify.js';
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
