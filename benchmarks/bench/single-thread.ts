/** 2. Single thread: sifter.sift over the pages in memory, alternating with passes timed per stage. */
import { performance } from 'node:perf_hooks';
import type { Sifter } from '../../src/index.js';
import { errorMessage } from '../error-message.js';
import { log } from './log.js';
import { bytesOf, groupBySet, siftAllQuietly, type Page } from './pages.js';
import { exclusiveStages, STAGE_COLUMNS, stageTimer, zeroStages, type StageTotals, type TimedPipeline } from './stages.js';
import { MB, median, percentile, sum } from './stats.js';

/** Untimed passes over all pages before the timed rounds (one was not enough: the first timed round still ran ~40% slower). */
export const WARMUP_PASSES = 2;

export interface Throughput {
  pages: number;
  bytes: number;
  rounds: number;
  pagesPerSecond: number;
  mbPerSecond: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  errors: number;
}

export interface StageBreakdown {
  rounds: number;
  /** ms per page; `features` excludes tokenize. */
  msPerPage: Record<(typeof STAGE_COLUMNS)[number], number>;
  totalMsPerPage: number;
  /** Wall time of the timed passes ÷ wall time of the untimed passes − 1. */
  timerOverhead: number;
}

export interface SetRun {
  throughput: Throughput;
  stages: StageBreakdown;
}

/**
 * Rates from the per-page times of every round: the round taken is the median one (by the summed
 * time of these pages), so a burst of load from other processes in one round does not move it.
 */
export function summariseTimes(pages: readonly Page[], times: Map<Page, number[]>, rounds: number, errors: number): Throughput {
  const bytes = bytesOf(pages);
  const perPage = pages.map((p) => median(times.get(p) ?? []));
  const roundMs = median(Array.from({ length: rounds }, (_, r) => sum(pages.map((p) => times.get(p)?.[r] ?? 0))));
  const seconds = roundMs / 1000;
  return {
    pages: pages.length,
    bytes,
    rounds,
    pagesPerSecond: pages.length / seconds,
    mbPerSecond: bytes / MB / seconds,
    meanMs: roundMs / pages.length,
    p50Ms: percentile(perPage, 50),
    p95Ms: percentile(perPage, 95),
    maxMs: Math.max(...perPage),
    errors,
  };
}

/** The round whose stage total is the median (lower middle for an even count). */
function medianRound(list: readonly StageTotals[]): StageTotals {
  // 'features' includes 'tokenize': the sum of the other stages is the pipeline's time.
  const total = (t: StageTotals): number => t.decode + t.segment + t.features + t.classify + t.report;
  const sorted = [...list].sort((x, y) => total(x) - total(y));
  return sorted[(sorted.length - 1) >> 1] ?? zeroStages();
}

export async function singleThread(sifter: Sifter, timed: TimedPipeline, pages: readonly Page[], rounds: number): Promise<{ overall: SetRun; sets: Map<string, SetRun>; warmupErrors: number }> {
  // Warm-up passes; the first records the charset each page was decoded with (for the linkedom peer).
  let warmupErrors = 0;
  for (const page of pages) {
    try {
      page.charset = sifter.sift(page.input).input.charset ?? null;
    } catch (e) {
      warmupErrors++;
      log(`ERROR ${page.set}/${page.id}: pagesift threw: ${errorMessage(e)}`);
    }
  }
  for (let pass = 1; pass < WARMUP_PASSES; pass++) siftAllQuietly(sifter, pages);

  // Untimed passes (sifter.sift, no StageTimer) alternate with timed passes (the same pipeline
  // function with a StageTimer), so a change in machine load hits both alike.
  const times = new Map<Page, number[]>(pages.map((p) => [p, []]));
  const errors = new Map<string, number>();
  /** Per set, one entry per round. */
  const stageRounds = new Map<string, StageTotals[]>();
  let current = zeroStages();
  const timer = stageTimer(() => current);
  const untimedWalls: number[] = [];
  const timedWalls: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const roundStart = performance.now();
    for (const page of pages) {
      const start = performance.now();
      try {
        sifter.sift(page.input);
      } catch {
        errors.set(page.set, (errors.get(page.set) ?? 0) + 1);
      }
      times.get(page)?.push(performance.now() - start);
    }
    const untimedMs = performance.now() - roundStart;
    untimedWalls.push(untimedMs);

    const timedStart = performance.now();
    for (const page of pages) {
      const list = stageRounds.get(page.set) ?? [];
      stageRounds.set(page.set, list);
      if (list.length <= round) list.push(zeroStages());
      current = list[round] ?? zeroStages();
      try {
        timed.sift(page.input, timer);
      } catch {
        // counted in the untimed passes
      }
    }
    const timedMs = performance.now() - timedStart;
    timedWalls.push(timedMs);
    log(`  single thread: round ${round + 1}/${rounds} ${(untimedMs / 1000).toFixed(1)} s (with StageTimer ${(timedMs / 1000).toFixed(1)} s)`);
  }

  const timerOverhead = median(timedWalls) / median(untimedWalls) - 1;
  const stagesOf = (setPages: readonly Page[], totals: StageTotals): StageBreakdown => {
    const msPerPage = exclusiveStages(totals, setPages.length);
    // Per set the timer's cost is not separable from the wall time: the overall figure is given.
    return { rounds, msPerPage, totalMsPerPage: sum(Object.values(msPerPage)), timerOverhead };
  };
  const allRounds = Array.from({ length: rounds }, (_, r) => {
    const out = zeroStages();
    for (const list of stageRounds.values()) for (const stage of STAGE_COLUMNS) out[stage] += list[r]?.[stage] ?? 0;
    return out;
  });

  const sets = new Map<string, SetRun>();
  for (const [set, setPages] of groupBySet(pages)) {
    sets.set(set, { throughput: summariseTimes(setPages, times, rounds, errors.get(set) ?? 0), stages: stagesOf(setPages, medianRound(stageRounds.get(set) ?? [])) });
  }
  const overall: SetRun = {
    throughput: summariseTimes(pages, times, rounds, sum([...errors.values()])),
    stages: stagesOf(pages, medianRound(allRounds)),
  };
  return { overall, sets, warmupErrors };
}
