/**
 * Limits shared by the worker and the CLI's option parsing; kept apart from worker.ts so that the
 * CLI can check its options without loading bullmq.
 */

/** More jobs in hand than this on one process is a typo, not a plan (BullMQ holds each in memory). */
export const MAX_CONCURRENCY = 1000;
/** Worker threads: the pool's own limit (poolOptionsSchema, the CLI's --jobs). */
export const MAX_THREADS = 256;
