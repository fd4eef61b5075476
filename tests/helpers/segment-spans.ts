import type { Report } from '../../src/index.js';

/** A segment's span as the scripts' segments carry it: start, end and text of its block. */
export type Span = [number, number, string];

/** The spans of segments that carry their block (the fit and training scripts' segments). */
export function blockSpans(segments: readonly { block: { start: number; end: number; text: string } }[]): Span[] {
  return segments.map((s) => [s.block.start, s.block.end, s.block.text]);
}

/** The spans of a report's segments, to compare with blockSpans. */
export function reportSpans(report: Report): Span[] {
  return report.segments.map((s) => [s.source.start, s.source.end, s.text]);
}
