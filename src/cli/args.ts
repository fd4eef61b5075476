import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MAX_MAX_BYTES } from '../options.js';

export const USAGE = `Usage: pagesift [options] FILE|DIR|GLOB|- ...
       pagesift [options] --jsonl FILE|- ...
       pagesift worker|enqueue|queue-stats --queue NAME [--redis URL] ...

Sift web pages into body, navigation and SEO spam segments.
FILE is an HTML or text page (any charset); a directory is searched for .html/.htm/.xhtml/.txt
files; a quoted glob ('pages/**/*.html') is expanded; - reads one page from standard input.

Options:
  -f, --format FORMAT     text (default), json or jsonl (json: an object for one FILE or -,
                          an array of them for anything else)
      --jsonl FILE        read pages as JSON lines {"id", "html"|"text"|"bytes_b64", "url"?,
                          "contentType"?}; - for standard input (one file: repeat it for
                          each; a .jsonl or .ndjson file given as a page is refused;
                          UTF-8, or UTF-16 as PowerShell 5 writes it)
  -j, --jobs N            sift on N worker threads (default 1: this thread)
      --fail-on-spam      exit with status 1 when a page is spam
      --spam-threshold N  page verdict threshold (default: the one fitted with the
                          spam weights, data/weights/spam.json)
      --max-bytes N       cut pages larger than N bytes (default 10485760)
      --rules FILE        extra rule file (repeatable)
      --lexicon FILE      extra lexicon file (repeatable)
      --features          include feature values in json/jsonl output
      --color, --no-color force or forbid colour (default: colour on a terminal only)
      --no-progress       no progress bar (shown on stderr when it is a terminal and there
                          are several pages)
  -q, --quiet             no summary line on stderr at the end of a batch
  -h, --help              show this help
  -v, --version           show the version

Reports go to standard output in input order (files, directories, globs and - as given, then the
records of each --jsonl file); messages, the progress bar and the summary
(pages, spam pages, errors, pages/s) go to standard error. Ctrl-C stops reading new pages,
writes the reports of the pages already sifted and the summary, then ends pagesift by SIGINT
(status 130 in a shell; a shell loop around it stops too).

Exit status: 0 done; 1 a page is spam and --fail-on-spam was given; 2 usage error,
unreadable file, bad options/rules or a failed write; 130 interrupted.
A file named like a queue command (below) is given as ./worker.`;

export type Format = 'text' | 'json' | 'jsonl';

/** More worker threads than this is a typo, not a plan. */
export const MAX_JOBS = 256;

export interface CliArgs {
  files: string[];
  jsonl: string[];
  jobs: number;
  progress: boolean;
  quiet: boolean;
  format: Format;
  failOnSpam: boolean;
  spamThreshold?: number;
  maxBytes?: number;
  rules: string[];
  lexicons: string[];
  features: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Node's words for a flag given without its value, or with one it does not take: "Option '-f, --format <value>' argument missing". */
const VALUE_MESSAGE = /^Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' (argument missing|does not take an argument)/;

/**
 * parseArgs' message for a bad command line, made short: an unknown flag is named in one line
 * (Node's own runs on with an example whose quotes do not close), with the way to give a file
 * whose name starts with '-' where the command takes files. A flag without its value, or with a
 * value it does not take, is said as the value checks say it ("--format needs a value"), not in
 * Node's words, which printed the flag as `'-f, --format <value>'` (session-42 audit). Other
 * messages are Node's.
 */
export function parseArgsMessage(error: unknown, takesFiles: boolean): string {
  const { code, message } = error as Error & { code?: string };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const [, flag, what] = VALUE_MESSAGE.exec(message) ?? [];
    if (flag !== undefined) return what === 'argument missing' ? `${flag} needs a value` : `${flag} takes no value`;
    return message;
  }
  if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return message;
  const option = /^Unknown option '([^']*)'/.exec(message)?.[1];
  if (option === undefined) return message;
  return `unknown option '${option}'${takesFiles ? ' (a file of that name: put it after --)' : ''}`;
}

/** A value that starts like a negative number: -1, -0.5, -.5. */
const NEGATIVE_NUMBER = /^-(?:\d|\.\d)/;

/**
 * parseArgs takes the `-1` of `--jobs -1` for a flag of its own and refuses the pair as
 * "argument is ambiguous" in three lines that never say what the flag takes. A negative number
 * after a flag that takes a value is that flag's value: it is joined as `--jobs=-1`, so the
 * flag's own check refuses it with its range. Anything after `--` is left as it is.
 */
export function joinNegativeValues(args: readonly string[], options: Readonly<Record<string, { type: 'string' | 'boolean'; short?: string }>>): string[] {
  const valued = new Map<string, string>();
  for (const [name, option] of Object.entries(options)) {
    if (option.type !== 'string') continue;
    valued.set(`--${name}`, name);
    if (option.short !== undefined) valued.set(`-${option.short}`, name);
  }
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    const name = valued.get(arg);
    const next = args[i + 1];
    if (name !== undefined && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/**
 * A number as a person writes one on a command line: decimal digits, an optional sign, fraction and
 * exponent ("5", "-1", ".5", "1e3"). `Number()` alone also took "0x10", "0b11", "0o7" and padded
 * " 5 " (session-42 audit: `--spam-threshold 0x10` ran with 16).
 */
const DECIMAL_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!DECIMAL_NUMBER.test(value) || !Number.isFinite(n)) throw new UsageError(`--${name} needs a number, got "${value}"`);
  return n;
}

/** Standard input holds one stream: `-` and `--jsonl -` may name it once in all. */
export function checkStdinOnce(files: readonly string[], jsonl: readonly string[]): void {
  const uses = files.filter((f) => f === '-').length + jsonl.filter((f) => f === '-').length;
  if (uses > 1) throw new UsageError('standard input can be read only once: give - (or --jsonl -) a single time');
}

/** What names a JSON-lines file: `.jsonl` (and `.ndjson`, the other name of the format). */
export const JSONL_NAME = /\.(?:jsonl|ndjson)$/i;

/**
 * A JSON-lines file named where a page goes is refused: `--jsonl` takes one file, so `--jsonl
 * a.jsonl b.jsonl` (or `--jsonl crawl/*.jsonl`, the shell's expansion) read only a.jsonl as records
 * and sifted b.jsonl as one text page, a report of nothing with no error (session-31 audit).
 */
export function checkNoJsonlPage(files: readonly string[]): void {
  const named = files.find((f) => JSONL_NAME.test(f));
  if (named !== undefined) throw new UsageError(`${named} is JSON lines, named as a page: read it with --jsonl ${named} (--jsonl takes one file: give it before each)`);
}

/** The flags of the sifting command (parseArgs' options). */
const CLI_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  jsonl: { type: 'string', multiple: true, default: [] },
  jobs: { type: 'string', short: 'j' },
  'no-progress': { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  'fail-on-spam': { type: 'boolean', default: false },
  'spam-threshold': { type: 'string' },
  'max-bytes': { type: 'string' },
  rules: { type: 'string', multiple: true, default: [] },
  lexicon: { type: 'string', multiple: true, default: [] },
  features: { type: 'boolean', default: false },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} satisfies NonNullable<ParseArgsConfig['options']>;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv, CLI_OPTIONS),
      allowPositionals: true,
      strict: true,
      options: CLI_OPTIONS,
    });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error, true));
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'jsonl') throw new UsageError(`--format must be text, json or jsonl, got "${format}"`);
  const spamThreshold = numberOption(values['spam-threshold'], 'spam-threshold');
  if (spamThreshold !== undefined && spamThreshold <= 0) throw new UsageError(`--spam-threshold needs a positive number, got "${values['spam-threshold']}"`);
  const maxBytes = numberOption(values['max-bytes'], 'max-bytes');
  if (maxBytes !== undefined && (!Number.isInteger(maxBytes) || maxBytes < 1 || maxBytes > MAX_MAX_BYTES)) throw new UsageError(`--max-bytes must be a whole number from 1 to ${MAX_MAX_BYTES}, got "${values['max-bytes']}"`);
  const jobs = numberOption(values.jobs, 'jobs') ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, got "${values.jobs}"`);
  checkStdinOnce(positionals, values.jsonl);
  checkNoJsonlPage(positionals);
  if (values['no-color'] === true && values.color === true) throw new UsageError('--color and --no-color disagree: give one');
  // the text output shows labels and hits, never feature values: asked for there, they would be dropped without a word
  if (values.features === true && format === 'text') throw new UsageError('--features needs -f json or -f jsonl (the text output shows no feature values)');
  const color = values['no-color'] ? false : values.color;
  return {
    files: positionals,
    jsonl: values.jsonl,
    jobs,
    progress: !values['no-progress'],
    quiet: values.quiet,
    format,
    failOnSpam: values['fail-on-spam'],
    ...(spamThreshold !== undefined ? { spamThreshold } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    rules: values.rules,
    lexicons: values.lexicon,
    features: values.features,
    ...(color !== undefined ? { color } : {}),
    help: values.help,
    version: values.version,
  };
}
