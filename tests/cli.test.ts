import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli } from './helpers/cli-run.js';
import { JSONL_LINE_FACTOR, JSONL_LINE_SLACK } from '../src/cli/inputs.js';
import { reportSchema } from '../src/index.js';

const SEED_TXT = join(ROOT, 'data', 'samples', 'hijacked-news.txt');
const SEED_HTML = join(ROOT, 'data', 'samples', 'hijacked-news.html');
const TMP = mkdtempSync(join(tmpdir(), 'pagesift-cli-'));
const CLEAN = join(TMP, 'clean.html');
writeFileSync(CLEAN, '<html><head><title>Weather</title></head><body><nav><a href="/">Home</a></nav><p>It will be sunny tomorrow, and warm. The wind stays light all day.</p></body></html>');
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const run = runCli;

describe('pagesift CLI', () => {
  it('prints each segment with its label and reasons, without colour when not on a terminal', () => {
    const { status, stdout, stderr } = run([SEED_TXT]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/hijacked-news\.txt: SPAM \(score \d+/);
    expect(stdout).toMatch(/^ {2}SPAM 国产91精品/m);
    expect(stdout).toMatch(/^ {2}NAV {2}首頁 > 汽車測評/m);
    expect(stdout).toMatch(/^ {2}BODY 發布時間/m);
    expect(stdout).toMatch(/spam\.keyword-title \+\d/);
    expect(stdout).not.toContain('\x1b[');
  });

  it('writes one valid report per line with --format jsonl, in argument order', () => {
    const { status, stdout } = run(['--format', 'jsonl', SEED_TXT, SEED_HTML]);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const reports = lines.map((l) => JSON.parse(l) as { file: string } & Record<string, unknown>);
    expect(reports.map((r) => r.file)).toEqual([SEED_TXT, SEED_HTML]);
    for (const { file: _file, ...report } of reports) expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('reads standard input with -, and --format json gives one object (an array for several files)', () => {
    const one = run(['-f', 'json', '-'], readFileSync(SEED_HTML));
    expect(one.status).toBe(0);
    const report = JSON.parse(one.stdout) as { file: string; verdict: { spam: boolean } };
    expect(report.file).toBe('(stdin)');
    expect(report.verdict.spam).toBe(true);
    const many = run(['-f', 'json', SEED_TXT, CLEAN]);
    expect((JSON.parse(many.stdout) as unknown[]).length).toBe(2);
  });

  it('--fail-on-spam exits 1 on a spam page and 0 on a clean one', () => {
    expect(run(['--fail-on-spam', SEED_HTML]).status).toBe(1);
    expect(run(['--fail-on-spam', CLEAN]).status).toBe(0);
    expect(run([CLEAN]).status).toBe(0);
  });

  it('names a missing file on stderr, still processes the others, and exits 2', () => {
    const { status, stdout, stderr } = run(['-f', 'jsonl', join(TMP, 'missing.html'), CLEAN]);
    expect(status).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`pagesift: ${join(TMP, 'missing.html')}: No such file or directory`);
    expect(lines[1]).toMatch(/^pagesift: 1 page\(s\), 0 spam, 1 error\(s\), [\d.]+ pages\/s$/);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('rejects bad usage with one line and a hint, never a stack trace', () => {
    for (const args of [['--format', 'xml', CLEAN], ['--bogus', CLEAN], [], ['--spam-threshold', 'lots', CLEAN], ['--max-bytes', '-5', CLEAN]]) {
      const { status, stderr } = run(args);
      expect(status).toBe(2);
      expect(stderr).toMatch(/^pagesift: /);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reports a broken rule file in one line naming the file', () => {
    const bad = join(TMP, 'bad-rules.json');
    writeFileSync(bad, '{ "rules": [ { "id": "x.y", "description": "too", "label": "spam", "score": 1, "when": { "feature": "chars", "gte": 1 } } ] }');
    const { status, stderr } = run(['--rules', bad, CLEAN]);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(bad);
    expect(stderr).toContain('rules.0.description');
  });

  it('sifts a directory (page files only, sorted) and a glob, with a summary on stderr', () => {
    const dir = join(TMP, 'site');
    mkdirSync(join(dir, 'b'), { recursive: true });
    writeFileSync(join(dir, 'a.html'), readFileSync(CLEAN));
    writeFileSync(join(dir, 'b', 'c.txt'), 'Title\nA plain line of text that is long enough to be read as a sentence.');
    writeFileSync(join(dir, 'notes.md'), '# not a page');
    const fromDir = run(['-f', 'jsonl', dir]);
    expect(fromDir.status).toBe(0);
    expect(fromDir.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([join(dir, 'a.html'), join(dir, 'b', 'c.txt')]);
    expect(fromDir.stderr).toMatch(/^pagesift: 2 page\(s\), 0 spam, 0 error\(s\), [\d.]+ pages\/s\n$/);
    const fromGlob = run(['-f', 'jsonl', '--quiet', `${dir}/**/*.txt`]);
    expect(fromGlob.stderr).toBe('');
    expect(fromGlob.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reads JSONL records and writes reports with their ids, in input order, also with --jobs 2', () => {
    const records = [
      { id: 'seed', text: readFileSync(SEED_TXT, 'utf8') },
      { id: 7, html: readFileSync(CLEAN, 'utf8') },
      { id: 'gbk', bytes_b64: Buffer.from(readFileSync(SEED_HTML)).toString('base64') },
      { id: 'bad', html: 42 },
    ];
    const input = `${records.map((r) => JSON.stringify(r)).join('\n')}\nnot json\n`;
    const one = run(['-f', 'jsonl', '--jsonl', '-'], input);
    const two = run(['-f', 'jsonl', '--jsonl', '-', '--jobs', '2'], input);
    for (const result of [one, two]) {
      expect(result.status).toBe(2);
      const reports = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; verdict: { spam: boolean } });
      expect(reports.map((r) => r.id)).toEqual(['seed', '7', 'gbk']);
      expect(reports.map((r) => r.verdict.spam)).toEqual([true, false, true]);
      expect(result.stderr).toContain('pagesift: (stdin):4 (id bad): html must be a string');
      expect(result.stderr).toContain('pagesift: (stdin):5: not valid JSON');
      expect(result.stderr).toMatch(/3 page\(s\), 2 spam, 2 error\(s\)/);
    }
    // the same reports on one thread and on two
    expect(two.stdout).toBe(one.stdout);
  });

  it('reports files first, in the order given, then --jsonl records, wherever --jsonl stands (as README and --help say)', () => {
    const input = `${JSON.stringify({ id: 'rec', text: 'A record from the JSONL stream, one short sentence.' })}\n`;
    for (const args of [['--jsonl', '-', CLEAN, SEED_TXT], [CLEAN, '--jsonl', '-', SEED_TXT]]) {
      const result = run(['-f', 'jsonl', '--quiet', ...args], input);
      expect(result.status).toBe(0);
      const keys = result.stdout.trimEnd().split('\n').map((l) => {
        const report = JSON.parse(l) as { file?: string; id?: string };
        return report.id ?? report.file;
      });
      expect(keys).toEqual([CLEAN, SEED_TXT, 'rec']);
    }
  });

  it.each(['text', 'json'])('--format %s: the workers of --jobs 2 render the same output as one thread, with the same exit status', (format) => {
    const one = run(['-f', format, '--fail-on-spam', '--no-color', SEED_TXT, CLEAN, SEED_HTML]);
    const two = run(['-f', format, '--fail-on-spam', '--no-color', '--jobs', '2', SEED_TXT, CLEAN, SEED_HTML]);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr.replace(/[\d.]+ pages\/s/, '')).toBe(one.stderr.replace(/[\d.]+ pages\/s/, ''));
  });

  it('stops on SIGINT with what was done written, a summary, and dies of SIGINT (status 130 to a shell)', async () => {
    const line = `${JSON.stringify({ id: 'p', html: readFileSync(SEED_HTML, 'utf8') })}\n`;
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '-f', 'jsonl', '--jsonl', '-'], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    // the child stops reading when interrupted: a write after that fails with EPIPE, as expected
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
    // keep feeding pages until the first report arrives, then interrupt
    const feeder = setInterval(() => child.stdin.write(line), 20);
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (stdout.includes('\n')) {
          clearInterval(check);
          resolve();
        }
      }, 20);
    });
    clearInterval(feeder);
    child.kill('SIGINT');
    const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    child.stdin.destroy();
    // killed by the signal, not exit(130): a shell loop around pagesift stops only then (tests/cli-audit-32.test.ts)
    expect(ended).toEqual({ code: null, signal: 'SIGINT' });
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect((JSON.parse(l) as { id: string }).id).toBe('p');
    expect(stderr).toMatch(/page\(s\).*\(interrupted\)/);
  });

  it('reads at most maxBytes + 1 bytes of an input: an endless device ends, with the cut reported', () => {
    // /dev/zero never ends; a CLI that read it whole would never return
    const source = existsSync('/dev/zero') ? '/dev/zero' : undefined;
    if (!source) return;
    const { status, stdout } = run(['-f', 'jsonl', '--max-bytes', '4096', source]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { input: { size: number; truncated: boolean }; warnings: { code: string }[] };
    expect(report.input).toMatchObject({ size: 4097, truncated: true });
    expect(report.warnings.map((w) => w.code)).toContain('truncated');
  });

  it('a JSONL record longer than JSONL_LINE_FACTOR × maxBytes + JSONL_LINE_SLACK is one error line; the records around it are read', () => {
    const maxBytes = 1024;
    const limit = maxBytes * JSONL_LINE_FACTOR + JSONL_LINE_SLACK;
    const record = (id: string, html: string): string => `${JSON.stringify({ id, html })}\n`;
    const filler = (total: number): string => 'x'.repeat(total - record('b', '').length + 1);
    const input = record('a', '<p>first page</p>') + record('b', filler(limit + 1)) + record('c', filler(limit)) + record('d', '<p>last page</p>');
    const { status, stdout, stderr } = run(['-f', 'jsonl', '--max-bytes', String(maxBytes), '--jsonl', '-'], input);
    expect(status).toBe(2);
    expect(stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'c', 'd']);
    expect(stderr).toContain(`(stdin):2: record of ${limit + 1} bytes is over the limit of ${limit}`);
  });

  it('prints help and version', () => {
    expect(run(['--help']).stdout).toContain('Usage: pagesift');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout).toBe(`${pkg.version}\n`);
  });
});
