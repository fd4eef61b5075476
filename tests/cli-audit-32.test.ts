import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, runCli } from './helpers/cli-run.js';

/** What a demanding new user met at the command line (audit, session 32): failed writes and Ctrl-C. */

const TMP = mkdtempSync(join(tmpdir(), 'pagesift-audit-32-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const PAGE = join(TMP, 'page.html');
writeFileSync(PAGE, '<html><head><title>Weather</title></head><body><p>It will be sunny tomorrow, and warm. The wind stays light all day.</p></body></html>');
const RULES = JSON.stringify({ rules: [] });
const NODE_CLI = ['--import', 'tsx', CLI];
/** Pages given to the closed-pipe run: their text output (about 300 bytes each) is several times a 64 KiB pipe buffer. */
const CLOSED_PIPE_PAGES = 1000;

/** A FIFO (named pipe), or undefined where mkfifo is missing. */
function fifo(name: string): string | undefined {
  const path = join(TMP, name);
  try {
    execFileSync('mkfifo', [path]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return path;
}

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function collect(child: ChildProcess): Promise<Ended> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

function until(test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = setInterval(() => {
      if (test()) {
        clearInterval(check);
        resolve();
      }
    }, 20);
  });
}

describe('a failed write', () => {
  const full = existsSync('/dev/full') ? '/dev/full' : undefined;

  it.runIf(full)('to standard output (a full disk: /dev/full) is one line on stderr and status 2, not a stack trace and status 1 (the spam status)', () => {
    const out = openSync(full!, 'w');
    try {
      const result = spawnSync(process.execPath, [...NODE_CLI, PAGE], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', out, 'pipe'], env: { ...process.env, NO_COLOR: '' } });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe('pagesift: cannot write to standard output: ENOSPC: no space left on device, write\n');
    } finally {
      closeSync(out);
    }
  });

  it.runIf(full)('to standard error (2>/dev/full) lets the run finish, its reports written, and ends with status 2, not 1', () => {
    const err = openSync(full!, 'w');
    try {
      // a batch: the summary line goes to stderr
      const result = spawnSync(process.execPath, [...NODE_CLI, '-f', 'jsonl', PAGE, PAGE], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', err] });
      expect(result.status).toBe(2);
      expect(result.stdout.trim().split('\n')).toHaveLength(2);
    } finally {
      closeSync(err);
    }
  });

  it('a closed pipe (| head -1) is still a normal end: status 0, nothing on stderr', async () => {
    // enough pages that their output outgrows the pipe's buffer: with three, a loaded machine let the
    // run finish (and print its summary) before the pipe was closed (session 35)
    const child = spawn(process.execPath, [...NODE_CLI, ...Array<string>(CLOSED_PIPE_PAGES).fill(PAGE)], { cwd: ROOT });
    child.stdout.once('data', () => child.stdout.destroy());
    const ended = await collect(child);
    expect(ended.code).toBe(0);
    expect(ended.stderr).toBe('');
  });
});

describe('Ctrl-C', () => {
  it('during start-up (here: while a --rules file is read) gives what an interrupted batch gives — the summary, [] for a JSON batch — and death by SIGINT; it killed the process silently before', async () => {
    const rules = fifo('rules.fifo');
    if (rules === undefined) return;
    const child = spawn(process.execPath, [...NODE_CLI, '-f', 'json', '--rules', rules, PAGE, PAGE], { cwd: ROOT });
    const ended = collect(child);
    // opening the FIFO for writing waits until the CLI opens it for reading: inside createSifter, start-up
    const writer = openSync(rules, 'w');
    child.kill('SIGINT');
    // let the signal be handled while the start-up still waits for the rules
    await new Promise((resolve) => setTimeout(resolve, 300));
    writeSync(writer, RULES);
    closeSync(writer);
    const { code, signal, stdout, stderr } = await ended;
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGINT' });
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr).toMatch(/^pagesift: 0 page\(s\), 0 spam, 0 error\(s\), .* \(interrupted\)\n$/);
  });

  it('that ends the input too (crawl | pagesift --jsonl -: the producer dies with it) still counts as an interrupt: the end of input was read first, and the run passed for complete with status 0', async () => {
    const child = spawn(process.execPath, [...NODE_CLI, '-f', 'jsonl', '--jsonl', '-'], { cwd: ROOT });
    const ended = collect(child);
    let reports = '';
    child.stdout.on('data', (d: Buffer) => (reports += d.toString()));
    child.stdin.write(`${JSON.stringify({ id: 'p', html: '<p>It will be sunny tomorrow, and warm.</p>' })}\n`);
    await until(() => reports.includes('\n'));
    // the signal first, then the end of input, as a dying producer gives them
    child.kill('SIGINT');
    child.stdin.end();
    const { code, signal, stderr } = await ended;
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGINT' });
    expect(stderr).toMatch(/1 page\(s\).*\(interrupted\)/);
  });

  it.runIf(existsSync('/bin/bash'))('stops a shell loop that runs pagesift: bash goes on with the loop after a child that exited with 130, and stops after one that SIGINT killed', async () => {
    const input = fifo('loop.fifo');
    if (input === undefined) return;
    const script = `for i in 1 2; do "${process.execPath}" --import tsx "${CLI}" -q -f jsonl --jsonl - < "${input}"; echo "after $i"; done; echo finished`;
    // a session of its own, as a terminal's foreground job: Ctrl-C signals the whole group
    const shell = spawn('/bin/bash', ['-c', script], { cwd: ROOT, detached: true });
    const ended = collect(shell);
    let out = '';
    shell.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const writer = openSync(input, 'w');
    writeSync(writer, `${JSON.stringify({ id: 'p', html: '<p>It will be sunny tomorrow, and warm.</p>' })}\n`);
    await until(() => out.includes('\n'));
    process.kill(-shell.pid!, 'SIGINT');
    const timer = setTimeout(() => process.kill(-shell.pid!, 'SIGKILL'), 20_000);
    const result = await ended;
    clearTimeout(timer);
    closeSync(writer);
    expect(result.stdout).not.toContain('after 1');
    expect(result.signal).toBe('SIGINT');
  });
});

describe('a JSON-lines file saved with a byte order mark', () => {
  it('has its first record read (JSON.parse refused it: "Unexpected token"), with CRLF line ends too; a mark inside the file is still an error', () => {
    const file = join(TMP, 'bom.jsonl');
    const records = [{ id: 'first', text: 'Rain at noon, then sun.' }, { id: 'second', html: '<p>It will be sunny tomorrow, and warm.</p>' }];
    writeFileSync(file, `\ufeff${records.map((r) => JSON.stringify(r)).join('\r\n')}\r\n`);
    const { status, stdout, stderr } = runCli(['-q', '-f', 'jsonl', '--jsonl', file]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['first', 'second']);
    // only the file's first bytes can be its mark: one on a later line is that line's (a broken record)
    const inner = join(TMP, 'inner-bom.jsonl');
    writeFileSync(inner, `${JSON.stringify(records[0])}\n\ufeff${JSON.stringify(records[1])}\n`);
    const broken = runCli(['-q', '-f', 'jsonl', '--jsonl', inner]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain(`${inner}:2: not valid JSON`);
  });
});

describe('the progress line on a terminal', () => {
  // util-linux's script gives the command a terminal; its output is what the terminal was sent
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

  it.runIf(hasScript)('gives the cursor and line wrapping back when a closed pipe ends the run (pagesift pages/ | head -c 100): they stayed off', () => {
    const pages = join(TMP, 'pages');
    mkdirSync(pages, { recursive: true });
    for (let i = 0; i < 40; i++) writeFileSync(join(pages, `p${String(i).padStart(2, '0')}.html`), `<p>Page ${i}: it will be sunny tomorrow, and warm.</p>`);
    const command = `"${process.execPath}" --import tsx "${CLI}" -f jsonl "${pages}" | head -c 100 > /dev/null`;
    const result = spawnSync('script', ['-qc', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
    const terminal = result.stdout;
    const hidden = terminal.lastIndexOf('\x1b[?25l');
    expect(hidden).toBeGreaterThanOrEqual(0); // the bar ran
    expect(terminal.indexOf('\x1b[?25h', hidden)).toBeGreaterThan(hidden);
    expect(terminal.indexOf('\x1b[?7h', terminal.lastIndexOf('\x1b[?7l'))).toBeGreaterThan(0);
  });

  it.runIf(hasScript)('gives them back when SIGTERM ends the run (timeout 60 pagesift …, a service manager): they stayed off', async () => {
    const input = fifo('term.fifo');
    if (input === undefined) return;
    const pidFile = join(TMP, 'term.pid');
    // a batch read from a pipe that stays open: the bar runs while pagesift waits for records
    const command = `"${process.execPath}" --import tsx "${CLI}" -f jsonl --jsonl - < "${input}" > /dev/null & echo $! > "${pidFile}"; wait`;
    const child = spawn('script', ['-qc', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '' } });
    const ended = collect(child);
    let terminal = '';
    child.stdout.on('data', (d: Buffer) => (terminal += d.toString()));
    const writer = openSync(input, 'w');
    try {
      await until(() => terminal.includes('\x1b[?25l'));
      process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGTERM');
    } finally {
      // the end of input ends the CLI if the signal did not
      closeSync(writer);
    }
    await ended;
    const hidden = terminal.lastIndexOf('\x1b[?25l');
    expect(terminal.indexOf('\x1b[?25h', hidden)).toBeGreaterThan(hidden);
    expect(terminal.indexOf('\x1b[?7h', terminal.lastIndexOf('\x1b[?7l'))).toBeGreaterThan(0);
  });
});
