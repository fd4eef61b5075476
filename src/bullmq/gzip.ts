import { constants, gunzipSync, gzipSync } from 'node:zlib';

/**
 * Pages travel gzip-compressed through Redis (job data `contentEncoding: 'gzip'`, as HTTP's
 * Content-Encoding). Why: a worker's own thread spends per job, outside sift(), time in proportion
 * to the job's size: ioredis turns the reply that carries the job into a string and BullMQ
 * JSON.parses the job data. On the corpus's readability pages (~190 KB, ~260 KB as base64) a CPU
 * profile of one worker (session 19, benchmarks/RESULTS.md "Queue") gave 1.3 ms a job to each of
 * the two; gzipped the job data is ~50 KB, and reading it (string, JSON.parse, base64, gunzip)
 * took 0.7 ms instead of 2.0 ms a page in one process. Redis holds and copies a sixth of the bytes.
 */

/**
 * Pages shorter than this are sent as they are: gzip's header and the base64 of a few hundred
 * bytes save nothing a worker would notice (the reading cost above is per byte).
 */
export const GZIP_MIN_BYTES = 4096;

/**
 * zlib's fastest level. The producer pays for compression: level 1 took 0.9 ms a readability page
 * and gave 37 KB, level 6 2.0 ms and 32 KB (one process, session 19); the worker's gunzip costs
 * the same for either.
 */
export const GZIP_LEVEL = constants.Z_BEST_SPEED;

/** The page's bytes gzip-compressed (GZIP_LEVEL). */
export function gzipPage(bytes: Uint8Array): Buffer {
  return gzipSync(bytes, { level: GZIP_LEVEL });
}

/** What gunzipPage found: the page, or why there is none. */
export type Gunzipped = { bytes: Buffer } | { error: 'too-large' } | { error: 'not-gzip'; message: string };

/**
 * The page of gzip-compressed bytes, never longer than `maxBytes`: zlib stops once the output
 * would pass it (ERR_BUFFER_TOO_LARGE), so a small job that inflates to gigabytes costs no more
 * than maxBytes of memory. Data that is not gzip (or is cut short) is 'not-gzip' with zlib's reason.
 */
export function gunzipPage(bytes: Uint8Array, maxBytes: number): Gunzipped {
  try {
    return { bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { error: 'too-large' };
    if (typeof code === 'string' && code.startsWith('Z_')) return { error: 'not-gzip', message: (error as Error).message };
    throw error;
  }
}
