import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkNoJsonlPage, parseCliArgs, UsageError } from '../src/cli/args.js';
import { parseQueueArgs } from '../src/cli/queue-args.js';
import { runCli } from './helpers/cli-run.js';

/** What a demanding new user met at the command line (audit, session 31). */

const TMP = mkdtempSync(join(tmpdir(), 'pagesift-audit-31-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('a JSON-lines file named as a page', () => {
  it('is refused (exit 2, one line, nothing sifted): --jsonl takes one file, so the second of --jsonl a.jsonl b.jsonl was sifted as a text page', () => {
    const a = join(TMP, 'a.jsonl');
    const b = join(TMP, 'b.jsonl');
    writeFileSync(a, `${JSON.stringify({ id: 'a1', html: '<p>It will be sunny tomorrow, and warm.</p>' })}\n`);
    writeFileSync(b, `${JSON.stringify({ id: 'b1', html: '<p>Rain at noon, and wind after it.</p>' })}\n`);
    const refused = runCli(['-f', 'jsonl', '--jsonl', a, b]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`pagesift: ${b} is JSON lines, named as a page: read it with --jsonl ${b} (--jsonl takes one file: give it before each)\nTry 'pagesift --help'.\n`);
    const both = runCli(['-q', '-f', 'jsonl', '--jsonl', a, '--jsonl', b]);
    expect(both.status).toBe(0);
    expect(both.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['a1', 'b1']);
  });

  it.each([['pages.jsonl'], ['crawl/PAGES.JSONL'], ['x.ndjson'], ['crawl/*.jsonl']])('%s as a page is refused', (name) => {
    expect(() => checkNoJsonlPage(['a.html', name])).toThrow(UsageError);
    expect(() => parseCliArgs([name])).toThrow(`${name} is JSON lines`);
    expect(() => parseQueueArgs(['enqueue', '--queue', 'q', name])).toThrow(`${name} is JSON lines`);
  });

  it.each([['page.html'], ['notes.txt'], ['pages.jsonl.html'], ['data.json'], ['-']])('%s as a page is taken', (name) => {
    expect(() => checkNoJsonlPage([name])).not.toThrow();
    expect(parseCliArgs([name]).files).toEqual([name]);
  });
});

describe('control characters in what stderr says', () => {
  it("a file name's escape sequence is shown as \\xHH on stderr, as the text output shows it", () => {
    const missing = join(TMP, 'missing\u001b[2J.html');
    const { status, stderr } = runCli([missing]);
    expect(status).toBe(2);
    expect(stderr).toBe(`pagesift: ${join(TMP, 'missing\\x1b[2J.html')}: No such file or directory\n`);
    const empty = join(TMP, 'empty\u001b]0;title\u0007.html');
    writeFileSync(empty, '');
    expect(runCli([empty]).stderr).toBe(`pagesift: ${join(TMP, 'empty\\x1b]0;title\\x07.html')}: empty (0 bytes): nothing to sift, the report has no segments\n`);
  });

  it("a JSONL record's id, and a line that is not JSON, are shown with their control characters visible", () => {
    const jsonl = join(TMP, 'hostile.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ id: 'x\u001b[31m', bytes_b64: '!' })}\nnot json \u001b[2J\n${JSON.stringify({ id: 'fine', text: 'Rain at noon.' })}\n`);
    const { status, stdout, stderr } = runCli(['-q', '-f', 'jsonl', '--jsonl', jsonl]);
    expect(status).toBe(2);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(stderr).toContain(`pagesift: ${jsonl}:1 (id x\\x1b[31m): bytes_b64 is not base64`);
    expect(stderr).toContain('\\x1b[2J');
  });

  it('an unknown option with an escape in it is shown visible too', () => {
    const { status, stderr } = runCli(['--x\u001b[2J']);
    expect(status).toBe(2);
    expect(stderr).toBe("pagesift: unknown option '--x\\x1b[2J' (a file of that name: put it after --)\nTry 'pagesift --help'.\n");
  });
});
