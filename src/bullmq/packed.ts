import { z } from 'zod';
import { labelSchema } from '../rules/schema.js';
import { hitSchema, reportSchema, segmentSchema, type Hit, type Report, type Segment } from '../report/schema.js';

/**
 * A report in packed form: the report as `sift()` gives it, except that what every hit of a rule
 * repeats (its label, score, description, category, scope) is stated once, in `rules` under the
 * rule's id, and each hit keeps its `rule` and only what differs from that entry (its `tokens`,
 * and e.g. the second description of a rule that has two). `unpackReport` gives back the report
 * exactly (the same JSON, key for key). Everything else (verdict, pageType, title, each segment's
 * text, label, scores, source, terms) is where it is in a report, so a consumer that reads only
 * those reads a packed report as it would the report.
 *
 * Why: on the corpus's readability pages a report is ~110 KB of JSON and a third of it is hit
 * descriptions, the same few dozen strings again in every segment; a worker returning reports
 * spent its time outside sift() mostly on that JSON (BullMQ 6.7 stringifies a job's return value
 * twice, ioredis measured it three times until finish-command.ts sent it as bytes, then it is
 * written to Redis and stored).
 */

/** The packed form's own version (the report's is `version`); a change of the packing bumps it. */
export const PACKED_VERSION = 1;

/** The fields of a hit, in the report's order (build.ts writes them in the schema's order). */
const HIT_KEYS = Object.keys(hitSchema.shape) as (keyof Hit)[];
/** The fields a rule's entry in `rules` holds: all but the rule id and the per-hit evidence. */
const RULE_KEYS = HIT_KEYS.filter((k) => k !== 'rule' && k !== 'tokens');

export const packedRuleSchema = hitSchema.omit({ rule: true, tokens: true }).describe("what a rule's hits have in common: the first hit of the rule in the report, without its rule id and tokens");

export const packedHitSchema = z
  .strictObject({
    rule: z.string().describe("the rule's id: its entry in `rules` holds the rest of the hit"),
    label: labelSchema.optional(),
    score: z.number().optional(),
    description: z.string().optional(),
    category: z.string().nullable().optional(),
    scope: z.literal('page').nullable().optional(),
    tokens: z.array(z.string()).optional(),
  })
  .describe("a hit: `rule`, `tokens` if it has any, and each field whose value differs from the rule's entry (null: this hit has no such field though the entry has one)");

export const packedSegmentSchema = segmentSchema.extend({ hits: z.array(packedHitSchema) });

export const packedReportSchema = reportSchema.extend({
  segments: z.array(packedSegmentSchema),
  packed: z.literal(PACKED_VERSION).describe('marks the packed form (and its version); unpackReport restores the report'),
  rules: z.record(z.string(), packedRuleSchema).describe('per rule id, what its hits have in common'),
});

export type PackedRule = z.infer<typeof packedRuleSchema>;
export type PackedHit = z.infer<typeof packedHitSchema>;
export type PackedSegment = z.infer<typeof packedSegmentSchema>;
export type PackedReport = z.infer<typeof packedReportSchema>;

/** The packed form's JSON Schema (draft 2020-12), for consumers in other languages. */
export function packedReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(packedReportSchema) as Record<string, unknown>;
}

type Fields = Record<string, unknown>;

/** The report in packed form (see PackedReport). The report is not changed. */
export function packReport(report: Report): PackedReport {
  const rules = new Map<string, Fields>();
  // sift() shares one frozen hit object among the segments a rule hit (report/build.ts): pack each once
  const packedHits = new Map<Hit, PackedHit>();
  const packHit = (hit: Hit): PackedHit => {
    let packed = packedHits.get(hit);
    if (!packed) {
      packed = packNewHit(hit);
      packedHits.set(hit, packed);
    }
    return packed;
  };
  const packNewHit = (hit: Hit): PackedHit => {
    const fields = hit as unknown as Fields;
    let entry = rules.get(hit.rule);
    if (!entry) {
      entry = {};
      for (const k of RULE_KEYS) if (fields[k] !== undefined) entry[k] = fields[k];
      rules.set(hit.rule, entry);
    }
    const out: Fields = { rule: hit.rule };
    for (const k of RULE_KEYS) if (fields[k] !== entry[k]) out[k] = fields[k] ?? null;
    if (hit.tokens !== undefined) out['tokens'] = hit.tokens;
    return out as PackedHit;
  };
  const segments = report.segments.map((segment) => ({ ...segment, hits: segment.hits.map(packHit) }));
  // Object.fromEntries defines own keys (a rule id "__proto__" stays a key, not a prototype)
  return { ...report, segments, packed: PACKED_VERSION, rules: Object.fromEntries(rules) as Record<string, PackedRule> };
}

/** The report a packed report was made from, exactly (`JSON.stringify` gives the same text). Throws if a hit names a rule missing from `rules`. */
export function unpackReport(packed: PackedReport): Report {
  const { packed: _version, rules, segments, ...rest } = packed;
  const unpackHit = (hit: PackedHit): Hit => {
    if (!Object.hasOwn(rules, hit.rule)) throw new Error(`pagesift: packed report: hit of rule ${JSON.stringify(hit.rule)}, which is not in its rules`);
    const entry = rules[hit.rule] as Fields;
    const fields = hit as Fields;
    const out: Fields = {};
    for (const k of HIT_KEYS) {
      const value = Object.hasOwn(fields, k) ? fields[k] : entry[k];
      if (value !== undefined && value !== null) out[k] = value;
    }
    return out as Hit;
  };
  const restored: Segment[] = segments.map((segment) => ({ ...segment, hits: segment.hits.map(unpackHit) }));
  // the report's keys in their order: `segments` goes back between title and verdict
  const report: Fields = {};
  for (const k of Object.keys(reportSchema.shape)) {
    if (k === 'segments') report[k] = restored;
    else if (Object.hasOwn(rest, k)) report[k] = (rest as Fields)[k];
  }
  return report as Report;
}
