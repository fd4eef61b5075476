import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { enqueuePages, type PageToEnqueue, type SiftResultForm } from '../../src/bullmq/index.js';
import { cpuMsOf, spawnWorker, stopWorker } from './processes.js';

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
export interface QueuePass {
  /** Wall-clock pages/s. */
  rate: number;
  /** CPU ms per page: of the worker processes together, and of Redis (INFO cpu). */
  workerCpuMsPerPage: number;
  /** Of the worker's time, the part inside sift() (wall time: close to CPU time for this synchronous code). */
  workerSiftMsPerPage: number;
  redisCpuMsPerPage: number;
}

/** Redis's own CPU time so far (used_cpu_user + used_cpu_sys, ms). */
async function redisCpuMs(redis: Redis): Promise<number> {
  const info = await redis.info('cpu');
  const field = (name: string): number => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? Number.NaN);
  return (field('used_cpu_user') + field('used_cpu_sys')) * 1000;
}

/** `gzip`: enqueuePages' option (false: pages travel as plain base64, as before session 19); `nodeFlags`: Node options each worker process starts with (`--single-threaded-gc`). */
export async function queueRate(url: string, warmUp: readonly PageToEnqueue[], jobs: readonly PageToEnqueue[], workers: number, concurrency: number, result: SiftResultForm, threads = 0, gzip = true, nodeFlags: readonly string[] = []): Promise<QueuePass> {
  const queue = new Queue(`pagesift-bench-${randomBytes(6).toString('hex')}`, { connection: { url } });
  const redis = new Redis(url);
  try {
    const procs = Array.from({ length: workers }, () => spawnWorker({ url, queue: queue.name, concurrency, result, threads }, [...nodeFlags]));
    await Promise.all(procs.map((p) => p.ready));
    await enqueuePages(queue, warmUp, { gzip });
    await waitCompleted(queue, warmUp.length);
    await queue.pause();
    await enqueuePages(queue, jobs, { gzip });
    const cpuBefore = await Promise.all(procs.map(cpuMsOf));
    const redisBefore = await redisCpuMs(redis);
    const started = performance.now();
    await queue.resume();
    await waitCompleted(queue, warmUp.length + jobs.length);
    const seconds = (performance.now() - started) / 1000;
    const redisAfter = await redisCpuMs(redis);
    const cpuAfter = await Promise.all(procs.map(cpuMsOf));
    await Promise.all(procs.map(stopWorker));
    const total = (xs: readonly { cpuMs: number; siftMs: number }[], key: 'cpuMs' | 'siftMs'): number => xs.reduce((a, x) => a + x[key], 0);
    const perPage = (key: 'cpuMs' | 'siftMs'): number => (total(cpuAfter, key) - total(cpuBefore, key)) / jobs.length;
    return { rate: jobs.length / seconds, workerCpuMsPerPage: perPage('cpuMs'), workerSiftMsPerPage: perPage('siftMs'), redisCpuMsPerPage: (redisAfter - redisBefore) / jobs.length };
  } finally {
    redis.disconnect();
    await queue.obliterate({ force: true });
    await queue.close();
  }
}
