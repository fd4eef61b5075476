/**
 * Issue #13 point 3's fitted main container, simulated before anything is built
 * (main-rank-simulate.ts): cross-fitted on the halves of the training folds (fit on folds 1-2,
 * choose on 3-4, and the other way), the margin to switch chosen on the fitting half only.
 *
 *   npx tsx benchmarks/diagnose/main-oracle.ts CORPUS --folds train --out DUMP.jsonl
 *   npx tsx benchmarks/fit/main-rank.ts DUMP.jsonl [--features a,b,c]
 *
 * Prints, for each fit (listwise, pointwise) and L2 penalty: each held-out half's body F1 shipped
 * and with the fitted choice, the pages switched, sites up and down by more than 0.02, the fit's
 * in-sample F1 on its own half, and the out-of-fold F1 over both halves.
 */
import { readFile } from 'node:fs/promises';
import { onlyPositional, parseCommandLine } from '../cli-args.js';
import { FEATURE_NAMES } from '../diagnose/main-candidates.js';
import { HELD_BACK_FOLD } from '../pool/split.js';
import { choose, crossFit, setF1, type DumpPage, type FitKind } from './main-rank-simulate.js';

const EXIT_USAGE = 2;
const L2S = [0.001, 0.01, 0.1, 1];
const KINDS: readonly FitKind[] = ['listwise', 'pointwise'];

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npx tsx benchmarks/fit/main-rank.ts DUMP.jsonl [--features a,b,c]\n`);
  process.exit(EXIT_USAGE);
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine({ args: process.argv.slice(2), allowPositionals: true, options: { features: { type: 'string' } } }, usage);
  const file = onlyPositional(positionals, usage, 'dump file');
  const pages = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as DumpPage);
  if (pages.some((p) => p.fold === HELD_BACK_FOLD)) usage('the dump holds a page of the held-back fold');
  for (const p of pages) for (const c of p.candidates) Object.assign(c.features, derivedFeatures(c.key, c.features));
  const features = values.features === undefined ? FEATURE_NAMES : values.features.split(',');
  const a = pages.filter((p) => p.fold <= 2);
  const b = pages.filter((p) => p.fold >= 3);
  process.stdout.write(`features: ${features.join(', ')}\n`);
  // the fit and its penalty chosen inside the fitting half (its two folds cross-fitted), then applied to the held half
  const nested: [string, readonly DumpPage[], readonly DumpPage[]][] = [['3-4', a, b], ['1-2', b, a]];
  const nestedChoice = new Map<DumpPage, number>();
  for (const [name, fitting, held] of nested) {
    const folds = [...new Set(fitting.map((p) => p.fold))];
    const inner = (kind: FitKind, l2: number): number => {
      const chosen = new Map<DumpPage, number>();
      for (const f of folds) {
        const r = crossFit(fitting.filter((p) => p.fold !== f), fitting.filter((p) => p.fold === f), features, kind, l2);
        for (const p of fitting.filter((q) => q.fold === f)) chosen.set(p, choose(p, r.model));
      }
      return setF1(fitting, fitting.map((p) => chosen.get(p)!));
    };
    let best = { kind: KINDS[0]!, l2: L2S[0]!, f: -1 };
    for (const kind of KINDS) for (const l2 of L2S) {
      const f = inner(kind, l2);
      if (f > best.f + 1e-12) best = { kind, l2, f };
    }
    const r = crossFit(fitting, held, features, best.kind, best.l2);
    for (const p of held) nestedChoice.set(p, choose(p, r.model));
    process.stdout.write(`nested, held ${name}: chose ${best.kind} l2 ${best.l2} inside the fitting half (inner out-of-fold ${signed(best.f - setF1(fitting, fitting.map(() => 0)))}); held ${r.shipped.toFixed(5)} -> ${r.fitted.toFixed(5)} (${signed(r.fitted - r.shipped)}), ${r.switched} switched, up ${r.up.length} down ${r.down.length}\n`);
    if (r.up.length > 0) process.stdout.write(`    up: ${r.up.join('; ')}\n`);
    if (r.down.length > 0) process.stdout.write(`    down: ${r.down.join('; ')}\n`);
  }
  const both = [...a, ...b];
  const nestedF1 = setF1(both, both.map((p) => nestedChoice.get(p)!));
  process.stdout.write(`nested out of fold, all: ${nestedF1.toFixed(5)} (${signed(nestedF1 - setF1(both, both.map(() => 0)))})\n\n`);
  for (const kind of KINDS) {
    for (const l2 of L2S) {
      const onB = crossFit(a, b, features, kind, l2);
      const onA = crossFit(b, a, features, kind, l2);
      const chosenAll = new Map<DumpPage, number>();
      // out of fold over both halves: each half's pages with the choice of the model fitted on the other
      const all = [...a, ...b];
      for (const [held, r] of [[a, onA], [b, onB]] as const) for (const p of held) chosenAll.set(p, choose(p, r.model));
      const oof = setF1(all, all.map((p) => chosenAll.get(p)!));
      const line = (name: string, r: typeof onA): string =>
        `  held ${name}: ${r.shipped.toFixed(5)} -> ${r.fitted.toFixed(5)} (${signed(r.fitted - r.shipped)}), ${r.switched} switched, margin ${r.model.margin === Infinity ? 'never' : r.model.margin.toFixed(3)}, up ${r.up.length} down ${r.down.length}; in-sample ${signed(r.inSample - r.inSampleShipped)}`;
      process.stdout.write(`${kind} l2 ${l2}: out of fold ${oof.toFixed(5)} (${signed(oof - setF1(all, all.map(() => 0)))})\n${line('3-4', onB)}\n${line('1-2', onA)}\n`);
      for (const [name, r] of [['3-4', onB], ['1-2', onA]] as const) {
        if (r.up.length > 0) process.stdout.write(`    ${name} up: ${r.up.join('; ')}\n`);
        if (r.down.length > 0) process.stdout.write(`    ${name} down: ${r.down.join('; ')}\n`);
      }
      process.stdout.write(`    weights (fitted on 1-2): ${onB.model.features.map((f, j) => `${f} ${onB.model.weights[j]!.toFixed(2)}`).join(', ')}\n`);
    }
  }
}

/**
 * Features read off a candidate's key and its other features, for `--features`: what kind of
 * candidate it is (an element above the shipped one and how far, another rank, the top element
 * alone) and the squares of the shares (a linear score cannot prefer a middle share otherwise).
 */
export const DERIVED_FEATURES = ['key.up', 'key.upLevel', 'key.rank', 'key.top', 'bodyShare^2', 'charShare^2', 'scoreShare^2'] as const;

function derivedFeatures(key: string, f: Readonly<Record<string, number>>): Record<(typeof DERIVED_FEATURES)[number], number> {
  const up = /^up(\d+)$/.exec(key);
  return {
    'key.up': up ? 1 : 0,
    'key.upLevel': up ? Number(up[1]) : 0,
    'key.rank': key.startsWith('rank') ? 1 : 0,
    'key.top': key === 'top' ? 1 : 0,
    'bodyShare^2': (f.bodyShare ?? 0) ** 2,
    'charShare^2': (f.charShare ?? 0) ** 2,
    'scoreShare^2': (f.scoreShare ?? 0) ** 2,
  };
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(5)}`;
}

main().catch((e: unknown) => {
  process.stderr.write(`main-rank failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
