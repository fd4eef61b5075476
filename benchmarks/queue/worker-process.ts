/**
 * A bench worker process: createSiftWorker as a user's process runs it. Argument: JSON
 * { url, queue, concurrency, threads?, result? (default: the worker's own), sampleEvery?, siftThreadCpu? }. Prints JSON lines: {"event":"ready"}, and with
 * sampleEvery, {"event":"memory","done",heapUsed,rss,external,arrayBuffers} after a full GC every
 * sampleEvery completed jobs (run it with --expose-gc); on SIGUSR2, {"event":"cpu",cpuMs,siftMs} (siftMs: wall time inside sift()), with siftThreadCpu also siftThreadMs: this
 * thread's CPU time from the processor's start to its recordSift (the job data checked and the page sifted: one
 * synchronous run for a job that carries its page), read from /proc (Linux) around each job. SIGTERM
 * closes it (jobs in hand finish).
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'bullmq';
import { createSiftWorker, SiftMetrics, type SiftResultForm } from '../../src/bullmq/index.js';

const config = JSON.parse(process.argv[2] ?? '{}') as { url: string; queue: string; concurrency: number; threads?: number; result?: SiftResultForm; sampleEvery?: number; siftThreadCpu?: boolean };
const emit = (event: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(event)}\n`);
};
/** schedstat's first field: this thread's time on a CPU, in nanoseconds. */
const NS_PER_MS = 1e6;
const threadCpuMs = (): number => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / NS_PER_MS;
let siftThreadMs = 0;
let processorStartedMs: number | undefined;
/** Counts as SiftMetrics does, and adds this thread's CPU time since the processor started (callProcessJob, below) to siftThreadMs. */
class ThreadCpuMetrics extends SiftMetrics {
  override recordSift(seconds: number, spam: boolean): void {
    super.recordSift(seconds, spam);
    if (processorStartedMs !== undefined) siftThreadMs += threadCpuMs() - processorStartedMs;
    processorStartedMs = undefined;
  }
}
if (config.siftThreadCpu) {
  // the processor runs synchronously from its call to recordSift: the time between the two is this thread's alone
  const callProcessJob = Worker.prototype['callProcessJob' as keyof Worker] as (...args: unknown[]) => unknown;
  Object.defineProperty(Worker.prototype, 'callProcessJob', {
    value(this: Worker, ...args: unknown[]) {
      processorStartedMs = threadCpuMs();
      return callProcessJob.apply(this, args);
    },
  });
}
const worker = await createSiftWorker({
  connection: { url: config.url },
  queue: config.queue,
  concurrency: config.concurrency,
  ...(config.threads ? { threads: config.threads } : {}),
  ...(config.result ? { result: config.result } : {}),
  ...(config.siftThreadCpu ? { metrics: new ThreadCpuMetrics({ queue: config.queue }) } : {}),
});
worker.on('error', (error) => emit({ event: 'error', message: error.message }));
let done = 0;
const gc = (globalThis as { gc?: () => void }).gc;
worker.on('completed', () => {
  done++;
  if (config.sampleEvery && done % config.sampleEvery === 0) {
    if (!gc) throw new Error('sampling memory needs node --expose-gc');
    gc();
    const m = process.memoryUsage();
    emit({ event: 'memory', done, heapUsed: m.heapUsed, rss: m.rss, external: m.external, arrayBuffers: m.arrayBuffers });
  }
});
await worker.waitUntilReady();
emit({ event: 'ready' });
// SIGUSR2: report this process's CPU time so far (the bench asks at the start and end of a timed pass)
process.on('SIGUSR2', () => {
  const cpu = process.cpuUsage();
  emit({ event: 'cpu', done, cpuMs: (cpu.user + cpu.system) / 1000, siftMs: worker.metrics.snapshot().siftSeconds.sum * 1000, ...(config.siftThreadCpu ? { siftThreadMs } : {}) });
});
process.once('SIGTERM', () => {
  void worker.close().then(() => emit({ event: 'closed', done }));
});
