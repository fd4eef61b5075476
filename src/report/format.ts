import type { Report, Segment } from './schema.js';

/** Human-readable report for the CLI's `--format text` (the library itself prints nothing). */

export interface TextFormatOptions {
  color: boolean;
  /** Segment text is cut to this many terminal columns. */
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

/** C0 and C1 control characters and DEL: a page's text must not drive the terminal it is shown on. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text from a page (or a file name) made safe to print: tabs and line breaks become spaces, any
 * other control character (ESC of a colour or title sequence, BEL, NUL…) is written as a visible
 * `\xHH` escape instead of being sent to the terminal raw.
 */
export function visible(text: string): string {
  return text.replace(CONTROL, (ch) => (ch === '\t' || ch === '\n' || ch === '\r' ? ' ' : `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** Terminal columns of a character: East Asian wide and full-width characters take two. */
function columns(ch: string): number {
  const c = ch.codePointAt(0)!;
  const wide =
    (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000;
  return wide ? 2 : 1;
}

/** Cut `text` to at most `width` terminal columns, marking the cut with an ellipsis. */
function cut(text: string, width: number): string {
  let used = 0;
  let out = '';
  for (const ch of text) {
    const w = columns(ch);
    if (used + w > width - 1) return `${out}…`;
    out += ch;
    used += w;
  }
  return out;
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
  lines.push(`${paint(visible(name), ANSI.bold, color)}: ${verdict}`);
  for (const warning of report.warnings) lines.push(paint(`  warning ${warning.code}: ${visible(warning.message)}`, ANSI.dim, color));
  for (const segment of report.segments) {
    const tag = paint(LABEL_TAG[segment.label], LABEL_COLOR[segment.label], color);
    const reasons = topReasons(segment, options.reasons);
    lines.push(`  ${tag} ${cut(visible(segment.text), options.width)}`);
    if (reasons.length > 0) lines.push(paint(`       ${visible(reasons.join(', '))}`, ANSI.dim, color));
  }
  return `${lines.join('\n')}\n`;
}
