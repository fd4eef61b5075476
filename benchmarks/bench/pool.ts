/** 4. Pool: createPool + siftMany, each pass right after a single-thread pass over the same pages. */
import { performance } from 'node:perf_hooks';
import type { Sifter } from '../../src/index.js';
import type { LibModule } from './build.js';
import { errorMessage } from '../error-message.js';
import { log } from './log.js';
import { bytesOf, siftAllQuietly, type Page } from './pages.js';
import { MB, median } from './stats.js';

export interface PoolRun {
  threads: number;
  rounds: number;
  createPoolMs: number;
  pagesPerSecond: number;
  mbPerSecond: number;
  /** Pool pages/s ÷ the single-thread rate of phase 2 (minutes earlier). */
  ratio: number;
  /** Median over the rounds of (single-thread pass time ÷ pool pass time), the two passes back to back (judged). */
  pairedRatio: number;
  pairedRatios: number[];
  errors: number;
}

export async function poolRun(lib: LibModule, sifter: Sifter, pages: readonly Page[], threads: number, rounds: number, singlePagesPerSecond: number): Promise<PoolRun> {
  const createStart = performance.now();
  const pool = await lib.createPool({ threads });
  const createPoolMs = performance.now() - createStart;
  let errors = 0;
  const pass = async (): Promise<void> => {
    try {
      for await (const report of pool.siftMany(pages.map((p) => p.input))) void report;
    } catch (e) {
      errors++;
      log(`ERROR pool: ${errorMessage(e)}`);
    }
  };
  const walls: number[] = [];
  const pairedRatios: number[] = [];
  try {
    await pass();
    for (let round = 0; round < rounds; round++) {
      // a single-thread pass right before each pool pass: this machine's speed drifts by a third
      // within minutes, so only back-to-back passes compare the pool with one thread fairly
      const singleStart = performance.now();
      siftAllQuietly(sifter, pages);
      const singleWall = performance.now() - singleStart;
      const start = performance.now();
      await pass();
      const wall = performance.now() - start;
      walls.push(wall);
      pairedRatios.push(singleWall / wall);
      log(`  pool: round ${round + 1}/${rounds} ${(wall / 1000).toFixed(1)} s, ${(singleWall / wall).toFixed(2)}× the single-thread pass before it`);
    }
  } finally {
    await pool.close();
  }
  // The median round, as for the single thread.
  const wall = median(walls);
  const pagesPerSecond = pages.length / (wall / 1000);
  return {
    threads,
    rounds,
    createPoolMs,
    pagesPerSecond,
    mbPerSecond: bytesOf(pages) / MB / (wall / 1000),
    ratio: pagesPerSecond / singlePagesPerSecond,
    pairedRatio: median(pairedRatios),
    pairedRatios,
    errors,
  };
}
