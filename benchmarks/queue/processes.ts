import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { SiftResultForm } from '../../src/bullmq/index.js';

/** A bench worker process (worker-process.ts) and the JSON lines it printed. */
export interface BenchWorker {
  child: ChildProcess;
  events: Record<string, unknown>[];
  ready: Promise<void>;
  exited: Promise<number | null>;
}

export function spawnWorker(config: { url: string; queue: string; concurrency: number; threads?: number; result?: SiftResultForm; sampleEvery?: number; siftThreadCpu?: boolean; worker?: Record<string, unknown>; plainDir?: string; plainPages?: number }, nodeFlags: string[] = []): BenchWorker {
  const script = new URL('./worker-process.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', script, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const events: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const event = JSON.parse(line) as Record<string, unknown>;
      events.push(event);
      if (event['event'] === 'ready') resolve();
    });
    void exited.then((code) => reject(new Error(`bench worker exited (${code}) before it was ready`)));
  });
  return { child, events, ready, exited };
}

/** The process's CPU time (user + system, ms) and its time inside sift() so far (and, from a worker started with siftThreadCpu, its main thread's CPU time inside the processor): asked with SIGUSR2, answered on its stdout. */
/** GC pauses of a worker's main thread so far (worker-process.ts with siftThreadCpu): all, by kind, and the part inside the processor. */
export interface GcPauses {
  count: number;
  ms: number;
  inProcessorMs: number;
  byKind: Record<string, { count: number; ms: number }>;
}

export async function cpuMsOf(worker: BenchWorker): Promise<{ cpuMs: number; siftMs: number; siftThreadMs?: number; gc?: GcPauses; minorFaults?: number }> {
  const before = worker.events.length;
  worker.child.kill('SIGUSR2');
  for (;;) {
    const answer = worker.events.slice(before).find((e) => e['event'] === 'cpu');
    if (answer) return { cpuMs: answer['cpuMs'] as number, siftMs: answer['siftMs'] as number, ...(typeof answer['siftThreadMs'] === 'number' ? { siftThreadMs: answer['siftThreadMs'], gc: answer['gc'] as GcPauses, minorFaults: answer['minorFaults'] as number } : {}) };
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** CPU ms per page and minor faults per page of sift() in a plain loop inside a worker process started with plainDir (asked with SIGUSR1). */
export async function plainSiftOf(worker: BenchWorker): Promise<{ cpuMsPerPage: number; faultsPerPage: number }> {
  const before = worker.events.length;
  worker.child.kill('SIGUSR1');
  for (;;) {
    const answer = worker.events.slice(before).find((e) => e['event'] === 'plain');
    if (answer) return { cpuMsPerPage: (answer['cpuMs'] as number) / (answer['pages'] as number), faultsPerPage: (answer['minorFaults'] as number) / (answer['pages'] as number) };
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function stopWorker(worker: BenchWorker): Promise<void> {
  worker.child.kill('SIGTERM');
  const code = await worker.exited;
  if (code !== 0) throw new Error(`bench worker exited with ${code}`);
}
