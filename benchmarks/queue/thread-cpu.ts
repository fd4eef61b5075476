/**
 * npx tsx benchmarks/queue/thread-cpu.ts [PAGE_DIR] [--jobs N] [--warm-up N] [--rounds N] [--redis URL] [--node-flag FLAG]... [--worker JSON] [--result packed|report|compact]
 *
 * Where a worker process's CPU goes, per job, thread by thread: one worker process (concurrency 4,
 * as bench:queue's "one" phase) sifts `--warm-up` untimed jobs, then `--jobs` timed ones from a
 * paused-then-resumed queue; the CPU time of each of its threads (from /proc: the main thread, V8's
 * GC helpers, libuv's pool, …) is read before and after the timed jobs. Beside it, sift() on this
 * process's main thread over the same pages, read the same way. `process.cpuUsage()`, which
 * bench:queue reports, is the sum over all threads: this says which thread the extra is on.
 * `--node-flag=--cpu-prof --node-flag=--cpu-prof-dir=DIR` profiles the worker (the whole process,
 * warm-up included); `--worker JSON` passes BullMQ worker options (createSiftWorker's `worker`);
 * `--result` the form of the jobs' return value (createSiftWorker's `result`, default its own).
 * With `--rounds N` the two alternate N times (a fresh worker process each round), so that load
 * from elsewhere on the machine falls on both alike. Each also gives its GC pauses on the main
 * thread per page (and, for the worker, the part of them inside the processor) and its minor
 * page faults per page: on this VM a fault is costly, and V8's large objects (over ~128 KB) are
 * fresh pages each time. The worker process also sifts the pages in a plain loop on its own
 * thread (no queue work between pages) just before and just after its timed jobs: that says
 * whether sift() is slower in the worker process as such (it was, until string-prototype.ts) or
 * only between the queue's work. Linux only.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { enqueuePages } from '../../src/bullmq/index.js';
import { createSifter } from '../../src/index.js';
import { jobsOf, readPages } from './pages.js';
import { SIFT_RESULT_FORMS, type SiftResultForm } from '../../src/bullmq/result.js';
import { cpuMsOf, plainSiftOf, spawnWorker, stopWorker, type GcPauses } from './processes.js';

/** /proc/PID/task/TID/schedstat gives a thread's time on a CPU (and waiting for one) in nanoseconds. */
const NS_PER_MS = 1e6;
/** The concurrency for the one-worker target. */
const CONCURRENCY = 4;
/** How often the driver asks Redis how many jobs are done (as throughput.ts). */
const POLL_MS = 50;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    jobs: { type: 'string', default: '1000' },
    'warm-up': { type: 'string', default: '500' },
    redis: { type: 'string', default: 'redis://127.0.0.1:6379' },
    'node-flag': { type: 'string', multiple: true, default: [] },
    rounds: { type: 'string', default: '1' },
    worker: { type: 'string' },
    result: { type: 'string' },
  },
});
const count = Number(values.jobs);
const rounds = Number(values.rounds);
/** The `--result` form, or undefined for the worker's default. */
function parseResultForm(form: string | undefined): SiftResultForm | undefined {
  if (form === undefined) return undefined;
  if (!(SIFT_RESULT_FORMS as readonly string[]).includes(form)) {
    process.stderr.write(`thread-cpu: --result must be one of ${SIFT_RESULT_FORMS.join(', ')}, got ${JSON.stringify(form)}\n`);
    process.exit(2);
  }
  return form as SiftResultForm;
}
const resultForm = parseResultForm(values.result);
const workerOptions = values.worker === undefined ? undefined : (JSON.parse(values.worker) as Record<string, unknown>);
const warmUp = Number(values['warm-up']);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(warmUp) || warmUp < 0 || !Number.isInteger(rounds) || rounds < 1 || positionals.length > 1) {
  process.stderr.write('usage: npx tsx benchmarks/queue/thread-cpu.ts [PAGE_DIR] [--jobs N] [--warm-up N] [--rounds N] [--redis URL] [--node-flag FLAG]... [--worker JSON]\n');
  process.exit(2);
}
const url = values.redis;
const pageDir = resolve(positionals[0] ?? 'tests/fixtures/pages');
const pages = readPages(pageDir);
/** Pages of the plain sift() loop run inside the worker process before and after its timed jobs: two passes over the readability set. */
const PLAIN_PAGES_IN_WORKER = 260;

/** CPU ms of each thread of a process, keyed "tid name" (from schedstat: exact, where stat counts 10 ms ticks); with `waiting`, its ms runnable but waiting for a CPU instead. */
function threadCpu(pid: number, waiting = false): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
    const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
    out.set(`${tid} ${name}`, (waiting ? wait! : run!) / NS_PER_MS);
  }
  return out;
}

/** Per-job CPU ms of each thread between two readings, threads with the same name summed (main thread first). */
function perJob(pid: number, before: Map<string, number>, after: Map<string, number>, jobs: number): [string, number][] {
  const byName = new Map<string, number>();
  for (const [key, ms] of after) {
    const [tid, ...rest] = key.split(' ');
    const name = Number(tid) === pid ? `main (${rest.join(' ')})` : rest.join(' ');
    byName.set(name, (byName.get(name) ?? 0) + (ms - (before.get(key) ?? 0)) / jobs);
  }
  return [...byName].filter(([, ms]) => ms > 0).sort((a, b) => (a[0].startsWith('main') ? -1 : b[0].startsWith('main') ? 1 : b[1] - a[1]));
}

async function waitCompleted(queue: Queue, total: number): Promise<void> {
  for (;;) {
    const counts = await queue.getJobCounts('completed', 'failed');
    if (counts['failed']! > 0) throw new Error(`${counts['failed']} job(s) failed`);
    if (counts['completed']! >= total) return;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

const print = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
const table = (rows: [string, number][]): void => {
  for (const [name, ms] of rows) print(`  ${name.padEnd(28)} ${ms.toFixed(2)}`);
  print(`  ${'all threads'.padEnd(28)} ${rows.reduce((a, [, ms]) => a + ms, 0).toFixed(2)}`);
};

/** This process's minor page faults so far (/proc/self/stat field 10). */
const minorFaults = (): number => Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')[7]);
/** GC pauses of this process's main thread so far. */
const gcHere = { count: 0, ms: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcHere.count++;
    gcHere.ms += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0)); // GC entries are delivered on a later tick

print(`${pages.length} pages, ${warmUp} warm-up + ${count} timed jobs, concurrency ${CONCURRENCY}, ${rounds} round(s); load average ${loadavg()[0]!.toFixed(2)}`);

// sift() on this thread, the yardstick (after its own warm-up)
const sifter = await createSifter();
for (let i = 0; i < Math.max(warmUp, pages.length); i++) sifter.sift({ bytes: pages[i % pages.length]!.bytes });

/** One pass of sift() over `count` pages on this thread. */
async function plainPass(): Promise<void> {
  await settle();
  const siftBefore = threadCpu(process.pid);
  const siftWaitBefore = threadCpu(process.pid, true);
  const gcBefore = { ...gcHere };
  const faultsBefore = minorFaults();
  for (let i = 0; i < count; i++) sifter.sift({ bytes: pages[i % pages.length]!.bytes });
  const faults = minorFaults() - faultsBefore;
  const after = threadCpu(process.pid);
  await settle();
  print(`sift() in this process (load ${loadavg()[0]!.toFixed(2)}), CPU ms per page by thread:`);
  table(perJob(process.pid, siftBefore, after, count));
  print(`  (main thread waiting for a CPU ${perJob(process.pid, siftWaitBefore, threadCpu(process.pid, true), count)[0]![1].toFixed(2)} ms a page; GC pauses ${((gcHere.ms - gcBefore.ms) / count).toFixed(2)} ms, ${((gcHere.count - gcBefore.count) / count).toFixed(2)} a page; minor faults ${(faults / count).toFixed(1)} a page)`);
}

/** The worker's GC pauses per job between two readings. */
function gcPerJob(before: GcPauses | undefined, after: GcPauses | undefined): string {
  if (!before || !after) return '';
  const kinds = Object.entries(after.byKind).map(([kind, k]) => `${kind} ${((k.ms - (before.byKind[kind]?.ms ?? 0)) / count).toFixed(2)} ms (${((k.count - (before.byKind[kind]?.count ?? 0)) / count).toFixed(2)})`);
  return `GC pauses ${((after.ms - before.ms) / count).toFixed(2)} ms a job, ${((after.inProcessorMs - before.inProcessorMs) / count).toFixed(2)} of it inside the processor: ${kinds.join(', ')}`;
}

/** One worker process: warm-up jobs, then `count` timed ones. */
async function workerPass(): Promise<void> {
  const queue = new Queue(`pagesift-threadcpu-${randomBytes(6).toString('hex')}`, { connection: { url } });
  try {
    const worker = spawnWorker({ url, queue: queue.name, concurrency: CONCURRENCY, siftThreadCpu: true, ...(resultForm ? { result: resultForm } : {}), plainDir: pageDir, plainPages: PLAIN_PAGES_IN_WORKER, ...(workerOptions ? { worker: workerOptions } : {}) }, values['node-flag']);
    await worker.ready;
    const pid = worker.child.pid!;
    if (warmUp > 0) {
      await enqueuePages(queue, jobsOf(pages, warmUp, 'warm'));
      await waitCompleted(queue, warmUp);
    }
    await queue.pause();
    await enqueuePages(queue, jobsOf(pages, count, 'timed'));
    const plainBefore = await plainSiftOf(worker);
    const cpuBefore = await cpuMsOf(worker);
    const before = threadCpu(pid);
    const waitBefore = threadCpu(pid, true);
    const started = performance.now();
    await queue.resume();
    await waitCompleted(queue, warmUp + count);
    const seconds = (performance.now() - started) / 1000;
    const after = threadCpu(pid);
    const waitAfter = threadCpu(pid, true);
    const cpuAfter = await cpuMsOf(worker);
    const plainAfter = await plainSiftOf(worker);
    await stopWorker(worker);
    const main = perJob(pid, before, after, count)[0]![1];
    print(`worker process (load ${loadavg()[0]!.toFixed(2)}), ${(count / seconds).toFixed(1)} pages/s; CPU ms per job by thread:`);
    table(perJob(pid, before, after, count));
    const inSift = cpuAfter.siftThreadMs !== undefined && cpuBefore.siftThreadMs !== undefined ? (cpuAfter.siftThreadMs - cpuBefore.siftThreadMs) / count : Number.NaN;
    print(`  (process.cpuUsage ${((cpuAfter.cpuMs - cpuBefore.cpuMs) / count).toFixed(2)}; wall ms inside sift() ${((cpuAfter.siftMs - cpuBefore.siftMs) / count).toFixed(2)}; main thread CPU inside the processor (job data checked, page sifted) ${inSift.toFixed(2)}, outside it ${(main - inSift).toFixed(2)}; main thread waiting for a CPU ${perJob(pid, waitBefore, waitAfter, count)[0]![1].toFixed(2)})`);
    print(`  (sift() in a plain loop in the worker process, before/after the timed jobs: ${plainBefore.cpuMsPerPage.toFixed(2)} / ${plainAfter.cpuMsPerPage.toFixed(2)} ms CPU a page, ${plainBefore.faultsPerPage.toFixed(1)} / ${plainAfter.faultsPerPage.toFixed(1)} minor faults a page)`);
    print(`  (${gcPerJob(cpuBefore.gc, cpuAfter.gc)}; minor faults ${(((cpuAfter.minorFaults ?? Number.NaN) - (cpuBefore.minorFaults ?? Number.NaN)) / count).toFixed(1)} a job)`);
  } finally {
    await queue.obliterate({ force: true });
    await queue.close();
  }
}

for (let r = 0; r < rounds; r++) {
  await plainPass();
  await workerPass();
}
print(`load average at the end ${loadavg()[0]!.toFixed(2)}`);
