/**
 * A page run through sift()'s own stages up to the features (src/pipeline.ts analysePage: decode →
 * segment → merge → features), for fits that need the segments as the classifier sees them, with a
 * chosen Bayes model: the spam fits (train, train:doorway, fit) and the body fits (fit:body's
 * segment and page-type steps). No copy of the stages: the copies this file and
 * benchmarks/fit/body-pages.ts held had drifted (mergeBlocks without the card-action verbs,
 * resources.cardActions).
 */
import { classifySegments, type LabelledSegment } from '../../src/classify/classify.js';
import type { SiftInput } from '../../src/decode/input.js';
import type { AnalyzedSegment } from '../../src/features/extract.js';
import { parseOptions, type SifterOptions } from '../../src/options.js';
import { analysePage, judgeSegments } from '../../src/pipeline.js';
import type { Resources } from '../../src/resources.js';
import type { SegmentedPage } from '../../src/segment/block.js';

/** sift()'s options as createSifter() has them by default (the input cut at DEFAULT_MAX_BYTES). */
const SIFT_OPTIONS: SifterOptions = parseOptions({});

export function pageSegments(resources: Resources, input: SiftInput): AnalyzedSegment[] {
  return analysePage(resources, SIFT_OPTIONS, input).analyzed;
}

/** The same, classified (rules and page-level passes), as the doorway stage receives them. */
export function classifiedSegments(resources: Resources, input: SiftInput): LabelledSegment[] {
  return classifySegments(pageSegments(resources, input), resources.rules, resources.space);
}

/**
 * A page through sift()'s stages up to the page type (src/pipeline.ts analysePage, judgeSegments:
 * classify, doorway, inline spam split): the page and the segments detectPageType reads.
 */
export function typedSegmentsOf(resources: Resources, input: SiftInput): { page: SegmentedPage; segments: LabelledSegment[] } {
  const analysed = analysePage(resources, SIFT_OPTIONS, input);
  return { page: analysed.page, segments: judgeSegments(resources, analysed).labelled };
}
