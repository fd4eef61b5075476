import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * A file of data/ (a model, fitted weights, a cue list) checked against its schema: the data, or
 * an error naming the file, what it should have been and every field at fault.
 */
export function parseDataFile<T extends z.ZodType>(schema: T, json: unknown, path: string, what: string): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: not ${what}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** A JSON file of data/ read and checked against its schema (parseDataFile). */
export function readDataFile<T extends z.ZodType>(schema: T, path: string, what: string): z.infer<T> {
  return parseDataFile(schema, JSON.parse(readFileSync(path, 'utf8')), path, what);
}

/** Whether `source` compiles as a regular expression with `flags`; an error other than a SyntaxError is a bug and is thrown. */
function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch (error) {
    if (error instanceof SyntaxError) return false;
    throw error;
  }
}

/** A regular expression written in a data file: a non-empty source that compiles with `flags`. */
export function regexSourceSchema(flags: string): z.ZodType<string> {
  return z.string().min(1).refine((source) => compiles(source, flags), 'not a valid regular expression');
}

/**
 * Why a file could not be read, without the path Node repeats in its message ("ENOENT: no such
 * file or directory, open 'x'" → "no such file or directory"): the caller's error names the file.
 */
export function readFailure(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  return /^[A-Z]+: ([^,]+),/.exec(message)?.[1] ?? message;
}
