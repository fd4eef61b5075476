/**
 * Accuracy gate: pinned per-set floors that a change may not silently lower (as trafilatura's eval
 * gate does).
 *
 *   npx tsx benchmarks/gate/main.ts [--results benchmarks/results/eval.json] [--floors benchmarks/floors.json]
 *                                   [--run <corpus-dir>] [--allow-lower] [--update]
 *   npm run eval:gate -- --run /path/to/corpus
 *
 *   --results FILE  results JSON written by benchmarks/eval/main.ts (default benchmarks/results/eval.json)
 *   --floors FILE   pinned floors (default benchmarks/floors.json)
 *   --run CORPUS    run the evaluation on CORPUS first (writes --results), then gate
 *   --allow-lower   a metric below its floor (or missing) is a warning, not a failure: the explicit
 *                   flag for a change that lowers a number on purpose (say why in the commit)
 *   --update        rewrite the floors from the results: floors only go up (a ratchet), unless
 *                   --allow-lower is also given, which pins the current, lower, values
 *
 * Floors per set (only the metrics the set has gold for): body F1, snippet accuracy, spam F1,
 * page-level spam recall (all "at least"), and page false-positive rate ("at most"). Written rounded
 * to 3 decimals in the safe direction (floors down, the FPR ceiling up). A metric fails when it is
 * beyond its floor by more than the tolerance (floors.json `tolerance`, default 0.002: float noise
 * and the 3-decimal rounding, not real regressions).
 *
 * Exit codes: 0 pass (or only allowed/warned drops), 1 a metric below its floor, 2 usage or I/O error.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from '../cli-args.js';
import { compare, gateOutcome, isWorse } from './compare.js';
import { formatChanges, formatTable } from './format.js';
import { DEFAULT_FLOORS, DEFAULT_RESULTS, DEFAULT_TOLERANCE } from './metrics.js';
import { parseFloors, parseResults } from './parse.js';
import { pinValue, updateFloors } from './update.js';

const EXIT_USAGE = 2;

interface Options {
  results: string;
  floors: string;
  run: string | null;
  allowLower: boolean;
  update: boolean;
}

const USAGE = `usage: npx tsx benchmarks/gate/main.ts [--results ${DEFAULT_RESULTS}] [--floors ${DEFAULT_FLOORS}] [--run <corpus-dir>] [--allow-lower] [--update]`;

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(EXIT_USAGE);
}

function parseOptions(argv: string[]): Options {
  const { values } = parseCommandLine(
    {
      args: argv,
      allowPositionals: false,
      options: {
        results: { type: 'string' },
        floors: { type: 'string' },
        run: { type: 'string' },
        'allow-lower': { type: 'boolean' },
        update: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    usage,
  );
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  return {
    results: values.results ?? DEFAULT_RESULTS,
    floors: values.floors ?? DEFAULT_FLOORS,
    run: values.run ?? null,
    allowLower: values['allow-lower'] ?? false,
    update: values.update ?? false,
  };
}

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`${what} ${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Runs benchmarks/eval/main.ts on the corpus (same node, tsx loader), writing the results file. */
function runEval(corpus: string, out: string): void {
  const evalScript = fileURLToPath(new URL('../eval/main.ts', import.meta.url));
  process.stderr.write(`running the evaluation on ${corpus} …\n`);
  const child = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), evalScript, corpus, '--out', out], { stdio: 'inherit' });
  if (child.error) throw child.error;
  if (child.status !== 0) {
    process.stderr.write(`the evaluation failed (exit ${child.status ?? child.signal ?? '?'}); nothing to gate\n`);
    process.exit(EXIT_USAGE);
  }
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  if (opts.run !== null) runEval(resolve(opts.run), opts.results);

  const resultsJson = await readJson(opts.results, 'results');
  if (resultsJson === undefined) usage(`no results at ${opts.results}: run \`npm run eval -- <corpus>\` first, or pass --run <corpus>`);
  const results = parseResults(resultsJson);
  if (results.oracle) usage(`${opts.results} holds --oracle results (gold scored against itself); gate the library's results`);

  const floorsJson = await readJson(opts.floors, 'floors');
  if (floorsJson === undefined && !opts.update) usage(`no floors at ${opts.floors}: create them with --update`);
  const floors = floorsJson === undefined ? null : parseFloors(floorsJson);

  const comparison = compare(results, floors ?? { tolerance: DEFAULT_TOLERANCE, sets: {} });
  const outcome = gateOutcome(comparison, opts.allowLower);
  process.stdout.write(
    `eval gate: ${opts.results} (corpus ${results.corpus ?? '?'}, ${results.date ?? 'undated'}) vs ${opts.floors} (tolerance ${comparison.tolerance})\n`,
  );
  process.stdout.write(`${formatTable(comparison.rows, opts.allowLower)}\n\n`);

  if (opts.update) {
    const { floors: next, changes } = updateFloors(floors, results, opts.allowLower);
    await mkdir(dirname(resolve(opts.floors)), { recursive: true });
    await writeFile(opts.floors, `${JSON.stringify(next, null, 2)}\n`);
    process.stdout.write(`updated ${opts.floors}:\n${formatChanges(changes)}\n\n`);
  }

  const n = comparison.failures.length;
  const list = comparison.failures.map((r) => `${r.set}.${r.metric}`).join(', ');
  if (outcome.result === 'pass') {
    const unpinned = comparison.rows.filter((r) => r.status === 'unpinned').length;
    const headroom = comparison.rows.filter((r) => r.floor !== null && r.value !== null && isWorse(r.kind, r.floor, pinValue(r.kind, r.value))).length;
    const hints = [
      unpinned > 0 && !opts.update ? `${unpinned} metric(s) have no floor yet` : '',
      headroom > 0 && !opts.update ? `${headroom} metric(s) are above their floor` : '',
    ].filter((h) => h.length > 0);
    process.stdout.write(`PASS: every metric is at or above its floor${hints.length > 0 ? ` (${hints.join('; ')}: ratchet with --update)` : ''}\n`);
  } else if (outcome.result === 'allowed') {
    process.stdout.write(`WARNING: ${n} metric(s) below their floor or missing, allowed by --allow-lower: ${list}\n`);
  } else {
    process.stdout.write(
      `FAIL: ${n} metric(s) below their floor by more than ${comparison.tolerance} (or missing): ${list}\n` +
        'If the drop is intended, rerun with --allow-lower (and --update to pin the new floors) and say why in the commit.\n',
    );
  }
  process.exitCode = outcome.exitCode;
}

const invokedAsScript = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedAsScript) {
  main().catch((e: unknown) => {
    process.stderr.write(`eval gate failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(EXIT_USAGE);
  });
}
