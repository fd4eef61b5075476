/** 1. Cold start: a fresh process imports the build and awaits createSifter(). */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DIST } from './build.js';
import { MB, median } from './stats.js';

/** Cold-start child runs (after one discarded run). */
const COLD_RUNS = 5;

export interface ColdStart {
  runs: number;
  /** Medians over the runs, ms. */
  importMs: number;
  createSifterMs: number;
  importAndCreateMs: number;
  /** performance.now() when the child's script began: node's own boot. */
  nodeBootMs: number;
  /** Spawn to exit, measured by the parent. */
  processMs: number;
  /** RSS of the child right after createSifter, MB (median). */
  rssAfterCreateMb: number;
  samples: { importMs: number; createSifterMs: number; nodeBootMs: number; processMs: number; rssMb: number }[];
}

const COLD_CHILD = `
const boot = performance.now();
const lib = await import(process.argv[1]);
const imported = performance.now();
await lib.createSifter();
const created = performance.now();
process.stdout.write(JSON.stringify({ boot, importMs: imported - boot, createSifterMs: created - imported, rss: process.memoryUsage().rss }));
`;

export function coldStart(): ColdStart {
  const url = pathToFileURL(join(DIST, 'index.js')).href;
  const samples: ColdStart['samples'] = [];
  for (let i = 0; i <= COLD_RUNS; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', COLD_CHILD, url], { cwd: tmpdir(), encoding: 'utf8' });
    const processMs = performance.now() - start;
    if (child.status !== 0) throw new Error(`cold-start child failed (exit ${String(child.status)}): ${child.stderr}`);
    const r = JSON.parse(child.stdout) as { boot: number; importMs: number; createSifterMs: number; rss: number };
    if (i > 0) samples.push({ importMs: r.importMs, createSifterMs: r.createSifterMs, nodeBootMs: r.boot, processMs, rssMb: r.rss / MB });
  }
  return {
    runs: samples.length,
    importMs: median(samples.map((s) => s.importMs)),
    createSifterMs: median(samples.map((s) => s.createSifterMs)),
    importAndCreateMs: median(samples.map((s) => s.importMs + s.createSifterMs)),
    nodeBootMs: median(samples.map((s) => s.nodeBootMs)),
    processMs: median(samples.map((s) => s.processMs)),
    rssAfterCreateMb: median(samples.map((s) => s.rssMb)),
    samples,
  };
}
