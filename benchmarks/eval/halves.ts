/**
 * The unseen check sets by half: an eval's JSON (`--out`) summed up per set and half, pagesift beside
 * the peers it ran with.
 *
 *   npx tsx benchmarks/eval/halves.ts EVAL.json [--half A|B|all] [--labels DIR] [--markdown]
 *
 * The check sets whose pages no rule was tuned on (benchmarks/labels/body/<set>.cases.jsonl) are split
 * in two halves fixed before anyone diagnosed them: half A is read to diagnose, half B only to report.
 * A case's half is the `half` field of its line in the cases file; a case without one (the sets built
 * before the split was written into the cases files) is in half A when the FNV-1a fold of
 * `<set>/<case>` (benchmarks/pool/split.ts foldOf, as the trafilatura set's halves) is even. Sets
 * without a cases file are summed up whole (half `-`).
 *
 * Only set totals are printed, never a page: reporting half B this way shows nothing to tune on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from '../cli-args.js';
import { BODY_LABELS_DIR } from '../corpus/body-labels.js';
import { foldOf } from '../pool/split.js';
import { PEER_SHORT, type PeerName } from '../peers/registry.js';
import type { PageResult } from './page.js';
import { summarise } from './summary.js';
import { markdownTable, textTable } from './tables.js';

export const HALVES = ['A', 'B'] as const;
export type Half = (typeof HALVES)[number];

const USAGE = 'usage: npx tsx benchmarks/eval/halves.ts EVAL.json [--half A|B|all] [--labels DIR] [--markdown]';

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

/** The half of a case with no `half` in its cases line: even FNV-1a fold of `set/case`, A. */
export function hashedHalf(set: string, id: string): Half {
  return foldOf(`${set}/${id}`) % 2 === 0 ? 'A' : 'B';
}

/** Each case's half from a set's cases file (`<labels>/<set>.cases.jsonl`), or null when the set has none. */
export function halvesOf(set: string, labelsDir: string): Map<string, Half> | null {
  const file = join(labelsDir, `${set}.cases.jsonl`);
  if (!existsSync(file)) return null;
  const halves = new Map<string, Half>();
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const entry = JSON.parse(line) as { case?: unknown; half?: unknown };
    if (typeof entry.case !== 'string') throw new Error(`${file}:${i + 1}: a line without a "case"`);
    if (entry.half !== undefined && entry.half !== 'A' && entry.half !== 'B') throw new Error(`${file}:${i + 1}: "half" must be "A" or "B"`);
    halves.set(entry.case, (entry.half as Half | undefined) ?? hashedHalf(set, entry.case));
  });
  return halves;
}

export interface HalfGroup {
  set: string;
  /** 'A', 'B', or '-' for a set without a cases file. */
  half: Half | '-';
  results: PageResult[];
}

/** The results grouped by set and half, sets in their order of first appearance, A before B. */
export function groupByHalf(results: readonly PageResult[], labelsDir: string): HalfGroup[] {
  const groups = new Map<string, HalfGroup>();
  const halvesBySet = new Map<string, Map<string, Half> | null>();
  for (const r of results) {
    if (!halvesBySet.has(r.set)) halvesBySet.set(r.set, halvesOf(r.set, labelsDir));
    const halves = halvesBySet.get(r.set) ?? null;
    const half = halves === null ? '-' : (halves.get(r.id) ?? hashedHalf(r.set, r.id));
    const key = `${r.set}\u0000${half}`;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { set: r.set, half, results: [] }));
    group.results.push(r);
  }
  const setOrder = [...new Set(results.map((r) => r.set))];
  return [...groups.values()].sort((a, b) => setOrder.indexOf(a.set) - setOrder.indexOf(b.set) || a.half.localeCompare(b.half));
}

const fixed = (x: number | null | undefined): string => (x === null || x === undefined ? '-' : x.toFixed(3));

function main(): void {
  const { values, positionals } = parseCommandLine({ allowPositionals: true, options: { half: { type: 'string', default: 'all' }, labels: { type: 'string', default: BODY_LABELS_DIR }, markdown: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } }, usage);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [file] = positionals;
  if (positionals.length !== 1 || file === undefined) usage('expected exactly one eval JSON file');
  if (values.half !== 'all' && !(HALVES as readonly string[]).includes(values.half)) usage('--half must be A, B or all');
  const run = JSON.parse(readFileSync(file, 'utf8')) as { pages?: PageResult[]; meta?: { peers?: { columns?: Record<string, string> } | null } };
  if (!Array.isArray(run.pages)) usage(`${file}: not an eval JSON (no "pages")`);
  const peerColumns = Object.keys(run.meta?.peers?.columns ?? {}) as PeerName[];
  const groups = groupByHalf(run.pages, values.labels).filter((g) => values.half === 'all' || g.half === values.half || g.half === '-');
  const columns = ['set', 'half', 'pages', 'P', 'R', 'F1', 'R<0.05', ...peerColumns.map((name) => `${PEER_SHORT[name]} F1`)];
  const rows = groups.map(({ set, half, results }) => {
    const s = summarise(results, peerColumns);
    const bodyPages = results.filter((r) => r.body !== null).length;
    return [set, half, String(bodyPages), fixed(s.body.precision), fixed(s.body.recall), fixed(s.body.f1), String(s.lowRecall), ...peerColumns.map((name) => fixed(s.peers?.[name]?.body.f1))];
  });
  process.stdout.write(`${values.markdown ? markdownTable(rows, columns) : textTable(rows, columns, false)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
