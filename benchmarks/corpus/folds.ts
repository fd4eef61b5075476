/**
 * The train / held-back split of the development sets (issue 13, fixed December 2026 before any
 * body/navigation tuning on wcxb-dev): five folds by the FNV-1a hash of `set/case-id`
 * (benchmarks/pool/split.ts `foldOf`, the same key benchmarks/corpus/clean-pages.ts uses, so the
 * spam fits and the body fits hold back the very same pages). Fold 0 is held back: it is read only
 * to report, never to tune. Folds 1–4 are the training folds (fits, cross-validation, tuning).
 *
 * wcxb-dev folds (1,141 cases): written out by `npx tsx benchmarks/corpus/folds.ts CORPUS` (the
 * counts per fold and page type are in benchmarks/RESULTS.md, "wcxb-dev split").
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FOLDS, foldOf, HELD_BACK_FOLD } from '../pool/split.js';

/** Sets that are split into folds; every other set is evaluated whole whatever `--folds` says. */
export const SPLIT_SETS: readonly string[] = ['wcxb-dev'];

export const FOLD_SELECTIONS = ['all', 'held-back', 'train'] as const;
export type FoldSelection = (typeof FOLD_SELECTIONS)[number];

export function isFoldSelection(value: string): value is FoldSelection {
  return (FOLD_SELECTIONS as readonly string[]).includes(value);
}

/** The fold of a case of a set (`set/id` hashed, as in clean-pages.ts). */
export function caseFold(set: string, id: string): number {
  return foldOf(`${set}/${id}`);
}

/** Whether a case belongs to the selection: sets that are not split always do. */
export function inSelection(set: string, id: string, selection: FoldSelection): boolean {
  if (selection === 'all' || !SPLIT_SETS.includes(set)) return true;
  const heldBack = caseFold(set, id) === HELD_BACK_FOLD;
  return selection === 'held-back' ? heldBack : !heldBack;
}

/** The name results use for a split set's part: `wcxb-dev/held-back`, `wcxb-dev/train`. */
export function partName(set: string, selection: Exclude<FoldSelection, 'all'>): string {
  return `${set}/${selection}`;
}

/** Prints the fold of every case of the split sets, and counts per fold and page type. */
function main(corpus: string): void {
  for (const set of SPLIT_SETS) {
    const dir = join(corpus, set);
    const ids = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort();
    const counts = new Map<string, number[]>();
    for (const id of ids) {
      const truth = JSON.parse(readFileSync(join(dir, id, 'truth.json'), 'utf8')) as { pageType?: string; wcxbPageType?: string };
      const type = truth.wcxbPageType ?? truth.pageType ?? 'unknown';
      const fold = caseFold(set, id);
      const row = counts.get(type) ?? new Array<number>(FOLDS).fill(0);
      row[fold]!++;
      counts.set(type, row);
      process.stdout.write(`${set}\t${id}\t${fold}\t${type}\n`);
    }
    process.stderr.write(`${set}: ${ids.length} cases; per type, folds 0..${FOLDS - 1} (fold ${HELD_BACK_FOLD} held back)\n`);
    for (const [type, row] of [...counts].sort()) process.stderr.write(`  ${type.padEnd(14)} ${row.join('\t')}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const corpus = process.argv[2];
  if (corpus === undefined) {
    process.stderr.write('usage: npx tsx benchmarks/corpus/folds.ts CORPUS_DIR\n');
    process.exit(2);
  }
  main(corpus);
}
