/**
 * How well this machine itself scales JavaScript over worker threads, measured beside the pool:
 * the same fixed work in one worker, then in `threads` workers at once. Two workloads:
 *   - arithmetic: a tight integer loop (no allocation): what the cores give when nothing is shared;
 *   - allocation: short-lived objects and strings with a sliding window that survives a few
 *     young-generation collections, as a page's segments do: the garbage collector's helper
 *     threads, caches and memory bandwidth are shared.
 * scaling = threads × time(1 worker) ÷ time(all workers together). The pool cannot scale better
 * than the allocation workload does on the same machine; a shared 2-vCPU VM may give far less
 * than 2× there even when arithmetic scales perfectly.
 */
import { Worker } from 'node:worker_threads';

/** Work per worker, sized to run ~0.5 s each on the development machine. */
export const ARITHMETIC_STEPS = 100_000_000;
export const ALLOCATION_BATCHES = 250_000;
/** Repetitions of each measurement; the median is kept. */
export const PROBE_REPEATS = 3;

// The workers wait at a barrier (a shared counter) so that they run together; each reports when
// its own work began and ended on the shared clock, so thread start-up is not measured.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { kind, size, barrier } = workerData;
const flags = new Int32Array(barrier);
Atomics.add(flags, 0, 1);
Atomics.notify(flags, 0);
Atomics.wait(flags, 1, 0);
const start = performance.timeOrigin + performance.now();
let sink = 0;
if (kind === 'arithmetic') {
  let x = 1;
  for (let i = 0; i < size; i++) x = (Math.imul(x, 1103515245) + 12345) >>> 0;
  sink = x;
} else {
  const window = new Array(512);
  for (let i = 0; i < size; i++) {
    const batch = [];
    for (let k = 0; k < 24; k++) batch.push({ index: k, text: 'segment ' + (i + k), score: k / 3 });
    window[i % window.length] = batch;
    sink += batch.length;
  }
}
parentPort.postMessage({ start, end: performance.timeOrigin + performance.now(), sink });
`;

export type ProbeKind = 'arithmetic' | 'allocation';

/** Wall time from the first worker's start of work to the last one's end, ms. */
async function spanMs(kind: ProbeKind, workers: number): Promise<number> {
  const size = kind === 'arithmetic' ? ARITHMETIC_STEPS : ALLOCATION_BATCHES;
  const barrier = new SharedArrayBuffer(8);
  const flags = new Int32Array(barrier);
  const done = Array.from(
    { length: workers },
    () =>
      new Promise<{ start: number; end: number }>((resolve, reject) => {
        const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { kind, size, barrier } });
        worker.once('message', resolve);
        worker.once('error', reject);
      }),
  );
  while (Atomics.load(flags, 0) < workers) await new Promise((resolve) => setTimeout(resolve, 5));
  Atomics.store(flags, 1, 1);
  Atomics.notify(flags, 1);
  const times = await Promise.all(done);
  return Math.max(...times.map((t) => t.end)) - Math.min(...times.map((t) => t.start));
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export interface ThreadScaling {
  threads: number;
  /** threads × time of one worker ÷ time of `threads` workers, median of PROBE_REPEATS. */
  arithmetic: number;
  allocation: number;
}

export async function probeThreadScaling(threads: number): Promise<ThreadScaling> {
  const scaling = async (kind: ProbeKind): Promise<number> => {
    const ratios: number[] = [];
    for (let r = 0; r < PROBE_REPEATS; r++) {
      const one = await spanMs(kind, 1);
      const all = await spanMs(kind, threads);
      ratios.push((threads * one) / all);
    }
    return median(ratios);
  };
  return { threads, arithmetic: await scaling('arithmetic'), allocation: await scaling('allocation') };
}
