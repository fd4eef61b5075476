/**
 * What the short-line passes share (card-badge.ts, credit-line.ts, furniture-line.ts,
 * subscribe-appeal.ts, guest-appeal.ts, form-consent.ts; answer-list.ts for its headings): a data
 * file of named regular expressions, and a test of a block's text, spaces collapsed and trimmed,
 * against them when it is no longer than the pass's bound. Every body block comes to these passes,
 * so the bound is tried before a collapsed copy of the text is made. Each pass that turns such a
 * line into navigation is one `shortLineRule`: its file, its bound and its hit, declared in its own
 * module beside the measurements that chose them.
 */
import { z } from 'zod';
import { readDataFile, regexSourceSchema } from '../data-file.js';
import type { RuleHit } from '../rules/engine.js';
import { isJsSpace } from '../segment/whitespace.js';
import { relabelHit } from '../rules/relabel-hit.js';

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

/** What a short-line rule is made of (`shortLineRule`). */
export interface ShortLineSpec {
  /** The data file of its patterns (`{ patterns: [{ name, pattern }] }`). */
  readonly file: string;
  /** The longest line it takes, in characters, spaces collapsed and trimmed. */
  readonly maxChars: number;
  /** What the file is, for errors ("a list of credit-line patterns"). */
  readonly what: string;
  /** The hit's rule name (`context.…`). */
  readonly rule: string;
  /** The hit's description: what such a line is, and why it is not the page's content. */
  readonly description: string;
}

/** A late pass's test of a block: a line of its own, matched by the patterns of a data file, that becomes navigation. */
export interface ShortLineRule {
  /** The data file of its patterns. */
  readonly file: string;
  /** The longest line it takes, in characters, spaces collapsed and trimmed. */
  readonly maxChars: number;
  /** One frozen hit, shared by every block it is given to (rules/relabel-hit.ts). */
  readonly hit: RuleHit;
  /** The compiled patterns of `path` (its own file by default; case-insensitive, unicode). */
  load(path?: string): readonly RegExp[];
  /** Whether a block's text is such a line: not longer than `maxChars`, and one of `patterns` is found in it (trimmed, spaces collapsed). */
  matches(text: string, patterns: readonly RegExp[]): boolean;
}

/** A short-line rule from its file, bound and hit (see ShortLineSpec). */
export function shortLineRule(spec: ShortLineSpec): ShortLineRule {
  const hit: RuleHit = relabelHit(spec.rule, 'navigation', spec.description);
  return Object.freeze({
    file: spec.file,
    maxChars: spec.maxChars,
    hit,
    load: (path: string = spec.file) => loadLinePatterns(path, spec.what),
    matches: (text: string, patterns: readonly RegExp[]) => matchesShortLine(text, patterns, spec.maxChars),
  });
}
