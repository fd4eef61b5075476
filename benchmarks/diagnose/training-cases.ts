import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corrected } from '../corpus/corrections.js';
import { caseFold, inSelection } from '../corpus/folds.js';
import { listDirs, parseTruth, TRUTH_FILE, type Truth } from '../eval/truth.js';

/** One wcxb-dev training case with a gold body and a page type. */
export interface TrainingCase {
  id: string;
  /** Its fold (1-4). */
  fold: number;
  caseDir: string;
  truth: Truth & { body: string; pageType: string };
}

/**
 * The wcxb-dev TRAINING cases (folds 1-4) in id order, with their corrected truth: the loop the
 * diagnostics (decision-classes.ts, list-items.ts, segments.ts, main-oracle.ts) each wrote out. The fold is checked before a
 * case's truth.json is read, so the held-back fold's truth is never opened. Cases without a gold
 * body or page type are skipped, and so are those whose WCXB type is not in `types` (when given).
 */
export async function* trainingCases(corpus: string, set: string, types?: readonly string[]): AsyncGenerator<TrainingCase> {
  for (const id of await listDirs(join(corpus, set))) {
    if (!inSelection(set, id, 'train')) continue; // fold 0: its truth is never opened
    const caseDir = join(corpus, set, id);
    const truth = corrected(set, id, parseTruth(await readFile(join(caseDir, TRUTH_FILE), 'utf8'), `${set}/${id}/${TRUTH_FILE}`));
    if (truth.body === null || truth.pageType === null || (types !== undefined && !types.includes(truth.pageType))) continue;
    yield { id, fold: caseFold(set, id), caseDir, truth: truth as TrainingCase['truth'] };
  }
}
