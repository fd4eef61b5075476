import { z } from 'zod';
import { knownKeysError } from '../known-keys.js';

/**
 * Rules are data (data/rules/NN_family.json): a name, a description, the label they support, a
 * score, and a condition over segment features. Scores add up per label (SpamAssassin style).
 */

export const LABELS = ['body', 'navigation', 'spam'] as const;
export const labelSchema = z.enum(LABELS);
export type Label = z.infer<typeof labelSchema>;

const comparison = {
  feature: z.string().min(1).describe('feature name, see src/features/feature-set.ts'),
  gte: z.number().optional(),
  gt: z.number().optional(),
  lte: z.number().optional(),
  lt: z.number().optional(),
  eq: z.number().optional(),
};

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { feature: string; gte?: number | undefined; gt?: number | undefined; lte?: number | undefined; lt?: number | undefined; eq?: number | undefined };

/**
 * What a condition may be, for the message of one that is none of them (zod's own for a union that
 * no branch matches is "Invalid input": `when: { "feature": "words", "gte": "1" }` or `when: "words > 1"`
 * said nothing more, session-32 audit). Where one branch comes close (a misspelt comparison), zod
 * reports that branch's issues instead.
 */
export const CONDITION_SHAPES = 'a condition is { "feature": NAME, and "gte", "gt", "lte", "lt" and/or "eq": a number }, { "all": [conditions] }, { "any": [conditions] } or { "not": condition }';

/** The message of an `all`, `any` or `not` condition given a key it does not take. */
const oneKey = knownKeysError('a condition takes one key');

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ all: z.array(conditionSchema).min(1) }, { error: oneKey }),
      z.strictObject({ any: z.array(conditionSchema).min(1) }, { error: oneKey }),
      z.strictObject({ not: conditionSchema }, { error: oneKey }),
      z
        .strictObject(comparison, { error: knownKeysError("a comparison's keys") })
        .refine((c) => ['gte', 'gt', 'lte', 'lt', 'eq'].some((k) => k in c), {
          message: 'a feature comparison needs at least one of gte, gt, lte, lt, eq',
        }),
    ],
    { error: CONDITION_SHAPES },
  ),
);

/** A word, a dot, then words joined by dots or hyphens: "spam.keyword-title". One separator class and no nested quantifier, so it runs in linear time without deep backtracking . */
/** Longest rule id; the longest shipped id is under 40 characters. */
export const MAX_RULE_ID_CHARS = 128;
export const RULE_ID_PATTERN = /^[a-z]+\.[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export const ruleSchema = z.strictObject({
  id: z
    .string()
    .max(MAX_RULE_ID_CHARS, `rule id: at most ${MAX_RULE_ID_CHARS} characters`)
    // the pattern runs only on ids of sane length: V8's backtracking stack overflows on a
    // 10 M-character id even with this linear pattern (RangeError)
    .refine((id) => id.length > MAX_RULE_ID_CHARS || RULE_ID_PATTERN.test(id), 'rule id: dotted lower-case words, e.g. "spam.keyword-title"'),
  description: z.string().min(10, 'say what the rule catches and why (at least 10 characters)'),
  label: labelSchema,
  score: z.number().finite(),
  category: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional()
    .describe('verdict category this rule adds when it fires on a spam segment'),
  scope: z
    .enum(['segment', 'page'])
    .optional()
    .describe('segment (default): the score counts for the segment\'s label; page: the hit is listed on the segment but its score goes to the page verdict only (a page-level trace such as a parasite marker)'),
  anchor: z
    .boolean()
    .optional()
    .describe('a hit marks the segment as part of the article wherever it sits (headline, byline): it is exempt from the outside-main-content demotion'),
  template: z
    .boolean()
    .optional()
    .describe('a spam rule that fires on the phrases of a template that writes whole pages (a scraped-search page, a website-stats profile, an affiliate autoblog): when it fires, every segment of the page not labelled navigation is spam, part of the generated page (classify/template-page.ts)'),
  explain: z
    .enum(['bayes-tokens'])
    .optional()
    .describe('bayes-tokens: the hit lists the segment\'s most spam-like tokens under the Bayes model'),
  when: conditionSchema,
}, { error: knownKeysError("a rule's keys") });
export type Rule = z.infer<typeof ruleSchema>;

export const ruleFileSchema = z.strictObject({
  $comment: z.string().optional(),
  rules: z.array(ruleSchema),
}, { error: knownKeysError("a rule file's keys") });
