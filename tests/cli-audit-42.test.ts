import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { USAGE } from '../src/cli/args.js';
import { NOT_UTF8_NAME } from '../src/cli/inputs.js';
import { ROOT, runCli } from './helpers/cli-run.js';

/** What the session-42 audit found in the CLI, run as a user who installed the package runs it. */

const TMP = mkdtempSync(join(tmpdir(), 'pagesift-audit-42-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const PAGE = '<p>It will be sunny tomorrow, and warm. The wind stays light all day.</p>';

describe('a directory is read in the same order whatever the locale', () => {
  const dir = join(TMP, 'order');
  mkdirSync(dir);
  for (const name of ['z.html', 'ä.html', 'B.html', 'a.html']) writeFileSync(join(dir, name), PAGE);

  it.each(['en_US.UTF-8', 'sv_SE.UTF-8', 'C'])('LANG=%s: code-unit order, as a glob is sorted (localeCompare put ä before or after z by the locale)', (lang) => {
    const run = runCli(['-f', 'jsonl', '-q', dir], undefined, { LANG: lang, LC_ALL: lang });
    expect(run.status).toBe(0);
    const files = run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file);
    expect(files).toEqual(['B.html', 'a.html', 'z.html', 'ä.html'].map((name) => join(dir, name)));
  });
});

describe('a file whose name is not UTF-8 (Latin-1, GBK: old archives)', () => {
  const dir = join(TMP, 'legacy-names');
  mkdirSync(dir);
  const latin1 = Buffer.from('caf\xe9.html', 'latin1');
  const gbk = Buffer.from([0xb1, 0xb1, 0xbe, 0xa9, 0x2e, 0x68, 0x74, 0x6d, 0x6c]); // 北京.html in GBK
  for (const name of [latin1, gbk]) writeFileSync(Buffer.concat([Buffer.from(dir + sep), name]), PAGE);
  writeFileSync(join(dir, 'ok.html'), PAGE);

  it('is sifted when its directory is named (it was listed under a name with U+FFFD and reported missing)', () => {
    const run = runCli(['-f', 'jsonl', '-q', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const files = run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file);
    expect(files).toEqual([join(dir, 'caf\ufffd.html'), join(dir, 'ok.html'), join(dir, '\ufffd\ufffd\ufffd\ufffd.html')]);
  });

  it('named by a glob, which reads names as UTF-8, it is an error that says why and what to do', () => {
    const run = runCli(['-f', 'jsonl', '-q', join(dir, 'caf*.html')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`pagesift: ${join(dir, 'caf\ufffd.html')}: ${NOT_UTF8_NAME}\n`);
  });
});

describe('an absolute glob gives its matches as absolute paths, as the shell does', () => {
  it('not relative to the working directory (../../tmp/…)', () => {
    const dir = join(TMP, 'absolute');
    mkdirSync(dir);
    writeFileSync(join(dir, 'one.html'), PAGE);
    const run = runCli(['-f', 'jsonl', '-q', join(dir, '*.html')]);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { file: string }).file).toBe(join(dir, 'one.html'));
  });
});

describe('a bad --jsonl record with an id is named by its place and its id', () => {
  const records = join(TMP, 'records.jsonl');
  writeFileSync(records, [JSON.stringify({ id: 1, html: 5 }), '', JSON.stringify({ id: 2, text: 'A fine record of text.' }), JSON.stringify({ id: 3 }), JSON.stringify({ html: 5 })].join('\n') + '\n');

  it('"FILE:4 (id 3)", not "3", which read as a line number; a record without id keeps FILE:LINE alone', () => {
    const run = runCli(['-f', 'jsonl', '-q', '--jsonl', records]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      [`pagesift: ${records}:1 (id 1): html must be a string`, `pagesift: ${records}:4 (id 3): give exactly one of html, text, bytes_b64`, `pagesift: ${records}:5: html must be a string`, ''].join('\n'),
    );
    expect(run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['2']);
  });
});

describe("a flag without its value, or with one it does not take, is said in the CLI's words", () => {
  it.each([
    [['-f'], '--format needs a value'],
    [['a.html', '--jsonl'], '--jsonl needs a value'],
    [['--quiet=yes', 'a.html'], '--quiet takes no value'],
    [['worker', '--queue'], 'worker: --queue needs a value'],
  ])('%j: "%s" (was Node\'s "Option \'-f, --format <value>\' argument missing")', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`pagesift: ${message}\nTry 'pagesift --help'.\n`);
  });
});

describe('-f json: one object for one page, an array for anything else, as README and --help say', () => {
  const page = join(TMP, 'one.html');
  writeFileSync(page, PAGE);
  const dir = join(TMP, 'single');
  mkdirSync(dir);
  writeFileSync(join(dir, 'only.html'), PAGE);

  it('a file: an object; a directory of one page: an array of one', () => {
    expect(Array.isArray(JSON.parse(runCli(['-f', 'json', page]).stdout))).toBe(false);
    const listed = JSON.parse(runCli(['-f', 'json', '-q', dir]).stdout) as unknown[];
    expect(Array.isArray(listed) && listed.length).toBe(1);
  });

  it('the README and --help say so', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain('With `-f json`, one page (a single file or `-`) is one report object; anything else');
    expect(USAGE).toContain('json: an object for one FILE or -,');
  });
});

// session-42 audit: Number() took hexadecimal, binary and octal numbers and padded ones
describe('a number flag takes a decimal number only', () => {
  it.each([
    [['--spam-threshold', '0x10', 'page.html'], '--spam-threshold needs a number, got "0x10"'],
    [['--spam-threshold', '0b11', 'page.html'], '--spam-threshold needs a number, got "0b11"'],
    [['--max-bytes', '0o17', 'page.html'], '--max-bytes needs a number, got "0o17"'],
    [['--max-bytes', ' 100', 'page.html'], '--max-bytes needs a number, got " 100"'],
    [['--jobs', '2x', 'page.html'], '--jobs needs a number, got "2x"'],
  ])('%j is refused', (args, message) => {
    const { status, stdout, stderr } = runCli(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it.each([['5'], ['5.5'], ['.5'], ['1e1'], ['+5']])('--spam-threshold %s is read as the number it writes', (value) => {
    const { stderr } = runCli(['--spam-threshold', value, '-q', '-'], '<p>It will be sunny tomorrow, and warm.</p>');
    expect(stderr).not.toContain('needs a number');
  });
});
