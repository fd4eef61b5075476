import { z } from 'zod';
import { PAGE_TYPES } from '../pagetype/model.js';
import { labelSchema } from '../rules/schema.js';
import { WARNING_CODES } from './warning.js';

/** The report's shape, as zod schemas (the source of the exported types and of the JSON Schema). */

/**
 * 2 (December 2026): `source.kind` may be `inline` (a phrase spliced into a segment, cut out as a spam segment) and hits may carry `tokens` (their evidence).
 * 3 (December 2026): `pageType` (article, forum, listing, product, other) with the page features that decided it.
 */
export const REPORT_VERSION = 3;

export const scoresSchema = z.strictObject({ body: z.number(), navigation: z.number(), spam: z.number() });

export const hitSchema = z.strictObject({
  rule: z.string(),
  label: labelSchema,
  score: z.number(),
  description: z.string(),
  category: z.string().optional(),
  /** "page" for a page-scope hit: its score counts for the verdict, not for this segment's label. */
  scope: z.literal('page').optional(),
  /** The evidence of a per-segment hit: for spam.bayes-* the tokens that weighed most, for spam.inline the injected phrase's signals. */
  tokens: z.array(z.string()).optional(),
});

export const sourceSchema = z.strictObject({
  kind: z.enum(['title', 'script-title', 'meta-description', 'meta-keywords', 'heading', 'block', 'line', 'list', 'table', 'inline']),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  path: z.string().optional(),
});

export const segmentSchema = z.strictObject({
  text: z.string(),
  label: labelSchema,
  scores: scoresSchema,
  hits: z.array(hitSchema),
  source: sourceSchema,
  /** Lexicon terms that hit, with offsets into `text`. */
  terms: z.array(z.strictObject({ term: z.string(), category: z.string(), start: z.int(), end: z.int() })),
  /** List items when the segment is a list. */
  items: z.array(z.string()).optional(),
  features: z.record(z.string(), z.number()).optional(),
});

export const verdictSchema = z.strictObject({
  spam: z.boolean(),
  score: z.number(),
  threshold: z.number(),
  categories: z.array(z.string()),
});

export const pageTypeSchema = z.strictObject({
  type: z.enum(PAGE_TYPES),
  /** The page features that pushed this type most above an average page (fitted weight × distance from the training mean). */
  hits: z.array(z.strictObject({ rule: z.string(), score: z.number(), description: z.string() })),
});

export const warningSchema = z.strictObject({ code: z.enum(WARNING_CODES), message: z.string() });

export const reportSchema = z.strictObject({
  version: z.literal(REPORT_VERSION),
  input: z.strictObject({
    kind: z.enum(['html', 'text']),
    charset: z.string().optional(),
    size: z.int().nonnegative(),
    truncated: z.boolean(),
    url: z.string().optional(),
  }),
  title: z.string().optional(),
  segments: z.array(segmentSchema),
  verdict: verdictSchema,
  pageType: pageTypeSchema,
  warnings: z.array(warningSchema),
});

export type Report = z.infer<typeof reportSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Hit = z.infer<typeof hitSchema>;
export type ReportVerdict = z.infer<typeof verdictSchema>;
export type ReportPageType = z.infer<typeof pageTypeSchema>;

/**
 * A line of the CLI's `json`/`jsonl` output: the report with the key it was read under put first —
 * `file` (the path as given, `(stdin)` for `-`) or `id` (a --jsonl record's id as a string, or
 * FILE:LINE for a record without one). reportSchema refuses those keys, being strict; this takes the
 * line whole (the session-33 audit found users stripping the key by hand to validate).
 */
export const cliLineSchema = z.union([reportSchema.extend({ file: z.string() }), reportSchema.extend({ id: z.string() })]);
export type CliLine = z.infer<typeof cliLineSchema>;

/** The report's JSON Schema (draft 2020-12), generated from the zod schema. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportSchema) as Record<string, unknown>;
}
