import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { BINARY_WARNING } from '../src/decode/binary.js';
import { runCli } from './helpers/cli-run.js';
import { findRedis, stopOwnRedis, uniqueQueueName } from './helpers/redis.js';

/** What a demanding new user met at the command line (audit, session 30). */

const TMP = mkdtempSync(join(tmpdir(), 'pagesift-audit-30-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const redis = await findRedis();
afterAll(stopOwnRedis);

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
    expect(stderr.trim().split('\n')).toEqual(['e-html', 'e-text', 'e-bytes'].map((id, index) => `pagesift: ${jsonl}:${index + 1} (id ${id}): ${EMPTY_LINE}`));
    const one = join(TMP, 'one.txt');
    writeFileSync(one, 'x');
    expect(runCli([one]).stderr).toBe('');
  });
});

describe.skipIf(!redis)('pagesift enqueue', () => {
  it('says which pages are binary data or empty, as the sifting CLI does, and still queues them (it queued them silently)', async () => {
    const queue = new Queue(uniqueQueueName('audit-30'), { connection: { url: redis!.url } });
    try {
      const dir = join(TMP, 'to-queue');
      mkdirSync(dir);
      writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
      writeFileSync(join(dir, 'empty.html'), '');
      writeFileSync(join(dir, 'page.html'), '<p>It will be sunny tomorrow, and warm.</p>');
      const { status, stderr } = runCli(['enqueue', '--redis', redis!.url, '--queue', queue.name, '--quiet', '--no-progress', dir]);
      expect(stderr).toBe(`pagesift enqueue: ${join(dir, 'binary.html')}: ${BINARY_WARNING}\npagesift enqueue: ${join(dir, 'empty.html')}: ${EMPTY_LINE}\n`);
      expect(status).toBe(0);
      expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 3 });
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }, 60_000);
});

describe('a page longer than --max-bytes', () => {
  it('is sifted up to there, and stderr says so: the report can only say "input of max-bytes + 1 bytes", the CLI reading no further', () => {
    const long = join(TMP, 'long.html');
    writeFileSync(long, `<p>${'It will be sunny tomorrow, and warm. '.repeat(100)}</p>`);
    const { status, stdout, stderr } = runCli(['-f', 'json', '--max-bytes', '1000', long]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { input: { size: number; truncated: boolean } };
    expect(report.input).toMatchObject({ size: 1001, truncated: true });
    expect(stderr).toBe(`pagesift: ${long}: longer than --max-bytes (1000 bytes): read and sifted up to there only\n`);
    // standard input too; a page of exactly --max-bytes is whole, and nothing is said
    expect(runCli(['-f', 'json', '--max-bytes', '1000', '-'], 'x'.repeat(1001)).stderr).toBe('pagesift: (stdin): longer than --max-bytes (1000 bytes): read and sifted up to there only\n');
    const exact = runCli(['-f', 'json', '--max-bytes', '1000', '-'], 'x'.repeat(1000));
    expect(exact.stderr).toBe('');
    expect((JSON.parse(exact.stdout) as { input: { truncated: boolean } }).input.truncated).toBe(false);
  });
});

describe('--jsonl record fields of the wrong type', () => {
  it('a url or contentType that is not a string, or an id that is neither string nor number, fails that record (they were dropped and the page sifted without them)', () => {
    const page = '<p>It will be sunny tomorrow, and warm.</p>';
    const records = [
      { id: 'url-number', html: page, url: 5 },
      { id: 'type-array', html: page, contentType: ['text/html'] },
      { id: { nested: true }, html: page },
      { id: 'fine', html: page, url: 'https://example.com/', contentType: 'text/html', fetchedAt: '2026-12-05' },
      { id: 7, html: page },
    ];
    const jsonl = join(TMP, 'typed.jsonl');
    writeFileSync(jsonl, records.map((record) => JSON.stringify(record)).join('\n'));
    const { status, stdout, stderr } = runCli(['-q', '-f', 'jsonl', '--jsonl', jsonl]);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([`pagesift: ${jsonl}:1 (id url-number): url must be a string`, `pagesift: ${jsonl}:2 (id type-array): contentType must be a string`, `pagesift: ${jsonl}:3: id must be a string or a number`]);
    // other keys are a crawler's own and are ignored
    const reports = stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; input: { url?: string } });
    expect(reports.map((r) => [r.id, r.input.url])).toEqual([['fine', 'https://example.com/'], ['7', undefined]]);
  });
});
