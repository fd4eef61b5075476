/**
 * A bench worker process: createSiftWorker as a user's process runs it. Argument: JSON
 * { url, queue, concurrency, result? (default: the worker's own), sampleEvery? }. Prints JSON lines: {"event":"ready"}, and with
 * sampleEvery, {"event":"memory","done",heapUsed,rss,external,arrayBuffers} after a full GC every
 * sampleEvery completed jobs (run it with --expose-gc); on SIGUSR2, {"event":"cpu",cpuMs,siftMs} (siftMs: wall time inside sift()). SIGTERM
 * closes it (jobs in hand finish).
 */
import { createSiftWorker, type SiftResultForm } from '../../src/bullmq/index.js';

const config = JSON.parse(process.argv[2] ?? '{}') as { url: string; queue: string; concurrency: number; result?: SiftResultForm; sampleEvery?: number };
const emit = (event: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(event)}\n`);
};
const worker = await createSiftWorker({ connection: { url: config.url }, queue: config.queue, concurrency: config.concurrency, ...(config.result ? { result: config.result } : {}) });
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
  emit({ event: 'cpu', done, cpuMs: (cpu.user + cpu.system) / 1000, siftMs: worker.metrics.snapshot().siftSeconds.sum * 1000 });
});
process.once('SIGTERM', () => {
  void worker.close().then(() => emit({ event: 'closed', done }));
});
