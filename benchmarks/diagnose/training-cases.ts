import { join } from 'node:path';
import { caseFold, inSelection } from '../corpus/folds.js';
import { listDirs, readCaseTruth, type Truth } from '../eval/truth.js';

/** One training case (of wcxb-dev, or of a set that is not split) with a gold body and a page type. */
export interface TrainingCase {
  id: string;
  /** Its fold (1-4 in a split set; in a set that is not split, the fold its id hashes to, for information). */
  fold: number;
  caseDir: string;
  truth: Truth & { body: string; pageType: string };
}

/**
 * The TRAINING cases of a set (wcxb-dev: folds 1-4; a set that is not split, benchmarks/corpus/folds.ts
 * SPLIT_SETS: all of it) in id order, with their truth as the eval reads it (corrected, and the body
 * made from the set's body labels where it has them, in the default convention): the loop the
 * diagnostics (decision-classes.ts, list-items.ts, segments.ts, main-oracle.ts) each wrote out. The
 * fold is checked before a case's truth.json is read, so the held-back fold's truth is never opened.
 * Cases without a gold body or page type are skipped, and so are those whose WCXB type is not in
 * `types` (when given).
 */
export async function* trainingCases(corpus: string, set: string, types?: readonly string[]): AsyncGenerator<TrainingCase> {
  for (const id of await listDirs(join(corpus, set))) {
    if (!inSelection(set, id, 'train')) continue; // fold 0: its truth is never opened
    const caseDir = join(corpus, set, id);
    const truth = await readCaseTruth(corpus, set, id, 'full');
    if (truth.body === null || truth.pageType === null || (types !== undefined && !types.includes(truth.pageType))) continue;
    yield { id, fold: caseFold(set, id), caseDir, truth: truth as TrainingCase['truth'] };
  }
}
