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

/**
 * Why a file could not be read, without the path Node repeats in its message ("ENOENT: no such
 * file or directory, open 'x'" → "no such file or directory"): the caller's error names the file.
 */
export function readFailure(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  return /^[A-Z]+: ([^,]+),/.exec(message)?.[1] ?? message;
}
