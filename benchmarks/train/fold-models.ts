/**
 * Out-of-fold Bayes models: for each training fold, the token table counted on the other folds,
 * with the shipped model's calibrations. Fits that use the model's output on training documents
 * (benchmarks/fit) read it from these, so that no document is scored by a table that learned it.
 */
import { bayesModelFromFile, type BayesModel, type BayesModelFile } from '../../src/bayes/model.js';
import { forEachFeature } from '../../src/bayes/tokens.js';
import { TRAIN_FOLDS } from '../pool/split.js';
import { addFeature, emptyCounts, llrTable, mergeCounts, type ClassCounts, type TableOptions } from './naive-bayes.js';
import type { PreparedDoc } from './prepare.js';
import { TABLE_LANGUAGES_LEFT_OUT } from './table-options.js';

/** The document's token counts, spam and clean; none for a document of TABLE_LANGUAGES_LEFT_OUT. */
export function countDoc(prepared: PreparedDoc): ClassCounts {
  const counts = emptyCounts();
  // documents of TABLE_LANGUAGES_LEFT_OUT add nothing to the token table
  if (TABLE_LANGUAGES_LEFT_OUT.includes(prepared.doc.lang)) return counts;
  for (const segment of prepared.segments) {
    forEachFeature(segment.normalized, segment.boundary, (feature, start, end) => addFeature(counts, feature, segment.mask[(start + end - 1) >> 1] === 1));
  }
  return counts;
}

export function foldTable(prepared: readonly PreparedDoc[], countsOf: ReadonlyMap<PreparedDoc, ClassCounts>, fold: number, options: TableOptions): Map<string, number> {
  return llrTable(mergeCounts(prepared.filter((p) => p.doc.fold !== fold).map((p) => countsOf.get(p)!)), options);
}

export function foldModels(prepared: readonly PreparedDoc[], shipped: BayesModelFile, options: TableOptions): Map<number, BayesModel> {
  const countsOf = new Map(prepared.map((p) => [p, countDoc(p)]));
  const out = new Map<number, BayesModel>();
  for (const fold of TRAIN_FOLDS) out.set(fold, bayesModelFromFile({ ...shipped, llr: Object.fromEntries(foldTable(prepared, countsOf, fold, options)) }));
  return out;
}
