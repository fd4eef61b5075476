/**
 * The tuning view of the spam detector, on the training folds only:
 *   npm run eval:pool:oof -- POOL_DIR [--corpus CORPUS_DIR] [--list-misses N]
 *
 * Every labelled training document is sifted with the Bayes table counted on the other training
 * folds (train/fold-models.ts), and with the characters foreign to Traditional text counted on
 * their clean documents (script/foreign-chars.ts), so a document is never scored by a table that
 * learned its words:
 * the figures estimate what the held-back fold will show without reading it. (The shipped inline
 * and calibration fits were themselves fitted out of fold; so is the doorway model, by the fold
 * fits `npm run train:doorway` leaves in benchmarks/results/doorway-folds.json (doorway/fold-models.ts).
 * Without that file the shipped doorway model, trained on all training folds, judges every
 * document, and the doorway share of the figures is optimistic; the eval says so.) With `--corpus`, the clean pages of
 * the development sets' training folds are sifted too, with the shipped Bayes table (nothing of it
 * is learned from their text) and their fold's doorway model (the doorway model learns from them). The held-back fold is never read.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readBayesModelFile } from '../../src/bayes/model.js';
import { DATA_DIR } from '../../src/data-dir.js';
import { parseOptions } from '../../src/options.js';
import { siftPage } from '../../src/pipeline.js';
import { BAYES_MODEL_FILE, loadResources } from '../../src/resources.js';
import { loadCleanPages, TRAINABLE_SETS } from '../corpus/clean-pages.js';
import { foldModels } from '../train/fold-models.js';
import { prepareDoc } from '../train/prepare.js';
import { TABLE_OPTIONS } from '../train/table-options.js';
import { countForeignChars } from '../script/foreign-chars.js';
import { readDoorwayFoldModels } from '../doorway/fold-models.js';
import type { DoorwayModel } from '../../src/doorway/model.js';
import { loadTraditionalToSimplified } from '../../src/tokenize/traditional.js';
import { createVariantCounter, type CountVariants } from '../../src/tokenize/variant.js';
import { aggregate, f1 } from '../metric.js';
import { spamTokenScore } from './tables.js';
import { loadPoolDocs, spamTexts } from './cases.js';
import { HELD_BACK_FOLD } from './split.js';

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run eval:pool:oof -- POOL_DIR [--corpus CORPUS_DIR] [--list-misses N]\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { corpus: { type: 'string' }, 'list-misses': { type: 'string', default: '0' } } });
} catch (error) {
  usage((error as Error).message);
}
const poolDir = parsed.positionals[0];
if (poolDir === undefined) usage('POOL_DIR is missing');
const listMisses = Number(parsed.values['list-misses']);
if (!Number.isInteger(listMisses) || listMisses < 0) usage('--list-misses: a whole number');

const resources = await loadResources(parseOptions({}));
const shipped = await readBayesModelFile(join(DATA_DIR, 'models', BAYES_MODEL_FILE));
let pool;
try {
  pool = loadPoolDocs(poolDir);
} catch (error) {
  usage((error as Error).message);
}
const trainDocs = pool.docs.filter((d) => d.fold !== HELD_BACK_FOLD);
const models = foldModels(trainDocs.map((doc) => prepareDoc(doc, resources)), shipped, TABLE_OPTIONS);
const traditionalToSimplified = loadTraditionalToSimplified();
const foldCounters = new Map<number, CountVariants>();
for (const fold of new Set(trainDocs.map((d) => d.fold))) {
  const { chars } = countForeignChars(trainDocs.filter((d) => d.fold !== fold && !d.spam).map((d) => d.text), traditionalToSimplified);
  foldCounters.set(fold, createVariantCounter(traditionalToSimplified, chars));
}
const options = parseOptions({});
// each document judged by a doorway model fitted without its fold, when train:doorway left them
const doorwayByFold: Map<number, DoorwayModel> | string = resources.doorway === undefined ? 'no doorway model is shipped' : readDoorwayFoldModels(resources.doorway);
if (typeof doorwayByFold === 'string') process.stderr.write(`eval:pool:oof: the shipped doorway model judges every document (optimistic for doorway pages): ${doorwayByFold}\n`);
/** The doorway model a document of `fold` is judged by: its fold's fit, or the shipped model without them. */
const doorwayFor = (fold: number): DoorwayModel | undefined => (typeof doorwayByFold === 'string' ? resources.doorway : doorwayByFold.get(fold));

interface Tally {
  spam: number;
  caught: number;
  clean: number;
  flagged: number;
  /** Spam-token precision and recall of each spam document (the corpus metric, as benchmarks/eval/ does). */
  tokens: { precision: number; recall: number }[];
}
const tallies = new Map<string, Tally>();
function tally(key: string): Tally {
  let t = tallies.get(key);
  if (t === undefined) tallies.set(key, (t = { spam: 0, caught: 0, clean: 0, flagged: 0, tokens: [] }));
  return t;
}
const misses: string[] = [];
const falsePositives: string[] = [];
const nearMisses: number[] = [];
for (const doc of trainDocs) {
  const report = siftPage({ ...resources, bayes: models.get(doc.fold)!, countVariants: foldCounters.get(doc.fold)!, doorway: doorwayFor(doc.fold) }, options, { text: doc.text });
  const keys = ['overall', doc.lang, ...(doc.spam ? [doc.doorway ? 'doorway' : 'injected (not doorway)'] : [])];
  const tokenScore = doc.spam ? spamTokenScore(report, spamTexts(doc)) : undefined;
  for (const key of keys) {
    const t = tally(key);
    if (doc.spam) {
      t.spam++;
      if (report.verdict.spam) t.caught++;
      t.tokens.push({ precision: tokenScore!.precision, recall: tokenScore!.recall });
    } else {
      t.clean++;
      if (report.verdict.spam) t.flagged++;
    }
  }
  if (doc.spam && !report.verdict.spam) {
    nearMisses.push(report.verdict.score);
    misses.push(`  ${doc.key} ${doc.lang} [${doc.categories.join(',')}] ${doc.doorway ? 'doorway' : 'injected'} score ${report.verdict.score.toFixed(2)} — ${doc.label.note}`);
  }
  if (!doc.spam && report.verdict.spam) falsePositives.push(`  ${doc.key} score ${report.verdict.score.toFixed(2)} — ${doc.label.note}`);
}
if (parsed.values.corpus !== undefined) {
  for (const page of loadCleanPages(parsed.values.corpus, TRAINABLE_SETS).filter((p) => p.fold !== HELD_BACK_FOLD)) {
    // the development pages' training folds are doorway training pages too: their fold's model
    const report = siftPage({ ...resources, doorway: doorwayFor(page.fold) }, options, page.input);
    const t = tally(`development (${page.set})`);
    t.clean++;
    if (report.verdict.spam) {
      t.flagged++;
      falsePositives.push(`  ${page.set}/${page.id} score ${report.verdict.score.toFixed(2)}`);
    }
  }
}
const ratio = (k: number, n: number): string => (n === 0 ? '–' : `${(k / n).toFixed(3)} (${k}/${n})`);
function tokenF1(t: Tally): string {
  const { precision, recall } = aggregate(t.tokens);
  return precision === null || recall === null ? '–' : `${f1(precision, recall).toFixed(3)} (P ${precision.toFixed(3)}, R ${recall.toFixed(3)})`;
}
process.stdout.write(`Out-of-fold pool eval, training folds (${trainDocs.length} documents, labels ${pool.dataHash.slice(0, 12)})\n\n| | page recall | FP rate | spam-token F1 |\n| --- | --- | --- | --- |\n`);
for (const [key, t] of tallies) process.stdout.write(`| ${key} | ${ratio(t.caught, t.spam)} | ${ratio(t.flagged, t.clean)} | ${tokenF1(t)} |\n`);
const below = (lo: number): number => nearMisses.filter((s) => s >= lo).length;
process.stdout.write(`\nmissed spam by verdict score: ≥ 4: ${below(4)}, ≥ 2: ${below(2)}, > 0: ${below(Number.MIN_VALUE)}, 0: ${nearMisses.length - below(Number.MIN_VALUE)}\n`);
if (falsePositives.length > 0) process.stdout.write(`\nfalse positives:\n${falsePositives.join('\n')}\n`);
if (listMisses > 0) process.stdout.write(`\nmissed spam:\n${misses.slice(0, listMisses).join('\n')}\n`);
