/**
 * The families: one input shape each (deep nesting, a line with no break, a million separators, …)
 * or an input crafted against one regex of src/, sifted at sizes n, 2n, 4n, 8n. The table is split by
 * the part of the input it stresses (families/*.ts); FAMILIES keeps their order, which is the order of
 * the report's rows.
 */
import type { SiftInput, SifterOptionsInput } from '../../src/index.js';
import { BYTES_FAMILIES } from './families/bytes.js';
import { DIRECT_FAMILIES } from './families/direct.js';
import { HTML_FAMILIES } from './families/html.js';
import { REGEX_FAMILIES } from './families/regex.js';
import { TEXT_FAMILIES } from './families/text.js';

export type Group = 'html' | 'text' | 'bytes' | 'regex' | 'direct' | 'dependency';
export type DirectUse = 'test' | 'split' | 'replace';

export interface Family {
  id: string;
  group: Group;
  /** What the input is, for the table. */
  what: string;
  /** Base size n; sizes are n, 2n, 4n, 8n (times --scale). */
  n: number;
  make(n: number): SiftInput;
  /** Regexes this family is built against: `path/from/root.ts::/literal/flags` (or the `new RegExp(...)` text). */
  regexes?: string[];
  options?: SifterOptionsInput;
  /** Direct families run this regex (taken from the source) on the input instead of sift(). */
  direct?: { key: string; use: DirectUse };
  /** Dependency families run this instead of sift() (to attribute a cost to a dependency). */
  run?: (input: SiftInput) => void;
}

export const FAMILIES: Family[] = [...HTML_FAMILIES, ...TEXT_FAMILIES, ...BYTES_FAMILIES, ...REGEX_FAMILIES, ...DIRECT_FAMILIES];
