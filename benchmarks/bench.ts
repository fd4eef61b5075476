/**
 * Speed and memory benchmark: pagesift beside Readability.js, on the same pages in the same run.
 *
 *   npx tsx benchmarks/bench.ts <corpus-dir> [--sets readability,zh-gbk] [--rounds 3] [--peer-rounds 1]
 *                               [--jobs 2] [--rss-pages 10000] [--no-peers] [--no-build]
 *                               [--out benchmarks/results/bench.json] [--markdown benchmarks/RESULTS.md]
 *
 *   <corpus-dir>     a corpus of sets (<dir>/<set>/<case>/page.html|page.txt, truth.json optional),
 *                    one set (<dir>/<case>/page.html), or any folder of .html/.htm/.txt files
 *   --sets A,B       sets of the corpus to run (comma list, or repeat the flag); default readability,zh-gbk
 *                    when the corpus has them, else all its sets
 *   --rounds N       timed passes over the pages for pagesift (single thread, stage timing, pool); default 3
 *   --peer-rounds N  timed passes for each peer (Readability is slow: one pass is about a minute); default 1
 *   --jobs N         worker threads of the pool measurement; default 2
 *   --rss-pages N    pages sifted in the memory run (cycling through the pages); 0 skips it; default 10000
 *   --no-peers       skip Readability on jsdom / linkedom
 *   --no-build       do not rebuild dist/ even when it is older than src/
 *   --out FILE       JSON results; default benchmarks/results/bench.json
 *   --markdown FILE  write/replace the section between <!-- bench:start --> and <!-- bench:end -->
 *                    (appended, with a heading, when the markers are missing; nothing else is touched)
 *
 * What is measured, in this order (one thing at a time, so the phases do not compete for the cores):
 * 1. Cold start: a fresh `node` process imports the BUILT library (dist/index.js) and awaits
 *    createSifter(); import and createSifter wall times are taken inside the child, the process
 *    total (spawn to exit, node's own boot included) in the parent. One discarded run (disk cache),
 *    then COLD_RUNS runs; medians reported.
 * 2. Single thread: every page is read into memory first (bytes; .txt pages as text, as eval does).
 *    WARMUP_PASSES warm-up passes (the first records the charset pagesift decoded each page with,
 *    for the linkedom peer), then N passes of `sifter.sift()` with no timer. pages/s, MB/s and
 *    mean ms come from the median round (MB = 10^6 bytes of page input); p50/p95 are over pages,
 *    of each page's median time.
 *    Each of them is followed by a pass through `siftPage(…, timer)` (the same function sifter.sift
 *    calls) with a StageTimer, for the time per stage (alternating, so load changes hit both
 *    alike). 'features' is reported WITHOUT tokenize (the pipeline's features time includes
 *    tokenize). The timer's own cost is reported (timed vs untimed wall time).
 * 3. Scaling: the page nearest the median size among pages with <body>…</body>; its body content
 *    (the bytes between the end of the <body> tag and </body>, so the charset is untouched) repeated
 *    1×, 10×, 100× inside the one document. Sifted with a sifter whose maxBytes fits the 100× page
 *    (so nothing is cut), several reps each; the fastest rep is used (the median is shown too: on a
 *    shared machine other processes add noise, not the page), with the GC time V8 reports, plus
 *    one rep with a StageTimer (ms/MB per stage, to see which stage grows). Non-linear when ms/MB
 *    at 100× > 2 × ms/MB at 1×.
 * 4. Pool: createPool({ threads: --jobs }) from dist (the src worker needs the tsx loader and is not
 *    what users run), siftMany over the same inputs: one warm-up pass, N timed passes, each right
 *    after a single-thread pass over the same pages on the sifter of phase 2; the ratio judged is the
 *    median of (single pass time ÷ pool pass time) over the rounds (on this shared VM the speed
 *    drifts by a third within minutes, so rates measured minutes apart compare the drift as much
 *    as the pool); the ratio to phase 2's rate is shown too. Then the machine's own scaling over --jobs worker threads on plain
 *    JavaScript (thread-scaling.ts: an arithmetic loop and an allocating loop), as a ceiling to
 *    read the pool ratio against (shown, not judged).
 * 5. Memory: a fresh `node` process on dist sifts --rss-pages pages on one sifter, reading each page
 *    from disk as it goes (so the corpus is not held in memory), dropping each report. RSS and heap
 *    are sampled every RSS_SAMPLE_EVERY pages; the peak is the kernel's maxRSS
 *    (process.resourceUsage()), which also catches peaks between samples. The sampled RSS follows
 *    the heap's sawtooth (230–275 MB here), so its least-squares slope over the second half is
 *    reported but not judged (it moved between −3.6 and +2.8 MB per 1,000 pages from run to run
 *    on the same code). "No growth" is judged on the retained memory — heapUsed + external
 *    (ArrayBuffers, jieba's wasm memory) right after a forced full GC (--expose-gc) at the midpoint
 *    and at the end: growth between them at most RSS_GROWTH_MAX MB per 1,000 pages. RSS after
 *    those GCs is shown too; it is not judged either, because V8 keeps freed pages mapped. The two
 *    GCs are the only forced ones, so the peak stays the one of a natural run.
 * 6. Peers, on the same in-memory pages (but none over PEER_MAX_BYTES), one page after another,
 *    after a warm-up on WARMUP_PEER pages:
 *    - Readability.js on jsdom exactly as `eval --peers` runs it (benchmarks/peers.ts, column RB): the
 *      raw bytes to jsdom as a Buffer with contentType 'text/html' (jsdom sniffs the charset).
 *    - Readability.js on linkedom: linkedom takes no bytes, so the bytes are decoded with the charset
 *      pagesift's report gave (like eval's RB-pd column; TextDecoder, inside the timed part), then
 *      `new DOMParser().parseFromString(html, 'text/html')` and `new Readability(document).parse()`.
 *      A throw is counted as an error and the run goes on.
 *    .txt pages go to both as peers.ts's textPageToHtml(). In the same pass, pagesift sifts each
 *    page right before the peer does (same sifter): the paired ratio (peer time ÷ pagesift time,
 *    summed over the pages) is immune to load changes on a shared machine, but pagesift then runs
 *    in the peer's garbage and caches and measures about 2× slower than alone, so the ratio judged
 *    is the one to the single-thread rate; both are shown.
 *
 * Timings are wall time (performance.now) on this machine; the machine line gives the core count
 * (os.availableParallelism()), CPU model and Node version.
 */
import { writeSection } from './markdown.js';
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Report, SiftInput, Sifter } from '../src/index.js';
import type { Stage, StageTimer } from '../src/pipeline.js';
import { createReadabilityRunner, decodeWith, peerVersions, textPageToHtml } from './peers.js';
import { probeThreadScaling } from './thread-scaling.js';

// ---------------------------------------------------------------------------------------------
// Constants

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
const DEFAULT_SETS = ['readability', 'zh-gbk'];
const DEFAULT_OUT = 'benchmarks/results/bench.json';
const DEFAULT_ROUNDS = 3;
const DEFAULT_PEER_ROUNDS = 1;
const DEFAULT_JOBS = 2;
const DEFAULT_RSS_PAGES = 10_000;
const SECTION_HEADING = '## Speed and memory (`npm run bench`)';
const TRUTH_FILE = 'truth.json';
const MB = 1e6;
const EXIT_USAGE = 2;

/** Cold-start child runs (after one discarded run). */
const COLD_RUNS = 5;
/** Scaling: size multipliers and repetitions per size. */
const SCALES = [1, 10, 100] as const;
const SCALE_REPS: Record<(typeof SCALES)[number], number> = { 1: 20, 10: 7, 100: 5 };
/** Stop repeating a scaled page once one rep took this long. */
const SCALE_REP_BUDGET_MS = 30_000;
/** Non-linear when ms/MB at the largest size exceeds this multiple of ms/MB at 1×. */
const LINEAR_MAX_RATIO = 2;
const RSS_SAMPLE_EVERY = 100;
/** "No growth": growth of the retained memory (heap + external after a full GC) over the second half of the memory run, MB per 1,000 pages. */
const RSS_GROWTH_MAX = 1;
/** Untimed passes over all pages before the timed rounds (one was not enough: the first timed round still ran ~40% slower). */
const WARMUP_PASSES = 2;
/** Pages each peer sifts untimed before its timed pass (JIT, lazy module loading). */
const WARMUP_PEER = 10;
/**
 * Pages larger than this are not given to the peers (pagesift cuts pages there by default):
 * Readability on jsdom runs in this process, and a page of tens of MB could take minutes and
 * gigabytes, or end the whole run. Skipped pages are counted in the table's note; the ratio
 * judged then compares pagesift on every page with the peer on the others (which favours the peer).
 */
const PEER_MAX_BYTES = 10 * 1024 * 1024;

/** The issue's targets. */
const TARGET = {
  pagesPerSecond: 200,
  ratioJsdom: 50,
  coldStartMs: 300,
  peakRssMb: 300,
  rssPages: 10_000,
  poolRatio: 1.7,
} as const;

const STAGE_COLUMNS = ['decode', 'segment', 'tokenize', 'features', 'classify', 'report'] as const satisfies readonly Stage[];

// ---------------------------------------------------------------------------------------------
// The library, loaded from dist/ at run time (typed from src/)

type LibModule = typeof import('../src/index.js');
type PipelineModule = typeof import('../src/pipeline.js');
type ResourcesModule = typeof import('../src/resources.js');
type OptionsModule = typeof import('../src/options.js');

/** Imports a module of the build; the specifier is computed so tsc types it from src/ instead. */
async function importDist<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(join(DIST, file)).href)) as T;
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(ext) && !entry.name.endsWith('.d.ts')) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

/** src files whose build output is missing or older than the source. */
async function staleSources(): Promise<string[]> {
  const stale: string[] = [];
  for (const src of await listFiles(SRC, '.ts')) {
    const out = join(DIST, relative(SRC, src)).replace(/\.ts$/, '.js');
    const [s, d] = await Promise.all([stat(src), stat(out).catch(() => null)]);
    if (d === null || d.mtimeMs < s.mtimeMs) stale.push(relative(ROOT, src));
  }
  return stale;
}

async function ensureBuild(skip: boolean): Promise<void> {
  const stale = await staleSources();
  if (stale.length === 0) return;
  if (skip) {
    log(`warning: dist/ is older than ${stale.length} src file(s) (${stale.slice(0, 3).join(', ')}…); --no-build given, benchmarking the old build`);
    return;
  }
  log(`dist/ is older than ${stale.length} src file(s): npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${String(result.status)})`);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** Nearest-rank percentile (p in 0..100) of unsorted values; NaN for none. */
function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Least-squares slope of y over x. */
function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = sum(points.map((p) => p.x)) / n;
  const my = sum(points.map((p) => p.y)) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den === 0 ? Number.NaN : num / den;
}

function fmt(x: number | null | undefined, decimals = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(decimals);
}

function fmtInt(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

function verdict(pass: boolean | null): string {
  return pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL';
}

// ---------------------------------------------------------------------------------------------
// Corpus

interface Page {
  set: string;
  id: string;
  file: string;
  kind: 'html' | 'text';
  bytes: Uint8Array;
  input: SiftInput;
  /** Charset of pagesift's report (filled by the warm-up pass); null for text pages. */
  charset: string | null;
}

const utf8 = new TextDecoder('utf-8');

/** Sub-directories of `dir` (symbolic links to directories too), sorted; hidden ones skipped. */
async function listDirs(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory() || (e.isSymbolicLink() && (await stat(join(dir, e.name)).catch(() => null))?.isDirectory() === true)) out.push(e.name);
  }
  return out.sort();
}

const PAGE_FILE = /\.(?:html?|txt)$/i;

/** The page of a case folder: truth.json's `input` when it names one, else page.html, else page.txt, else its only .html/.htm file. */
async function caseInput(caseDir: string): Promise<string | undefined> {
  const files = (await readdir(caseDir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  if (files.includes(TRUTH_FILE)) {
    const path = join(caseDir, TRUTH_FILE);
    let truth: { input?: unknown };
    try {
      truth = JSON.parse(await readFile(path, 'utf8')) as { input?: unknown };
    } catch (e) {
      throw new Error(`${path}: ${errorMessage(e)}`);
    }
    if (typeof truth.input === 'string' && files.includes(truth.input)) return truth.input;
  }
  for (const name of ['page.html', 'page.txt']) if (files.includes(name)) return name;
  const html = files.filter((f) => /\.html?$/i.test(f));
  return html.length === 1 ? html[0] : undefined;
}

async function readPage(set: string, id: string, file: string): Promise<Page> {
  const bytes = new Uint8Array(await readFile(file));
  const kind = file.toLowerCase().endsWith('.txt') ? 'text' : 'html';
  return { set, id, file, kind, bytes, input: kind === 'text' ? { text: utf8.decode(bytes) } : { bytes }, charset: null };
}

async function readCases(setDir: string, set: string): Promise<Page[]> {
  const pages: Page[] = [];
  for (const id of await listDirs(setDir)) {
    const name = await caseInput(join(setDir, id));
    if (name === undefined) log(`warning: ${join(setDir, id)} holds no page (page.html, page.txt or one .html file); skipped`);
    else pages.push(await readPage(set, id, join(setDir, id, name)));
  }
  return pages;
}

async function isCase(dir: string): Promise<boolean> {
  return (await caseInput(dir)) !== undefined;
}

/**
 * What a corpus directory holds, so the bench runs on any folder of pages, not only on the
 * development corpus:
 *   - a corpus of sets (<dir>/<set>/<case>/page.html, truth.json optional): the sets asked for
 *     with --sets; without --sets, readability and zh-gbk when it has them, else all its sets;
 *   - one set (<dir>/<case>/page.html): that set, named after the directory;
 *   - any other folder: every .html/.htm/.txt file under it, as one set named after the directory.
 */
async function readCorpus(corpus: string, requested: readonly string[] | null): Promise<{ sets: string[]; pages: Page[] }> {
  const dirs = await listDirs(corpus);
  const setsWithCases: string[] = [];
  for (const dir of dirs) {
    for (const sub of await listDirs(join(corpus, dir))) {
      if (await isCase(join(corpus, dir, sub))) {
        setsWithCases.push(dir);
        break;
      }
    }
  }
  if (requested !== null) {
    const unknown = requested.filter((s) => !setsWithCases.includes(s));
    if (unknown.length > 0) usage(`unknown set(s): ${unknown.join(', ')} (corpus has: ${setsWithCases.join(', ') || 'no sets of cases'})`);
    return { sets: [...requested], pages: (await Promise.all(requested.map((s) => readCases(join(corpus, s), s)))).flat() };
  }
  if (setsWithCases.length > 0) {
    const defaults = DEFAULT_SETS.filter((s) => setsWithCases.includes(s));
    const sets = defaults.length > 0 ? defaults : setsWithCases;
    if (defaults.length === 0) log(`no ${DEFAULT_SETS.join(' or ')} set in this corpus: using all its sets (${sets.join(', ')})`);
    return { sets, pages: (await Promise.all(sets.map((s) => readCases(join(corpus, s), s)))).flat() };
  }
  const name = basename(corpus);
  for (const dir of dirs) if (await isCase(join(corpus, dir))) return { sets: [name], pages: await readCases(corpus, name) };
  const files: string[] = [];
  for (const entry of await readdir(corpus, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && PAGE_FILE.test(entry.name) && !entry.name.startsWith('.')) files.push(join(entry.parentPath, entry.name));
  }
  files.sort();
  return { sets: [name], pages: await Promise.all(files.map((f) => readPage(name, relative(corpus, f), f))) };
}

function groupBySet(pages: readonly Page[]): Map<string, Page[]> {
  const out = new Map<string, Page[]>();
  for (const p of pages) {
    const list = out.get(p.set) ?? [];
    list.push(p);
    out.set(p.set, list);
  }
  return out;
}

const bytesOf = (pages: readonly Page[]): number => sum(pages.map((p) => p.bytes.byteLength));

/** One pass of `sifter.sift` over the pages; a page that throws is skipped (the first warm-up pass reports and counts errors). */
function siftAllQuietly(sifter: Sifter, pages: readonly Page[]): void {
  for (const page of pages) {
    try {
      sifter.sift(page.input);
    } catch {
      // reported and counted by the first warm-up pass
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Cold start

interface ColdStart {
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

function coldStart(): ColdStart {
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

// ---------------------------------------------------------------------------------------------
// 2. Single-thread throughput and stages

interface Throughput {
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

interface StageBreakdown {
  rounds: number;
  /** ms per page; `features` excludes tokenize. */
  msPerPage: Record<(typeof STAGE_COLUMNS)[number], number>;
  totalMsPerPage: number;
  /** Wall time of the timed passes ÷ wall time of the untimed passes − 1. */
  timerOverhead: number;
}

/** `siftPage` of the build with its resources, for runs with a StageTimer. */
interface TimedPipeline {
  sift(input: SiftInput, timer: StageTimer, maxBytes?: number): Report;
}

async function timedPipeline(): Promise<TimedPipeline> {
  const [{ siftPage }, { loadResources }, { parseOptions }] = await Promise.all([
    importDist<PipelineModule>('pipeline.js'),
    importDist<ResourcesModule>('resources.js'),
    importDist<OptionsModule>('options.js'),
  ]);
  const options = parseOptions(undefined);
  // Resources do not depend on maxBytes: one load serves every maxBytes.
  const resources = await loadResources(options);
  const withMax = new Map<number, typeof options>();
  return {
    sift(input, timer, maxBytes) {
      let opts = options;
      if (maxBytes !== undefined) {
        opts = withMax.get(maxBytes) ?? parseOptions({ maxBytes });
        withMax.set(maxBytes, opts);
      }
      return siftPage(resources, opts, input, timer);
    },
  };
}

type StageTotals = Record<Stage, number>;
const zeroStages = (): StageTotals => ({ decode: 0, segment: 0, tokenize: 0, features: 0, classify: 0, report: 0 });

/** Stage totals → ms per page for the report columns ('features' without tokenize). */
function exclusiveStages(totals: StageTotals, n: number): Record<(typeof STAGE_COLUMNS)[number], number> {
  return {
    decode: totals.decode / n,
    segment: totals.segment / n,
    tokenize: totals.tokenize / n,
    features: (totals.features - totals.tokenize) / n,
    classify: totals.classify / n,
    report: totals.report / n,
  };
}

/** A StageTimer adding into `target()` (switchable between pages). */
function stageTimer(target: () => StageTotals): StageTimer {
  return {
    now: () => performance.now(),
    add(stage, ms) {
      target()[stage] += ms;
    },
  };
}

interface SetRun {
  throughput: Throughput;
  stages: StageBreakdown;
}

/**
 * Rates from the per-page times of every round: the round taken is the median one (by the summed
 * time of these pages), so a burst of load from other processes in one round does not move it.
 */
function summariseTimes(pages: readonly Page[], times: Map<Page, number[]>, rounds: number, errors: number): Throughput {
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

async function singleThread(sifter: Sifter, timed: TimedPipeline, pages: readonly Page[], rounds: number): Promise<{ overall: SetRun; sets: Map<string, SetRun>; warmupErrors: number }> {
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

// ---------------------------------------------------------------------------------------------
// 3. Scaling

interface ScalePoint {
  scale: number;
  bytes: number;
  segments: number;
  reps: number;
  /** Fastest rep (the least disturbed by other processes); msPerMb is from it. */
  ms: number;
  medianMs: number;
  msPerMb: number;
  /** Garbage-collection time during the reps (V8's gc performance entries), ms per MB, mean per rep. */
  gcMsPerMb: number;
  truncated: boolean;
  /** ms per MB of each stage (one extra rep with a StageTimer; 'features' without tokenize). */
  stageMsPerMb: Record<(typeof STAGE_COLUMNS)[number], number>;
}

interface Scaling {
  page: string;
  charset: string | null;
  bodyBytes: number;
  points: ScalePoint[];
  /** ms/MB at the largest size ÷ ms/MB at 1×. */
  ratio: number;
  linear: boolean;
}

/** Byte offsets of the body content: after the `<body …>` tag, before the last `</body`. */
function bodySpan(bytes: Uint8Array): { start: number; end: number } | null {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').toLowerCase();
  const open = latin1.search(/<body[\s>]/);
  if (open === -1) return null;
  const tagEnd = latin1.indexOf('>', open);
  const close = latin1.lastIndexOf('</body');
  if (tagEnd === -1 || close <= tagEnd + 1) return null;
  return { start: tagEnd + 1, end: close };
}

function scaledPage(bytes: Uint8Array, span: { start: number; end: number }, times: number): Uint8Array {
  const body = bytes.subarray(span.start, span.end);
  const out = new Uint8Array(bytes.byteLength + body.byteLength * (times - 1));
  out.set(bytes.subarray(0, span.end), 0);
  let at = span.end;
  for (let i = 1; i < times; i++) {
    out.set(body, at);
    at += body.byteLength;
  }
  out.set(bytes.subarray(span.end), at);
  return out;
}

async function scaling(lib: LibModule, timed: TimedPipeline, pages: readonly Page[]): Promise<Scaling | null> {
  const sorted = pages.filter((p) => p.kind === 'html').sort((a, b) => a.bytes.byteLength - b.bytes.byteLength);
  const mid = sorted.length >> 1;
  // The page nearest the median position that has a <body>…</body>.
  const candidates = sorted.map((p, i) => ({ p, d: Math.abs(i - mid) })).sort((a, b) => a.d - b.d);
  const chosen = candidates.map(({ p }) => ({ p, span: bodySpan(p.bytes) })).find((c) => c.span !== null);
  if (chosen === undefined || chosen.span === null) return null;
  const { p: page, span } = chosen;
  const largest = SCALES[SCALES.length - 1] ?? 1;
  const maxBytes = Math.ceil(scaledPage(page.bytes, span, largest).byteLength * 1.1);
  const sifterMaxBytes = Math.max(maxBytes, lib.DEFAULT_MAX_BYTES);
  const sifter = await lib.createSifter({ maxBytes: sifterMaxBytes });
  let gcMs = 0;
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const points: ScalePoint[] = [];
  for (const scale of SCALES) {
    const bytes = scaledPage(page.bytes, span, scale);
    const input = { bytes };
    const first = sifter.sift(input); // warm-up (and the shape of the report)
    const reps: number[] = [];
    await nextTurn();
    gcMs = 0;
    for (let i = 0; i < SCALE_REPS[scale]; i++) {
      const start = performance.now();
      sifter.sift(input);
      const ms = performance.now() - start;
      reps.push(ms);
      await nextTurn(); // let the gc entries of this rep arrive
      if (ms > SCALE_REP_BUDGET_MS) break;
    }
    const gcPerRep = gcMs / reps.length;
    const ms = Math.min(...reps);
    const stages = zeroStages();
    timed.sift(input, stageTimer(() => stages), sifterMaxBytes);
    const mbs = bytes.byteLength / MB;
    points.push({
      scale,
      bytes: bytes.byteLength,
      segments: first.segments.length,
      reps: reps.length,
      ms,
      medianMs: median(reps),
      msPerMb: ms / mbs,
      gcMsPerMb: gcPerRep / mbs,
      truncated: first.input.truncated,
      stageMsPerMb: exclusiveStages(stages, mbs),
    });
    log(`  scaling: ${scale}× ${(bytes.byteLength / MB).toFixed(2)} MB ${ms.toFixed(1)} ms (median ${median(reps).toFixed(1)} ms)`);
  }
  gcObserver.disconnect();
  const base = points[0];
  const top = points[points.length - 1];
  const ratio = base !== undefined && top !== undefined ? top.msPerMb / base.msPerMb : Number.NaN;
  return { page: `${page.set}/${page.id}`, charset: page.charset, bodyBytes: span.end - span.start, points, ratio, linear: ratio <= LINEAR_MAX_RATIO };
}

// ---------------------------------------------------------------------------------------------
// 4. Pool

interface PoolRun {
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

async function poolRun(lib: LibModule, sifter: Sifter, pages: readonly Page[], threads: number, rounds: number, singlePagesPerSecond: number): Promise<PoolRun> {
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

// ---------------------------------------------------------------------------------------------
// 5. Memory

interface MemorySample {
  pages: number;
  rssMb: number;
  heapUsedMb: number;
  externalMb: number;
}

interface MemoryRun {
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

async function memoryRun(pages: readonly Page[], count: number): Promise<MemoryRun> {
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

// ---------------------------------------------------------------------------------------------
// 6. Peers

const PEERS = ['jsdom', 'linkedom'] as const;
type Peer = (typeof PEERS)[number];

interface PeerSetRun {
  pages: number;
  rounds: number;
  pagesPerSecond: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  errors: number;
  nullArticles: number;
  /** pagesift pages/s (the single-thread measurement) ÷ this peer's pages/s, same pages. */
  ratio: number;
  /**
   * Paired: pagesift's time on each page measured right before the peer's, in the same pass, so a
   * change of machine load hits both alike. Peer time ÷ pagesift time, summed over the pages.
   */
  pairedRatio: number;
  /** pagesift pages/s in the paired pass. */
  pairedPagesiftPagesPerSecond: number;
}

interface PeerRunResult {
  overall: PeerSetRun;
  sets: Map<string, PeerSetRun>;
}

type PeerFn = (page: Page) => { error: string | null; nullArticle: boolean };

async function peerFunctions(): Promise<Record<Peer, PeerFn>> {
  const jsdom = await createReadabilityRunner();
  const [{ DOMParser }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  return {
    jsdom(page) {
      const out = jsdom.run(page.kind === 'text' ? { kind: 'text', text: utf8.decode(page.bytes) } : { kind: 'bytes', bytes: page.bytes });
      return { error: out.error, nullArticle: out.nullArticle };
    },
    linkedom(page) {
      try {
        const html = page.kind === 'text' ? textPageToHtml(utf8.decode(page.bytes)) : decodeWith(page.bytes, page.charset ?? 'utf-8');
        const document = new DOMParser().parseFromString(html, 'text/html');
        const article = new Readability(document).parse();
        return { error: null, nullArticle: article === null };
      } catch (e) {
        return { error: errorMessage(e), nullArticle: false };
      }
    },
  };
}

function runPeer(name: Peer, fn: PeerFn, sifter: Sifter, pages: readonly Page[], rounds: number, single: { overall: SetRun; sets: Map<string, SetRun> }): PeerRunResult {
  for (const page of pages.slice(0, WARMUP_PEER)) fn(page);
  const times = new Map<Page, number[]>(pages.map((p) => [p, []]));
  const pagesiftTimes = new Map<Page, number[]>(pages.map((p) => [p, []]));
  const errors = new Map<string, number>();
  const nulls = new Map<string, number>();
  const reported = new Set<string>();
  for (let round = 0; round < rounds; round++) {
    const roundStart = performance.now();
    for (const page of pages) {
      const own = performance.now();
      try {
        sifter.sift(page.input);
      } catch {
        // counted in the single-thread passes
      }
      pagesiftTimes.get(page)?.push(performance.now() - own);
      const start = performance.now();
      const out = fn(page);
      times.get(page)?.push(performance.now() - start);
      if (out.error !== null) {
        errors.set(page.set, (errors.get(page.set) ?? 0) + 1);
        const key = `${page.set}/${page.id}`;
        if (!reported.has(key)) log(`PEER ERROR ${key}: Readability on ${name} threw: ${out.error}`);
        reported.add(key);
      }
      if (out.nullArticle) nulls.set(page.set, (nulls.get(page.set) ?? 0) + 1);
    }
    log(`  ${name}: round ${round + 1}/${rounds} ${((performance.now() - roundStart) / 1000).toFixed(1)} s`);
  }
  const summarise = (setPages: readonly Page[], run: SetRun | undefined, errorCount: number, nullCount: number): PeerSetRun => {
    const t = summariseTimes(setPages, times, rounds, errorCount);
    const own = summariseTimes(setPages, pagesiftTimes, rounds, 0);
    return {
      pages: setPages.length,
      rounds,
      pagesPerSecond: t.pagesPerSecond,
      meanMs: t.meanMs,
      p50Ms: t.p50Ms,
      p95Ms: t.p95Ms,
      errors: errorCount,
      nullArticles: nullCount / rounds,
      ratio: (run?.throughput.pagesPerSecond ?? Number.NaN) / t.pagesPerSecond,
      pairedRatio: own.pagesPerSecond / t.pagesPerSecond,
      pairedPagesiftPagesPerSecond: own.pagesPerSecond,
    };
  };
  const sets = new Map<string, PeerSetRun>();
  for (const [set, setPages] of groupBySet(pages)) sets.set(set, summarise(setPages, single.sets.get(set), errors.get(set) ?? 0, nulls.get(set) ?? 0));
  // Overall ratio from the per-page time sums (same pages) so both sides weigh pages alike.
  const overall = summarise(pages, single.overall, sum([...errors.values()]), sum([...nulls.values()]));
  return { overall, sets };
}

// ---------------------------------------------------------------------------------------------
// Output

interface Target {
  name: string;
  target: string;
  measured: string;
  pass: boolean | null;
}

function textTable(columns: readonly string[], rows: readonly string[][]): string {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(columns: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(columns), `|${columns.map((_, i) => (i === 0 ? ':---' : '---:')).join('|')}|`, ...rows.map(line)].join('\n');
}

interface Table {
  title: string;
  columns: string[];
  rows: string[][];
  note?: string;
}


// ---------------------------------------------------------------------------------------------
// Main

interface Options {
  corpus: string;
  /** Sets named with --sets; null: readCorpus chooses. */
  sets: string[] | null;
  rounds: number;
  peerRounds: number;
  jobs: number;
  rssPages: number;
  peers: boolean;
  build: boolean;
  out: string;
  markdown: string | null;
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npx tsx benchmarks/bench.ts <corpus-dir> [--sets readability,zh-gbk] [--rounds N] [--peer-rounds N] [--jobs N] [--rss-pages N] [--no-peers] [--no-build] [--out ${DEFAULT_OUT}] [--markdown FILE]\n`,
  );
  process.exit(EXIT_USAGE);
}

function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sets: { type: 'string', multiple: true },
        rounds: { type: 'string' },
        'peer-rounds': { type: 'string' },
        jobs: { type: 'string' },
        'rss-pages': { type: 'string' },
        'no-peers': { type: 'boolean' },
        'no-build': { type: 'boolean' },
        out: { type: 'string' },
        markdown: { type: 'string' },
      },
    });
  } catch (e) {
    usage(errorMessage(e));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || positionals[0] === undefined) usage('expected exactly one corpus directory');
  const int = (name: string, value: string | undefined, fallback: number, min: number): number => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) usage(`--${name} must be an integer ≥ ${min}`);
    return n;
  };
  const sets = (values.sets ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s.length > 0);
  return {
    corpus: resolve(positionals[0]),
    sets: sets.length > 0 ? [...new Set(sets)] : null,
    rounds: int('rounds', values.rounds, DEFAULT_ROUNDS, 1),
    peerRounds: int('peer-rounds', values['peer-rounds'], DEFAULT_PEER_ROUNDS, 1),
    jobs: int('jobs', values.jobs, DEFAULT_JOBS, 1),
    rssPages: int('rss-pages', values['rss-pages'], DEFAULT_RSS_PAGES, 0),
    peers: values['no-peers'] !== true,
    build: values['no-build'] !== true,
    out: values.out ?? DEFAULT_OUT,
    markdown: values.markdown ?? null,
  };
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const corpus = await readCorpus(opts.corpus, opts.sets).catch((e: unknown) => usage(`cannot read corpus directory ${opts.corpus}: ${errorMessage(e)}`));
  const sets = corpus.sets;
  const pages = corpus.pages;
  if (pages.length === 0) usage(`no pages in ${opts.corpus}${opts.sets ? ` (sets ${sets.join(', ')})` : ''}`);

  await ensureBuild(!opts.build);
  const date = new Date().toISOString();
  const cores = availableParallelism();
  const cpuModel = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const machine = `${cores} cores (${cpuModel}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}-${process.arch}`;

  const loadStart = loadavg()[0] ?? 0;
  if (loadStart > 0.5) log(`warning: 1-minute load average is ${loadStart.toFixed(2)} before the run: other processes compete for the ${cores} cores, timings will be low`);
  log('cold start …');
  const cold = coldStart();

  const totalBytes = bytesOf(pages);
  log(`${pages.length} pages, ${(totalBytes / MB).toFixed(1)} MB in memory; single thread …`);
  const lib = await importDist<LibModule>('index.js');
  // createSifter here, before anything else in this process builds jieba's dictionary.
  const createStart = performance.now();
  const sifter = await lib.createSifter();
  const createSifterMs = performance.now() - createStart;
  const timed = await timedPipeline();
  const single = await singleThread(sifter, timed, pages, opts.rounds);

  log('scaling …');
  const scale = await scaling(lib, timed, pages);

  log(`pool (${opts.jobs} threads) …`);
  const pool = await poolRun(lib, sifter, pages, opts.jobs, opts.rounds, single.overall.throughput.pagesPerSecond);
  log(`machine: ${opts.jobs}-thread scaling of plain JavaScript …`);
  const machineScaling = opts.jobs > 1 ? await probeThreadScaling(opts.jobs) : null;

  let memory: MemoryRun | null = null;
  if (opts.rssPages > 0) {
    log(`memory (${opts.rssPages} pages in a fresh process) …`);
    memory = await memoryRun(pages, opts.rssPages);
  }

  const peers = new Map<Peer, PeerRunResult>();
  const peerPages = pages.filter((p) => p.bytes.byteLength <= PEER_MAX_BYTES);
  const peerSkipped = pages.length - peerPages.length;
  let versions: Record<string, string | null> = {};
  if (opts.peers) {
    const fns = await peerFunctions();
    if (peerSkipped > 0) log(`peers: ${peerSkipped} page(s) over ${PEER_MAX_BYTES / 2 ** 20} MB not given to Readability`);
    for (const name of PEERS) {
      log(`peer: Readability on ${name} …`);
      peers.set(name, runPeer(name, fns[name], sifter, peerPages, opts.peerRounds, single));
    }
    versions = await peerVersions();
    try {
      const pkg = JSON.parse(await readFile(join(ROOT, 'node_modules', 'linkedom', 'package.json'), 'utf8')) as { version?: string };
      versions.linkedom = pkg.version ?? null;
    } catch {
      versions.linkedom = null;
    }
  }

  const loadEnd = loadavg()[0] ?? 0;
  const loadNote = `1-minute load average ${loadStart.toFixed(2)} at the start, ${loadEnd.toFixed(2)} at the end (the bench itself adds about 1)`;

  // ---- targets
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

  // ---- tables
  const setNames = [...single.sets.keys()];
  const throughputRow = (name: string, t: Throughput): string[] => [
    name,
    String(t.pages),
    fmt(t.bytes / MB, 2),
    fmt(t.pagesPerSecond),
    fmt(t.mbPerSecond, 2),
    fmt(t.meanMs, 2),
    fmt(t.p50Ms, 2),
    fmt(t.p95Ms, 2),
    fmt(t.maxMs, 1),
    String(t.errors),
  ];
  const tables: Table[] = [];
  tables.push({
    title: `Single thread (sifter.sift, median of ${opts.rounds} rounds after ${WARMUP_PASSES} warm-up passes)`,
    columns: ['set', 'pages', 'MB', 'pages/s', 'MB/s', 'mean ms', 'p50 ms', 'p95 ms', 'max ms', 'errors'],
    rows: [...setNames.map((s) => throughputRow(s, (single.sets.get(s) as SetRun).throughput)), throughputRow('overall', single.overall.throughput)],
    note: 'pages/s, MB/s and mean ms: the median round. p50/p95/max: over pages, of each page\'s median time across rounds. MB = 10^6 bytes of page input.',
  });
  const stageRow = (name: string, st: StageBreakdown): string[] => [name, ...STAGE_COLUMNS.map((s) => fmt(st.msPerPage[s], 2)), fmt(st.totalMsPerPage, 2)];
  const shareRow = (st: StageBreakdown): string[] => ['share', ...STAGE_COLUMNS.map((s) => `${fmt((100 * st.msPerPage[s]) / st.totalMsPerPage, 0)}%`), '100%'];
  tables.push({
    title: `Time per stage, ms per page (StageTimer; the median of ${opts.rounds} rounds, each right after an untimed one)`,
    columns: ['set', 'decode', 'segment', 'tokenize', 'features excl. tokenize', 'classify', 'report', 'total'],
    rows: [...setNames.map((s) => stageRow(s, (single.sets.get(s) as SetRun).stages)), stageRow('overall', single.overall.stages), shareRow(single.overall.stages)],
    note: `features excl. tokenize = normalisation, lexicon matching and feature computation. The timer's own cost: ${fmt(100 * single.overall.stages.timerOverhead, 1)}% of wall time.`,
  });
  if (peers.size > 0) {
    const peerRow = (name: string, pagesiftRate: number, get: (r: PeerRunResult) => PeerSetRun | undefined): string[] => {
      const j = peers.get('jsdom');
      const l = peers.get('linkedom');
      const js = j ? get(j) : undefined;
      const lk = l ? get(l) : undefined;
      return [
        name,
        String(js?.pages ?? lk?.pages ?? '-'),
        fmt(pagesiftRate),
        fmt(js?.pagesPerSecond),
        fmt(js?.pairedRatio),
        fmt(js?.ratio),
        String(js?.errors ?? '-'),
        fmt(lk?.pagesPerSecond),
        fmt(lk?.pairedRatio),
        fmt(lk?.ratio),
        String(lk?.errors ?? '-'),
      ];
    };
    tables.push({
      title: `Beside Readability.js (same pages, same run; peers: ${opts.peerRounds} round${opts.peerRounds > 1 ? 's' : ''} after ${WARMUP_PEER} warm-up pages)`,
      columns: ['set', 'pages', 'pagesift p/s', 'RB jsdom p/s', '× jsdom paired', '× jsdom', 'jsdom err', 'RB linkedom p/s', '× linkedom paired', '× linkedom', 'linkedom err'],
      rows: [
        ...setNames.map((s) => peerRow(s, (single.sets.get(s) as SetRun).throughput.pagesPerSecond, (r) => r.sets.get(s))),
        peerRow('overall', overallRate, (r) => r.overall),
      ],
      note:
        `${Object.entries(versions).map(([k, v]) => `${k} ${v ?? '?'}`).join(', ')}. ` +
        '× = pagesift pages/s of the single-thread table ÷ peer pages/s (the one judged). ' +
        `× paired = peer time ÷ pagesift time with pagesift timed on each page right before the peer in the same pass: load changes hit both alike, but pagesift then runs in the peer's heap and caches and slows down (paired pagesift rate beside jsdom ${fmt(peers.get('jsdom')?.overall.pairedPagesiftPagesPerSecond)} pages/s, beside linkedom ${fmt(peers.get('linkedom')?.overall.pairedPagesiftPagesPerSecond)} pages/s), so it understates pagesift. ` +
        'jsdom gets the raw bytes and sniffs the charset (as eval --peers, column RB); linkedom gets the bytes decoded with pagesift\'s charset (decoding timed). ' +
        (peerSkipped > 0 ? `${peerSkipped} page(s) over ${PEER_MAX_BYTES / 2 ** 20} MB were not given to the peers. ` : '') +
        `Peer mean ms/page: jsdom ${fmt(peers.get('jsdom')?.overall.meanMs)}, linkedom ${fmt(peers.get('linkedom')?.overall.meanMs)}; null articles per pass: jsdom ${fmt(peers.get('jsdom')?.overall.nullArticles, 0)}, linkedom ${fmt(peers.get('linkedom')?.overall.nullArticles, 0)}.`,
    });
  }
  if (scale !== null) {
    tables.push({
      title: `Scaling: ${scale.page} (body content ${fmt(scale.bodyBytes / 1000, 1)} kB repeated; ${scale.charset ?? 'text'})`,
      columns: ['size', 'bytes', 'segments', 'reps', 'ms (min)', 'ms (median)', 'ms/MB', 'GC ms/MB', ...STAGE_COLUMNS.map((c) => `${c === 'features' ? 'features excl. tok.' : c} ms/MB`)],
      rows: scale.points.map((p) => [
        `${p.scale}×`,
        fmtInt(p.bytes),
        fmtInt(p.segments),
        String(p.reps),
        fmt(p.ms, 1),
        fmt(p.medianMs, 1),
        fmt(p.msPerMb, 1),
        fmt(p.gcMsPerMb, 1),
        ...STAGE_COLUMNS.map((c) => fmt(p.stageMsPerMb[c], 1)),
      ]),
      note: `ms/MB at ${SCALES[SCALES.length - 1] ?? '?'}× ÷ ms/MB at 1× = ${fmt(scale.ratio, 2)} → ${scale.linear ? 'linear' : 'NON-LINEAR'} (flagged above ${LINEAR_MAX_RATIO}). ms/MB from the fastest rep. GC: collector time during the reps (inside the ms). Stage columns: one extra rep with a StageTimer.${scale.points.some((p) => p.truncated) ? ' WARNING: a scaled page was truncated.' : ''}`,
    });
  }
  tables.push({
    title: 'Start-up, memory and pool',
    columns: ['measure', 'value'],
    rows: [
      [`cold start: import dist/index.js (median of ${cold.runs} fresh processes)`, `${fmt(cold.importMs, 0)} ms`],
      ['cold start: await createSifter()', `${fmt(cold.createSifterMs, 0)} ms`],
      ['cold start: import + createSifter', `${fmt(cold.importAndCreateMs, 0)} ms`],
      ['cold start: whole process (spawn to exit; node boot alone)', `${fmt(cold.processMs, 0)} ms (${fmt(cold.nodeBootMs, 0)} ms)`],
      ['RSS after createSifter (fresh process)', `${fmt(cold.rssAfterCreateMb, 0)} MB`],
      ['createSifter in the bench process (modules already imported)', `${fmt(createSifterMs, 0)} ms`],
      ...(memory === null
        ? []
        : [
            [`memory run: pages (fresh process, reports dropped)`, fmtInt(memory.pages)],
            ['memory run: peak RSS (maxRSS)', `${fmt(memory.peakRssMb, 0)} MB`],
            ['memory run: RSS after createSifter', `${fmt(memory.baselineRssMb, 0)} MB`],
            [`memory run: RSS sampled every ${RSS_SAMPLE_EVERY} pages (min–max after the first sample)`, `${fmt(Math.min(...memory.samples.slice(1).map((x) => x.rssMb)), 0)}–${fmt(Math.max(...memory.samples.slice(1).map((x) => x.rssMb)), 0)} MB`],
            ['memory run: slope of the sampled RSS over the second half', `${fmt(memory.rssSlopeMbPer1000, 2)} MB per 1,000 pages`],
            [
              'memory run: after a full GC at the midpoint → at the end: heap / external / RSS',
              memory.afterGc === null
                ? '-'
                : `${fmt(memory.afterGc.mid.heapUsedMb, 1)} → ${fmt(memory.afterGc.end.heapUsedMb, 1)} MB / ${fmt(memory.afterGc.mid.externalMb, 1)} → ${fmt(memory.afterGc.end.externalMb, 1)} MB / ${fmt(memory.afterGc.mid.rssMb, 0)} → ${fmt(memory.afterGc.end.rssMb, 0)} MB`,
            ],
            ['memory run: rate (pages read from disk as it goes)', `${fmt(memory.pagesPerSecond)} pages/s`],
          ]),
      [`pool: createPool({ threads: ${pool.threads} })`, `${fmt(pool.createPoolMs, 0)} ms`],
      [`pool: siftMany, median of ${pool.rounds} rounds after a warm-up pass`, `${fmt(pool.pagesPerSecond)} pages/s, ${fmt(pool.mbPerSecond, 2)} MB/s${pool.errors > 0 ? `, ${pool.errors} errors` : ''}`],
      ['pool ÷ single thread, each pool pass ÷ a single-thread pass right before it (median; judged)', `${fmt(pool.pairedRatio, 2)}× (rounds: ${pool.pairedRatios.map((r) => fmt(r, 2)).join(', ')})`],
      ['pool ÷ the single-thread rate of the table above (measured minutes earlier)', `${fmt(pool.ratio, 2)}×`],
      ...(machineScaling === null
        ? []
        : [
            [
              `machine: ${machineScaling.threads} workers ÷ 1 on the same fixed work (thread-scaling.ts): arithmetic loop / allocating loop`,
              `${fmt(machineScaling.arithmetic, 2)}× / ${fmt(machineScaling.allocation, 2)}×`,
            ],
          ]),
    ],
  });
  const targetTable: Table = {
    title: 'Targets',
    columns: ['target', 'wanted', 'measured', 'result'],
    rows: targets.map((t) => [t.name, t.target, t.measured, verdict(t.pass)]),
  };
  tables.push(targetTable);

  const corpusName = basename(opts.corpus);
  const header = `pagesift bench on corpus \`${corpusName}\`, sets ${sets.join(', ')} (${pages.length} pages, ${fmt(totalBytes / MB, 1)} MB) — ${date.slice(0, 10)}; machine: ${machine}.`;
  process.stdout.write(`${header}\n${loadNote}.\n`);
  for (const t of tables) process.stdout.write(`\n${t.title}\n${textTable(t.columns, t.rows)}\n${t.note ? `${t.note}\n` : ''}`);

  const json = {
    meta: {
      date,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cores,
      cpuCount: cpus().length,
      cpuModel,
      totalMemGiB: totalmem() / 2 ** 30,
      loadavg1Start: loadStart,
      loadavg1End: loadEnd,
      corpus: corpusName,
      sets,
      pages: pages.length,
      bytes: totalBytes,
      rounds: opts.rounds,
      peerRounds: opts.peerRounds,
      library: 'dist/ (npm run build)',
      peers: opts.peers ? versions : null,
    },
    targets,
    coldStart: cold,
    singleThread: { overall: single.overall, sets: Object.fromEntries(single.sets), createSifterMsWarmProcess: createSifterMs, warmupErrors: single.warmupErrors },
    scaling: scale,
    pool,
    machineScaling,
    memory,
    peers: Object.fromEntries([...peers].map(([name, r]) => [name, { overall: r.overall, sets: Object.fromEntries(r.sets) }])),
  };
  await mkdir(dirname(resolve(opts.out)), { recursive: true });
  await writeFile(opts.out, `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`\nwrote ${opts.out}\n`);

  if (opts.markdown !== null) {
    const section = [
      `Benchmark on corpus \`${corpusName}\`, sets ${sets.map((s) => `\`${s}\``).join(', ')} (${pages.length} pages, ${fmt(totalBytes / MB, 1)} MB) — ${date.slice(0, 10)}.`,
      '',
      `Machine: **${cores} cores** (os.availableParallelism()), ${cpuModel}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}-${process.arch}. ` +
        `${loadNote}. Library: the build (\`dist/\`). Reproduce: \`npm run bench -- /path/to/corpus --markdown benchmarks/RESULTS.md\` (method: the header of \`benchmarks/bench.ts\`).`,
      ...tables.flatMap((t) => ['', `**${t.title}**`, '', markdownTable(t.columns, t.rows), ...(t.note ? ['', t.note] : [])]),
    ].join('\n');
    await mkdir(dirname(resolve(opts.markdown)), { recursive: true });
    await writeSection(opts.markdown, 'bench', section, SECTION_HEADING);
    process.stdout.write(`wrote section in ${opts.markdown}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
