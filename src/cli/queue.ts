import type { SifterOptionsInput } from '../options.js';
import { DEFAULT_MAX_BYTES } from '../options.js';
import type { PageToEnqueue } from '../bullmq/enqueue.js';
import { inputBytes } from '../bullmq/job.js';
import { jobLabel, jobs } from './inputs.js';
import { createProgress, type Progress } from './progress.js';
import { redactUrl, type QueueArgs } from './queue-args.js';
import { writeStderrLine } from './stderr-line.js';
import { EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK } from './exit-status.js';

/** 128 + signal number after a second signal, as shells report it. */
const EXIT_SIGNAL: Readonly<Record<string, number>> = { SIGINT: EXIT_INTERRUPTED, SIGTERM: 143 };
/** How long enqueue and queue-stats wait for Redis before giving up (a worker waits for ever). */
export const CONNECT_TIMEOUT_MS = 5000;
/** Reconnection tries of enqueue and queue-stats before they report Redis unreachable. */
const CONNECT_RETRIES = 3;
/** The same worker error (Redis down, retrying) is printed at most once in this many ms. */
export const ERROR_REPEAT_MS = 10_000;
/** A worker error this recent (ms) when a signal comes means Redis is taken to be unreachable: ioredis retries every second or two, so a failing Redis errs well within it. */
export const REDIS_DOWN_MS = 5000;
/** Minutes of BullMQ's per-minute counts that queue-stats averages for its longer throughput figure. */
export const THROUGHPUT_MINUTES = 15;

type Adapter = typeof import('../bullmq/index.js');
type BullMQ = typeof import('bullmq');

/** bullmq and ioredis are optional peers: loaded here, only for the queue commands. */
async function loadQueueModules(): Promise<{ adapter: Adapter; bullmq: BullMQ } | { missing: string }> {
  try {
    // ioredis is asked for too: bullmq loads it only on first connection, with a vaguer message
    await import('ioredis');
    const [bullmq, adapter] = await Promise.all([import('bullmq'), import('../bullmq/index.js')]);
    return { adapter, bullmq };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const name = /'(bullmq|ioredis)'/.exec(e.message)?.[1];
    if ((e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'MODULE_NOT_FOUND') && name) return { missing: name };
    throw error;
  }
}

function say(args: QueueArgs, text: string): void {
  if (!args.quiet) writeStderrLine(`pagesift ${args.command}: ${text}`);
}

function fail(args: QueueArgs, text: string): number {
  writeStderrLine(`pagesift ${args.command}: ${text}`);
  return EXIT_ERROR;
}

/** Connection options for short-lived clients (enqueue, queue-stats): give up after a few tries. */
function shortLivedConnection(args: QueueArgs): { url: string; connectTimeout: number; retryStrategy: (times: number) => number | null } {
  return { url: args.redis, connectTimeout: CONNECT_TIMEOUT_MS, retryStrategy: (times) => (times > CONNECT_RETRIES ? null : 500) };
}

export async function queueMain(args: QueueArgs): Promise<number> {
  const modules = await loadQueueModules();
  if ('missing' in modules) {
    return fail(args, `this command needs the optional package '${modules.missing}' (BullMQ on Redis): npm install bullmq ioredis`);
  }
  if (args.command === 'worker') return runWorker(args, modules);
  if (args.command === 'enqueue') return runEnqueue(args, modules);
  return runStats(args, modules);
}

async function runWorker(args: QueueArgs, { adapter }: { adapter: Adapter }): Promise<number> {
  const sifter: SifterOptionsInput = {
    ...(args.spamThreshold !== undefined ? { spamThreshold: args.spamThreshold } : {}),
    ...(args.maxBytes !== undefined ? { maxBytes: args.maxBytes } : {}),
    ruleFiles: args.rules,
    lexiconFiles: args.lexicons,
  };
  let worker: import('../bullmq/index.js').SiftWorker;
  try {
    worker = await adapter.createSiftWorker({
      connection: { url: args.redis },
      queue: args.queue,
      sifter,
      threads: args.threads,
      ...(args.concurrency !== undefined ? { concurrency: args.concurrency } : {}),
      result: args.result,
      worker: {
        ...(args.prefix !== undefined ? { prefix: args.prefix } : {}),
        ...(args.stalledInterval !== undefined ? { stalledInterval: args.stalledInterval } : {}),
      },
    });
  } catch (error) {
    return fail(args, (error as Error).message);
  }
  let lastError = '';
  let lastErrorAt = 0;
  let lastErrorSeenAt = 0;
  worker.on('error', (error) => {
    const now = Date.now();
    lastErrorSeenAt = now;
    if (error.message === lastError && now - lastErrorAt < ERROR_REPEAT_MS) return;
    lastError = error.message;
    lastErrorAt = now;
    writeStderrLine(`pagesift worker: ${error.message} (retrying)`);
  });
  worker.on('failed', (job, error) => {
    writeStderrLine(`pagesift worker: job ${job?.id ?? '?'} failed${job && job.attemptsMade < (job.opts.attempts ?? 1) && !(error.name === 'UnrecoverableError') ? ' (will be retried)' : ''}: ${error.message}`);
  });
  worker.on('ready', () => say(args, `queue ${args.queue} on ${redactUrl(args.redis)}, concurrency ${worker.concurrency}, threads ${args.threads}, results ${args.result}; SIGINT or SIGTERM stops it`));

  const stopped = new Promise<string>((resolve) => {
    const onSignal = (signal: string): void => {
      if (stopping) {
        process.stderr.write(`pagesift worker: ${signal} again: leaving now; the jobs in hand go back to the queue after the stall interval\n`);
        process.exit(EXIT_SIGNAL[signal] ?? EXIT_ERROR);
      }
      stopping = true;
      resolve(signal);
    };
    let stopping = false;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  const signal = await stopped;
  // worker.close() waits for Redis to come back before it resolves (BullMQ's graceful close): say so
  // when Redis was failing just now, else the first signal looked ignored (session-33 queue audit)
  const redisDown = Date.now() - lastErrorSeenAt < REDIS_DOWN_MS ? `; Redis cannot be reached (${lastError}): waiting for it, ${signal} again leaves now` : '';
  const stopping = `${signal}: taking no more jobs, finishing the ones in hand${redisDown}`;
  if (redisDown !== '') writeStderrLine(`pagesift worker: ${stopping}`);
  else say(args, stopping);
  await worker.close();
  const m = worker.metrics.snapshot();
  say(args, `stopped: ${m.pagesSifted} page(s), ${m.spamPages} spam, ${m.failures} failed attempt(s)`);
  return EXIT_OK;
}

/** The producer side's short-lived queue handle; the last Redis error is kept for the message of a later failure. */
function openQueue(args: QueueArgs, bullmq: BullMQ) {
  const queue = new bullmq.Queue(args.queue, { connection: shortLivedConnection(args), ...(args.prefix !== undefined ? { prefix: args.prefix } : {}) });
  let redisError: Error | undefined;
  queue.on('error', (error) => {
    redisError = error;
  });
  return { queue, lastError: (): Error | undefined => redisError };
}

async function runEnqueue(args: QueueArgs, { adapter, bullmq }: { adapter: Adapter; bullmq: BullMQ }): Promise<number> {
  const { queue, lastError } = openQueue(args, bullmq);
  try {
    await queue.waitUntilReady();
  } catch (error) {
    await queue.close();
    return fail(args, `cannot reach Redis at ${redactUrl(args.redis)}: ${(error as Error).message}`);
  }
  const maxBytes = args.maxBytes ?? DEFAULT_MAX_BYTES;
  const progress: Progress | undefined = args.progress && process.stderr.isTTY === true ? createProgress('pagesift enqueue {value} pages sent | {errors} errors | {rate} pages/s') : undefined;
  let errors = 0;
  let read = 0;
  const started = performance.now();
  async function* pages(): AsyncGenerator<PageToEnqueue> {
    for await (const job of jobs(args.files, args.jsonl, { maxBytes })) {
      const reason =
        job.error ??
        (job.input === undefined || typeof job.input !== 'object' || job.input instanceof Uint8Array
          ? 'nothing to read'
          : inputBytes(job.input) > maxBytes
            ? `page over the limit of ${maxBytes} bytes (--max-bytes); not queued`
            : undefined);
      if (reason !== undefined) {
        errors++;
        progress?.clear();
        writeStderrLine(`pagesift enqueue: ${jobLabel(job)}: ${reason}`);
        continue;
      }
      for (const warning of job.warnings ?? []) {
        // binary data or an empty page is still queued (the user named it), as the sifting CLI still sifts it, and said
        progress?.clear();
        writeStderrLine(`pagesift enqueue: ${jobLabel(job)}: ${warning}`);
      }
      read++;
      const input = job.input as Exclude<typeof job.input, string | Uint8Array | undefined>;
      // a file's id is its path as given; one page from standard input has no id (no dedupe)
      const id = job.id ?? (job.name === '(stdin)' ? undefined : job.name);
      const { url, ...page } = input; // the CLI's url is text; SiftInput also allows a URL object
      yield { ...(id !== undefined ? { id } : {}), ...page, ...(url !== undefined ? { url: String(url) } : {}) };
    }
  }
  let sent = 0;
  try {
    ({ sent } = await adapter.enqueuePages(queue, pages(), { gzip: args.gzip, onProgress: (n) => progress?.tick(n, 0, errors) }));
  } catch (error) {
    progress?.stop();
    await queue.close();
    return fail(args, `${(error as Error).message}${lastError() ? ` (Redis: ${lastError()!.message})` : ''}`);
  }
  progress?.stop();
  await queue.close();
  const seconds = (performance.now() - started) / 1000;
  say(args, `${sent} page(s) sent to queue ${args.queue} (ids already queued are not added again), ${errors} error(s), ${seconds > 0 ? (sent / seconds).toFixed(1) : '0'} pages/s`);
  if (read !== sent) return fail(args, `read ${read} page(s) but sent ${sent}`);
  return errors > 0 ? EXIT_ERROR : EXIT_OK;
}

async function runStats(args: QueueArgs, { bullmq }: { bullmq: BullMQ }): Promise<number> {
  const { queue, lastError } = openQueue(args, bullmq);
  try {
    await queue.waitUntilReady();
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
    const workers = await queue.getWorkersCount();
    const metrics = await queue.getMetrics('completed', 0, THROUGHPUT_MINUTES - 1);
    const failedMetrics = await queue.getMetrics('failed', 0, THROUGHPUT_MINUTES - 1);
    const lastMinute = metrics.data[0] ?? 0;
    const minutes = Math.min(THROUGHPUT_MINUTES, metrics.data.length);
    const recent = minutes > 0 ? metrics.data.slice(0, minutes).reduce((a, b) => a + b, 0) / minutes : 0;
    const stats = {
      queue: args.queue,
      waiting: (counts['waiting'] ?? 0) + (counts['prioritized'] ?? 0),
      active: counts['active'] ?? 0,
      delayed: counts['delayed'] ?? 0,
      completed: counts['completed'] ?? 0,
      failed: counts['failed'] ?? 0,
      workers,
      throughput: { lastMinute, perMinute: Math.round(recent * 10) / 10, minutes, failedLastMinute: failedMetrics.data[0] ?? 0 },
    };
    if (args.json) process.stdout.write(`${JSON.stringify(stats)}\n`);
    else {
      const rows: [string, string][] = [
        ['queue', stats.queue],
        ['waiting', String(stats.waiting)],
        ['active', String(stats.active)],
        ['delayed', String(stats.delayed)],
        ['completed', String(stats.completed)],
        ['failed', String(stats.failed)],
        ['workers', String(stats.workers)],
        [
          'throughput',
          minutes === 0
            ? 'no data yet (workers record it per minute)'
            : `${lastMinute} pages in the last full minute (${(lastMinute / 60).toFixed(1)} pages/s); ${stats.throughput.perMinute} pages/min over the last ${minutes} minute(s)`,
        ],
      ];
      process.stdout.write(rows.map(([k, v]) => `${k.padEnd(11)}${v}\n`).join(''));
    }
    return EXIT_OK;
  } catch (error) {
    const message = (error as Error).message;
    return fail(args, `cannot read queue ${args.queue} at ${redactUrl(args.redis)}: ${message}${lastError() && lastError()!.message !== message ? ` (Redis: ${lastError()!.message})` : ''}`);
  } finally {
    await queue.close();
  }
}
