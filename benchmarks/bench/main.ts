/**
 * Speed and memory benchmark: pagesift beside Readability.js, on the same pages in the same run.
 *
 *   npx tsx benchmarks/bench/main.ts <corpus-dir> [--sets readability,zh-gbk] [--rounds 3] [--peer-rounds 1]
 *                                    [--jobs 2] [--rss-pages 10000] [--no-peers] [--no-build]
 *                                    [--out benchmarks/results/bench.json] [--markdown benchmarks/RESULTS.md]
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
 *    JavaScript (benchmarks/thread-scaling.ts: an arithmetic loop and an allocating loop), as a ceiling to
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
 *    - Readability.js on jsdom exactly as `eval --peers` runs it (benchmarks/peers/readability.ts, column RB): the
 *      raw bytes to jsdom as a Buffer with contentType 'text/html' (jsdom sniffs the charset).
 *    - Readability.js on linkedom: linkedom takes no bytes, so the bytes are decoded with the charset
 *      pagesift's report gave (like eval's RB-pd column; TextDecoder, inside the timed part), then
 *      `new DOMParser().parseFromString(html, 'text/html')` and `new Readability(document).parse()`.
 *      A throw is counted as an error and the run goes on.
 *    .txt pages go to both as benchmarks/peers/input.ts's textPageToHtml(). In the same pass, pagesift sifts each
 *    page right before the peer does (same sifter): the paired ratio (peer time ÷ pagesift time,
 *    summed over the pages) is immune to load changes on a shared machine, but pagesift then runs
 *    in the peer's garbage and caches and measures about 2× slower than alone, so the ratio judged
 *    is the one to the single-thread rate; both are shown.
 *
 * Timings are wall time (performance.now) on this machine; the machine line gives the core count
 * (os.availableParallelism()), CPU model and Node version.
 *
 * One phase per file: cold-start.ts, single-thread.ts (with stages.ts, the StageTimer runs),
 * scaling.ts, pool.ts (the machine's own thread scaling: ../thread-scaling.ts), memory.ts and
 * peers.ts measure; pages.ts reads the corpus, build.ts loads dist/ (building it when older than
 * src/), stats.ts holds the statistics and number formats, options.ts the flags; targets.ts judges
 * the targets, tables.ts lays out the tables and report.ts prints them and writes the JSON and the
 * markdown section (results.ts: what a run measured). This file: the run, in order.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PEER_READABILITY, peerVersions } from '../peers/registry.js';
import { probeThreadScaling } from '../thread-scaling.js';
import { ensureBuild, importDist, type LibModule, ROOT } from './build.js';
import { coldStart } from './cold-start.js';
import { errorMessage } from '../error-message.js';
import { log } from './log.js';
import { memoryRun, type MemoryRun } from './memory.js';
import { parseOptions, usage } from './options.js';
import { bytesOf, readCorpus } from './pages.js';
import { PEER_MAX_BYTES, peerFunctions, PEERS, runPeer, type Peer, type PeerRunResult } from './peers.js';
import { poolRun } from './pool.js';
import { printTables, writeJson, writeMarkdown } from './report.js';
import { scaling } from './scaling.js';
import { singleThread } from './single-thread.js';
import { timedPipeline } from './stages.js';
import { MB } from './stats.js';
import { buildTables } from './tables.js';
import { judgeTargets } from './targets.js';

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
    versions = await peerVersions([PEER_READABILITY]);
    try {
      const pkg = JSON.parse(await readFile(join(ROOT, 'node_modules', 'linkedom', 'package.json'), 'utf8')) as { version?: string };
      versions.linkedom = pkg.version ?? null;
    } catch {
      versions.linkedom = null;
    }
  }

  const loadEnd = loadavg()[0] ?? 0;

  const run = {
    opts,
    sets,
    pages,
    totalBytes,
    date,
    cores,
    cpuModel,
    machine,
    loadStart,
    loadEnd,
    cold,
    createSifterMs,
    single,
    scale,
    pool,
    machineScaling,
    memory,
    peers,
    peerSkipped,
    versions,
  };
  const targets = judgeTargets(run);
  const tables = buildTables(run, targets);
  printTables(run, tables);
  await writeJson(run, targets);
  if (opts.markdown !== null) await writeMarkdown(run, tables, opts.markdown);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
