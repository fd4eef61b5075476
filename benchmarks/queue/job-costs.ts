/**
 * npx tsx benchmarks/queue/job-costs.ts [PAGE_DIR] [--reps N]
 *
 * What a worker does per job outside sift(), re-enacted in one process on the same pages, so
 * that the pieces can be timed one by one without Redis, BullMQ's event loop or the machine's
 * other load mixing in (CPU time of this thread, from /proc, beside wall time):
 *   job data  the reply string ioredis makes of the job's hash, BullMQ's JSON.parse of its data,
 *             then the worker's check and decoding: before (zod's z.base64(), which decodes the
 *             page with atob, then Buffer.from) and now (parseJobPage: decoded once)
 *   result    per result form: BullMQ 6.7's moveToCompleted stringifies the return value twice
 *             (once only to see that it can), ioredis builds the command string around it,
 *             measures its byte length and writes it into one buffer with the msgpack argument
 * Linux only (/proc/self/task). The timings are of this machine: strings over ~128 KB
 * (64 K characters of two-byte text) are V8 large objects, which cost ~1 ms each here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compactResult, packReport, parseJobData, type SiftResultForm } from '../../src/bullmq/index.js';
import { parseJobPage } from '../../src/bullmq/job.js';
import { createSifter, type Report } from '../../src/index.js';
import { readPages } from './pages.js';

/** Linux reports thread CPU time in clock ticks of 10 ms (getconf CLK_TCK = 100). */
const MS_PER_TICK = 10;
/** The msgpack'd options BullMQ passes beside the return value (a few hundred bytes). */
const MSGPACK_ARGUMENT_BYTES = 200;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { reps: { type: 'string', default: '4' } } });
const reps = Number(values.reps);
if (!Number.isInteger(reps) || reps < 1 || positionals.length > 1) {
  process.stderr.write('usage: npx tsx benchmarks/queue/job-costs.ts [PAGE_DIR] [--reps N]\n');
  process.exit(2);
}
const pages = readPages(resolve(positionals[0] ?? 'tests/fixtures/pages'));

/** This thread's CPU time so far (user + system), ms. */
function threadCpuMs(): number {
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
}

const sifter = await createSifter();
const reports = pages.map((p) => sifter.sift({ bytes: p.bytes }));
/** The job data as ioredis receives it: bytes on the socket, turned into a string. */
const replies = pages.map((p, i) => Buffer.from(JSON.stringify({ id: `page/${i}`, bytes: Buffer.from(p.bytes).toString('base64') })));
const msgpack = Buffer.alloc(MSGPACK_ARGUMENT_BYTES, 1);

/** ioredis 5/6 Command.toWritable in buffer mode (BullMQ's msgpack argument puts it there): "$len\r\n" + arg + "\r\n", its byte length, one buffer. */
function commandBuffer(arg: string): Buffer {
  const part = `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`;
  const length = Buffer.byteLength(part);
  const out = Buffer.allocUnsafe(length + msgpack.length);
  out.write(part, 0);
  msgpack.copy(out, length);
  return out;
}

function time(name: string, step: (i: number) => unknown): void {
  for (let i = 0; i < pages.length; i++) step(i);
  const cpu = threadCpuMs();
  const started = performance.now();
  for (let r = 0; r < reps; r++) for (let i = 0; i < pages.length; i++) step(i);
  const n = reps * pages.length;
  process.stdout.write(`| ${name} | ${((performance.now() - started) / n).toFixed(3)} | ${((threadCpuMs() - cpu) / n).toFixed(3)} |\n`);
}

const RESULT_OF: Record<SiftResultForm, (r: Report) => unknown> = { report: (r) => r, packed: packReport, compact: compactResult };
const jsonChars = (form: SiftResultForm): number => reports.reduce((a, r) => a + JSON.stringify(RESULT_OF[form](r)).length, 0) / reports.length;

process.stdout.write(`${pages.length} pages from ${positionals[0] ?? 'tests/fixtures/pages'}, ${reps} passes; load average at the start ${(await import('node:os')).loadavg()[0]!.toFixed(2)}\n\n`);
process.stdout.write('| step, per page | wall ms | thread CPU ms |\n|---|---:|---:|\n');
time('job data, before: JSON.parse, zod (z.base64), Buffer.from', (i) => {
  const data = parseJobData(JSON.parse(replies[i]!.toString()));
  return Buffer.from(data.bytes!, 'base64');
});
time('job data, now: JSON.parse, parseJobPage', (i) => parseJobPage(JSON.parse(replies[i]!.toString())));
for (const form of ['report', 'packed', 'compact'] as const) {
  time(`result ${form} (${(jsonChars(form) / 1024).toFixed(1)} K characters of JSON): make, stringify twice, command buffer`, (i) => {
    const value = RESULT_OF[form](reports[i]!);
    JSON.stringify(value);
    return commandBuffer(JSON.stringify(value));
  });
}
