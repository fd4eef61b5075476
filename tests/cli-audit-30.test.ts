import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli-run.js';

/** What a demanding new user met at the command line (audit, session 30). */

const TMP = mkdtempSync(join(tmpdir(), 'pagesift-audit-30-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const EMPTY_LINE = 'empty (0 bytes): nothing to sift, the report has no segments';

describe('an empty page', () => {
  it('an empty file is sifted (clean, no segments, exit 0) and stderr says it was empty, as it says a file is binary', () => {
    const empty = join(TMP, 'empty.html');
    writeFileSync(empty, '');
    const { status, stdout, stderr } = runCli(['-f', 'json', empty]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { segments: unknown[]; verdict: { spam: boolean }; warnings: unknown[] };
    expect(report.segments).toEqual([]);
    expect(report.verdict.spam).toBe(false);
    expect(report.warnings).toEqual([]); // the report's format is unchanged: the warning is the CLI's
    expect(stderr).toBe(`pagesift: ${empty}: ${EMPTY_LINE}\n`);
  });

  it('empty standard input and empty JSONL pages are warned about too; a page of one byte, or blank lines, is not', () => {
    expect(runCli(['-'], '').stderr).toBe(`pagesift: (stdin): ${EMPTY_LINE}\n`);
    const jsonl = join(TMP, 'pages.jsonl');
    const records = [{ id: 'e-html', html: '' }, { id: 'e-text', text: '' }, { id: 'e-bytes', bytes_b64: '' }, { id: 'one', text: 'x' }, { id: 'blank', text: '\n\n' }];
    writeFileSync(jsonl, records.map((record) => JSON.stringify(record)).join('\n'));
    const { status, stdout, stderr } = runCli(['-q', '-f', 'jsonl', '--jsonl', jsonl]);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(5);
    expect(stderr.trim().split('\n')).toEqual(['e-html', 'e-text', 'e-bytes'].map((id) => `pagesift: ${id}: ${EMPTY_LINE}`));
    const one = join(TMP, 'one.txt');
    writeFileSync(one, 'x');
    expect(runCli([one]).stderr).toBe('');
  });
});
