import { visible } from '../report/format.js';

/**
 * One message line on standard error, its control characters made visible (report/format.ts's
 * `visible`: ESC, BEL, NUL… as `\xHH`, a line break as a space). Messages name files, JSONL ids
 * and job ids, and quote JSON that failed to parse: data from a crawl, which must not drive the
 * terminal (a file named `missing\e[2J.html` cleared the screen, session-31 audit), as the text
 * output already made sure for reports.
 */
export function writeStderrLine(line: string): void {
  process.stderr.write(`${visible(line)}\n`);
}
