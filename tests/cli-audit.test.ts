import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli-run.js';

/** What a user of the command line meets at its edges (audit, session 25). */

const TMP = mkdtempSync(join(tmpdir(), 'pagesift-cli-audit-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const run = runCli;

describe('pagesift CLI edges', () => {
  it('text output never passes a page\'s control characters (terminal escapes) through raw', () => {
    const page = join(TMP, 'escape.html');
    writeFileSync(page, '<html><head><title>News\x1b]0;owned\x07 today</title></head><body><p>It will be sunny tomorrow\x1b[2J, and warm. The wind stays light all day.</p></body></html>');
    const { status, stdout } = run([page]);
    expect(status).toBe(0);
    expect(stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(stdout).toContain('News\\x1b]0;owned\\x07 today');
    expect(stdout).toContain('sunny tomorrow\\x1b[2J, and warm');
  });
});

describe('pagesift queue commands', () => {
  it('worker|enqueue|queue-stats --help (and -h) print the queue usage on stdout and exit 0, with no --queue needed', () => {
    for (const args of [['worker', '--help'], ['enqueue', '-h'], ['queue-stats', '--help'], ['worker', '--queue', 'q', '--help']]) {
      const { status, stdout, stderr } = run(args);
      expect(status, args.join(' ')).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain('pagesift worker --queue NAME');
    }
    // without --help the missing queue is still a usage error
    expect(run(['worker']).status).toBe(2);
  });
});

describe('standard input', () => {
  it('is read once: - twice, or - with --jsonl -, is a usage error (the second read used to sift an empty page as clean)', () => {
    for (const args of [['-', '-'], ['-f', 'jsonl', '-', '--jsonl', '-'], ['--jsonl', '-', '--jsonl', '-'], ['enqueue', '--queue', 'q', '-', '-']]) {
      const { status, stdout, stderr } = run(args, '<p>It will be sunny tomorrow, and warm.</p>');
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('standard input can be read only once');
    }
    expect(run(['-f', 'jsonl', '-'], '<p>It will be sunny tomorrow, and warm.</p>').status).toBe(0);
  });
});

describe('option values', () => {
  it.each([
    [['--max-bytes', '1.5'], '--max-bytes must be a whole number'],
    [['--max-bytes', '0'], '--max-bytes must be a whole number'],
    [['--max-bytes', '99999999999'], '--max-bytes must be a whole number'],
    [['--spam-threshold', '0'], '--spam-threshold needs a positive number'],
  ])('%j is a usage error naming the flag (not the library field), with the help hint', (args, message) => {
    const { status, stdout, stderr } = run([...args, 'page.html']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain("Try 'pagesift --help'.");
  });
});

describe('conflicting options', () => {
  it('--color with --no-color is a usage error (--no-color used to win silently, whatever the order)', () => {
    for (const args of [['--color', '--no-color'], ['--no-color', '--color']]) {
      const { status, stdout, stderr } = run([...args, 'page.html']);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('--color and --no-color disagree');
    }
  });
});

describe('one unreadable page', () => {
  it('a missing file named alone gives its one error line and exit 2: no batch summary, no [] on stdout', () => {
    const missing = join(TMP, 'no-such-page.html');
    const { status, stdout, stderr } = run(['-f', 'json', missing]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`pagesift: ${missing}: No such file or directory\n`);
  });

  it('a path through a file (ENOTDIR) is an error line, never an internal error with a stack trace', () => {
    const file = join(TMP, 'plain.html');
    writeFileSync(file, '<p>It will be sunny tomorrow, and warm.</p>');
    const { status, stdout, stderr } = run([join(file, 'inside.html')]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`pagesift: ${join(file, 'inside.html')}: Not a directory\n`);
  });
});

describe('binary input', () => {
  it('a file of binary data is sifted with a warning on stderr; pages in UTF-8 or UTF-16 with its mark are not warned about', () => {
    const binary = join(TMP, 'program.bin');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x3e, 0x00, ...Buffer.from('sunny tomorrow')]));
    const warned = run([binary]);
    expect(warned.status).toBe(0);
    expect(warned.stderr).toContain(`${binary}: binary data (a NUL byte near the start), not a page`);
    const utf16 = join(TMP, 'page-utf16.html');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>It will be sunny tomorrow, and warm.</p>', 'utf16le')]));
    const page = join(TMP, 'page.html');
    writeFileSync(page, '<p>It will be sunny tomorrow, and warm. The wind stays light all day.</p>');
    for (const file of [utf16, page]) {
      const { status, stderr } = run([file]);
      expect(status, file).toBe(0);
      expect(stderr, file).toBe('');
    }
  });
});
