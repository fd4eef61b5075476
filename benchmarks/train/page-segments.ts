/**
 * A page run through sift()'s stages up to the features (decode → segment → features), for fits
 * that need the segments as the classifier sees them, with a chosen Bayes model.
 */
import { classifySegments, type LabelledSegment } from '../../src/classify/classify.js';
import { decodeInput, type SiftInput } from '../../src/decode/input.js';
import { extractFeatures, type AnalyzedSegment } from '../../src/features/extract.js';
import type { Resources } from '../../src/resources.js';
import { segmentPage } from '../../src/segment/page.js';
import { capSegments, mergeBlocks } from '../../src/segment/merge.js';
import { DEFAULT_MAX_BYTES } from '../../src/options.js';

export function pageSegments(resources: Resources, input: SiftInput): AnalyzedSegment[] {
  const decoded = decodeInput(input, DEFAULT_MAX_BYTES);
  const page = segmentPage(decoded);
  const { blocks } = capSegments(mergeBlocks(page.blocks), undefined, decoded.kind === 'text' ? decoded.text : undefined);
  return extractFeatures(page, blocks, resources);
}

/** The same, classified (rules and page-level passes), as the doorway stage receives them. */
export function classifiedSegments(resources: Resources, input: SiftInput): LabelledSegment[] {
  return classifySegments(pageSegments(resources, input), resources.rules, resources.space);
}
