import type { Report, Segment } from './schema.js';

/** Human-readable report for the CLI's `--format text` (the library itself prints nothing). */

export interface TextFormatOptions {
  color: boolean;
  /** Segment text is cut to this many characters. */
  width: number;
  /** How many hits are shown as reasons. */
  reasons: number;
}

const ANSI = { reset: '\x1b[0m', dim: '\x1b[2m', bold: '\x1b[1m', red: '\x1b[31m', green: '\x1b[32m', blue: '\x1b[34m' };
const LABEL_COLOR: Record<Segment['label'], string> = { body: ANSI.green, navigation: ANSI.blue, spam: ANSI.red };
const LABEL_TAG: Record<Segment['label'], string> = { body: 'BODY', navigation: 'NAV ', spam: 'SPAM' };

function paint(text: string, code: string, color: boolean): string {
  return color ? `${code}${text}${ANSI.reset}` : text;
}

function cut(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

/** The hits that support the segment's label, strongest first (context decisions included). */
export function topReasons(segment: Segment, count: number): string[] {
  return segment.hits
    .filter((h) => h.label === segment.label)
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((h) => (h.score !== 0 ? `${h.rule} ${h.score > 0 ? '+' : ''}${h.score}` : h.rule));
}

export function formatText(report: Report, name: string, options: TextFormatOptions): string {
  const { color } = options;
  const lines: string[] = [];
  const verdict = report.verdict.spam
    ? paint(`SPAM (score ${report.verdict.score}, threshold ${report.verdict.threshold}; ${report.verdict.categories.join(', ') || 'no category'})`, ANSI.red + ANSI.bold, color)
    : paint(`clean (score ${report.verdict.score}, threshold ${report.verdict.threshold})`, ANSI.green, color);
  lines.push(`${paint(name, ANSI.bold, color)}: ${verdict}`);
  for (const warning of report.warnings) lines.push(paint(`  warning ${warning.code}: ${warning.message}`, ANSI.dim, color));
  for (const segment of report.segments) {
    const tag = paint(LABEL_TAG[segment.label], LABEL_COLOR[segment.label], color);
    const reasons = topReasons(segment, options.reasons);
    lines.push(`  ${tag} ${cut(segment.text, options.width)}`);
    if (reasons.length > 0) lines.push(paint(`       ${reasons.join(', ')}`, ANSI.dim, color));
  }
  return `${lines.join('\n')}\n`;
}
