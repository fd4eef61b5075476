import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli-run.js';

/** What a demanding new user met at the command line's edges and the API's input (audit, session 29). */

const TMP = mkdtempSync(join(tmpdir(), 'pagesift-audit-29-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const run = runCli;

describe('a directory with no page in it', () => {
  it('is an error line and exit 2, as a glob that matches nothing is (it used to give "0 page(s)" and exit 0)', () => {
    const empty = join(TMP, 'no-pages');
    mkdirSync(join(empty, 'sub'), { recursive: true });
    writeFileSync(join(empty, 'notes.md'), 'It will be sunny tomorrow.');
    const { status, stdout, stderr } = run([empty]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`pagesift: ${empty}: no .html, .htm, .xhtml or .txt file in this directory`);
    // a directory with pages, one of its subdirectories empty, is no error
    const full = join(TMP, 'pages');
    mkdirSync(join(full, 'empty-sub'), { recursive: true });
    writeFileSync(join(full, 'page.html'), '<p>It will be sunny tomorrow, and warm. The wind stays light all day.</p>');
    const ok = run(['-q', full]);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
  });
});

describe('a negative number given to a flag', () => {
  it.each([
    [['--jobs', '-1', 'page.html'], '--jobs must be a whole number from 1 to 256, got "-1"'],
    [['-j', '-2', 'page.html'], '--jobs must be a whole number from 1 to 256, got "-2"'],
    [['--spam-threshold', '-1', 'page.html'], '--spam-threshold needs a positive number, got "-1"'],
    [['--spam-threshold', '-.5', 'page.html'], '--spam-threshold needs a positive number, got "-.5"'],
    [['--max-bytes', '-5', 'page.html'], '--max-bytes must be a whole number from 1 to'],
    [['worker', '--queue', 'q', '--concurrency', '-2'], '--concurrency must be a whole number from 1 to'],
    [['worker', '--queue', 'q', '-c', '-2'], '--concurrency must be a whole number from 1 to'],
  ])('%j is refused by the flag\'s own range check (it used to be Node\'s three-line "argument is ambiguous")', (args, message) => {
    const { status, stdout, stderr } = run(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).not.toContain('ambiguous');
  });

  it('a file whose name starts with - after a flag that takes a value is still that flag\'s value (only numbers are joined)', () => {
    const { status, stderr } = run(['--format', '-x', 'page.html']);
    expect(status).toBe(2);
    expect(stderr).not.toContain('--format must be');
  });
});

describe('an unknown flag', () => {
  it.each([
    [['--bogus', 'page.html'], "pagesift: unknown option '--bogus' (a file of that name: put it after --)"],
    [['-x', 'page.html'], "pagesift: unknown option '-x' (a file of that name: put it after --)"],
    [['--colour', 'page.html'], "pagesift: unknown option '--colour' (a file of that name: put it after --)"],
    [['enqueue', '--queue', 'q', '--bogus'], "pagesift: enqueue: unknown option '--bogus' (a file of that name: put it after --)"],
    [['worker', '--queue', 'q', '--bogus'], "pagesift: worker: unknown option '--bogus'"],
  ])('%j gets one short line naming it and the help hint, exit 2 (Node\'s message ran on with an unbalanced quote)', (args, message) => {
    const { status, stdout, stderr } = run(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${message}\nTry 'pagesift --help'.\n`);
  });
});

describe('a --jsonl record whose bytes_b64 is not base64', () => {
  it.each([
    ['!!!notbase64'],
    ['PHA+aGk8L3A+ PHA+'], // a space inside
    ['PHA-aGk8L3A_'], // base64url
    ['PHA+aGk8L3A'], // cut short
  ])('%j is an error line for that record and exit 2, the other records still sifted (Node decoded it leniently into junk and called the page clean)', (b64) => {
    const good = Buffer.from('<p>It will be sunny tomorrow, and warm. The wind stays light all day.</p>').toString('base64');
    const input = `${JSON.stringify({ id: 'bad', bytes_b64: b64 })}\n${JSON.stringify({ id: 'good', bytes_b64: good })}\n`;
    const { status, stdout, stderr } = run(['-q', '-f', 'jsonl', '--jsonl', '-'], input);
    expect(status).toBe(2);
    expect(stderr).toBe('pagesift: (stdin):1 (id bad): bytes_b64 is not base64 (standard alphabet, padded to a multiple of 4)\n');
    const reports = stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string });
    expect(reports.map((r) => r.id)).toEqual(['good']);
  });
});
