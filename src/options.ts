import { z } from 'zod';
import { LEXICON_EVIDENCE, LEXICON_LABELS } from './lexicon/parse.js';
import { ruleSchema } from './rules/schema.js';
import { knownKeysError } from './known-keys.js';

/** Inputs larger than this are cut (with a `truncated` warning): 10 MiB, about 20× the largest page of the development corpus. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** The largest `maxBytes` a caller may ask for (jieba's memory grows with input; DESIGN §5). */
export const MAX_MAX_BYTES = 512 * 1024 * 1024;

export const inlineLexiconSchema = z.strictObject({
  category: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and "-"').refine((c) => !c.startsWith('any-'), '"any-" is reserved'),
  label: z.enum(LEXICON_LABELS),
  evidence: z.enum(LEXICON_EVIDENCE).default('phrase').describe('phrase: one hit marks a phrase (a spam term inside text may be cut out as injected); segment: only rules over the segment read the hits'),
  description: z.string().min(1).default('user lexicon'),
  terms: z.array(z.string().trim().min(1)).min(1),
}, { error: knownKeysError("a lexicon's keys") });

export const optionsSchema = z.strictObject({
  spamThreshold: z.number().positive().finite().optional().describe('page verdict: spam when the summed spam score of spam segments reaches this; default: the threshold chosen from data (data/weights/spam.json), else DEFAULT_PAGE_SPAM_THRESHOLD'),
  maxBytes: z.int().positive().max(MAX_MAX_BYTES).default(DEFAULT_MAX_BYTES).describe('inputs are cut to this many bytes (strings: UTF-16 units) with a warning'),
  includeFeatures: z.boolean().default(false).describe('add each segment\'s feature values to the report'),
  rules: z.array(ruleSchema).default([]).describe('extra rules, same shape as data/rules/*.json entries'),
  ruleFiles: z.array(z.string().min(1)).default([]).describe('paths of extra rule files ({ "rules": [...] })'),
  disableRules: z.array(z.string().min(1)).default([]).describe('ids of built-in or extra rules to switch off'),
  lexicons: z.array(inlineLexiconSchema).default([]).describe('extra lexicons given inline'),
  lexiconFiles: z.array(z.string().min(1)).default([]).describe('paths of extra lexicon files (data/lexicons format)'),
}, { error: knownKeysError('options') });

export type SifterOptionsInput = z.input<typeof optionsSchema>;
export type SifterOptions = z.output<typeof optionsSchema>;

/** Bad options: the message lists every problem with the path of the field. */
export class PagesiftOptionsError extends Error {
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    super(`invalid pagesift options: ${issues.map((i) => `${i.path.length ? i.path.join('.') : '(options)'}: ${i.message}`).join('; ')}`);
    this.name = 'PagesiftOptionsError';
  }
}

/**
 * Options → their parsed form. Only a missing argument (`undefined`) means "no options": `null` is
 * rejected as a string or an array is, as the schema (an object), the typed API (`options?:`) and
 * `createPool` (which parses the same schema) all say.
 */
export function parseOptions(options: unknown): SifterOptions {
  const parsed = optionsSchema.safeParse(options === undefined ? {} : options);
  if (!parsed.success) throw new PagesiftOptionsError(parsed.error.issues);
  return parsed.data;
}
