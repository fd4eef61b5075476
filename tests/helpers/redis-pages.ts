import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Queue } from 'bullmq';
import { PACKED_VERSION, unpackReport, type PackedReport, type PageToEnqueue } from '../../src/bullmq/index.js';
import type { Sifter } from '../../src/index.js';

/** Jobs built from the real pages of tests/fixtures/pages: many jobs per page, distinct ids. */

export const ROOT = resolve(import.meta.dirname, '..', '..');
const PAGES_DIR = join(ROOT, 'tests', 'fixtures', 'pages');

export interface PageJobs {
  pages: PageToEnqueue[];
  /** The JSON of `sift()` in this process for each job id. */
  expected: Map<string, string>;
}

/**
 * `count` jobs cycling through the fixture pages; even jobs carry the bytes (base64), odd ones
 * the page as an HTML string, so both paths are checked. The expected report of each is the
 * in-process `sifter.sift()` of the same input.
 */
export function pageJobs(sifter: Sifter, count: number, tag: string): PageJobs {
  const files = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort();
  const variants = files.flatMap((file) => {
    const bytes = readFileSync(join(PAGES_DIR, file));
    const html = bytes.toString('utf8');
    return [
      { file, page: { bytes: new Uint8Array(bytes) }, report: JSON.stringify(sifter.sift({ bytes })) },
      { file, page: { html }, report: JSON.stringify(sifter.sift({ html })) },
    ];
  });
  const pages: PageToEnqueue[] = [];
  const expected = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const v = variants[i % variants.length]!;
    const id = `${tag}/${v.file}#${i}`;
    pages.push({ id, ...v.page });
    expected.set(id, v.report);
  }
  return { pages, expected };
}

/** Poll the queue's counts until `done(counts)` or the time-out. */
export async function waitForCounts(queue: Queue, done: (counts: Record<string, number>) => boolean, timeoutMs: number): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
    if (done(counts)) return counts;
    if (Date.now() > deadline) throw new Error(`queue ${queue.name}: timed out waiting; counts ${JSON.stringify(counts)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface CompletedJob {
  id: string;
  pageId: string;
  result: unknown;
  attemptsMade: number;
  processedBy: string | undefined;
}

/** Every completed job of the queue, fetched a batch at a time. */
export async function completedJobs(queue: Queue, batch = 500): Promise<CompletedJob[]> {
  const out: CompletedJob[] = [];
  const total = (await queue.getJobCounts('completed'))['completed'] ?? 0;
  for (let start = 0; start < total; start += batch) {
    for (const job of await queue.getJobs(['completed'], start, start + batch - 1, true)) {
      out.push({ id: job.id!, pageId: (job.data as { id: string }).id, result: job.returnvalue, attemptsMade: job.attemptsMade, processedBy: job.processedBy });
    }
  }
  return out;
}

/**
 * Ids whose result is not the packed report (the worker's default result) of the expected report:
 * the result must be in packed form, and unpackReport of it must have the JSON of the in-process
 * sift() (same keys in the same order, same values).
 */
export function mismatches(jobs: readonly CompletedJob[], expected: ReadonlyMap<string, string>): string[] {
  const restored = (result: unknown): string | undefined => ((result as Partial<PackedReport> | null)?.packed === PACKED_VERSION ? JSON.stringify(unpackReport(result as PackedReport)) : undefined);
  return jobs.filter((j) => restored(j.result) !== expected.get(j.pageId)).map((j) => j.pageId);
}

/** A worker process (tests/helpers/redis-worker.ts) and the events it printed. */
export interface WorkerProcess {
  child: ChildProcess;
  name: string;
  events: { event: string; id?: string; reason?: string; message?: string }[];
  ready: Promise<void>;
  exited: Promise<number | null>;
  stderr: () => string;
}

export function startWorkerProcess(config: { url: string; queue: string; name: string; concurrency?: number; stalledInterval?: number; lockDuration?: number }): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'helpers', 'redis-worker.ts'), JSON.stringify(config)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const events: WorkerProcess['events'] = [];
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const event = JSON.parse(line) as WorkerProcess['events'][number];
      events.push(event);
      if (event.event === 'ready') resolve();
    });
    void exited.then((code) => reject(new Error(`worker ${config.name} exited (${code}) before it was ready: ${err}`)));
  });
  return { child, name: config.name, events, ready, exited, stderr: () => err };
}

/** Ids a worker process reported completed. */
export function completedBy(worker: WorkerProcess): string[] {
  return worker.events.filter((e) => e.event === 'completed').map((e) => e.id!);
}
