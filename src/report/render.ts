import { formatText } from './format.js';
import type { Report } from './schema.js';

/**
 * A report as the CLI writes it: text for people, or JSON keyed by the page's file name or JSONL
 * id. Kept apart from the CLI so that pool workers can render too (`--jobs`): the calling thread
 * then only writes strings instead of rebuilding and serialising every report.
 */

export type OutputFormat = 'text' | 'json' | 'jsonl';

export interface RenderOptions {
  format: OutputFormat;
  color: boolean;
}

/** Where a page came from: a file path, `(stdin)`, or a JSONL record's id. */
export interface PageName {
  name: string;
  id?: string;
}

/** Terminal columns for segment text, and reasons shown per segment, in text output. */
export const TEXT_WIDTH = 100;
export const TEXT_REASONS = 2;

export function renderReport(report: Report, page: PageName, options: RenderOptions): string {
  const key = page.id !== undefined ? { id: page.id } : { file: page.name };
  switch (options.format) {
    case 'text':
      return formatText(report, page.name, { color: options.color, width: TEXT_WIDTH, reasons: TEXT_REASONS });
    case 'jsonl':
      return `${JSON.stringify({ ...key, ...report })}\n`;
    case 'json':
      return JSON.stringify({ ...key, ...report }, null, 2);
  }
}

/** A rendered report and what the CLI counts. */
export interface Rendered {
  text: string;
  spam: boolean;
}

export function rendered(report: Report, page: PageName, options: RenderOptions): Rendered {
  return { text: renderReport(report, page, options), spam: report.verdict.spam };
}
