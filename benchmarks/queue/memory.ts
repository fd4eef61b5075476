import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { enqueuePages, type PageToEnqueue } from '../../src/bullmq/index.js';
import { spawnWorker, stopWorker } from './processes.js';

/** Samples before this many jobs are left out of the slope: JIT, jieba's dictionary and caches settle first. */
const WARM_UP_JOBS = 2000;

export interface MemoryResult {
  samples: { done: number; heapMB: number; rssMB: number }[];
  /** Least-squares growth in MB per 1,000 jobs, from WARM_UP_JOBS on. */
  heapPerThousand: number;
  rssPerThousand: number;
}

function slopePerThousand(points: readonly [number, number][]): number {
  const n = points.length;
  if (n < 2) throw new Error(`memory: ${n} sample(s) after the warm-up; give --memory-jobs of at least ${WARM_UP_JOBS} + 2 samples`);
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return (sxy / sxx) * 1000;
}

/**
 * Phase "memory": one worker process (concurrency 4) sifts `jobs.length` jobs; after every
 * `sampleEvery` it runs a full GC and reports heap and RSS. Completed jobs are removed from Redis
 * in this phase (removeOnComplete) so that 20,000 reports do not fill the shared Redis; the worker
 * does the same work either way.
 */
export async function memoryGrowth(url: string, jobs: readonly PageToEnqueue[], sampleEvery: number): Promise<MemoryResult> {
  const queue = new Queue(`pagesift-bench-mem-${randomBytes(6).toString('hex')}`, { connection: { url } });
  try {
    await queue.pause();
    await enqueuePages(queue, jobs, { jobOptions: { attempts: 3, removeOnComplete: true } });
    const worker = spawnWorker({ url, queue: queue.name, concurrency: 4, sampleEvery }, ['--expose-gc']);
    await worker.ready;
    await queue.resume();
    for (;;) {
      const sampled = worker.events.filter((e) => e['event'] === 'memory').length;
      if (sampled >= Math.floor(jobs.length / sampleEvery)) break;
      const failed = await queue.getFailedCount();
      if (failed > 0) throw new Error(`${failed} bench job(s) failed`);
      await new Promise((r) => setTimeout(r, 200));
    }
    await stopWorker(worker);
    const MB = 1024 * 1024;
    const samples = worker.events
      .filter((e) => e['event'] === 'memory')
      .map((e) => ({ done: e['done'] as number, heapMB: (e['heapUsed'] as number) / MB, rssMB: (e['rss'] as number) / MB }));
    const settled = samples.filter((s) => s.done >= WARM_UP_JOBS);
    return {
      samples,
      heapPerThousand: slopePerThousand(settled.map((s) => [s.done, s.heapMB])),
      rssPerThousand: slopePerThousand(settled.map((s) => [s.done, s.rssMB])),
    };
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
}
