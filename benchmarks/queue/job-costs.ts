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
 *             (ioredis's own Command.toWritable); "as bytes": the worker's moveToFinished sends a
 *             return value that long as its UTF-8 bytes (src/bullmq/finish-command.ts)
 *   reply     BullMQ's `result < 0` check of a moveToFinished reply that carries the next job
 *             (the job's hash, its page in it): stock, and with the worker's withCheapNumber
 * Linux only (/proc/self/task). The timings are of this machine: strings over ~128 KB
 * (64 K characters of two-byte text) are V8 large objects, which cost ~1 ms each here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compactResult, packReport, parseJobData, type SiftResultForm } from '../../src/bullmq/index.js';
import { Command } from 'ioredis';
import { longStringsAsBytes, withCheapNumber } from '../../src/bullmq/finish-command.js';
import { parseJobPage } from '../../src/bullmq/job.js';
import { createSifter, type Report } from '../../src/index.js';
import { readPages } from './pages.js';

/** Linux reports thread CPU time in clock ticks of 10 ms (getconf CLK_TCK = 100). */
const MS_PER_TICK = 10;
/** The msgpack'd options BullMQ passes beside the return value (a few hundred bytes). */
const MSGPACK_ARGUMENT_BYTES = 200;
/** moveToFinished's keys (BullMQ 6.7 passes 14) and the arguments before the return value. */
const FINISH_KEYS = Array.from({ length: 14 }, (_, i) => `bull:bench:key${i}`);

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

/** What ioredis writes to the socket for a moveToFinished with this return value (its Command.toWritable, in buffer mode because of the msgpack argument). */
function commandBuffer(args: readonly unknown[]): Buffer {
  const commandArgs = ['sha1', FINISH_KEYS.length, ...FINISH_KEYS, ...args, msgpack] as ConstructorParameters<typeof Command>[1];
  const command = new Command('evalsha', commandArgs) as unknown as { toWritable(socket: unknown): Buffer };
  return command.toWritable(undefined);
}
/** A moveToFinished reply that fetched the next job: its hash as a flat array (ioredis gives strings), id, delays. */
const finishReplies = replies.map((reply, i) => ['name', 'sift', 'data', reply.toString(), 'opts', '{"attempts":3}', 'timestamp', `${Date.now()}`, 'id', `page/${i}`]);

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
time('job data, now: JSON.parse, parseJobPage', (i) => parseJobPage(JSON.parse(replies[i]!.toString()), Number.MAX_SAFE_INTEGER));
for (const form of ['report', 'packed', 'compact'] as const) {
  for (const bytes of [false, true]) {
    time(`result ${form} (${(jsonChars(form) / 1024).toFixed(1)} K characters of JSON): make, stringify twice, command buffer${bytes ? ', long strings as bytes' : ''}`, (i) => {
      const value = RESULT_OF[form](reports[i]!);
      JSON.stringify(value);
      const args = ['page', Date.now(), 'returnvalue', JSON.stringify(value), 'completed', 1, 'bull:bench:'];
      return commandBuffer(bytes ? longStringsAsBytes(args) : args);
    });
  }
}
for (const cheap of [false, true]) {
  time(`reply carrying the next job, checked with \`result < 0\`${cheap ? ' (withCheapNumber)' : ''}`, (i) => {
    const reply = [finishReplies[i]!.slice(), `page/${i}`, 0, 0];
    return (cheap ? withCheapNumber(reply) : reply) as unknown as number < 0;
  });
}
