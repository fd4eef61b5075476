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

export function spawnWorker(config: { url: string; queue: string; concurrency: number; threads?: number; result?: SiftResultForm; sampleEvery?: number; siftThreadCpu?: boolean }, nodeFlags: string[] = []): BenchWorker {
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
export async function cpuMsOf(worker: BenchWorker): Promise<{ cpuMs: number; siftMs: number; siftThreadMs?: number }> {
  const before = worker.events.length;
  worker.child.kill('SIGUSR2');
  for (;;) {
    const answer = worker.events.slice(before).find((e) => e['event'] === 'cpu');
    if (answer) return { cpuMs: answer['cpuMs'] as number, siftMs: answer['siftMs'] as number, ...(typeof answer['siftThreadMs'] === 'number' ? { siftThreadMs: answer['siftThreadMs'] } : {}) };
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function stopWorker(worker: BenchWorker): Promise<void> {
  worker.child.kill('SIGTERM');
  const code = await worker.exited;
  if (code !== 0) throw new Error(`bench worker exited with ${code}`);
}
