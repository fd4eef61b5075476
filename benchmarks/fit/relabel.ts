/**
 * Issue 13's fitted last stage, simulated before it is built (relabel-simulate.ts): one logistic
 * model per current label over readable features of a segment and its context
 * (relabel-features.ts), cross-fitted on the halves of the training folds (fit on folds 1-2, flip on
 * 3-4, and the other way), thresholds chosen on the fitting half.
 *
 *   npx tsx benchmarks/diagnose/segments.ts CORPUS --fit --out DUMP.jsonl
 *   npx tsx benchmarks/fit/relabel.ts DUMP.jsonl [--features a,b,c] [--add d,e] [--l2 0.001] [--iterations 3000] [--target gold|gain] [--types]
 *
 * `--features` is the set fitted (default: the small set); `--add` fits it once more with each
 * listed feature added on its own (forward selection: keep a feature only if it helps on both
 * held-out halves). `--target gain` fits whether flipping a segment alone raises its page's score
 * instead of whether the gold holds it (relabel-simulate.ts); `--types` lists the mean page F1
 * change per WCXB type and the sites moved. The dump holds the training folds only (segments.ts never opens fold 0).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { DEFAULT_LOGISTIC, type LogisticOptions } from '../train/logistic.js';
import { RELABEL_FEATURES, type DumpPage } from './relabel-features.js';
import { crossFit, scoredPage, type HeldOut, type ScoredPage, type Target } from './relabel-simulate.js';

/** The first set tried: the segment's own length, link share, punctuation, stopwords and the rules' margin. */
export const SMALL_SET = ['logchars', 'link', 'punct', 'stop', 'margin'];
/** A page moves a site when its F1 moves by more than this (the common brief's acceptance). */
const SITE_MOVE = 0.02;
const HALVES: [readonly number[], readonly number[]][] = [[[1, 2], [3, 4]], [[3, 4], [1, 2]]];

/** Reads the dump into scored pages with every feature's row, then drops what scoring does not read (texts, feature values, hits: the dump is ~0.8 GB). */
export async function readDump(file: string): Promise<ScoredPage[]> {
  const all = Object.keys(RELABEL_FEATURES);
  const pages: ScoredPage[] = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const page = JSON.parse(line) as DumpPage;
    if (page.goldBag === undefined || page.segments.some((s) => s.features === undefined || s.scores === undefined)) throw new Error(`${file}: page ${page.id} has no goldBag, features or scores: write the dump with segments.ts --fit`);
    const scored = scoredPage(page, all);
    pages.push({ ...scored, page: { ...page, segments: page.segments.map((s) => ({ ...s, text: '', hits: [], features: {}, ancestors: null })) } });
  }
  return pages;
}

/** The pages with their rows cut to `features` (the rows hold every feature of RELABEL_FEATURES, in its order). */
function project(pages: readonly ScoredPage[], features: readonly string[]): ScoredPage[] {
  const all = Object.keys(RELABEL_FEATURES);
  const at = features.map((f) => {
    const i = all.indexOf(f);
    if (i < 0) throw new Error(`unknown relabel feature "${f}" (known: ${all.join(', ')})`);
    return i;
  });
  return pages.map((p) => ({ ...p, rows: p.rows.map((row) => at.map((i) => row[i]!)) }));
}

function typeGains(held: HeldOut): string {
  const byType = new Map<string, [number, number, number]>();
  for (const [page, before, after] of held.pages) {
    const t = byType.get(page.type) ?? [0, 0, 0];
    byType.set(page.type, [t[0] + 1, t[1] + before, t[2] + after]);
  }
  return [...byType].map(([type, [n, before, after]]) => `${type} ${((after - before) / n).toFixed(4)}`).join(', ');
}

function hostsMoved(held: HeldOut, sign: 1 | -1): string[] {
  return [...new Set(held.pages.filter(([, before, after]) => sign * (after - before) > SITE_MOVE).map(([page]) => page.host))];
}

function line(name: string, runs: readonly HeldOut[]): string {
  const parts = runs.map((r, k) => {
    const held = HALVES[k]![1].join('-');
    const t = `toNav ${r.model.toNavigation ?? '-'} toBody ${r.model.toBody ?? '-'}`;
    return `held ${held}: ${r.base.toFixed(5)} -> ${r.simulated.toFixed(5)} (${(r.simulated - r.base >= 0 ? '+' : '') + (r.simulated - r.base).toFixed(5)}; fit half ${r.fitGain >= 0 ? '+' : ''}${r.fitGain.toFixed(5)}; ${t}; ${r.flips} flips; sites up ${hostsMoved(r, 1).length} down ${hostsMoved(r, -1).length})`;
  });
  return `${name}\n  ${parts.join('\n  ')}`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { features: { type: 'string' }, add: { type: 'string' }, l2: { type: 'string' }, iterations: { type: 'string' }, types: { type: 'boolean', default: false }, target: { type: 'string', default: 'gold' } } });
  const file = positionals[0];
  if (file === undefined) {
    process.stderr.write('usage: npx tsx benchmarks/fit/relabel.ts DUMP.jsonl [--features a,b,c] [--add d,e] [--l2 0.001] [--iterations 3000] [--target gold|gain] [--types]\n');
    process.exit(2);
  }
  const options: LogisticOptions = { ...DEFAULT_LOGISTIC, l2: Number(values.l2 ?? 0.001), iterations: Number(values.iterations ?? DEFAULT_LOGISTIC.iterations) };
  if (values.target !== 'gold' && values.target !== 'gain') throw new Error(`--target is gold or gain, not "${values.target}"`);
  const target: Target = values.target;
  const features = values.features?.split(',') ?? SMALL_SET;
  const pages = await readDump(file);
  const run = (set: readonly string[]): HeldOut[] => {
    const cut = project(pages, set);
    return HALVES.map(([fitting, held]) => crossFit(cut.filter((p) => fitting.includes(p.page.fold)), cut.filter((p) => held.includes(p.page.fold)), set, options, target));
  };
  const base = run(features);
  process.stdout.write(`${line(features.join(','), base)}\n`);
  if (values.types) for (const r of base) process.stdout.write(`  by type (mean page F1 change): ${typeGains(r)}\n  sites up: ${hostsMoved(r, 1).join(' ')}\n  sites down: ${hostsMoved(r, -1).join(' ')}\n`);
  for (const extra of values.add?.split(',') ?? []) process.stdout.write(`${line(`+ ${extra}`, run([...features, extra]))}\n`);
}

await main();
