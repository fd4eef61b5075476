/**
 * Corrected labels of development-corpus pages (benchmarks/labels/corrections.json): pages a
 * clean set's builders never labelled as spam that turned out to carry it when read. Every
 * evaluation and fit applies them; the corpus is not changed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const correctionSchema = z.strictObject({ set: z.string(), id: z.string(), pageSpam: z.boolean(), spam: z.array(z.string()), note: z.string().min(20) });
const fileSchema = z.strictObject({ $comment: z.string().optional(), corrections: z.array(correctionSchema) });
export type Correction = z.infer<typeof correctionSchema>;

const FILE = fileURLToPath(new URL('../labels/corrections.json', import.meta.url));

let cached: Map<string, Correction> | undefined;

export function corrections(): ReadonlyMap<string, Correction> {
  cached ??= new Map(fileSchema.parse(JSON.parse(readFileSync(FILE, 'utf8'))).corrections.map((c) => [`${c.set}/${c.id}`, c]));
  return cached;
}

/** The page's truth with its correction applied, if it has one. */
export function corrected<T extends { spam: string[]; pageSpam: boolean }>(set: string, id: string, truth: T): T {
  const correction = corrections().get(`${set}/${id}`);
  return correction === undefined ? truth : { ...truth, spam: correction.spam, pageSpam: correction.pageSpam };
}
