import type { z } from 'zod';

/**
 * A file of data/ (a model, fitted weights, a cue list) checked against its schema: the data, or
 * an error naming the file, what it should have been and every field at fault.
 */
export function parseDataFile<T extends z.ZodType>(schema: T, json: unknown, path: string, what: string): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: not ${what}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return parsed.data;
}
