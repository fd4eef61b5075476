/** The library's report as the evaluation reads it (only what it uses), and the stand-ins for a page the library could not sift. */
import type { Truth } from './truth.js';

export const LABEL_BODY = 'body';
export const LABEL_SPAM = 'spam';

export type SiftInput = { bytes: Uint8Array } | { text: string };

interface SiftSegment {
  text: string;
  label: string;
}

export interface SiftReport {
  /** The charset pagesift decoded bytes with (absent for text input or an empty report). */
  input?: { charset?: unknown };
  segments: readonly SiftSegment[];
  /** The page type pagesift gave the page (absent in an oracle or empty report). */
  pageType?: { type?: unknown };
  verdict: { spam: boolean; score: number; categories: readonly string[] };
}

export interface Sifter {
  sift(input: SiftInput): SiftReport;
}

/** A sifter stand-in that answers with the gold labels (for --oracle). */
export function oracleReport(truth: Truth): SiftReport {
  const segments: SiftSegment[] = [];
  if (truth.body !== null) segments.push({ text: truth.body, label: LABEL_BODY });
  for (const region of truth.spam) segments.push({ text: region, label: LABEL_SPAM });
  return { segments, verdict: { spam: truth.pageSpam, score: truth.pageSpam ? 1 : 0, categories: [] } };
}

export const EMPTY_REPORT: SiftReport = { segments: [], verdict: { spam: false, score: 0, categories: [] } };

/** Throws when the value returned by sift() is not shaped like a report. */
export function checkReport(value: unknown): SiftReport {
  const fail = (what: string): never => {
    throw new Error(`malformed report: ${what}`);
  };
  if (typeof value !== 'object' || value === null) fail(`not an object (${typeof value})`);
  const r = value as { segments?: unknown; verdict?: unknown };
  if (!Array.isArray(r.segments)) fail('segments is not an array');
  for (const s of r.segments as unknown[]) {
    const seg = s as { text?: unknown; label?: unknown } | null;
    if (typeof seg?.text !== 'string' || typeof seg.label !== 'string') fail('segment without text/label');
  }
  const v = r.verdict as { spam?: unknown; score?: unknown; categories?: unknown } | undefined;
  if (typeof v?.spam !== 'boolean') fail('verdict.spam is not a boolean');
  return value as SiftReport;
}

