/**
 * pagesift/bullmq: sift pages on BullMQ workers (Redis). Needs `bullmq` (and `ioredis`, unless a
 * client is passed in) installed beside pagesift; `import 'pagesift'` alone never loads them.
 */
export { DEFAULT_JOB_OPTIONS, ENQUEUE_CHUNK_SIZE, enqueuePages, SIFT_JOB_NAME, type EnqueueOptions, type EnqueueResult, type PageToEnqueue } from './enqueue.js';
export { GZIP_LEVEL, GZIP_MIN_BYTES } from './gzip.js';
export { jobDataJsonSchema, jobIdFor, MAX_ID_LENGTH, parseJobData, siftJobDataSchema, SiftJobDataError, type SiftJobData } from './job.js';
export { MAX_CONCURRENCY, MAX_THREADS } from './limits.js';
export {
  PACKED_VERSION,
  packedHitSchema,
  packedReportJsonSchema,
  packedReportSchema,
  packedRuleSchema,
  packedSegmentSchema,
  packReport,
  unpackReport,
  type PackedHit,
  type PackedReport,
  type PackedRule,
  type PackedSegment,
} from './packed.js';
export { SIFT_SECONDS_BUCKETS, SiftMetrics, type HistogramSnapshot, type SiftMetricsSnapshot } from './metrics.js';
export { compactResult, compactResultJsonSchema, compactResultSchema, DEFAULT_RESULT, SIFT_RESULT_FORMS, type CompactResult, type SiftResult, type SiftResultForm } from './result.js';
export { createSiftWorker, DEFAULT_CONCURRENCY, JOBS_PER_THREAD, METRICS_DATA_POINTS, SiftWorker, siftWorkerOptionsSchema, type LoadPage, type SiftWorkerOptions } from './worker.js';
