/**
 * The annotation format of `benchmarks/labels/hplt/*.jsonl` (see the README there) and its loader.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const SPAM_CATEGORIES = [
  'porn', 'gambling', 'lottery', 'pharma', 'medical', 'counterfeit', 'fake-certificate', 'loan',
  'dating', 'keyword-list', 'spun', 'stitched', 'gibberish', 'link-farm', 'other',
] as const;

export const poolLabelSchema = z.strictObject({
  file: z.string().regex(/^[a-z]{3}_[A-Za-z]{4}_batch\d+\.tsv$/),
  row: z.number().int().positive(),
  id: z.string().min(1),
  label: z.enum(['spam', 'clean', 'unsure']),
  categories: z.array(z.enum(SPAM_CATEGORIES)).default([]),
  doorway: z.boolean().default(false),
  spans: z.array(z.string().min(1)).default([]),
  note: z.string().default(''),
  by: z.string().default(''),
  checked: z.boolean().optional(),
});
export type PoolLabel = z.infer<typeof poolLabelSchema>;

/**
 * The lines of a JSONL annotation file, each checked against `schema`: the valid ones with their
 * 1-based line numbers, and one error a bad line (`line N: …`). Blank lines are skipped.
 */
export function readJsonl<S extends z.ZodType>(path: string, schema: S): { entries: { line: number; value: z.output<S> }[]; errors: string[] } {
  const entries: { line: number; value: z.output<S> }[] = [];
  const errors: string[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((text, index) => {
    if (text.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      errors.push(`line ${index + 1}: not JSON (${(error as Error).message})`);
      return;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) entries.push({ line: index + 1, value: parsed.data });
    else errors.push(`line ${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  });
  return { entries, errors };
}

export function loadLabels(path: string): { labels: PoolLabel[]; errors: string[] } {
  const { entries, errors } = readJsonl(path, poolLabelSchema);
  return { labels: entries.map((e) => e.value), errors };
}
