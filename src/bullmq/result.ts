import { z } from 'zod';
import { segmentSchema, verdictSchema, type Report, type ReportVerdict, type Segment } from '../report/schema.js';
import { packReport, type PackedReport } from './packed.js';

/**
 * What a sift job returns (its BullMQ return value), in the form the worker's `result` option
 * names. No bullmq import here: the CLI checks `--result` without loading it.
 */

/** What a job returns with `result: 'compact'`: the page verdict and the spam segments only. */
export interface CompactResult {
  verdict: ReportVerdict;
  spamSegments: Segment[];
}

/**
 * The compact result's zod schema, as packedReportSchema and reportSchema are for the other two
 * forms: a consumer of `result: 'compact'` had only the TypeScript type to go by (the session-33
 * queue audit found no way to validate what the worker writes).
 */
export const compactResultSchema = z.strictObject({
  verdict: verdictSchema,
  spamSegments: z.array(segmentSchema.extend({ label: z.literal('spam') })).describe("the report's segments labelled spam, in page order"),
});

/** The compact result's JSON Schema (draft 2020-12), for consumers in other languages. */
export function compactResultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(compactResultSchema) as Record<string, unknown>;
}

export type SiftResult = PackedReport | Report | CompactResult;

/** `packed`: the report in packed form (packed.ts); `report`: the report itself; `compact`: CompactResult. */
export const SIFT_RESULT_FORMS = ['packed', 'report', 'compact'] as const;
export type SiftResultForm = (typeof SIFT_RESULT_FORMS)[number];

/**
 * The packed report by default. On the corpus's readability pages (~110 KB of report JSON, a
 * third of it hit descriptions) what BullMQ and ioredis do with a return value (JSON.stringify
 * twice, the command string, its bytes) took ~2.4 ms of the worker's thread a page for the whole
 * report and ~1.3 ms for the packed one (re-enacted in one process; benchmarks/RESULTS.md,
 * "Queue"), and Redis stores about half as much. It loses nothing: unpackReport gives the
 * report back exactly.
 */
export const DEFAULT_RESULT: SiftResultForm = 'packed';

export function compactResult(report: Report): CompactResult {
  return { verdict: report.verdict, spamSegments: report.segments.filter((s) => s.label === 'spam') };
}

const MAKERS: Readonly<Record<SiftResultForm, (report: Report) => SiftResult>> = { packed: packReport, report: (report) => report, compact: compactResult };

/** The function that turns a report into a job's return value of the given form. */
export function resultMaker(form: SiftResultForm): (report: Report) => SiftResult {
  return MAKERS[form];
}
