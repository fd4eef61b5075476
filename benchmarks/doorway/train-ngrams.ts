/**
 * Train the doorway n-gram model: `npm run train:ngrams -- POOL_DIR --corpus CORPUS_DIR [--out FILE]`.
 * Run after `npm run train` (the Bayes tables decide which segments are body) and before
 * `npm run train:doorway` (which reads each fold's fit for the doorway model's `ngrams` feature).
 *
 * Data, training folds only (the held-back fold is never read here), as train.ts:
 * - positives: the labelled pool's doorway documents;
 * - negatives: the pool's clean documents and the clean pages of the development sets whose
 *   licence allows it (TRAINABLE_SETS), training folds;
 * - documents with injected spam inside clean text are left out.
 * Every page is cut and classified as sift() does it, with an out-of-fold Bayes table; the model
 * reads the body segments' text of the pages the doorway stage judges (features.ts `judgeable`).
 * Steps: four-fold cross-validation gives each fold's fit (pruned as the shipped one is), kept for
 * train:doorway and the out-of-fold eval, and out-of-fold log-odds, reported as the area under the
 * ROC curve; the final fit is on all the training pages.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { readBayesModelFile } from '../../src/bayes/model.js';
import { DATA_DIR } from '../../src/data-dir.js';
import { doorwayBodyText, doorwaySegments } from '../../src/doorway/detect.js';
import { judgeable } from '../../src/doorway/features.js';
import { pageNgrams, NGRAM_HASH_BITS } from '../../src/doorway/ngrams.js';
import type { DoorwayTextModelFile } from '../../src/doorway/text-model.js';
import { isReportingPage } from '../../src/features/lexicon.js';
import { parseOptions } from '../../src/options.js';
import { BAYES_MODEL_FILE, DOORWAY_TEXT_MODEL_FILE, loadResources } from '../../src/resources.js';
import type { SiftInput } from '../../src/index.js';
import { loadCleanPages, TRAINABLE_SETS } from '../corpus/clean-pages.js';
import { loadPoolDocs } from '../pool/cases.js';
import { HELD_BACK_FOLD, TRAIN_FOLDS } from '../pool/split.js';
import { foldModels } from '../train/fold-models.js';
import { classifiedSegments } from '../train/page-segments.js';
import { prepareDoc } from '../train/prepare.js';
import { TABLE_OPTIONS } from '../train/table-options.js';
import { dot, fitSparseLogistic, pruneFit, type SparseLogisticOptions, type SparseRow } from '../train/sparse-logistic.js';
import { NGRAM_FOLD_MODELS_FILE, type NgramFoldModels } from './ngram-fold-models.js';

/**
 * The model keeps its this many largest weights: the rest are too small to move a page. Chosen
 * with the fit below on the training folds (session 16): out of fold the pruned fits find the same
 * doorway pages at the same clean pages as the unpruned ones, at a model file of ~0.6 MB.
 */
const NGRAM_KEEP = 30_000;
/**
 * SGD settings (session 16, out of fold on the training folds, at one clean page): positive rows
 * weighed three times (406 doorway against ~3,600 clean pages; weighed once: 9 doorway pages found
 * instead of 13); sixteen passes (eight: 11–13 found over three shuffles, sixteen: 12–15, 24: 16);
 * L2 1e-5 (1e-4 and 1e-6 found the same or fewer).
 */
const FIT: SparseLogisticOptions = { epochs: 16, learningRate: 0.5, l2: 1e-5, positiveWeight: 3, interceptRate: 0.1, seed: 16 };

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: `data/models/${DOORWAY_TEXT_MODEL_FILE}` }, corpus: { type: 'string' } } });
const poolDir = positionals[0];
if (poolDir === undefined || values.corpus === undefined) {
  process.stderr.write('usage: npm run train:ngrams -- POOL_DIR --corpus CORPUS_DIR [--out FILE]\n');
  process.exit(2);
}

const resources = await loadResources(parseOptions({}));
const shipped = await readBayesModelFile(join(DATA_DIR, 'models', BAYES_MODEL_FILE));
const pool = loadPoolDocs(poolDir);
const trainDocs = pool.docs.filter((d) => d.fold !== HELD_BACK_FOLD);
const bayesByFold = foldModels(trainDocs.map((doc) => prepareDoc(doc, resources)), shipped, TABLE_OPTIONS);

interface Page {
  name: string;
  fold: number;
  doorway: boolean;
  input: SiftInput;
}
const pages: Page[] = [
  ...trainDocs.filter((d) => !d.spam || d.doorway).map((d) => ({ name: d.key, fold: d.fold, doorway: d.spam, input: { text: d.text } })),
  ...loadCleanPages(values.corpus, TRAINABLE_SETS)
    .filter((page) => page.fold !== HELD_BACK_FOLD)
    .map((page) => ({ name: `${page.set}/${page.id}`, fold: page.fold, doorway: false, input: page.input })),
];

interface Row extends SparseRow {
  page: Page;
}
const rows: Row[] = [];
for (const page of pages) {
  const segments = classifiedSegments({ ...resources, bayes: bayesByFold.get(page.fold)! }, page.input);
  const body = doorwaySegments(segments);
  // the pages the doorway stage judges (detect.ts): long enough, in Han or kana, not reporting
  if (!judgeable(body) || isReportingPage(segments, resources.space)) continue;
  rows.push({ page, label: page.doorway ? 1 : 0, values: pageNgrams(doorwayBodyText(body)).values });
}
const doorwayPages = pages.filter((p) => p.doorway).length;
const cleanPages = pages.length - doorwayPages;

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
function pruned(train: readonly Row[]): { hashes: number[]; weights: number[]; intercept: number } {
  const fit = pruneFit(fitSparseLogistic(train, FIT), NGRAM_KEEP);
  return { hashes: fit.hashes, weights: fit.weights.map(round), intercept: round(fit.intercept) };
}
function logOdds(fit: { hashes: number[]; weights: number[]; intercept: number }, values: ReadonlyMap<number, number>): number {
  const weightOf = new Map(fit.hashes.map((h, i) => [h, fit.weights[i]!]));
  return fit.intercept + dot(weightOf, values);
}
/** The share of (doorway, clean) pairs the scores put in the right order, ties counting half. */
function auc(scored: readonly { label: 0 | 1; score: number }[]): number {
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    const meanRank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (sorted[k]!.label === 1) {
      rankSum += meanRank;
      positives++;
    }
    i = j;
  }
  const negatives = sorted.length - positives;
  return positives === 0 || negatives === 0 ? 0 : (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

const oof = new Map<Row, number>();
const foldFits: NgramFoldModels['folds'] = [];
for (const fold of TRAIN_FOLDS) {
  const fit = pruned(rows.filter((r) => r.page.fold !== fold));
  foldFits.push({ fold, ...fit });
  for (const r of rows) if (r.page.fold === fold) oof.set(r, logOdds(fit, r.values));
}
const outOfFoldAuc = round(auc(rows.map((r) => ({ label: r.label, score: oof.get(r)! }))));
const final = pruned(rows);

const model: DoorwayTextModelFile = {
  $comment: 'Made by `npm run train:ngrams` (benchmarks/doorway/train-ngrams.ts); do not edit by hand. See src/doorway/text-model.ts.',
  version: 1,
  trainedAt: new Date().toISOString().slice(0, 10),
  trainedOn: {
    sources: [
      'HPLT v2 pool (hplt-project/release2_inspection, MIT): labelled doorway and clean documents of the training folds, benchmarks/labels/hplt',
      `clean pages of ${TRAINABLE_SETS.join(', ')} (corpus README; CC-BY-4.0, Apache-2.0, MIT), training folds`,
    ],
    dataHash: pool.dataHash,
    folds: [...TRAIN_FOLDS],
    heldBackFold: HELD_BACK_FOLD,
    pages: { doorway: doorwayPages, clean: cleanPages },
  },
  hashBits: NGRAM_HASH_BITS,
  hashes: final.hashes,
  weights: final.weights,
  intercept: final.intercept,
  outOfFold: { auc: outOfFoldAuc },
};
await writeFile(values.out, `${JSON.stringify(model)}\n`);
const foldFile: NgramFoldModels = { dataHash: pool.dataHash, intercept: final.intercept, folds: foldFits };
await mkdir(dirname(NGRAM_FOLD_MODELS_FILE), { recursive: true });
await writeFile(NGRAM_FOLD_MODELS_FILE, `${JSON.stringify(foldFile)}\n`);

process.stdout.write(`${values.out}: ${rows.length} pages judged of ${pages.length} (${doorwayPages} doorway, ${cleanPages} clean); out of fold, AUC ${outOfFoldAuc}\n`);
