/**
 * Accuracy gate: pinned per-set floors that a change may not silently lower (as trafilatura's eval
 * gate does).
 *
 *   npx tsx benchmarks/gate.ts [--results benchmarks/results/eval.json] [--floors benchmarks/floors.json]
 *                              [--run <corpus-dir>] [--allow-lower] [--update]
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
import { parseCommandLine } from './cli-args.js';

// ---------------------------------------------------------------------------------------------
// Constants

export const DEFAULT_RESULTS = 'benchmarks/results/eval.json';
export const DEFAULT_FLOORS = 'benchmarks/floors.json';
export const DEFAULT_TOLERANCE = 0.002;
export const FLOOR_DECIMALS = 3;
/** Slack for binary floating point when comparing against the tolerance edge. */
const EPSILON = 1e-9;
const EXIT_FAIL = 1;
const EXIT_USAGE = 2;

// ---------------------------------------------------------------------------------------------
// Metrics

/** 'min': value must be ≥ floor; 'max': value must be ≤ ceiling. */
export type MetricKind = 'min' | 'max';

export const METRIC_KEYS = ['bodyF1', 'snippetAccuracy', 'spamF1', 'pageRecall', 'maxPageFPR'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export const METRIC_KINDS: Record<MetricKey, MetricKind> = {
  bodyF1: 'min',
  snippetAccuracy: 'min',
  spamF1: 'min',
  pageRecall: 'min',
  maxPageFPR: 'max',
};

/** The values of one set as the gate reads them (absent = the set has no gold for it). */
export type SetMetrics = Partial<Record<MetricKey, number>>;

/** Results reduced to what the gate checks: set → metrics. */
export interface ResultsView {
  oracle: boolean;
  corpus: string | null;
  date: string | null;
  sets: Record<string, SetMetrics>;
}

export interface Floors {
  tolerance: number;
  /** Free text kept as is (what the floors are, how to move them). */
  note?: string;
  corpus?: string | null;
  updated?: string | null;
  sets: Record<string, SetMetrics>;
}

// ---------------------------------------------------------------------------------------------
// Parsing (pure)

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function numberOrNull(v: unknown, where: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${where}: expected a number or null, got ${JSON.stringify(v)}`);
  return v;
}

function field(obj: unknown, key: string, where: string): unknown {
  if (!isRecord(obj)) throw new Error(`${where}: expected an object`);
  return obj[key];
}

/** One set's summary from eval.json → the gate's metrics (null/absent ones are left out). */
export function metricsOfSummary(summary: unknown, where: string): SetMetrics {
  const body = field(summary, 'body', where);
  const spam = field(summary, 'spam', where);
  const snippets = field(summary, 'snippets', where);
  const page = field(summary, 'pageLevel', where);
  const values: Record<MetricKey, number | null> = {
    bodyF1: numberOrNull(field(body, 'f1', `${where}.body`), `${where}.body.f1`),
    snippetAccuracy: numberOrNull(field(snippets, 'accuracy', `${where}.snippets`), `${where}.snippets.accuracy`),
    spamF1: numberOrNull(field(spam, 'f1', `${where}.spam`), `${where}.spam.f1`),
    pageRecall: numberOrNull(field(page, 'recall', `${where}.pageLevel`), `${where}.pageLevel.recall`),
    maxPageFPR: numberOrNull(field(page, 'falsePositiveRate', `${where}.pageLevel`), `${where}.pageLevel.falsePositiveRate`),
  };
  const out: SetMetrics = {};
  for (const key of METRIC_KEYS) {
    const v = values[key];
    if (v !== null) out[key] = v;
  }
  return out;
}

/** Parses the JSON written by benchmarks/eval/main.ts. */
export function parseResults(json: unknown): ResultsView {
  const meta = field(json, 'meta', 'results');
  const sets = field(json, 'sets', 'results');
  if (!isRecord(sets)) throw new Error('results.sets: expected an object');
  const view: ResultsView = {
    oracle: field(meta, 'oracle', 'results.meta') === true,
    corpus: typeof field(meta, 'corpus', 'results.meta') === 'string' ? (field(meta, 'corpus', 'results.meta') as string) : null,
    date: typeof field(meta, 'date', 'results.meta') === 'string' ? (field(meta, 'date', 'results.meta') as string) : null,
    sets: {},
  };
  for (const [name, summary] of Object.entries(sets)) view.sets[name] = metricsOfSummary(summary, `results.sets.${name}`);
  return view;
}

/** Parses floors.json; unknown metric names are an error (a typo must not silently unpin a floor). */
export function parseFloors(json: unknown): Floors {
  if (!isRecord(json)) throw new Error('floors: expected an object');
  const tolerance = json.tolerance === undefined ? DEFAULT_TOLERANCE : json.tolerance;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) throw new Error('floors.tolerance: expected a number ≥ 0');
  if (!isRecord(json.sets)) throw new Error('floors.sets: expected an object');
  const sets: Record<string, SetMetrics> = {};
  for (const [name, metrics] of Object.entries(json.sets)) {
    if (!isRecord(metrics)) throw new Error(`floors.sets.${name}: expected an object`);
    const out: SetMetrics = {};
    for (const [key, value] of Object.entries(metrics)) {
      if (!(METRIC_KEYS as readonly string[]).includes(key)) {
        throw new Error(`floors.sets.${name}.${key}: unknown metric (known: ${METRIC_KEYS.join(', ')})`);
      }
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`floors.sets.${name}.${key}: expected a number`);
      out[key as MetricKey] = value;
    }
    sets[name] = out;
  }
  return {
    tolerance,
    ...(typeof json.note === 'string' ? { note: json.note } : {}),
    ...(typeof json.corpus === 'string' ? { corpus: json.corpus } : {}),
    ...(typeof json.updated === 'string' ? { updated: json.updated } : {}),
    sets,
  };
}

// ---------------------------------------------------------------------------------------------
// Comparison (pure)

/**
 * - ok: at or beyond the floor; within-tolerance: worse than the floor by at most the tolerance;
 * - below: worse than the floor by more than the tolerance (a failure);
 * - missing: a floor whose set or metric is not in the results (a failure: a gate that skips
 *   what it cannot see is no gate; run the whole corpus);
 * - unpinned: a metric in the results with no floor yet (information; `--update` pins it).
 */
export type Status = 'ok' | 'within-tolerance' | 'below' | 'missing' | 'unpinned';

export interface Row {
  set: string;
  metric: MetricKey;
  kind: MetricKind;
  floor: number | null;
  value: number | null;
  status: Status;
}

export interface Comparison {
  rows: Row[];
  failures: Row[];
  tolerance: number;
}

/** True when `value` is worse than `floor` by more than `tolerance` in the metric's direction. */
export function isBelow(kind: MetricKind, value: number, floor: number, tolerance: number): boolean {
  return kind === 'min' ? value < floor - tolerance - EPSILON : value > floor + tolerance + EPSILON;
}

function isWorse(kind: MetricKind, value: number, floor: number): boolean {
  return kind === 'min' ? value < floor : value > floor;
}

export function compare(results: ResultsView, floors: Floors, tolerance: number = floors.tolerance): Comparison {
  const rows: Row[] = [];
  const setNames = [...new Set([...Object.keys(floors.sets), ...Object.keys(results.sets)])].sort();
  for (const set of setNames) {
    const pinned = floors.sets[set] ?? {};
    const actual = results.sets[set] ?? {};
    for (const metric of METRIC_KEYS) {
      const floor = pinned[metric] ?? null;
      const value = actual[metric] ?? null;
      if (floor === null && value === null) continue;
      const kind = METRIC_KINDS[metric];
      let status: Status;
      if (floor === null) status = 'unpinned';
      else if (value === null) status = 'missing';
      else if (isBelow(kind, value, floor, tolerance)) status = 'below';
      else if (isWorse(kind, value, floor)) status = 'within-tolerance';
      else status = 'ok';
      rows.push({ set, metric, kind, floor, value, status });
    }
  }
  return { rows, failures: rows.filter((r) => r.status === 'below' || r.status === 'missing'), tolerance };
}

export interface GateOutcome {
  exitCode: 0 | 1;
  /** 'pass' | 'fail' | 'allowed' (failures turned into warnings by --allow-lower). */
  result: 'pass' | 'fail' | 'allowed';
}

export function gateOutcome(comparison: Comparison, allowLower: boolean): GateOutcome {
  if (comparison.failures.length === 0) return { exitCode: 0, result: 'pass' };
  return allowLower ? { exitCode: 0, result: 'allowed' } : { exitCode: EXIT_FAIL, result: 'fail' };
}

// ---------------------------------------------------------------------------------------------
// Floors from results (pure)

function scaled(x: number): number {
  return x * 10 ** FLOOR_DECIMALS;
}

/** Rounds down to 3 decimals (a floor the measured value is never below). */
export function roundDown(x: number): number {
  return Number((Math.floor(scaled(x) + EPSILON) / 10 ** FLOOR_DECIMALS).toFixed(FLOOR_DECIMALS));
}

/** Rounds up to 3 decimals (a ceiling the measured value is never above). */
export function roundUp(x: number): number {
  return Number((Math.ceil(scaled(x) - EPSILON) / 10 ** FLOOR_DECIMALS).toFixed(FLOOR_DECIMALS));
}

export function pinValue(kind: MetricKind, value: number): number {
  return kind === 'min' ? roundDown(value) : roundUp(value);
}

export interface FloorChange {
  set: string;
  metric: MetricKey;
  from: number | null;
  to: number;
  /** 'raised' | 'added' | 'lowered' (only with allowLower) | 'kept' (would lower; refused). */
  change: 'raised' | 'added' | 'lowered' | 'kept';
}

/**
 * New floors from results. A ratchet: a floor moves only in the better direction, unless
 * allowLower. Floors of sets/metrics the results lack are kept as they are.
 */
export function updateFloors(previous: Floors | null, results: ResultsView, allowLower: boolean, date: string | null = null): { floors: Floors; changes: FloorChange[] } {
  const sets: Record<string, SetMetrics> = {};
  for (const [set, metrics] of Object.entries(previous?.sets ?? {})) sets[set] = { ...metrics };
  const changes: FloorChange[] = [];
  for (const [set, metrics] of Object.entries(results.sets)) {
    const target = (sets[set] ??= {});
    for (const metric of METRIC_KEYS) {
      const value = metrics[metric];
      if (value === undefined) continue;
      const kind = METRIC_KINDS[metric];
      const pinned = pinValue(kind, value);
      const old = target[metric];
      if (old === undefined) {
        target[metric] = pinned;
        changes.push({ set, metric, from: null, to: pinned, change: 'added' });
      } else if (isWorse(kind, old, pinned)) {
        target[metric] = pinned;
        changes.push({ set, metric, from: old, to: pinned, change: 'raised' });
      } else if (isWorse(kind, pinned, old)) {
        if (allowLower) {
          target[metric] = pinned;
          changes.push({ set, metric, from: old, to: pinned, change: 'lowered' });
        } else {
          changes.push({ set, metric, from: old, to: old, change: 'kept' });
        }
      }
    }
  }
  const sorted: Record<string, SetMetrics> = {};
  for (const set of Object.keys(sets).sort()) {
    const ordered: SetMetrics = {};
    for (const metric of METRIC_KEYS) {
      const v = sets[set]?.[metric];
      if (v !== undefined) ordered[metric] = v;
    }
    sorted[set] = ordered;
  }
  return {
    floors: {
      tolerance: previous?.tolerance ?? DEFAULT_TOLERANCE,
      note: previous?.note ?? FLOORS_NOTE,
      corpus: results.corpus ?? previous?.corpus ?? null,
      updated: date ?? results.date ?? previous?.updated ?? null,
      sets: sorted,
    },
    changes,
  };
}

export const FLOORS_NOTE =
  'Pinned accuracy floors per corpus set, checked by `npm run eval:gate` (benchmarks/gate.ts). ' +
  'Metrics are "at least" except maxPageFPR ("at most"); values rounded to 3 decimals in the safe direction; ' +
  'a drop larger than `tolerance` fails. Raise with `npm run eval:gate -- --update` after an improvement; ' +
  'lowering needs `--allow-lower` (say why in the commit).';

// ---------------------------------------------------------------------------------------------
// Formatting (pure)

const STATUS_TEXT: Record<Status, string> = {
  ok: 'ok',
  'within-tolerance': 'ok (within tolerance)',
  below: 'BELOW FLOOR',
  missing: 'MISSING',
  unpinned: 'unpinned',
};

function fmt(x: number | null): string {
  return x === null ? '-' : x.toFixed(FLOOR_DECIMALS);
}

function delta(row: Row): string {
  if (row.floor === null || row.value === null) return '-';
  const d = row.value - row.floor;
  const s = d.toFixed(FLOOR_DECIMALS);
  return d > 0 && Number(s) !== 0 ? `+${s}` : Number(s) === 0 ? (0).toFixed(FLOOR_DECIMALS) : s;
}

export function formatTable(rows: readonly Row[], failuresAreWarnings = false): string {
  const header = ['set', 'metric', 'floor', 'value', 'Δ', 'status'];
  const body = rows.map((r) => {
    const bound = r.kind === 'min' ? '≥' : '≤';
    let status = STATUS_TEXT[r.status];
    if (failuresAreWarnings && (r.status === 'below' || r.status === 'missing')) status += ' (allowed)';
    return [r.set, r.metric, r.floor === null ? '-' : `${bound} ${fmt(r.floor)}`, fmt(r.value), delta(r), status];
  });
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((cell, i) => (i < 2 || i === 5 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function formatChanges(changes: readonly FloorChange[]): string {
  if (changes.length === 0) return 'floors unchanged';
  return changes
    .map((c) => {
      const what = `${c.set}.${c.metric}`;
      switch (c.change) {
        case 'added':
          return `  added   ${what} = ${fmt(c.to)}`;
        case 'raised':
          return `  raised  ${what} ${fmt(c.from)} → ${fmt(c.to)}`;
        case 'lowered':
          return `  LOWERED ${what} ${fmt(c.from)} → ${fmt(c.to)} (--allow-lower)`;
        case 'kept':
          return `  kept    ${what} = ${fmt(c.from)} (the results are lower; pass --allow-lower to pin them)`;
      }
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// CLI

interface Options {
  results: string;
  floors: string;
  run: string | null;
  allowLower: boolean;
  update: boolean;
}

const USAGE = `usage: npx tsx benchmarks/gate.ts [--results ${DEFAULT_RESULTS}] [--floors ${DEFAULT_FLOORS}] [--run <corpus-dir>] [--allow-lower] [--update]`;

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
  const evalScript = fileURLToPath(new URL('./eval/main.ts', import.meta.url));
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
