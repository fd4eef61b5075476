import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { enqueuePages, type PageToEnqueue } from '../../src/bullmq/index.js';
import { spawnWorker, stopWorker } from './processes.js';

/** How often the bench asks Redis how many jobs are done (each ask is one small round trip). */
const POLL_MS = 50;

async function waitCompleted(queue: Queue, count: number): Promise<void> {
  for (;;) {
    const counts = await queue.getJobCounts('completed', 'failed');
    if (counts['failed']! > 0) throw new Error(`${counts['failed']} bench job(s) failed`);
    if (counts['completed']! >= count) return;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Phase "queue": `workers` worker processes, each with `concurrency`, drain a queue that holds all
 * the jobs before the clock starts. The workers first sift `warmUp` jobs untimed (a fresh process
 * runs cold code, as the in-process sift() does not after its warm-up); then the queue is paused,
 * filled, and the time runs from resume to the last job completed. Results are kept in Redis, as
 * BullMQ does by default.
 */
export async function queueRate(url: string, warmUp: readonly PageToEnqueue[], jobs: readonly PageToEnqueue[], workers: number, concurrency: number): Promise<number> {
  const queue = new Queue(`pagesift-bench-${randomBytes(6).toString('hex')}`, { connection: { url } });
  try {
    const procs = Array.from({ length: workers }, () => spawnWorker({ url, queue: queue.name, concurrency }));
    await Promise.all(procs.map((p) => p.ready));
    await enqueuePages(queue, warmUp);
    await waitCompleted(queue, warmUp.length);
    await queue.pause();
    await enqueuePages(queue, jobs);
    const started = performance.now();
    await queue.resume();
    await waitCompleted(queue, warmUp.length + jobs.length);
    const seconds = (performance.now() - started) / 1000;
    await Promise.all(procs.map(stopWorker));
    return jobs.length / seconds;
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
}
