/**
 * Fit the spam rules' scores and choose the page threshold:
 *   npm run fit -- POOL_DIR CORPUS_DIR [--out data/weights/spam.json]
 *
 * SpamAssassin's way: the rules stay hand-written; their scores are fitted on labelled data.
 * 1. Training data (training folds only, benchmarks/pool/split.ts): every segment of the labelled
 *    pool documents (spam when at least half of it is gold spam) and every segment of the clean
 *    pages of the development sets the licences let us learn from (TRAINABLE_SETS). The Bayes
 *    rules see out-of-fold model scores (fold-models.ts), never a table that learned the document.
 * 2. A logistic regression over the spam rules' hits (0/1), weights kept ≥ 0, L2-regularised;
 *    five-fold cross-validation by document reports precision and recall at the boundary.
 * 3. Scores = weights × SPAM_MIN_SCORE / −intercept, so that a segment whose fitted scores sum
 *    to SPAM_MIN_SCORE sits on the fit's 50 % boundary. Rules with fewer than MIN_FIT_HITS hits
 *    keep their hand-set score (and say so); the canary keeps its own.
 * 4. The page threshold: the lowest verdict score that keeps false positives at or below
 *    MAX_FALSE_POSITIVE_RATE on the clean training pages (pool and development sets), scored
 *    without the doorway stage, which keeps its clean pages to its own rate of the same size.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readBayesModelFile } from '../../src/bayes/model.js';
import { SPAM_MIN_SCORE } from '../../src/classify/thresholds.js';
import { siftPage } from '../../src/pipeline.js';
import { parseOptions } from '../../src/options.js';
import { BAYES_MODEL_FILE, loadResources } from '../../src/resources.js';
import { loadRuleDir } from '../../src/rules/load.js';
import { applyRules } from '../../src/rules/engine.js';
import type { SpamWeights } from '../../src/rules/weights.js';
import { DATA_DIR } from '../../src/data-dir.js';
import { loadCleanPages, TRAINABLE_SETS } from '../corpus/clean-pages.js';
import { loadPoolDocs } from '../pool/cases.js';
import { foldOf, HELD_BACK_FOLD } from '../pool/split.js';
import { foldModels } from '../train/fold-models.js';
import { fitLogistic, type LogisticOptions } from '../train/logistic.js';
import { pageSegments } from '../train/page-segments.js';
import { prepareDoc } from '../train/prepare.js';
import { TABLE_OPTIONS } from '../train/table-options.js';

/**
 * A rule needs this many hits in the training segments for its score to be fitted: with fewer, one
 * or two clean hits would swing the score (spam.keyword-list had 13 spam and 2 clean hits).
 */
const MIN_FIT_HITS = 20;
/** A pool segment is a spam example when at least this share of it is gold spam. */
const SEGMENT_POSITIVE_SHARE = 0.5;
/** The issue's bound: at most one clean page in a thousand flagged. */
const MAX_FALSE_POSITIVE_RATE = 0.001;
const CV_FOLDS = 5;
/** The highest-scoring clean training pages are listed, to be read. */
const TOP_CLEAN_SHOWN = 15;
const FIT: LogisticOptions = { l2: 0.001, iterations: 4000, learningRate: 0.5, nonNegative: true };
/** Rules whose score is fixed by design, not fitted: the canary must always fire. */
const NOT_FITTED = new Map([['spam.canary', 'the canary string always makes a page spam (fixed by design)']]);

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: join(DATA_DIR, "weights", "spam.json") } } });
const [poolDir, corpusDir] = positionals;
if (poolDir === undefined || corpusDir === undefined) {
  process.stderr.write('usage: npm run fit -- POOL_DIR CORPUS_DIR [--out FILE]\n');
  process.exit(2);
}

const resources = await loadResources(parseOptions({}));
const shipped = await readBayesModelFile(join(DATA_DIR, 'models', BAYES_MODEL_FILE));
const pool = loadPoolDocs(poolDir);
const trainDocs = pool.docs.filter((d) => d.fold !== HELD_BACK_FOLD);
const prepared = trainDocs.map((doc) => prepareDoc(doc, resources));
const models = foldModels(prepared, shipped, TABLE_OPTIONS);
const cleanPages = loadCleanPages(corpusDir, TRAINABLE_SETS).filter((page) => page.fold !== HELD_BACK_FOLD);

const handRules = (await loadRuleDir(`${DATA_DIR}/rules`)).flatMap((set) => set.rules);
const spamRules = handRules.filter((rule) => rule.label === 'spam' && rule.scope !== 'page');

interface Example {
  /** Which document or page the segment belongs to (cross-validation groups by it). */
  unit: string;
  fired: Set<string>;
  spam: boolean;
}
const examples: Example[] = [];
function collect(unit: string, segments: ReturnType<typeof pageSegments>, isSpam: (start: number, end: number) => boolean, res: typeof resources): void {
  for (const segment of segments) {
    const { hits } = applyRules(res.rules, segment.features);
    examples.push({ unit, fired: new Set(hits.filter((h) => h.label === 'spam' && !h.page).map((h) => h.rule)), spam: isSpam(segment.block.start, segment.block.end) });
  }
}
for (const p of prepared) {
  const res = { ...resources, bayes: models.get(p.doc.fold)! };
  collect(p.doc.key, pageSegments(res, { text: p.doc.text }), (start, end) => {
    let inSpam = 0;
    for (const [a, b] of p.doc.regions) inSpam += Math.max(0, Math.min(b, end) - Math.max(a, start));
    return end > start && inSpam / (end - start) >= SEGMENT_POSITIVE_SHARE;
  }, res);
}
for (const page of cleanPages) collect(`${page.set}/${page.id}`, pageSegments(resources, page.input), () => false, resources);

const hitCounts = new Map(spamRules.map((rule) => [rule.id, { spam: 0, clean: 0 }]));
for (const e of examples) for (const id of e.fired) { const c = hitCounts.get(id); if (c) c[e.spam ? 'spam' : 'clean']++; }
const fittedIds = spamRules.map((r) => r.id).filter((id) => !NOT_FITTED.has(id) && (hitCounts.get(id)!.spam + hitCounts.get(id)!.clean) >= MIN_FIT_HITS);
const rows = examples.map((e) => fittedIds.map((id) => (e.fired.has(id) ? 1 : 0)));
const labels = examples.map((e) => (e.spam ? 1 : 0));

// cross-validation by document / page
let tp = 0;
let fp = 0;
let fn = 0;
for (let k = 0; k < CV_FOLDS; k++) {
  const inTest = examples.map((e) => foldOf(`cv:${e.unit}`) === k);
  const fit = fitLogistic(rows.filter((_, i) => !inTest[i]), labels.filter((_, i) => !inTest[i]), FIT);
  rows.forEach((row, i) => {
    if (!inTest[i]) return;
    const yes = fit.intercept + row.reduce<number>((acc, x, j) => acc + x * fit.weights[j]!, 0) >= 0;
    if (yes && labels[i] === 1) tp++;
    else if (yes) fp++;
    else if (labels[i] === 1) fn++;
  });
}
const fit = fitLogistic(rows, labels, FIT);
const scale = fit.intercept < 0 ? SPAM_MIN_SCORE / -fit.intercept : 1;
const rules: SpamWeights['rules'] = {};
for (const rule of spamRules) {
  const j = fittedIds.indexOf(rule.id);
  const hits = hitCounts.get(rule.id)!;
  rules[rule.id] =
    j === -1
      ? { score: rule.score, handScore: rule.score, fitted: false, reason: NOT_FITTED.get(rule.id) ?? `${hits.spam + hits.clean} hits in the training segments (fewer than ${MIN_FIT_HITS}): hand-set score kept`, hits }
      : { score: Math.round(fit.weights[j]! * scale * 100) / 100, handScore: rule.score, fitted: true, hits };
}
const weights: SpamWeights = {
  $comment: 'Made by `npm run fit` (benchmarks/fit/fit.ts); do not edit by hand. See src/rules/weights.ts.',
  version: 1,
  fittedAt: new Date().toISOString().slice(0, 10),
  trainedOn: {
    sources: [
      'HPLT pool (MIT), labelled documents of the training folds (benchmarks/labels/hplt); Bayes rules scored out of fold',
      `clean pages of ${TRAINABLE_SETS.join(', ')}, training folds`,
    ],
    dataHash: pool.dataHash,
    segments: { spam: labels.filter((y) => y === 1).length, clean: labels.filter((y) => y === 0).length },
    pages: { spam: trainDocs.filter((d) => d.spam).length, clean: trainDocs.filter((d) => !d.spam).length + cleanPages.length },
  },
  crossValidation: { folds: CV_FOLDS, precision: round(tp / Math.max(1, tp + fp)), recall: round(tp / Math.max(1, tp + fn)) },
  rules,
  pageThreshold: { value: SPAM_MIN_SCORE, maxFalsePositiveRate: MAX_FALSE_POSITIVE_RATE, falsePositives: 0, cleanPages: 0, spamPagesCaught: 0, spamPages: 0 },
};
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
await mkdir(dirname(values.out), { recursive: true });
await writeFile(values.out, `${JSON.stringify(weights, null, 1)}\n`);

// 4. the page threshold, from verdict scores of the training pages under the fitted scores; pool
//    documents are sifted with their out-of-fold Bayes model (a table that learned a document would
//    score it too confidently either way)
// without the doorway stage: it holds its own clean pages to its own rate (benchmarks/doorway/train.ts)
const fitted = { ...(await loadResources(parseOptions({}))), doorway: undefined };
const options = parseOptions({ spamThreshold: Number.MAX_SAFE_INTEGER });
const cleanScores: number[] = [];
const spamScores: number[] = [];
const cleanByScore: [number, string][] = [];
for (const doc of trainDocs) {
  const score = siftPage({ ...fitted, bayes: models.get(doc.fold)! }, options, { text: doc.text }).verdict.score;
  (doc.spam ? spamScores : cleanScores).push(score);
  if (!doc.spam) cleanByScore.push([score, doc.key]);
}
for (const page of cleanPages) {
  const score = siftPage(fitted, options, page.input).verdict.score;
  cleanScores.push(score);
  cleanByScore.push([score, `${page.set}/${page.id}`]);
}
// the clean pages that decide the threshold: each must be read (a "clean" page may carry spam nobody labelled)
process.stderr.write(`highest-scoring clean training pages:\n${cleanByScore.sort((a, b) => b[0] - a[0]).slice(0, TOP_CLEAN_SHOWN).map(([score, key]) => `  ${score.toFixed(2)}  ${key}`).join('\n')}\n`);
const allowed = Math.floor(MAX_FALSE_POSITIVE_RATE * cleanScores.length);
const sorted = [...cleanScores].sort((a, b) => b - a);
// the lowest threshold above the (allowed + 1)-th highest clean score, and never below SPAM_MIN_SCORE
const highestAllowedOut = sorted[allowed] ?? 0;
const threshold = Math.max(SPAM_MIN_SCORE, Math.round((highestAllowedOut + 0.01) * 100) / 100);
weights.pageThreshold = {
  value: threshold,
  maxFalsePositiveRate: MAX_FALSE_POSITIVE_RATE,
  falsePositives: cleanScores.filter((s) => s >= threshold).length,
  cleanPages: cleanScores.length,
  spamPagesCaught: spamScores.filter((s) => s >= threshold).length,
  spamPages: spamScores.length,
};
await writeFile(values.out, `${JSON.stringify(weights, null, 1)}\n`);
process.stderr.write(`${values.out}: ${fittedIds.length} of ${spamRules.length} spam rules fitted on ${examples.length} segments; CV precision ${weights.crossValidation.precision} recall ${weights.crossValidation.recall}; page threshold ${threshold} (${weights.pageThreshold.falsePositives}/${cleanScores.length} clean training pages over it, ${weights.pageThreshold.spamPagesCaught}/${spamScores.length} spam pages)\n`);
