import type { JobsOptions, Queue } from 'bullmq';
import { z } from 'zod';
import { PagesiftOptionsError } from '../options.js';
import { GZIP_MIN_BYTES, gzipPage } from './gzip.js';
import { jobIdFor, parseJobData, SiftJobDataError, type SiftJobData } from './job.js';

/**
 * Jobs per `addBulk` call. addBulk is one MULTI that Redis runs whole while other clients (the
 * workers) wait. Measured here (10,000 jobs of the ~2.6 KB test pages, base64, on a loaded 2-core
 * VM; worst PING of another client meanwhile): 100 a call took 1.73 s (worst PING 44 ms), 500 took
 * 1.38 s (73 ms), 2,000 took 1.51 s (256 ms). 500 was the fastest, with stalls other clients can bear.
 */
export const ENQUEUE_CHUNK_SIZE = 500;

/** The BullMQ job name of sift jobs (workers take any name; it shows in dashboards). */
export const SIFT_JOB_NAME = 'sift';

/**
 * Retries for a failing attempt (a loadPage that cannot reach its store): 3 attempts, 1 s then 2 s
 * apart (BullMQ's exponential backoff). A choice, not a measurement: enough to ride out a store's
 * brief hiccup without holding a broken job for long. Bad data is not retried (the worker fails it
 * as unrecoverable).
 */
export const DEFAULT_JOB_OPTIONS: Readonly<JobsOptions> = Object.freeze({ attempts: 3, backoff: { type: 'exponential', delay: 1000 } });

/** A page to enqueue: job data, except that `bytes` may also be given as bytes (they are sent base64, gzipped as EnqueueOptions.gzip says). */
export type PageToEnqueue = Omit<SiftJobData, 'bytes'> & { bytes?: string | Uint8Array };

export interface EnqueueOptions {
  /** Jobs per addBulk call (default ENQUEUE_CHUNK_SIZE). */
  chunkSize?: number;
  /** BullMQ job options for every job (default DEFAULT_JOB_OPTIONS); `jobId` is always taken from the page's id. */
  jobOptions?: JobsOptions;
  /** Called after each chunk with the number of pages sent so far. */
  onProgress?: (sent: number) => void;
  /**
   * Send pages given as bytes (a Uint8Array) of GZIP_MIN_BYTES or more gzip-compressed
   * (`contentEncoding: 'gzip'`; gzip.ts says what it saves the workers). Default true; false sends
   * every page as given. Pages given as strings (html, text, base64 bytes) are sent as they are.
   */
  gzip?: boolean;
}

export interface EnqueueResult {
  /** Pages sent to Redis (a page whose id was already queued is sent, but not added again). */
  sent: number;
}

const enqueueOptionsSchema = z.strictObject({
  chunkSize: z.int().positive().max(100_000).optional(),
  jobOptions: z.record(z.string(), z.unknown()).optional(),
  onProgress: z.custom<(sent: number) => void>((v) => typeof v === 'function', 'a function').optional(),
  gzip: z.boolean().optional(),
});

/** The job data of a page given with `bytes`: base64, gzipped first when asked and worth it (GZIP_MIN_BYTES) and the page is not compressed already. */
function bytesData(page: PageToEnqueue & { bytes: Uint8Array }, gzip: boolean): Record<string, unknown> {
  if (gzip && page.contentEncoding === undefined && page.bytes.length >= GZIP_MIN_BYTES) return { ...page, bytes: gzipPage(page.bytes).toString('base64'), contentEncoding: 'gzip' };
  return { ...page, bytes: Buffer.from(page.bytes.buffer, page.bytes.byteOffset, page.bytes.byteLength).toString('base64') };
}

function toJobData(page: PageToEnqueue, index: number, gzip: boolean): SiftJobData {
  try {
    return parseJobData(page.bytes instanceof Uint8Array ? bytesData(page as PageToEnqueue & { bytes: Uint8Array }, gzip) : page);
  } catch (error) {
    if (error instanceof SiftJobDataError) throw new SiftJobDataError(`page ${index}${page.id !== undefined ? ` (id ${JSON.stringify(page.id)})` : ''}: ${error.message}`);
    throw error;
  }
}

/**
 * Add pages to a queue in bulk (`addBulk`, ENQUEUE_CHUNK_SIZE jobs a call); pages given as bytes go
 * gzip-compressed unless `gzip: false`. A page with an `id`
 * gets the job id `jobIdFor(id)`, so enqueueing the same pages again adds nothing while the
 * earlier jobs are still in Redis (waiting, active, completed or failed). Every page is checked
 * against the job schema before its chunk is sent: a bad page throws SiftJobDataError naming it,
 * after the chunks before it were added.
 */
export async function enqueuePages(queue: Queue, pages: Iterable<PageToEnqueue> | AsyncIterable<PageToEnqueue>, options: EnqueueOptions = {}): Promise<EnqueueResult> {
  const parsed = enqueueOptionsSchema.safeParse(options);
  if (!parsed.success) throw new PagesiftOptionsError(parsed.error.issues);
  const chunkSize = options.chunkSize ?? ENQUEUE_CHUNK_SIZE;
  const gzip = options.gzip ?? true;
  const { jobId: _ignored, ...jobOptions } = options.jobOptions ?? DEFAULT_JOB_OPTIONS;
  let chunk: { name: string; data: SiftJobData; opts: JobsOptions }[] = [];
  let sent = 0;
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    await queue.addBulk(chunk);
    sent += chunk.length;
    chunk = [];
    options.onProgress?.(sent);
  };
  let index = 0;
  for await (const page of pages) {
    const data = toJobData(page, index++, gzip);
    chunk.push({ name: SIFT_JOB_NAME, data, opts: data.id !== undefined ? { ...jobOptions, jobId: jobIdFor(data.id) } : jobOptions });
    if (chunk.length >= chunkSize) await flush();
  }
  await flush();
  return { sent };
}
