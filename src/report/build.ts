import type { LabelledSegment } from '../classify/classify.js';
import type { Verdict } from '../classify/verdict.js';
import type { DecodedInput } from '../decode/input.js';
import type { FeatureSpace } from '../features/feature-set.js';
import type { RuleHit } from '../rules/engine.js';
import type { PageTypeResult } from '../pagetype/model.js';
import type { SegmentedPage } from '../segment/block.js';
import { REPORT_VERSION, type Report, type Segment } from './schema.js';
import { roundScore } from '../rules/round-score.js';

type ReportHit = Segment['hits'][number];

/**
 * One report hit per internal hit object: rule hits are shared per rule (rules/engine.ts), so a
 * report holds a few dozen distinct, frozen hit objects instead of one per segment and rule. A
 * report's JSON is the same; its hit objects must not be changed (they are frozen).
 */
const reportHits = new WeakMap<RuleHit, ReportHit>();

function reportHit(hit: RuleHit): ReportHit {
  let out = reportHits.get(hit);
  if (!out) {
    const { rule, label, score, description, category, page, tokens } = hit;
    out = Object.freeze({ rule, label, score, description, ...(category ? { category } : {}), ...(page ? { scope: 'page' as const } : {}), ...(tokens ? { tokens: [...tokens] } : {}) });
    reportHits.set(hit, out);
  }
  return out;
}

/** `space` is given when the caller asked for feature values in the report. */
export function buildSegment(segment: LabelledSegment, space: FeatureSpace | undefined): Segment {
  const { block } = segment;
  return {
    text: block.text,
    label: segment.label,
    scores: { body: roundScore(segment.scores.body), navigation: roundScore(segment.scores.navigation), spam: roundScore(segment.scores.spam) },
    hits: segment.hits.map(reportHit),
    source: { kind: block.kind, start: block.start, end: block.end, ...(block.path ? { path: block.path } : {}) },
    terms: segment.lexiconHits.map((h) => ({ term: block.text.slice(h.start, h.end), category: h.category, start: h.start, end: h.end })),
    ...(block.list ? { items: block.list.items } : {}),
    ...(space ? { features: space.toRecord(segment.features) } : {}),
  };
}

export function buildReport(input: DecodedInput, page: SegmentedPage, segments: readonly LabelledSegment[], verdict: Verdict, pageType: PageTypeResult, space: FeatureSpace | undefined): Report {
  return {
    version: REPORT_VERSION,
    input: {
      kind: input.kind,
      ...(input.charset ? { charset: input.charset } : {}),
      size: input.size,
      truncated: input.truncated,
      ...(input.url !== undefined ? { url: input.url } : {}),
    },
    ...(page.title !== undefined ? { title: page.title } : {}),
    segments: segments.map((s) => buildSegment(s, space)),
    verdict,
    pageType,
    warnings: input.warnings,
  };
}
