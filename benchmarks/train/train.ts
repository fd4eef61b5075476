/**
 * Train the spam Bayes model: `npm run train -- POOL_DIR [--out data/models/spam-bayes.json]`.
 *
 * Data: the labelled HPLT pool documents (MIT licence) of the training folds only (split:
 * benchmarks/pool/split.ts; the held-back fold is never read here). With `--corpus DIR`, the clean
 * pages of the development sets whose licence allows it (TRAINABLE_SETS), training folds only, are
 * negatives for the two small fits of step 3 (never for the token table: their text is not
 * learned). Steps:
 * 1. token features (src/bayes/tokens.ts) of spam regions against clean text → counts;
 * 2. four-fold cross-validation over the training folds: a table from three folds scores the
 *    fourth, giving out-of-fold segment scores and inline candidates;
 * 3. on those out-of-fold scores: a calibration per language family (logistic, one feature) and
 *    the logistic model that weighs the evidence of an inline injection;
 * 4. the final table from all training folds; everything written as one JSON file, stamped with
 *    the date and the hash of the data it was trained on.
 */
import { isSpamPhrase } from '../../src/lexicon/matcher.js';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { bayesModelFromFile, INLINE_FEATURES, INLINE_KINDS, SEGMENT_FEATURES, type BayesModelFile, type InlineKind } from '../../src/bayes/model.js';
import { scoreSegment } from '../../src/bayes/score.js';
import { isCjkFeature } from '../../src/bayes/tokens.js';
import { inlineCandidates, pageContext } from '../../src/inline/candidates.js';
import { parseOptions } from '../../src/options.js';
import { loadResources } from '../../src/resources.js';
import { SEGMENT_MIN_FEATURES } from '../../src/bayes/score.js';
import { loadCleanPages, TRAINABLE_SETS } from '../corpus/clean-pages.js';
import { pageSegments } from './page-segments.js';
import { loadPoolDocs } from '../pool/cases.js';
import { HELD_BACK_FOLD, TRAIN_FOLDS } from '../pool/split.js';
import { fitLogistic, predict, type LogisticFit } from './logistic.js';
import { llrTable, mergeCounts } from './naive-bayes.js';
import { countDoc, foldTable } from './fold-models.js';
import { prepareDoc } from './prepare.js';
import { TABLE_LANGUAGES_LEFT_OUT, TABLE_OPTIONS } from './table-options.js';

/** Laplace smoothing of the token counts. */
const SMOOTHING = 1;
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
/** Inline candidates are cut out where the out-of-fold candidates above the threshold are at least this precise. */
const INLINE_TARGET_PRECISION = 0.95;
/** …and never below even odds. */
const INLINE_MIN_P_FLOOR = 0.5;
/** A kind of candidate with fewer labelled injections than this is never cut (too few to set a threshold on). */
const INLINE_MIN_POSITIVES = 20;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'data/models/spam-bayes.json' }, corpus: { type: 'string' } } });
const poolDir = positionals[0];
if (poolDir === undefined) {
  process.stderr.write('usage: npm run train -- POOL_DIR [--corpus CORPUS_DIR] [--out FILE]\n');
  process.exit(2);
}

function modelFile(table: Map<string, number>, parts: Pick<BayesModelFile, 'segment' | 'inline' | 'trainedOn'>): BayesModelFile {
  return {
    $comment: 'Made by `npm run train` (benchmarks/train/train.ts); do not edit by hand. See src/bayes/model.ts.',
    version: 1,
    trainedAt: new Date().toISOString().slice(0, 10),
    ...parts,
    smoothing: TABLE_OPTIONS.smoothing,
    clip: CLIP,
    llr: Object.fromEntries(table),
  };
}

const zeroSegmentWeights = Object.fromEntries(SEGMENT_FEATURES.map((f) => [f, 0])) as Record<(typeof SEGMENT_FEATURES)[number], number>;
const placeholderSegment = { cjk: { weights: zeroSegmentWeights, intercept: 0, fittedOn: 0 }, latin: { weights: zeroSegmentWeights, intercept: 0, fittedOn: 0 } };
const zeroFit = { weights: Object.fromEntries(INLINE_FEATURES.map((f) => [f, 0])) as Record<(typeof INLINE_FEATURES)[number], number>, intercept: 0, fittedOn: 0, positives: 0, minP: 0.5, precision: 0, recall: 0 };
const placeholderInline = { bias: INLINE_BIAS, minRunScore: MIN_RUN_SCORE, minRunChars: MIN_RUN_CHARS, fits: Object.fromEntries(INLINE_KINDS.map((kind) => [kind, zeroFit])) as Record<InlineKind, typeof zeroFit> };

const resources = await loadResources(parseOptions({}));
const cleanPages = values.corpus === undefined ? [] : loadCleanPages(values.corpus, TRAINABLE_SETS).filter((page) => page.fold !== HELD_BACK_FOLD);
const pool = loadPoolDocs(poolDir);
const trainDocs = pool.docs.filter((d) => d.fold !== HELD_BACK_FOLD);
const prepared = trainDocs.map((doc) => prepareDoc(doc, resources));
const countsOf = new Map(prepared.map((p) => [p, countDoc(p)]));
const trainedOn = {
  sources: [
    'HPLT v2 pool (hplt-project/release2_inspection, MIT): labelled documents of the training folds, benchmarks/labels/hplt (token table and fits)',
    `token table without the documents of ${TABLE_LANGUAGES_LEFT_OUT.join(', ')} (benchmarks/train/table-options.ts); the fits read them`,
    ...(cleanPages.length > 0 ? [`clean pages of ${TRAINABLE_SETS.join(', ')} (corpus README; CC-BY-4.0, Apache-2.0, MIT), training folds: ${cleanPages.length} pages, negatives for the fits only`] : []),
  ],
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
const inlineKinds: InlineKind[] = [];
for (const fold of TRAIN_FOLDS) {
  const table = foldTable(prepared, countsOf, fold, TABLE_OPTIONS);
  const model = bayesModelFromFile(modelFile(table, { segment: placeholderSegment, inline: placeholderInline, trainedOn }));
  for (const p of prepared.filter((q) => q.doc.fold === fold)) {
    const page = pageContext(p.segments.map((s) => s.normalized), resources.countVariants);
    for (const s of p.segments) {
      const bayes = scoreSegment(model, s.normalized, s.boundary);
      if (bayes.features === 0) continue;
      if (bayes.features >= SEGMENT_MIN_FEATURES) {
        calibrationRows[bayes.family].push(SEGMENT_FEATURES.map((f) => bayes[f]));
        calibrationLabels[bayes.family].push(s.spamShare >= SEGMENT_POSITIVE_SHARE ? 1 : 0);
      }
      if (s.spamShare >= SEGMENT_POSITIVE_SHARE) continue;
      for (const candidate of inlineCandidates(model, s.text, s.normalized, bayes, s.spamTerms, page)) {
        let inSpam = 0;
        for (let i = candidate.start; i < candidate.end; i++) inSpam += s.mask[i]!;
        inlineRows.push(INLINE_FEATURES.map((f) => candidate.features[f]));
        inlineKinds.push(candidate.kind);
        inlineLabels.push(inSpam / (candidate.end - candidate.start) >= RUN_POSITIVE_OVERLAP ? 1 : 0);
      }
    }
  }
  // clean development pages of this fold: every segment and every candidate is a negative
  const foldResources = { ...resources, bayes: model };
  for (const cleanPage of cleanPages.filter((page) => page.fold === fold)) {
    const segments = pageSegments(foldResources, cleanPage.input);
    const page = pageContext(segments.map((s) => s.normalized), resources.countVariants);
    for (const s of segments) {
      const bayes = s.bayes;
      if (bayes === undefined || bayes.features === 0) continue;
      if (bayes.features >= SEGMENT_MIN_FEATURES) {
        calibrationRows[bayes.family].push(SEGMENT_FEATURES.map((f) => bayes[f]));
        calibrationLabels[bayes.family].push(0);
      }
      const spamTerms = s.lexiconHits.filter(isSpamPhrase);
      for (const candidate of inlineCandidates(model, s.block.text, s.normalized, bayes, spamTerms, page)) {
        inlineRows.push(INLINE_FEATURES.map((f) => candidate.features[f]));
        inlineKinds.push(candidate.kind);
        inlineLabels.push(0);
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
function inlineFitOf(kind: InlineKind): { fit: LogisticFit; rows: number[][]; labels: number[]; file: typeof zeroFit } {
  const keep = inlineRows.map((row, i) => i).filter((i) => inlineKinds[i] === kind);
  const rows = keep.map((i) => inlineRows[i]!);
  const labels = keep.map((i) => inlineLabels[i]!);
  const fit = fitLogistic(rows, labels, { l2: L2, iterations: 3000, learningRate: 0.5 });
  // the lowest probability at which the candidates above it keep INLINE_TARGET_PRECISION
  const ranked = rows.map((row, i) => ({ p: predict(fit, row), y: labels[i]! })).sort((a, b) => b.p - a.p);
  const positives = labels.filter((y) => y === 1).length;
  let tp = 0;
  let best = { minP: 1, precision: 0, recall: 0 };
  // too few labelled injections of this kind to trust a threshold: never cut (minP 1)
  if (positives >= INLINE_MIN_POSITIVES) ranked.forEach(({ p, y }, i) => {
    if (y === 1) tp++;
    const precision = tp / (i + 1);
    const next = ranked[i + 1];
    if (precision >= INLINE_TARGET_PRECISION && (next === undefined || next.p < p)) best = { minP: Math.max(INLINE_MIN_P_FLOOR, round(p)), precision: round(precision), recall: round(tp / Math.max(1, positives)) };
  });
  const file = {
    weights: Object.fromEntries(INLINE_FEATURES.map((f, j) => [f, round(fit.weights[j] ?? 0)])) as typeof zeroFit.weights,
    intercept: round(fit.intercept),
    fittedOn: rows.length,
    positives,
    ...best,
  };
  return { fit, rows, labels, file };
}
const inlineFits = Object.fromEntries(INLINE_KINDS.map((kind) => [kind, inlineFitOf(kind)])) as Record<InlineKind, ReturnType<typeof inlineFitOf>>;
const inline = { ...placeholderInline, fits: Object.fromEntries(INLINE_KINDS.map((kind) => [kind, inlineFits[kind].file])) as Record<InlineKind, typeof zeroFit> };

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
  report(`segments ${family}`, calibrationRows[family], calibrationLabels[family], (row) => predict({ weights: SEGMENT_FEATURES.map((f) => c.weights[f] ?? 0), intercept: c.intercept }, row));
}
for (const kind of INLINE_KINDS) {
  const { rows, labels, fit, file } = inlineFits[kind];
  report(`inline ${kind}`, rows, labels, (row) => predict(fit, row));
  process.stderr.write(`  cut at p>=${file.minP} (out-of-fold P ${file.precision} R ${file.recall})\n`);
}

// 4. the final table
const table = llrTable(mergeCounts([...countsOf.values()]), TABLE_OPTIONS);
const file = modelFile(table, { segment, inline, trainedOn });
await writeFile(values.out, `${JSON.stringify(file, null, 1)}\n`);
const cjk = [...table.keys()].filter(isCjkFeature).length;
process.stderr.write(`${values.out}: ${table.size} features (${cjk} CJK), trained on ${prepared.length} documents (${pool.leftOut.length} labels left out)\n`);
