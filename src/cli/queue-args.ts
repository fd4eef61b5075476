import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MAX_CONCURRENCY, MAX_THREADS } from '../bullmq/limits.js';
import { DEFAULT_RESULT, SIFT_RESULT_FORMS, type SiftResultForm } from '../bullmq/result.js';
import { checkNoJsonlPage, checkStdinOnce, joinNegativeValues, parseArgsMessage, UsageError } from './args.js';

/** The queue subcommands (they need bullmq and ioredis installed beside pagesift). */
export const QUEUE_COMMANDS = ['worker', 'enqueue', 'queue-stats'] as const;
export type QueueCommand = (typeof QUEUE_COMMANDS)[number];

export function isQueueCommand(word: string | undefined): word is QueueCommand {
  return (QUEUE_COMMANDS as readonly string[]).includes(word ?? '');
}

/** Where the queue commands look for Redis without --redis: the machine's own, on its default port. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export const QUEUE_USAGE = `Queue commands (BullMQ on Redis; need 'npm install bullmq ioredis'):
  pagesift worker --queue NAME [--redis URL] [--concurrency N] [--threads N] [options]
  pagesift enqueue --queue NAME [--redis URL] FILE|DIR|GLOB|- ... [--jsonl FILE|-]
  pagesift queue-stats --queue NAME [--redis URL] [--json]

  worker       sift the queue's jobs until SIGINT or SIGTERM, then stop taking jobs, finish
               the ones in hand and exit 0 (a second signal exits at once; the jobs in hand
               go back to the queue after the stall interval)
  enqueue      add pages (files, directories, globs, - or JSONL records, as above) as jobs;
               a page's id (its path, or the JSONL "id") is its job id, so enqueueing the
               same pages again adds nothing while their jobs are kept in Redis
  queue-stats  print waiting/active/delayed/completed/failed counts, workers and throughput

Queue options:
      --redis URL          Redis to use (default ${DEFAULT_REDIS_URL})
      --queue NAME         queue name (required)
      --prefix PREFIX      BullMQ key prefix (default bull)
  -c, --concurrency N      worker: jobs in hand at once (default 4, or 2 per thread)
  -j, --threads N          worker: sift on N worker threads (default 0: the worker's own thread)
      --result FORM        worker: what each job returns: packed (default) the report with
                           each rule's description stated once (unpackReport in pagesift/bullmq
                           restores the report exactly), report the whole report, compact
                           { verdict, spamSegments }
      --compact            worker: the same as --result compact
      --stalled-interval MS  worker: how often to look for jobs of dead workers (default 30000)
      --spam-threshold N, --max-bytes N, --rules FILE, --lexicon FILE
                           worker: sifter options as above; enqueue: --max-bytes refuses
                           larger pages (default 10485760)
      --no-gzip            enqueue: send pages as they are (default: a page of 4 KB or more
                           goes gzip-compressed, which workers of this version read)
      --json               queue-stats: one JSON object
  -q, --quiet              no start/summary lines on stderr
  -h, --help               show this help`;

export interface QueueArgs {
  command: QueueCommand;
  redis: string;
  queue: string;
  prefix?: string;
  concurrency?: number;
  threads: number;
  /** What each job returns (--result; --compact is --result compact). */
  result: SiftResultForm;
  stalledInterval?: number;
  spamThreshold?: number;
  maxBytes?: number;
  rules: string[];
  lexicons: string[];
  files: string[];
  jsonl: string[];
  json: boolean;
  progress: boolean;
  /** enqueue: send pages read from files gzip-compressed (--no-gzip turns it off; enqueuePages' `gzip`). */
  gzip: boolean;
  quiet: boolean;
  /** -h/--help after the command: print QUEUE_USAGE and exit 0 (nothing else is checked). */
  help: boolean;
}

function wholeNumber(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

export function parseQueueArgs(argv: readonly string[]): QueueArgs {
  const [command, ...rest] = argv;
  if (!isQueueCommand(command)) throw new UsageError(`unknown command "${command}"`);
  const options = {
    redis: { type: 'string', default: DEFAULT_REDIS_URL },
    queue: { type: 'string' },
    prefix: { type: 'string' },
    ...(command === 'worker'
      ? {
          concurrency: { type: 'string', short: 'c' },
          threads: { type: 'string', short: 'j' },
          result: { type: 'string' },
          compact: { type: 'boolean', default: false },
          'stalled-interval': { type: 'string' },
          'spam-threshold': { type: 'string' },
          rules: { type: 'string', multiple: true, default: [] },
          lexicon: { type: 'string', multiple: true, default: [] },
        }
      : {}),
    ...(command === 'worker' || command === 'enqueue' ? { 'max-bytes': { type: 'string' } } : {}),
    ...(command === 'enqueue' ? { jsonl: { type: 'string', multiple: true, default: [] }, 'no-progress': { type: 'boolean', default: false }, 'no-gzip': { type: 'boolean', default: false } } : {}),
    ...(command === 'queue-stats' ? { json: { type: 'boolean', default: false } } : {}),
    quiet: { type: 'boolean', short: 'q', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  } satisfies NonNullable<ParseArgsConfig['options']>;
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(rest, options),
      allowPositionals: command === 'enqueue',
      strict: true,
      options,
    });
  } catch (error) {
    throw new UsageError(`${command}: ${parseArgsMessage(error, command === 'enqueue')}`);
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const str = (k: string): string | undefined => values[k] as string | undefined;
  const help = values['help'] === true;
  const queue = str('queue') ?? (help ? '' : undefined);
  if (queue === undefined || (queue === '' && !help)) throw new UsageError(`${command}: --queue NAME is required`);
  const redis = str('redis') ?? DEFAULT_REDIS_URL;
  if (!/^rediss?:\/\//.test(redis)) throw new UsageError(`--redis needs a redis:// or rediss:// URL, got "${redis}"`);
  const spamThresholdText = str('spam-threshold');
  const spamThreshold = spamThresholdText === undefined ? undefined : Number(spamThresholdText);
  if (spamThreshold !== undefined && (spamThresholdText!.trim() === '' || !Number.isFinite(spamThreshold) || spamThreshold <= 0)) throw new UsageError(`--spam-threshold needs a positive number, got "${spamThresholdText}"`);
  const concurrency = wholeNumber(str('concurrency'), 'concurrency', 1, MAX_CONCURRENCY);
  const stalledInterval = wholeNumber(str('stalled-interval'), 'stalled-interval', 1, 24 * 3600 * 1000);
  const maxBytes = wholeNumber(str('max-bytes'), 'max-bytes', 1, Number.MAX_SAFE_INTEGER);
  const prefix = str('prefix');
  const resultText = str('result');
  if (resultText !== undefined && !(SIFT_RESULT_FORMS as readonly string[]).includes(resultText)) throw new UsageError(`--result must be one of ${SIFT_RESULT_FORMS.join(', ')}, got "${resultText}"`);
  if (resultText !== undefined && values['compact'] === true && resultText !== 'compact') throw new UsageError(`--compact and --result ${resultText} disagree`);
  const result = values['compact'] === true ? 'compact' : ((resultText as SiftResultForm | undefined) ?? DEFAULT_RESULT);
  const args: QueueArgs = {
    command,
    redis,
    queue,
    ...(prefix !== undefined ? { prefix } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    threads: wholeNumber(str('threads'), 'threads', 0, MAX_THREADS) ?? 0,
    result,
    ...(stalledInterval !== undefined ? { stalledInterval } : {}),
    ...(spamThreshold !== undefined ? { spamThreshold } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    rules: (values['rules'] as string[] | undefined) ?? [],
    lexicons: (values['lexicon'] as string[] | undefined) ?? [],
    files: parsed.positionals,
    jsonl: (values['jsonl'] as string[] | undefined) ?? [],
    json: values['json'] === true,
    progress: values['no-progress'] !== true,
    gzip: values['no-gzip'] !== true,
    quiet: values['quiet'] === true,
    help,
  };
  checkStdinOnce(args.files, args.jsonl);
  checkNoJsonlPage(args.files);
  if (command === 'enqueue' && !help && args.files.length === 0 && args.jsonl.length === 0) throw new UsageError('enqueue: no input (give files, directories, globs, - or --jsonl)');
  return args;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    // not a URL the WHATWG parser takes: show only the scheme
    return url.replace(/^(rediss?:\/\/).*$/, '$1…');
  }
}
