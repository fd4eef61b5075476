/**
 * A bench worker process: createSiftWorker as a user's process runs it. Argument: JSON
 * { url, queue, concurrency, threads?, result? (default: the worker's own), sampleEvery?, siftThreadCpu?, worker? (BullMQ worker options) }. Prints JSON lines: {"event":"ready"}, and with
 * sampleEvery, {"event":"memory","done",heapUsed,rss,external,arrayBuffers} after a full GC every
 * sampleEvery completed jobs (run it with --expose-gc); on SIGUSR2, {"event":"cpu",cpuMs,siftMs} (siftMs: wall time inside sift()), with siftThreadCpu also siftThreadMs: this
 * thread's CPU time from the processor's start to its recordSift (the job data checked and the page sifted: one
 * synchronous run for a job that carries its page), read from /proc (Linux) around each job. SIGTERM
 * closes it (jobs in hand finish).
 */
import { readFileSync } from 'node:fs';
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';
import { Worker } from 'bullmq';
import { createSiftWorker, SiftMetrics, type SiftResultForm } from '../../src/bullmq/index.js';
import { createSifter } from '../../src/index.js';
import { readPages } from './pages.js';

const config = JSON.parse(process.argv[2] ?? '{}') as { url: string; queue: string; concurrency: number; threads?: number; result?: SiftResultForm; sampleEvery?: number; siftThreadCpu?: boolean; worker?: Record<string, unknown>; plainDir?: string; plainPages?: number };
const emit = (event: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(event)}\n`);
};
/** schedstat's first field: this thread's time on a CPU, in nanoseconds. */
const NS_PER_MS = 1e6;
const threadCpuMs = (): number => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / NS_PER_MS;
let siftThreadMs = 0;
let processorStartedMs: number | undefined;
/** With siftThreadCpu: the processor's runs (performance.now() start, end), to tell the GC pauses inside them from the others. */
const processorRuns: number[] = [];
let processorStartedAt = 0;
/** GC pauses on this thread (count, ms) by kind, inside the processor or outside it. */
const gc = { count: 0, ms: 0, inProcessorMs: 0, byKind: {} as Record<string, { count: number; ms: number }> };
const GC_KINDS: Record<number, string> = {
  [perfConstants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [perfConstants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [perfConstants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
/** Whether a moment falls inside one of the processor runs recorded (they are in order; GC entries arrive soon after). */
function inProcessor(at: number): boolean {
  for (let i = processorRuns.length - 2; i >= 0; i -= 2) {
    if (processorRuns[i + 1]! < at) return false;
    if (processorRuns[i]! <= at) return true;
  }
  return false;
}
/** This process's minor page faults so far (/proc/self/stat field 10). */
const minorFaults = (): number => Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')[7]);
/** Counts as SiftMetrics does, and adds this thread's CPU time since the processor started (callProcessJob, below) to siftThreadMs. */
class ThreadCpuMetrics extends SiftMetrics {
  override recordSift(seconds: number, spam: boolean): void {
    super.recordSift(seconds, spam);
    if (processorStartedMs !== undefined) {
      siftThreadMs += threadCpuMs() - processorStartedMs;
      processorRuns.push(processorStartedAt, performance.now());
    }
    processorStartedMs = undefined;
  }
}
if (config.siftThreadCpu) {
  // the processor runs synchronously from its call to recordSift: the time between the two is this thread's alone
  const callProcessJob = Worker.prototype['callProcessJob' as keyof Worker] as (...args: unknown[]) => unknown;
  Object.defineProperty(Worker.prototype, 'callProcessJob', {
    value(this: Worker, ...args: unknown[]) {
      processorStartedMs = threadCpuMs();
      processorStartedAt = performance.now();
      return callProcessJob.apply(this, args);
    },
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = GC_KINDS[(entry as unknown as { detail: { kind: number } }).detail.kind] ?? 'other';
      gc.count++;
      gc.ms += entry.duration;
      if (inProcessor(entry.startTime)) gc.inProcessorMs += entry.duration;
      const k = (gc.byKind[kind] ??= { count: 0, ms: 0 });
      k.count++;
      k.ms += entry.duration;
    }
  }).observe({ entryTypes: ['gc'] });
}
const worker = await createSiftWorker({
  connection: { url: config.url },
  queue: config.queue,
  concurrency: config.concurrency,
  ...(config.threads ? { threads: config.threads } : {}),
  ...(config.result ? { result: config.result } : {}),
  ...(config.siftThreadCpu ? { metrics: new ThreadCpuMetrics({ queue: config.queue }) } : {}),
  ...(config.worker ? { worker: config.worker } : {}),
});
worker.on('error', (error) => emit({ event: 'error', message: error.message }));
let done = 0;
const fullGc = (globalThis as { gc?: () => void }).gc;
worker.on('completed', () => {
  done++;
  if (config.sampleEvery && done % config.sampleEvery === 0) {
    if (!fullGc) throw new Error('sampling memory needs node --expose-gc');
    fullGc();
    const m = process.memoryUsage();
    emit({ event: 'memory', done, heapUsed: m.heapUsed, rss: m.rss, external: m.external, arrayBuffers: m.arrayBuffers });
  }
});
await worker.waitUntilReady();
emit({ event: 'ready' });
// SIGUSR2: report this process's CPU time so far (the bench asks at the start and end of a timed pass)
process.on('SIGUSR2', () => {
  const cpu = process.cpuUsage();
  emit({ event: 'cpu', done, cpuMs: (cpu.user + cpu.system) / 1000, siftMs: worker.metrics.snapshot().siftSeconds.sum * 1000, ...(config.siftThreadCpu ? { siftThreadMs, gc: structuredClone(gc), minorFaults: minorFaults() } : {}) });
});
// SIGUSR1 (with plainDir): sift plainPages pages of that directory in a plain loop on this thread, the
// queue's work held off meanwhile (the loop is synchronous), and report its CPU time: sift() in this
// process without the queue's work between pages, the in-worker yardstick
if (config.plainDir) {
  const pages = readPages(config.plainDir);
  const plainSifter = await createSifter();
  process.on('SIGUSR1', () => {
    const n = config.plainPages ?? pages.length;
    const cpu = threadCpuMs();
    const faults = minorFaults();
    for (let i = 0; i < n; i++) plainSifter.sift({ bytes: pages[i % pages.length]!.bytes });
    emit({ event: 'plain', pages: n, cpuMs: threadCpuMs() - cpu, minorFaults: minorFaults() - faults });
  });
}
process.once('SIGTERM', () => {
  void worker.close().then(() => emit({ event: 'closed', done }));
});
