/**
 * Per-worker counters a user can scrape: pages sifted, spam pages, failed job attempts, worker
 * (connection) errors and a histogram of sift time. Written in Prometheus' text exposition format
 * by `prometheus()`, so any HTTP handler can serve them without prom-client; `snapshot()` gives the
 * same numbers as plain data (to feed prom-client collectors or anything else). Queue-wide counts
 * (waiting, active, completed, failed) and per-minute throughput are BullMQ's own: the worker
 * records them in Redis (its `metrics` option) and `queue.getMetrics` /
 * `queue.exportPrometheusMetrics()` read them.
 */

/**
 * Upper bounds of the sift-time histogram, in seconds. Prometheus' default buckets start at 5 ms,
 * but a page of the test fixtures sifts in about 2 ms here and a page of the development corpus in
 * about 8 ms (RESULTS.md: ~120 pages/s single thread), so the low end is finer; the top buckets
 * catch the multi-megabyte pages (RESULTS.md's pathological pages, up to 11 MB, take up to ~5 s).
 */
export const SIFT_SECONDS_BUCKETS: readonly number[] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface HistogramSnapshot {
  /** Cumulative counts: `counts[i]` pages took at most `buckets[i]` seconds. */
  buckets: readonly number[];
  counts: number[];
  sum: number;
  count: number;
}

export interface SiftMetricsSnapshot {
  pagesSifted: number;
  spamPages: number;
  /** Failed job attempts (bad data, a failing loadPage, …); a retried job counts once per attempt. */
  failures: number;
  /** Errors the BullMQ worker emitted (lost Redis connection and the like); it retries by itself. */
  workerErrors: number;
  siftSeconds: HistogramSnapshot;
}

export class SiftMetrics {
  private pagesSifted = 0;
  private spamPages = 0;
  private failures = 0;
  private workerErrors = 0;
  /** Per-bucket (not cumulative) counts; the last slot is +Inf. */
  private readonly bucketCounts = new Array<number>(SIFT_SECONDS_BUCKETS.length + 1).fill(0);
  private siftSum = 0;
  /** The last worker error, for a health check (the library itself never prints it). */
  lastWorkerError: Error | undefined;

  /** Labels put on every series, e.g. `{ queue: 'pages' }`. */
  constructor(readonly labels: Readonly<Record<string, string>> = {}) {}

  recordSift(seconds: number, spam: boolean): void {
    this.pagesSifted++;
    if (spam) this.spamPages++;
    this.siftSum += seconds;
    let i = 0;
    while (i < SIFT_SECONDS_BUCKETS.length && seconds > SIFT_SECONDS_BUCKETS[i]!) i++;
    this.bucketCounts[i]!++;
  }

  recordFailure(): void {
    this.failures++;
  }

  recordWorkerError(error: Error): void {
    this.workerErrors++;
    this.lastWorkerError = error;
  }

  snapshot(): SiftMetricsSnapshot {
    let running = 0;
    const counts = SIFT_SECONDS_BUCKETS.map((_, i) => (running += this.bucketCounts[i]!));
    return {
      pagesSifted: this.pagesSifted,
      spamPages: this.spamPages,
      failures: this.failures,
      workerErrors: this.workerErrors,
      siftSeconds: { buckets: SIFT_SECONDS_BUCKETS, counts, sum: this.siftSum, count: this.pagesSifted },
    };
  }

  /** The metrics in Prometheus' text exposition format (version 0.0.4), names prefixed `pagesift_`. */
  prometheus(): string {
    const s = this.snapshot();
    const labels = (extra: Record<string, string> = {}): string => {
      const all = { ...this.labels, ...extra };
      const parts = Object.entries(all).map(([k, v]) => `${k}="${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`);
      return parts.length ? `{${parts.join(',')}}` : '';
    };
    const counter = (name: string, help: string, value: number): string => `# HELP ${name} ${help}\n# TYPE ${name} counter\n${name}${labels()} ${value}\n`;
    const h = s.siftSeconds;
    const histogram = [
      '# HELP pagesift_sift_seconds Time to sift one page (the processor, without Redis).',
      '# TYPE pagesift_sift_seconds histogram',
      ...h.buckets.map((le, i) => `pagesift_sift_seconds_bucket${labels({ le: String(le) })} ${h.counts[i]}`),
      `pagesift_sift_seconds_bucket${labels({ le: '+Inf' })} ${h.count}`,
      `pagesift_sift_seconds_sum${labels()} ${h.sum}`,
      `pagesift_sift_seconds_count${labels()} ${h.count}`,
    ].join('\n');
    return (
      counter('pagesift_pages_sifted_total', 'Pages sifted by this worker.', s.pagesSifted) +
      counter('pagesift_spam_pages_total', 'Pages this worker found to be spam.', s.spamPages) +
      counter('pagesift_job_failures_total', 'Failed job attempts on this worker.', s.failures) +
      counter('pagesift_worker_errors_total', 'Errors of the BullMQ worker (e.g. a lost Redis connection).', s.workerErrors) +
      `${histogram}\n`
    );
  }
}
