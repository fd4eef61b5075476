/** The issue's targets, judged on a run. */
import { RSS_GROWTH_MAX } from './memory.js';
import { DEFAULT_SETS } from './pages.js';
import type { BenchRun } from './results.js';
import { LINEAR_MAX_RATIO, SCALES } from './scaling.js';
import { fmt, fmtInt } from './stats.js';

/** The issue's targets. */
export const TARGET = {
  pagesPerSecond: 200,
  ratioJsdom: 50,
  coldStartMs: 300,
  peakRssMb: 300,
  rssPages: 10_000,
  poolRatio: 1.7,
} as const;

export interface Target {
  name: string;
  target: string;
  measured: string;
  pass: boolean | null;
}

export function judgeTargets(run: BenchRun): Target[] {
  const { opts, sets, cold, single, scale, pool, memory, peers } = run;
  const setsAreDefault = sets.length === DEFAULT_SETS.length && DEFAULT_SETS.every((s) => sets.includes(s));
  const overallRate = single.overall.throughput.pagesPerSecond;
  const jsdomRatio = peers.get('jsdom')?.overall.ratio ?? null;
  const targets: Target[] = [
    {
      name: `single-thread rate over ${sets.join(' + ')}${setsAreDefault ? '' : ' (the target is set on readability + zh-gbk)'}`,
      target: `≥ ${TARGET.pagesPerSecond} pages/s`,
      measured: `${fmt(overallRate)} pages/s`,
      pass: overallRate >= TARGET.pagesPerSecond,
    },
    {
      name: 'vs Readability.js on jsdom, same pages, same run',
      target: `≥ ${TARGET.ratioJsdom}×`,
      measured: jsdomRatio === null ? 'not run (--no-peers)' : `${fmt(jsdomRatio)}×`,
      pass: jsdomRatio === null ? null : jsdomRatio >= TARGET.ratioJsdom,
    },
    {
      name: 'cold start: createSifter() in a fresh process (median)',
      target: `≤ ${TARGET.coldStartMs} ms`,
      measured: `${fmt(cold.createSifterMs, 0)} ms (+ import ${fmt(cold.importMs, 0)} ms)`,
      pass: cold.createSifterMs <= TARGET.coldStartMs,
    },
    {
      name: `peak RSS over ${memory === null ? '-' : fmtInt(memory.pages)} pages${memory !== null && memory.pages < TARGET.rssPages ? ` (target is over ${fmtInt(TARGET.rssPages)})` : ''}`,
      target: `≤ ${TARGET.peakRssMb} MB`,
      measured: memory === null ? 'not run (--rss-pages 0)' : `${fmt(memory.peakRssMb, 0)} MB`,
      pass: memory === null ? null : memory.peakRssMb <= TARGET.peakRssMb,
    },
    {
      name: 'no growth: retained memory (heap + external after a full GC), midpoint → end',
      target: `≤ ${RSS_GROWTH_MAX} MB / 1,000 pages`,
      measured:
        memory === null
          ? 'not run'
          : `${fmt(memory.retainedGrowthMbPer1000, 2)} MB / 1,000 pages (sampled RSS slope ${fmt(memory.rssSlopeMbPer1000, 2)}, not judged: GC sawtooth)`,
      pass: memory === null || memory.afterGc === null ? null : memory.retainedGrowthMbPer1000 <= RSS_GROWTH_MAX,
    },
    {
      name: `linear in page size (${SCALES.map((s) => `${s}×`).join(', ')})`,
      target: `ms/MB at ${SCALES[SCALES.length - 1] ?? '?'}× ≤ ${LINEAR_MAX_RATIO} × ms/MB at 1×`,
      measured: scale === null ? 'no page with <body>' : `${fmt(scale.ratio, 2)}×`,
      pass: scale === null ? null : scale.linear,
    },
    {
      name: `pool, --jobs ${opts.jobs}, vs single thread`,
      target: `≥ ${TARGET.poolRatio}×`,
      measured: `${fmt(pool.pairedRatio, 2)}× back to back (${fmt(pool.pagesPerSecond)} pages/s; ${fmt(pool.ratio, 2)}× the phase-2 rate)`,
      pass: pool.pairedRatio >= TARGET.poolRatio,
    },
  ];
  return targets;
}
