import { MetricsTime, UnrecoverableError, Worker, type ConnectionOptions, type Job, type WorkerOptions } from 'bullmq';
import { z } from 'zod';
import { createPool, type SiftPool } from '../batch/pool.js';
import { PagesiftInputError, type SiftInput } from '../decode/input.js';
import { createSifter, type Sifter } from '../index.js';
import { DEFAULT_MAX_BYTES, MAX_MAX_BYTES, optionsSchema, PagesiftOptionsError, type SifterOptionsInput } from '../options.js';
import type { Report } from '../report/schema.js';
import { inputBytes, overMaxBytes, parseJobPage, SiftJobDataError, type JobPage, type SiftJobData } from './job.js';
import { MAX_CONCURRENCY, MAX_THREADS } from './limits.js';
import { siftBackendFactory } from './finish-command.js';
import { SiftMetrics } from './metrics.js';
import { DEFAULT_RESULT, resultMaker, SIFT_RESULT_FORMS, type SiftResult, type SiftResultForm } from './result.js';

/**
 * Jobs a worker holds at once when `concurrency` is not given. On the worker's own thread sifting
 * is synchronous, so more than one job in hand only overlaps Redis round trips with sifting; 4 is
 * the setting issue 14 sets its target for (benchmarks/queue measures it). Trying 1, 4 and 8 in one
 * process here gave 274, 225-324 and 360 pages/s: differences within this VM's drift, and more jobs
 * in hand are jobs other workers cannot take. With threads, each thread gets two pages in hand so
 * it does not wait for Redis.
 */
export const DEFAULT_CONCURRENCY = 4;
export const JOBS_PER_THREAD = 2;
/** Minutes of per-minute completed/failed counts BullMQ keeps in Redis (its metrics option): one week, as BullMQ's docs suggest. */
export const METRICS_DATA_POINTS = MetricsTime.ONE_WEEK;

/** Loads the page of a job that carries only a `url` (from a store, a crawler's cache, …). A throw fails the attempt; BullMQ retries it as the job's `attempts`/`backoff` say. */
export type LoadPage = (data: SiftJobData, job: Job) => Promise<SiftInput>;

export interface SiftWorkerOptions {
  /** Redis: ioredis options (`{ host, port }`, `{ url }`) or a client (an ioredis client needs `maxRetriesPerRequest: null`). */
  connection: ConnectionOptions;
  /** Queue name (the producer's). */
  queue: string;
  /** Sifter options, as for `createSifter`. */
  sifter?: SifterOptionsInput;
  /** Jobs in hand at once (default DEFAULT_CONCURRENCY, or threads × JOBS_PER_THREAD if larger). */
  concurrency?: number;
  /** Sift on this many worker threads (the piscina pool); 0 (default) sifts on the worker's own thread. */
  threads?: number;
  /**
   * What a job returns: `packed` (default) the report in packed form, each rule's description
   * stated once (`unpackReport` restores the report exactly); `report` the report itself;
   * `compact` `{ verdict, spamSegments }`.
   */
  result?: SiftResultForm;
  /** A job whose page is larger (bytes; UTF-8 for strings) fails as bad data. Default: the sifter's maxBytes. */
  maxBytes?: number;
  loadPage?: LoadPage;
  /** Counters to add to (default: a new SiftMetrics labelled with the queue name). */
  metrics?: SiftMetrics;
  /** Other BullMQ worker options (stalledInterval, maxStalledCount, lockDuration, prefix, limiter, name, …). */
  worker?: Omit<WorkerOptions, 'connection' | 'concurrency'>;
}

export const siftWorkerOptionsSchema = z.strictObject({
  connection: z.custom<ConnectionOptions>((v) => typeof v === 'object' && v !== null, 'a Redis connection: ioredis options ({ host, port } or { url }) or a client'),
  queue: z.string().min(1),
  sifter: optionsSchema.optional(),
  concurrency: z.int().positive().max(MAX_CONCURRENCY).optional(),
  threads: z.int().nonnegative().max(MAX_THREADS).optional(),
  result: z.enum(SIFT_RESULT_FORMS).optional(),
  maxBytes: z.int().positive().max(MAX_MAX_BYTES).optional(),
  loadPage: z.custom<LoadPage>((v) => typeof v === 'function', 'a function (data, job) => Promise<page>').optional(),
  metrics: z.instanceof(SiftMetrics).optional(),
  worker: z.record(z.string(), z.unknown()).optional(),
});



/** A BullMQ Worker that sifts pages; `close()` also stops its thread pool. */
export class SiftWorker extends Worker<unknown, SiftResult> {
  constructor(
    queue: string,
    processor: (job: Job<unknown, SiftResult>) => Promise<SiftResult>,
    options: WorkerOptions,
    readonly metrics: SiftMetrics,
    private readonly pool: SiftPool | undefined,
  ) {
    // BullMQ's Redis backend with its moveToFinished made cheaper for large jobs (finish-command.ts)
    super(queue, processor, options, siftBackendFactory());
    // A worker emits 'error' when Redis goes away and retries by itself; without a listener Node
    // would end the process. The error is counted (metrics.workerErrors, lastWorkerError); callers
    // who want to log it add their own listener.
    this.on('error', (error) => metrics.recordWorkerError(error));
    this.on('failed', () => metrics.recordFailure());
  }

  /** Stop taking jobs, wait for the jobs in hand (unless `force`), close Redis and the thread pool. */
  override async close(force = false): Promise<void> {
    try {
      await super.close(force);
    } finally {
      await this.pool?.close();
    }
  }
}

/**
 * A BullMQ worker whose processor sifts each job's page and returns the report in packed form (or
 * the report itself, or its compact form: `result`). Bad job data (not a page, bytes not base64 or not gzip, a page over maxBytes) fails that job at once,
 * as an UnrecoverableError with the reason; the worker goes on with the others.
 */
export async function createSiftWorker(options: SiftWorkerOptions): Promise<SiftWorker> {
  const parsed = siftWorkerOptionsSchema.safeParse(options);
  if (!parsed.success) throw new PagesiftOptionsError(parsed.error.issues);
  const threads = options.threads ?? 0;
  const concurrency = options.concurrency ?? Math.max(DEFAULT_CONCURRENCY, threads * JOBS_PER_THREAD);
  const maxBytes = options.maxBytes ?? parsed.data.sifter?.maxBytes ?? DEFAULT_MAX_BYTES;
  const toResult = resultMaker(options.result ?? DEFAULT_RESULT);
  const loadPage = options.loadPage;
  const metrics = options.metrics ?? new SiftMetrics({ queue: options.queue });

  let sifter: Sifter | undefined;
  let pool: SiftPool | undefined;
  if (threads > 0) pool = await createPool({ ...options.sifter, threads });
  else sifter = await createSifter(options.sifter);

  const processor = async (job: Job<unknown, SiftResult>): Promise<SiftResult> => {
    let page: JobPage;
    try {
      page = parseJobPage(job.data, maxBytes);
    } catch (error) {
      if (error instanceof SiftJobDataError) throw new UnrecoverableError(error.message);
      throw error;
    }
    let input = page.input;
    if (input === undefined) {
      if (!loadPage) throw new UnrecoverableError('bad pagesift job data: the job has only a url and this worker has no loadPage');
      input = await loadPage(page.data, job);
      const loaded = inputBytes(input);
      if (loaded > maxBytes) throw new UnrecoverableError(overMaxBytes(loaded, maxBytes));
    }
    const started = performance.now();
    let report: Report;
    try {
      report = pool ? await pool.sift(input) : sifter!.sift(input);
    } catch (error) {
      // only a wrong input type throws (a loadPage that returned something else than a page)
      if (error instanceof PagesiftInputError) throw new UnrecoverableError(error.message);
      throw error;
    }
    metrics.recordSift((performance.now() - started) / 1000, report.verdict.spam);
    return toResult(report);
  };

  try {
    return new SiftWorker(
      options.queue,
      processor,
      { metrics: { maxDataPoints: METRICS_DATA_POINTS }, ...options.worker, connection: options.connection, concurrency },
      metrics,
      pool,
    );
  } catch (error) {
    await pool?.close();
    throw error;
  }
}
