/**
 * npm run bench:queue [-- PAGE_DIR] [--jobs N] [--rounds R] [--memory-jobs N] [--redis URL] [--result packed|report|compact] [--threads N] [--no-gzip] [--worker-flags=FLAGS]
 *
 * The queue's cost on this machine (targets from issue 14):
 *   sift     `sifter.sift()` on one thread over the same pages (the yardstick)
 *   one      one worker process, concurrency 4: at least 85 % of `sift` (queue overhead <= 15 %)
 *   two      two worker processes: at least 1.6x `one`
 *   memory   one worker over 20,000 jobs: heap after GC grows <= 1 MB per 1,000 jobs
 * Each round measures sift, one, sift, two back to back (the VM's speed drifts by a third within
 * minutes: only neighbouring runs are compared); the ratios judged are the medians over rounds.
 * Needs a Redis (default redis://127.0.0.1:6379); PAGE_DIR defaults to tests/fixtures/pages (a corpus
 * laid out as SET/CASE/page.html works too). The workers return what createSiftWorker returns by
 * default, the packed report (each rule's description once; unpackReport restores it); --result
 * report has them return the whole report, --result compact { verdict, spamSegments } (the memory
 * phase always returns the default). --no-gzip enqueues the timed passes' pages as plain base64,
 * as before session 19 (enqueuePages' `gzip: false`), for a side-by-side of the two. --worker-flags=FLAGS
 * starts the timed passes' worker processes with those Node options (space-separated, given with
 * `=` since they start with dashes: --worker-flags=--single-threaded-gc runs V8's garbage collector
 * on the worker's main thread only, without helper threads).
 * Worker and Redis CPU time per page are printed beside the rates: other load on the machine skews
 * them less than wall time (it still slows a core it shares).
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_RESULT, SIFT_RESULT_FORMS, type SiftResultForm } from '../../src/bullmq/index.js';
import { createSifter } from '../../src/index.js';
import { siftRate } from './baseline.js';
import { memoryGrowth } from './memory.js';
import { jobsOf, readPages } from './pages.js';
import { queueRate, type QueuePass } from './throughput.js';

const ONE_WORKER_TARGET = 0.85;
const TWO_WORKERS_TARGET = 1.6;
const MEMORY_TARGET_MB_PER_1000 = 1;
/** The concurrency for the one-worker target. */
const CONCURRENCY = 4;
/** Untimed warm-up jobs (per worker process, and for sift()): enough for V8 to optimise the hot code. */
const WARM_UP_JOBS = 1000;
/** How the summary line names each result form. */
const RESULT_NAMES: Readonly<Record<SiftResultForm, string>> = { report: 'whole report', packed: 'packed report', compact: 'compact result' };
/** Memory is sampled (after a full GC) every this many jobs. */
const SAMPLE_EVERY = 1000;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    jobs: { type: 'string', default: '5000' },
    rounds: { type: 'string', default: '3' },
    'memory-jobs': { type: 'string', default: '20000' },
    redis: { type: 'string', default: 'redis://127.0.0.1:6379' },
    result: { type: 'string', default: DEFAULT_RESULT },
    threads: { type: 'string', default: '0' },
    'no-gzip': { type: 'boolean', default: false },
    'worker-flags': { type: 'string', default: '' },
  },
});
const count = Number(values.jobs);
const rounds = Number(values.rounds);
const memoryJobs = Number(values['memory-jobs']);
const result = values.result as SiftResultForm;
/** Sift threads per worker process (createSiftWorker's `threads`; 0: on the worker's own thread). */
const threads = Number(values.threads);
/** Whether the timed passes' pages travel gzipped (enqueuePages' default). */
const gzip = values['no-gzip'] !== true;
/** Node options of the timed passes' worker processes. */
const workerFlags = values['worker-flags'].split(/\s+/).filter((flag) => flag !== '');
if (!Number.isInteger(threads) || threads < 0 || ![count, rounds, memoryJobs].every((n) => Number.isInteger(n) && n > 0) || positionals.length > 1 || !(SIFT_RESULT_FORMS as readonly string[]).includes(result)) {
  process.stderr.write('usage: npm run bench:queue -- [PAGE_DIR] [--jobs N] [--rounds R] [--memory-jobs N] [--redis URL] [--result packed|report|compact] [--threads N] [--no-gzip] [--worker-flags=FLAGS]\n');
  process.exit(2);
}
const dir = resolve(positionals[0] ?? 'tests/fixtures/pages');
const url = values.redis;
const pages = readPages(dir);
const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const log = (text: string): void => {
  process.stderr.write(`${text}\n`);
};

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
log(`bench:queue — ${pages.length} pages from ${dir}, ${count} jobs a pass, ${rounds} round(s), ${threads} sift thread(s) per worker, pages ${gzip ? 'gzipped' : 'plain'}, worker flags ${workerFlags.join(' ') || 'none'}; ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}; Redis ${url}`);
const sifter = await createSifter();
/** Untimed jobs per process before a timed pass, as the in-process sift() gets its untimed pass. */
const warmUp = Math.min(count, WARM_UP_JOBS);
siftRate(sifter, pages, warmUp);

interface Round {
  round: number;
  siftBefore: number;
  one: QueuePass;
  siftAfter: number;
  two: QueuePass;
  siftCpuMs: number;
}
const rows: Round[] = [];
for (let round = 1; round <= rounds; round++) {
  const before = siftRate(sifter, pages, count);
  const one = await queueRate(url, jobsOf(pages, warmUp, `r${round}-one-warm`), jobsOf(pages, count, `r${round}-one`), 1, CONCURRENCY, result, threads, gzip, workerFlags);
  const after = siftRate(sifter, pages, count);
  const two = await queueRate(url, jobsOf(pages, 2 * warmUp, `r${round}-two-warm`), jobsOf(pages, count, `r${round}-two`), 2, CONCURRENCY, result, threads, gzip, workerFlags);
  rows.push({ round, siftBefore: before.rate, one, siftAfter: after.rate, two, siftCpuMs: (before.cpuMsPerPage + after.cpuMsPerPage) / 2 });
  log(`round ${round} (load average ${load()}): sift ${before.rate.toFixed(1)} | one worker ${one.rate.toFixed(1)} | sift ${after.rate.toFixed(1)} | two workers ${two.rate.toFixed(1)} pages/s; CPU ms/page: sift ${((before.cpuMsPerPage + after.cpuMsPerPage) / 2).toFixed(2)}, one worker ${one.workerCpuMsPerPage.toFixed(2)} (sift ${one.workerSiftMsPerPage.toFixed(2)}) + Redis ${one.redisCpuMsPerPage.toFixed(2)}, two workers ${two.workerCpuMsPerPage.toFixed(2)} + Redis ${two.redisCpuMsPerPage.toFixed(2)}`);
}
const oneRatios = rows.map((r) => r.one.rate / ((r.siftBefore + r.siftAfter) / 2));
const twoRatios = rows.map((r) => r.two.rate / r.one.rate);
const cpuRatios = rows.map((r) => r.siftCpuMs / r.one.workerCpuMsPerPage);
const oneRatio = median(oneRatios);
const twoRatio = median(twoRatios);
const cpuRatio = median(cpuRatios);
/** Queue overhead in the worker: its CPU per page beyond its own time in sift(). */
const overheadMs = median(rows.map((r) => r.one.workerCpuMsPerPage - r.one.workerSiftMsPerPage));
const workerSiftRatio = median(rows.map((r) => r.siftCpuMs / r.one.workerSiftMsPerPage));

log(`memory: one worker, ${memoryJobs} jobs, a sample after GC every ${SAMPLE_EVERY}`);
const memory = await memoryGrowth(url, jobsOf(pages, memoryJobs, 'memory'), SAMPLE_EVERY);

const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
const lines = [
  `Queue bench — ${new Date().toISOString().slice(0, 10)}; ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}; ${pages.length} pages from ${positionals[0] ?? 'tests/fixtures/pages'}, ${count} jobs a pass after ${warmUp} untimed per process, workers return the ${RESULT_NAMES[result]}, pages travel ${gzip ? 'gzipped' : 'plain (--no-gzip)'}, worker processes started with ${workerFlags.join(' ') || 'no Node options'}; Redis 127.0.0.1 on the same machine; load average at the end ${load()}.`,
  '',
  '| round | sift() pages/s | 1 worker x4 pages/s | sift() pages/s | 2 workers x4 pages/s | 1 worker / sift | 2 workers / 1 | CPU ms/page: sift() | 1 worker (of it in sift) + its Redis | 2 workers + their Redis |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r, i) =>
      `| ${r.round} | ${r.siftBefore.toFixed(1)} | ${r.one.rate.toFixed(1)} | ${r.siftAfter.toFixed(1)} | ${r.two.rate.toFixed(1)} | ${oneRatios[i]!.toFixed(2)} | ${twoRatios[i]!.toFixed(2)} | ${r.siftCpuMs.toFixed(2)} | ${r.one.workerCpuMsPerPage.toFixed(2)} (${r.one.workerSiftMsPerPage.toFixed(2)}) + ${r.one.redisCpuMsPerPage.toFixed(2)} | ${r.two.workerCpuMsPerPage.toFixed(2)} + ${r.two.redisCpuMsPerPage.toFixed(2)} |`,
  ),
  '',
  `- one worker process, concurrency ${CONCURRENCY}, against sift() on one thread (median over rounds): **${oneRatio.toFixed(2)}** (target >= ${ONE_WORKER_TARGET}) ${verdict(oneRatio >= ONE_WORKER_TARGET)}`,
  `- the same in CPU time, which other load on the machine skews less than wall time: sift()'s CPU per page over the worker process's (median) ${cpuRatio.toFixed(2)}; of the worker's CPU, ${overheadMs.toFixed(2)} ms a page (median) is outside sift() (BullMQ, ioredis, JSON of job and report), and sift() itself ran at ${workerSiftRatio.toFixed(2)} of the in-process sift()'s speed in the worker; Redis adds its own CPU (last columns)`,
  `- two worker processes against one (median): **${twoRatio.toFixed(2)}x** (target >= ${TWO_WORKERS_TARGET}x) ${verdict(twoRatio >= TWO_WORKERS_TARGET)}`,
  `- memory of one worker over ${memoryJobs} jobs, heap after GC: ${memory.samples[0]?.heapMB.toFixed(1)} MB at ${memory.samples[0]?.done} jobs, ${memory.samples.at(-1)?.heapMB.toFixed(1)} MB at ${memory.samples.at(-1)?.done}; growth from job 2,000 on **${memory.heapPerThousand.toFixed(3)} MB per 1,000 jobs** (target <= ${MEMORY_TARGET_MB_PER_1000}) ${verdict(memory.heapPerThousand <= MEMORY_TARGET_MB_PER_1000)}; RSS ${memory.samples[0]?.rssMB.toFixed(0)} -> ${memory.samples.at(-1)?.rssMB.toFixed(0)} MB (${memory.rssPerThousand.toFixed(3)} MB per 1,000 jobs)`,
];
process.stdout.write(`${lines.join('\n')}\n`);
