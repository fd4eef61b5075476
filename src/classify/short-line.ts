/**
 * What the short-line passes share (furniture-line.ts, subscribe-appeal.ts): a data file of named
 * regular expressions, and a test of a block's text, spaces collapsed and trimmed, against them
 * when it is no longer than the pass's bound. Every body block comes to these passes, so the bound
 * is tried before a collapsed copy of the text is made.
 */
import { z } from 'zod';
import { readDataFile, regexSourceSchema } from '../data-file.js';
import { isJsSpace } from '../segment/whitespace.js';

/** The flags every short-line pattern is compiled with (case-insensitive, unicode). */
const LINE_PATTERN_FLAGS = 'iu';

const fileSchema = z.object({ patterns: z.array(z.strictObject({ name: z.string().min(1), pattern: regexSourceSchema(LINE_PATTERN_FLAGS) })).min(1) });

/** The compiled patterns of a short-line data file (`{ patterns: [{ name, pattern }] }`); `what` names the file in errors. */
export function loadLinePatterns(path: string, what: string): readonly RegExp[] {
  const data = readDataFile(fileSchema, path, what);
  return data.patterns.map(({ pattern }) => new RegExp(pattern, LINE_PATTERN_FLAGS));
}

/** Whether `text` holds more than `max` characters that are not white space: collapsed and trimmed, it is still longer than `max`. */
export function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isJsSpace(text.charCodeAt(i)) && ++n > max) return true;
  return false;
}

/** Whether `text`, spaces collapsed and trimmed, is not empty, has at most `maxChars` characters, and one of `patterns` is found in it. */
export function matchesShortLine(text: string, patterns: readonly RegExp[], maxChars: number): boolean {
  if (longerThan(text, maxChars)) return false;
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line.length === 0 || line.length > maxChars) return false;
  return patterns.some((p) => p.test(line));
}
