/**
 * Train the spam Bayes model: `npm run train -- POOL_DIR [--out data/models/spam-bayes.json]`.
 *
 * Data: the labelled HPLT pool documents (MIT licence) of the training folds only (split:
 * benchmarks/pool/split.ts; the held-back fold is never read here). Steps:
 * 1. token features (src/bayes/tokens.ts) of spam regions against clean text → counts;
 * 2. four-fold cross-validation over the training folds: a table from three folds scores the
 *    fourth, giving out-of-fold segment scores and inline candidates;
 * 3. on those out-of-fold scores: a calibration per language family (logistic, one feature) and
 *    the logistic model that weighs the evidence of an inline injection;
 * 4. the final table from all training folds; everything written as one JSON file, stamped with
 *    the date and the hash of the data it was trained on.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { bayesModelFromFile, INLINE_FEATURES, SEGMENT_FEATURES, type BayesModelFile } from '../../src/bayes/model.js';
import { scoreSegment } from '../../src/bayes/score.js';
import { forEachFeature, isCjkFeature } from '../../src/bayes/tokens.js';
import { inlineCandidates } from '../../src/inline/candidates.js';
import { createLexiconMatcher } from '../../src/lexicon/matcher.js';
import { loadTextTools } from '../../src/resources.js';
import { loadPoolDocs } from '../pool/cases.js';
import { HELD_BACK_FOLD, TRAIN_FOLDS } from '../pool/split.js';
import { fitLogistic, predict } from './logistic.js';
import { addFeature, emptyCounts, llrTable, mergeCounts, type ClassCounts } from './naive-bayes.js';
import { prepareDoc, type PreparedDoc } from './prepare.js';

/** Laplace smoothing of the token counts. */
const SMOOTHING = 1;
/** Features seen fewer times are dropped (one sighting is noise). */
const MIN_COUNT = 2;
/** Features with a smaller |log-likelihood ratio| are dropped: they barely move a score, and the file stays small. */
const MIN_ABS_LLR = 0.3;
const DECIMALS = 2;
/** No single feature counts for more than this (a one-off token must not decide a segment alone). */
const CLIP = 4;
/** Inline run search: bias per word character, minimum run score and length (hand-set, checked by cross-validation). */
const INLINE_BIAS = 0.3;
const MIN_RUN_SCORE = 3;
const MIN_RUN_CHARS = 4;
/** A candidate run is a positive example when at least this share of it lies in gold spam. */
const RUN_POSITIVE_OVERLAP = 0.5;
/** A segment is a positive example for the calibration when at least this share of it is gold spam. */
const SEGMENT_POSITIVE_SHARE = 0.5;
const L2 = 0.01;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'data/models/spam-bayes.json' } } });
const poolDir = positionals[0];
if (poolDir === undefined) {
  process.stderr.write('usage: npm run train -- POOL_DIR [--out FILE]\n');
  process.exit(2);
}

function countDoc(prepared: PreparedDoc): ClassCounts {
  const counts = emptyCounts();
  for (const segment of prepared.segments) {
    forEachFeature(segment.normalized, segment.boundary, (feature, start, end) => addFeature(counts, feature, segment.mask[(start + end - 1) >> 1] === 1));
  }
  return counts;
}

function modelFile(table: Map<string, number>, parts: Pick<BayesModelFile, 'segment' | 'inline' | 'trainedOn'>): BayesModelFile {
  return {
    $comment: 'Made by `npm run train` (benchmarks/train/train.ts); do not edit by hand. See src/bayes/model.ts.',
    version: 1,
    trainedAt: new Date().toISOString().slice(0, 10),
    ...parts,
    smoothing: SMOOTHING,
    clip: CLIP,
    llr: Object.fromEntries(table),
  };
}

const zeroSegmentWeights = Object.fromEntries(SEGMENT_FEATURES.map((f) => [f, 0])) as Record<(typeof SEGMENT_FEATURES)[number], number>;
const placeholderSegment = { cjk: { weights: zeroSegmentWeights, intercept: 0, fittedOn: 0 }, latin: { weights: zeroSegmentWeights, intercept: 0, fittedOn: 0 } };
const placeholderInline = { bias: INLINE_BIAS, minRunScore: MIN_RUN_SCORE, minRunChars: MIN_RUN_CHARS, weights: Object.fromEntries(INLINE_FEATURES.map((f) => [f, 0])) as Record<(typeof INLINE_FEATURES)[number], number>, intercept: 0, fittedOn: 0 };

const tools = await loadTextTools();
const pool = loadPoolDocs(poolDir);
const trainDocs = pool.docs.filter((d) => d.fold !== HELD_BACK_FOLD);
const matcher = createLexiconMatcher(tools.builtin, tools.normalize);
const prepared = trainDocs.map((doc) => prepareDoc(doc, tools, matcher));
const countsOf = new Map(prepared.map((p) => [p, countDoc(p)]));
const tableOptions = { smoothing: SMOOTHING, minCount: MIN_COUNT, minAbsLlr: MIN_ABS_LLR, decimals: DECIMALS };
const trainedOn = {
  sources: ['HPLT v2 pool (hplt-project/release2_inspection, MIT): labelled documents of the training folds, benchmarks/labels/hplt'],
  dataHash: pool.dataHash,
  folds: [...TRAIN_FOLDS],
  heldBackFold: HELD_BACK_FOLD,
  documents: {} as Record<string, number>,
  spamChars: 0,
  cleanChars: 0,
};
for (const p of prepared) {
  const key = `${p.doc.lang} ${p.doc.spam ? 'spam' : 'clean'}`;
  trainedOn.documents[key] = (trainedOn.documents[key] ?? 0) + 1;
  for (const s of p.segments) {
    const spam = s.mask.reduce((a, b) => a + b, 0);
    trainedOn.spamChars += spam;
    trainedOn.cleanChars += s.text.length - spam;
  }
}

// 2. out-of-fold scores
const calibrationRows = { cjk: [] as number[][], latin: [] as number[][] };
const calibrationLabels = { cjk: [] as number[], latin: [] as number[] };
const inlineRows: number[][] = [];
const inlineLabels: number[] = [];
for (const fold of TRAIN_FOLDS) {
  const table = llrTable(mergeCounts(prepared.filter((p) => p.doc.fold !== fold).map((p) => countsOf.get(p)!)), tableOptions);
  const model = bayesModelFromFile(modelFile(table, { segment: placeholderSegment, inline: placeholderInline, trainedOn }));
  for (const p of prepared.filter((q) => q.doc.fold === fold)) {
    const page = { normalizedText: p.normalizedText, countVariants: tools.countVariants };
    for (const s of p.segments) {
      const bayes = scoreSegment(model, s.normalized, s.boundary);
      if (bayes.features === 0) continue;
      calibrationRows[bayes.family].push(SEGMENT_FEATURES.map((f) => bayes[f]));
      calibrationLabels[bayes.family].push(s.spamShare >= SEGMENT_POSITIVE_SHARE ? 1 : 0);
      if (s.spamShare >= SEGMENT_POSITIVE_SHARE) continue;
      for (const candidate of inlineCandidates(model, s.text, s.normalized, bayes, s.spamTerms, page)) {
        let inSpam = 0;
        for (let i = candidate.start; i < candidate.end; i++) inSpam += s.mask[i]!;
        inlineRows.push(INLINE_FEATURES.map((f) => candidate.features[f]));
        inlineLabels.push(inSpam / (candidate.end - candidate.start) >= RUN_POSITIVE_OVERLAP ? 1 : 0);
      }
    }
  }
}

// 3. fits on the out-of-fold scores
function calibration(family: 'cjk' | 'latin'): BayesModelFile['segment']['cjk'] {
  const fit = fitLogistic(calibrationRows[family], calibrationLabels[family], { l2: L2, iterations: 2000, learningRate: 0.5 });
  return { weights: Object.fromEntries(SEGMENT_FEATURES.map((f, j) => [f, round(fit.weights[j] ?? 0)])) as typeof zeroSegmentWeights, intercept: round(fit.intercept), fittedOn: calibrationRows[family].length };
}
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
const segment = { cjk: calibration('cjk'), latin: calibration('latin') };
const inlineFit = fitLogistic(inlineRows, inlineLabels, { l2: L2, iterations: 3000, learningRate: 0.5 });
const inline = {
  ...placeholderInline,
  weights: Object.fromEntries(INLINE_FEATURES.map((f, j) => [f, round(inlineFit.weights[j] ?? 0)])) as typeof placeholderInline.weights,
  intercept: round(inlineFit.intercept),
  fittedOn: inlineRows.length,
};

// diagnostics (out of fold, training folds only)
function report(name: string, rows: number[][], labels: number[], p: (row: number[]) => number): void {
  let tp = 0, fp = 0, fn = 0;
  rows.forEach((row, i) => {
    const yes = p(row) >= 0.5;
    if (yes && labels[i] === 1) tp++;
    else if (yes) fp++;
    else if (labels[i] === 1) fn++;
  });
  const scored = rows.map((row, i) => ({ p: p(row), y: labels[i]! })).sort((a, b) => b.p - a.p);
  let pos = 0, auc = 0;
  const positives = labels.filter((y) => y === 1).length;
  for (const s of scored) {
    if (s.y === 1) pos++;
    else auc += pos;
  }
  auc /= Math.max(1, positives * (rows.length - positives));
  process.stderr.write(`${name}: AUC ${auc.toFixed(3)}; `);
  process.stderr.write(`${name}: ${rows.length} rows, ${labels.filter((y) => y === 1).length} positive; at p>=0.5 precision ${(tp / Math.max(1, tp + fp)).toFixed(3)} recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}\n`);
}
for (const family of ['cjk', 'latin'] as const) {
  const c = segment[family];
  report(`segments ${family}`, calibrationRows[family], calibrationLabels[family], (row) => predict({ weights: SEGMENT_FEATURES.map((f) => c.weights[f]), intercept: c.intercept }, row));
}
report('inline candidates', inlineRows, inlineLabels, (row) => predict(inlineFit, row));

// 4. the final table
const table = llrTable(mergeCounts([...countsOf.values()]), tableOptions);
const file = modelFile(table, { segment, inline, trainedOn });
await writeFile(values.out, `${JSON.stringify(file, null, 1)}\n`);
const cjk = [...table.keys()].filter(isCjkFeature).length;
process.stderr.write(`${values.out}: ${table.size} features (${cjk} CJK), trained on ${prepared.length} documents (${pool.leftOut.length} labels left out)\n`);
