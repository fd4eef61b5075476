/** 5. Memory: a fresh process sifts --rss-pages pages read from disk; RSS, heap and retained memory. */
import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST } from './build.js';
import type { Page } from './pages.js';
import { MB, slope } from './stats.js';

export const RSS_SAMPLE_EVERY = 100;
/** "No growth": growth of the retained memory (heap + external after a full GC) over the second half of the memory run, MB per 1,000 pages. */
export const RSS_GROWTH_MAX = 1;

interface MemorySample {
  pages: number;
  rssMb: number;
  heapUsedMb: number;
  externalMb: number;
}

export interface MemoryRun {
  pages: number;
  /** Kernel peak RSS of the child (process.resourceUsage().maxRSS), MB. */
  peakRssMb: number;
  /** RSS after createSifter, before the first page, MB. */
  baselineRssMb: number;
  /** Least-squares slope of the sampled RSS over the second half, MB per 1,000 pages (noisy: it follows the heap's sawtooth). */
  rssSlopeMbPer1000: number;
  /** After a forced full GC at the midpoint and at the end: growth from one to the other, MB per 1,000 pages. */
  retainedHeapGrowthMbPer1000: number;
  /** heapUsed + external (ArrayBuffers, jieba's wasm memory). */
  retainedGrowthMbPer1000: number;
  retainedRssGrowthMbPer1000: number;
  afterGc: { mid: MemorySample; end: MemorySample } | null;
  pagesPerSecond: number;
  errors: number;
  /** Every RSS_SAMPLE_EVERY pages, no forced GC. */
  samples: MemorySample[];
}

const MEMORY_CHILD = `
import { readFileSync } from 'node:fs';
const [url, listFile, countArg, everyArg] = process.argv.slice(1);
const files = JSON.parse(readFileSync(listFile, 'utf8'));
const count = Number(countArg), every = Number(everyArg), mid = Math.floor(count / 2);
const lib = await import(url);
const sifter = await lib.createSifter();
const utf8 = new TextDecoder('utf-8');
const sample = (pages) => { const m = process.memoryUsage(); return { pages, rss: m.rss, heapUsed: m.heapUsed, external: m.external }; };
const afterGc = (pages) => { globalThis.gc(); return sample(pages); };
const samples = [sample(0)];
const gcSamples = [];
let errors = 0;
const start = performance.now();
for (let i = 0; i < count; i++) {
  const f = files[i % files.length];
  const bytes = readFileSync(f.file);
  try { sifter.sift(f.kind === 'text' ? { text: utf8.decode(bytes) } : { bytes }); } catch { errors++; }
  if ((i + 1) % every === 0) samples.push(sample(i + 1));
  if (i + 1 === mid || i + 1 === count) gcSamples.push(afterGc(i + 1));
  if ((i + 1) % 2000 === 0) process.stderr.write('  memory: ' + (i + 1) + ' pages\\n');
}
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ samples, gcSamples, errors, ms, maxRssKb: process.resourceUsage().maxRSS }));
`;

export async function memoryRun(pages: readonly Page[], count: number): Promise<MemoryRun> {
  const listFile = join(tmpdir(), `pagesift-bench-${process.pid}.json`);
  await writeFile(listFile, JSON.stringify(pages.map((p) => ({ file: p.file, kind: p.kind }))));
  const child = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', MEMORY_CHILD, pathToFileURL(join(DIST, 'index.js')).href, listFile, String(count), String(RSS_SAMPLE_EVERY)], {
    cwd: tmpdir(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  await rm(listFile, { force: true });
  if (child.status !== 0) throw new Error(`memory child failed (exit ${String(child.status)})`);
  type Raw = { pages: number; rss: number; heapUsed: number; external: number };
  const r = JSON.parse(child.stdout) as { samples: Raw[]; gcSamples: Raw[]; errors: number; ms: number; maxRssKb: number };
  const toMb = (s: Raw): MemorySample => ({ pages: s.pages, rssMb: s.rss / MB, heapUsedMb: s.heapUsed / MB, externalMb: s.external / MB });
  const samples = r.samples.map(toMb);
  const [mid, end] = r.gcSamples.map(toMb);
  const afterGc = mid !== undefined && end !== undefined && end.pages > mid.pages ? { mid, end } : null;
  const growth = (value: (s: MemorySample) => number): number =>
    afterGc === null ? Number.NaN : ((value(afterGc.end) - value(afterGc.mid)) / (afterGc.end.pages - afterGc.mid.pages)) * 1000;
  const secondHalf = samples.filter((s) => s.pages >= count / 2);
  return {
    pages: count,
    peakRssMb: (r.maxRssKb * 1024) / MB,
    baselineRssMb: samples[0]?.rssMb ?? Number.NaN,
    rssSlopeMbPer1000: slope(secondHalf.map((s) => ({ x: s.pages, y: s.rssMb }))) * 1000,
    retainedHeapGrowthMbPer1000: growth((x) => x.heapUsedMb),
    retainedGrowthMbPer1000: growth((x) => x.heapUsedMb + x.externalMb),
    retainedRssGrowthMbPer1000: growth((x) => x.rssMb),
    afterGc,
    pagesPerSecond: count / (r.ms / 1000),
    errors: r.errors,
    samples,
  };
}
