import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import { isDynamicPattern } from 'tinyglobby';
import { orderedMap } from '../batch/ordered.js';
import { createRenderingPool } from '../batch/pool.js';
import type { SiftInput } from '../decode/input.js';
import { createSifter, DEFAULT_MAX_BYTES, type SifterOptionsInput } from '../index.js';
import { rendered, type PageName, type RenderOptions, type Rendered } from '../report/render.js';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args.js';
import { jobLabel, jobs, type Job } from './inputs.js';
import { createProgress, type Progress } from './progress.js';
import { writeStderrLine } from './stderr-line.js';
import { isQueueCommand, parseQueueArgs, QUEUE_USAGE } from './queue-args.js';
import type { Interrupt } from './interrupt.js';
import { EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_SPAM } from './exit-status.js';

/**
 * The sifting command and the dispatch to the queue commands; main.ts, the entry, catches Ctrl-C
 * before this module and the sifter's load.
 */

/** On one thread, let signals and output through after this many pages. */
const YIELD_EVERY = 8;
/** Pages in flight per worker thread with --jobs. */
const WINDOW_PER_JOB = 4;

interface Outcome {
  job: Job;
  result?: Rendered;
  error?: string;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function sifterOptions(args: CliArgs): SifterOptionsInput {
  return {
    ...(args.spamThreshold !== undefined ? { spamThreshold: args.spamThreshold } : {}),
    ...(args.maxBytes !== undefined ? { maxBytes: args.maxBytes } : {}),
    ruleFiles: args.rules,
    lexiconFiles: args.lexicons,
    includeFeatures: args.features,
  };
}

/**
 * Sift jobs in input order, on this thread or on a pool. Once `stop` is aborted no new job is
 * taken, even while waiting for input (a pipe that stays open), and the jobs in flight finish.
 */
function siftJobs(source: AsyncIterable<Job>, run: (input: SiftInput, page: PageName) => Promise<Rendered>, window: number, stop: AbortSignal): AsyncGenerator<Outcome> {
  const stopped = new Promise<'stopped'>((resolve) => stop.addEventListener('abort', () => resolve('stopped'), { once: true }));
  async function* untilStopped(): AsyncGenerator<Job> {
    const iterator = source[Symbol.asyncIterator]();
    try {
      while (!stop.aborted) {
        const next = await Promise.race([iterator.next(), stopped]);
        if (next === 'stopped' || next.done) return;
        yield next.value;
      }
    } finally {
      // do not wait for a source blocked on input: it is abandoned with the process
      if (!stop.aborted) await iterator.return?.();
    }
  }
  return orderedMap(untilStopped(), window, async (job): Promise<Outcome> => {
    if (job.error !== undefined || job.input === undefined) return { job, error: job.error ?? 'nothing to read' };
    try {
      return { job, result: await run(job.input, job.id !== undefined ? { name: job.name, id: job.id } : { name: job.name }) };
    } catch (error) {
      // a record of the wrong shape (PagesiftInputError) fails that page, not the batch
      return { job, error: (error as Error).message };
    }
  });
}

/** Whether `path` is a directory; a path that cannot be stat'ed (ENOENT, ENOTDIR, EACCES) is not, and the reading reports why. */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (error) {
    // a file-system error (it has a code) is reported by the reading that follows (inputs.ts readError); anything else is a bug
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    return false;
  }
}

/** The command line parsed, or undefined after a usage error was written to stderr (the caller exits 2). */
function parsedOrUsage<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    writeStderrLine(`pagesift: ${error.message}`);
    process.stderr.write(`Try 'pagesift --help'.\n`);
    return undefined;
  }
}

/** `pagesift worker|enqueue|queue-stats …`: the queue commands (src/cli/queue.ts loads bullmq only then). */
async function queueCommand(argv: readonly string[]): Promise<number> {
  const args = parsedOrUsage(() => parseQueueArgs(argv));
  if (args === undefined) return EXIT_ERROR;
  if (args.help) {
    // before bullmq is loaded: the help is there also where it is not installed
    process.stdout.write(`${QUEUE_USAGE}\n`);
    return EXIT_OK;
  }
  const { queueMain } = await import('./queue.js');
  return queueMain(args);
}

/** How pages are sifted: on this thread, or on a pool of workers that also render (this thread only writes strings). */
interface Runner {
  run: (input: SiftInput, page: PageName) => Promise<Rendered>;
  /** Pages in flight at once. */
  window: number;
  close: () => Promise<void>;
}

async function openRunner(args: CliArgs, render: RenderOptions): Promise<Runner> {
  if (args.jobs > 1) {
    const pool = await createRenderingPool({ ...sifterOptions(args), threads: args.jobs });
    return { run: (input, page) => pool.siftRendered({ input, page, render }), window: pool.threads * WINDOW_PER_JOB, close: () => pool.close() };
  }
  const sifter = await createSifter(sifterOptions(args));
  let sinceYield = 0;
  return {
    run: async (input, page) => {
      if (++sinceYield % YIELD_EVERY === 0) await setImmediate();
      return rendered(sifter.sift(input), page, render);
    },
    window: 1,
    close: async () => {},
  };
}

/**
 * One page (a file or -) prints one report; anything else is a batch (arrays for json, a summary).
 * A missing or unreadable file named alone is still one page: its error, no batch summary, no `[]`.
 */
function isSinglePage(args: CliArgs): boolean {
  const only = args.files[0];
  return args.jsonl.length === 0 && args.files.length === 1 && only !== undefined && (only === '-' || (!isDynamicPattern(only) && !isDirectory(only)));
}

interface Tally {
  count: number;
  spam: number;
  errors: number;
}

/** Sift every input in order and write each report as it comes; errors and warnings go to stderr. */
async function siftAll(args: CliArgs, runner: Runner, several: boolean, stop: AbortSignal): Promise<Tally> {
  const tally: Tally = { count: 0, spam: 0, errors: 0 };
  const progress: Progress | undefined = args.progress && process.stderr.isTTY === true && several ? createProgress() : undefined;
  const jsonArray = args.format === 'json' && several;
  try {
    for await (const outcome of siftJobs(jobs(args.files, args.jsonl, { maxBytes: args.maxBytes ?? DEFAULT_MAX_BYTES }), runner.run, runner.window, stop)) {
      if (outcome.result === undefined) {
        tally.errors++;
        progress?.clear();
        writeStderrLine(`pagesift: ${jobLabel(outcome.job)}: ${outcome.error}`);
      } else {
        tally.count++;
        for (const warning of outcome.job.warnings ?? []) {
          progress?.clear();
          writeStderrLine(`pagesift: ${jobLabel(outcome.job)}: ${warning}`);
        }
        if (outcome.result.spam) tally.spam++;
        const text = outcome.result.text;
        if (args.format === 'json') process.stdout.write(jsonArray ? `${tally.count === 1 ? '[\n' : ',\n'}${text}` : `${text}\n`);
        else process.stdout.write(text);
      }
      progress?.tick(tally.count + tally.errors, tally.spam, tally.errors);
    }
  } finally {
    progress?.stop();
    if (jsonArray) process.stdout.write(tally.count === 0 ? '[]\n' : '\n]\n');
  }
  return tally;
}

/**
 * Two turns of the event loop, so that a SIGINT the process has already received is handled
 * before the run's end is told. Ctrl-C on `crawl | pagesift --jsonl -` ends the producer too: the
 * end of input it causes arrived with the signal, was read first, and the run passed for complete
 * (no "(interrupted)", status 0: a shell loop around it went on). The signal is delivered before
 * the end of input is read; libuv reads it from its pipe in the next poll phase.
 */
async function signalsSeen(): Promise<void> {
  await setImmediate();
  await setImmediate();
}

/**
 * The command line → an exit status. `interrupt` was armed by the entry before anything loaded: a
 * Ctrl-C during start-up (module loading, the dictionary, the rules: a second or more) is seen
 * here, and the run writes what was done — nothing yet: the summary line, `[]` for a JSON batch —
 * and returns EXIT_INTERRUPTED, as after a Ctrl-C in the middle of a batch. The queue commands
 * handle their signals themselves.
 */
export async function main(argv: readonly string[], interrupt: Interrupt): Promise<number> {
  if (isQueueCommand(argv[0])) {
    if (interrupt.signal.aborted) return EXIT_INTERRUPTED;
    interrupt.release();
    return queueCommand(argv);
  }
  const args = parsedOrUsage(() => parseCliArgs(argv));
  if (args === undefined) return EXIT_ERROR;
  if (args.help) {
    process.stdout.write(`${USAGE}\n\n${QUEUE_USAGE}\n`);
    return EXIT_OK;
  }
  if (args.version) {
    process.stdout.write(`${await version()}\n`);
    return EXIT_OK;
  }
  if (args.files.length === 0 && args.jsonl.length === 0) {
    process.stderr.write(`pagesift: no input (give files, directories, globs, - or --jsonl)\nTry 'pagesift --help'.\n`);
    return EXIT_ERROR;
  }

  const color = args.color ?? (process.stdout.isTTY === true && !process.env['NO_COLOR']);
  let runner: Runner;
  try {
    runner = await openRunner(args, { format: args.format, color });
  } catch (error) {
    writeStderrLine(`pagesift: ${(error as Error).message}`);
    return EXIT_ERROR;
  }

  const several = !isSinglePage(args);
  const started = performance.now();
  let tally: Tally;
  try {
    tally = await siftAll(args, runner, several, interrupt.signal);
  } finally {
    await runner.close();
  }
  await signalsSeen();

  const seconds = (performance.now() - started) / 1000;
  if (!args.quiet && (several || interrupt.signal.aborted)) {
    const rate = seconds > 0 ? (tally.count / seconds).toFixed(1) : '0';
    process.stderr.write(`pagesift: ${tally.count} page(s), ${tally.spam} spam, ${tally.errors} error(s), ${rate} pages/s${interrupt.signal.aborted ? ' (interrupted)' : ''}\n`);
  }
  if (interrupt.signal.aborted) {
    // standard input may still be open: leave without waiting for it
    process.stdin.destroy();
    return EXIT_INTERRUPTED;
  }
  if (tally.errors > 0) return EXIT_ERROR;
  if (args.failOnSpam && tally.spam > 0) return EXIT_SPAM;
  return EXIT_OK;
}
