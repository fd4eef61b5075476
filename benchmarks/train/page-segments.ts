/**
 * A page run through sift()'s own stages up to the features (src/pipeline.ts analysePage: decode →
 * segment → merge → features), for fits that need the segments as the classifier sees them, with a
 * chosen Bayes model. No copy of the stages: the copy this file held had drifted (mergeBlocks
 * without the card-action verbs, resources.cardActions).
 */
import { classifySegments, type LabelledSegment } from '../../src/classify/classify.js';
import type { SiftInput } from '../../src/decode/input.js';
import type { AnalyzedSegment } from '../../src/features/extract.js';
import { parseOptions, type SifterOptions } from '../../src/options.js';
import { analysePage } from '../../src/pipeline.js';
import type { Resources } from '../../src/resources.js';

/** sift()'s options as createSifter() has them by default (the input cut at DEFAULT_MAX_BYTES). */
const SIFT_OPTIONS: SifterOptions = parseOptions({});

export function pageSegments(resources: Resources, input: SiftInput): AnalyzedSegment[] {
  return analysePage(resources, SIFT_OPTIONS, input).analyzed;
}

/** The same, classified (rules and page-level passes), as the doorway stage receives them. */
export function classifiedSegments(resources: Resources, input: SiftInput): LabelledSegment[] {
  return classifySegments(pageSegments(resources, input), resources.rules, resources.space);
}
