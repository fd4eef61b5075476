import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { checkSiftInput, cloneableInput, type SiftInput } from '../decode/input.js';
import { optionsSchema, PagesiftOptionsError, type SifterOptionsInput } from '../options.js';
import type { Report } from '../report/schema.js';
import type { Rendered } from '../report/render.js';
import { orderedMap } from './ordered.js';
import { checkPageStream } from './page-stream.js';
import type { RenderTask } from './worker.js';

/** Tasks in flight per thread in `siftMany`: enough to keep every worker busy, few enough to bound memory. */
export const TASKS_PER_THREAD = 4;

export const poolOptionsSchema = optionsSchema.extend({
  threads: z.int().positive().max(256).optional().describe('worker threads (default: available parallelism)'),
});
export type PoolOptionsInput = SifterOptionsInput & { threads?: number };

export interface SiftPool {
  readonly threads: number;
  /** Sift one page in a worker; resolves to the same report `sifter.sift` gives. */
  sift(input: SiftInput): Promise<Report>;
  /** Sift pages in parallel and yield their reports in input order. */
  siftMany(inputs: Iterable<SiftInput> | AsyncIterable<SiftInput>): AsyncGenerator<Report>;
  /** Wait for running tasks, then stop the workers. */
  close(): Promise<void>;
}

function workerFile(): { filename: string; execArgv: string[] } {
  // From the build this is dist/batch/worker.js; from the sources (tests, tsx) worker.ts, which
  // needs the tsx loader in the worker too.
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url).href;
  return { filename, execArgv: fromSource ? ['--import', 'tsx'] : [] };
}

/** The pool the CLI uses: it also renders reports in the workers (`--jobs`). */
export interface RenderingPool extends SiftPool {
  siftRendered(task: RenderTask): Promise<Rendered>;
}

/**
 * A worker-thread pool with the `sift` contract (piscina). Options are validated here, in the
 * caller's thread, so a bad option fails `createPool` and not every task.
 */
export async function createPool(options: PoolOptionsInput = {}): Promise<SiftPool> {
  const { siftRendered: _rendering, ...pool } = await createRenderingPool(options);
  return pool;
}

export async function createRenderingPool(options: PoolOptionsInput = {}): Promise<RenderingPool> {
  const parsed = poolOptionsSchema.safeParse(options);
  if (!parsed.success) throw new PagesiftOptionsError(parsed.error.issues);
  const { threads: requested, ...sifterOptions } = options;
  const threads = requested ?? Math.max(1, availableParallelism());
  const { filename, execArgv } = workerFile();
  // loaded here, not at import: most users never make a pool, and start-up time counts
  const { Piscina } = await import('piscina');
  const piscina = new Piscina({ filename, minThreads: threads, maxThreads: threads, execArgv, workerData: { options: sifterOptions } });
  // Load jieba and the rules in every worker before the first page (and surface load errors now).
  await Promise.all(Array.from({ length: threads }, () => piscina.run({ text: '' })));
  let closed = false;
  const refuseClosed = (): Promise<never> => Promise.reject(new Error('pagesift pool is closed'));
  const run = (input: SiftInput): Promise<Report> => {
    if (closed) return refuseClosed();
    try {
      checkSiftInput(input);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return piscina.run(cloneableInput(input)) as Promise<Report>;
  };
  return {
    threads,
    sift: run,
    siftMany: (inputs) => {
      checkPageStream(inputs);
      return orderedMap(inputs, threads * TASKS_PER_THREAD, run);
    },
    siftRendered: (task) => (closed ? refuseClosed() : (piscina.run(task, { name: 'siftRendered' }) as Promise<Rendered>)),
    async close() {
      if (closed) return;
      closed = true;
      await piscina.close();
    },
  };
}
