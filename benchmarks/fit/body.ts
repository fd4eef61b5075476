/**
 * Fit the body/navigation rule scores (body-weights.ts → data/weights/body.json), then the
 * page-type model on pages classified with those scores (body-pagetype.ts → data/weights/pagetype.json):
 *   npm run fit:body -- CORPUS_DIR [--report-held-back] [--step body|pagetype|all]
 *     [--weighting segments|tokens] [--l2 N] [--body-min-probability P]  (the body fit's choices, body-weights.ts)
 *   (until package.json has the script: npx tsx benchmarks/fit/body.ts CORPUS_DIR)
 *
 * Trains on the training folds (benchmarks/corpus/folds.ts: fold 0 held back) of the sets whose
 * licences let us learn from them (TRAINABLE_SETS). With --report-held-back the held-back fold of
 * wcxb-dev is classified once with the fitted model, only to print its confusion matrix (never to
 * choose anything: nothing is refitted after it).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { DECISIVE_MARGIN } from '../../src/classify/thresholds.js';
import { DATA_DIR } from '../../src/data-dir.js';
import { parseOptions } from '../../src/options.js';
import { loadPageTypeCues } from '../../src/pagetype/cues.js';
import { PAGE_TYPE_CUES_FILE, PAGE_TYPE_MODEL_FILE } from '../../src/pagetype/detect.js';
import { PAGE_TYPES } from '../../src/pagetype/model.js';
import { loadResources, SPAM_WEIGHTS_FILE, type Resources } from '../../src/resources.js';
import { compileRules, loadRuleDir } from '../../src/rules/load.js';
import { BODY_WEIGHTS_FILE, loadSpamWeights, withFittedScores, type BodyWeights } from '../../src/rules/weights.js';
import { collectExamples, DEFAULT_BODY_FIT, fitBodyWeights, WEIGHTINGS, type BodyFitChoices, type Weighting } from './body-weights.js';
import { TRAINABLE_SETS } from '../corpus/clean-pages.js';
import { loadBodyPages } from './body-pages.js';
import { accuracyOf, BALANCE_POWER, balancedAccuracyOf, confusionOf, DOMAIN_HELD_OUT_SPLITS, DOMAIN_INFO_SPLITS, domainHeldOut, domainHeldOutAccuracy, fitPageTypeModel, pageTypeFitChoices, pageTypeRows, type Confusion, type DomainResult } from './body-pagetype.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'report-held-back': { type: 'boolean' }, step: { type: 'string', default: 'all' }, 'body-out': { type: 'string', default: join(DATA_DIR, BODY_WEIGHTS_FILE) }, 'pagetype-out': { type: 'string', default: join(DATA_DIR, PAGE_TYPE_MODEL_FILE) }, balance: { type: 'string' }, weighting: { type: 'string', default: DEFAULT_BODY_FIT.weighting }, l2: { type: 'string', default: String(DEFAULT_BODY_FIT.l2) }, 'body-min-probability': { type: 'string', default: String(DEFAULT_BODY_FIT.bodyMinProbability) } },
});
const corpus = positionals[0];
if (corpus === undefined) {
  process.stderr.write('usage: npm run fit:body -- CORPUS_DIR [--report-held-back] [--pagetype-out FILE]\n');
  process.exit(2);
}

function confusionTable(confusion: Confusion): string {
  const head = `| gold \\ predicted | ${PAGE_TYPES.join(' | ')} | recall |`;
  const rows = PAGE_TYPES.map((g) => {
    const n = PAGE_TYPES.reduce((a, p) => a + confusion[g][p], 0);
    return `| ${g} | ${PAGE_TYPES.map((p) => confusion[g][p]).join(' | ')} | ${n === 0 ? '-' : (confusion[g][g] / n).toFixed(3)} (${n}) |`;
  });
  return [head, `|---|${PAGE_TYPES.map(() => '---:').join('|')}|---:|`, ...rows].join('\n');
}

const loaded = await loadResources(parseOptions({}));
const cues = loadPageTypeCues(join(DATA_DIR, PAGE_TYPE_CUES_FILE));
const { pages, dataHash } = loadBodyPages(corpus, TRAINABLE_SETS);
process.stderr.write(`${pages.length} training pages (${TRAINABLE_SETS.join(', ')}, folds 1-4)\n`);
const handRules = await loadRuleDir(join(DATA_DIR, 'rules'));
const spamWeights = await loadSpamWeights(join(DATA_DIR, 'weights', SPAM_WEIGHTS_FILE));

/** The resources with these body weights (undefined: hand scores) in place of the shipped ones. */
function withBodyWeights(body: BodyWeights | undefined): Resources {
  const sets = handRules.map((set) => ({ ...set, rules: withFittedScores(set.rules, spamWeights, body) }));
  return { ...loaded, rules: compileRules(sets, loaded.space) };
}

let resources = loaded;
if (values.step === 'all' || values.step === 'body') {
  // the examples are scored with the hand scores (the CV compares the fit with them)
  const hand = withBodyWeights(undefined);
  const examples = collectExamples(hand, pages);
  const weighting = values.weighting as Weighting;
  if (!WEIGHTINGS.includes(weighting)) throw new Error(`--weighting: one of ${WEIGHTINGS.join(', ')}`);
  const choices: BodyFitChoices = { weighting, l2: Number(values.l2), bodyMinProbability: Number(values['body-min-probability']) };
  if (!(choices.l2 >= 0) || !(choices.bodyMinProbability > 0.5 && choices.bodyMinProbability < 1)) throw new Error('--l2 must be ≥ 0 and --body-min-probability in (0.5, 1)');
  const sources = [
    `pages with body gold of ${TRAINABLE_SETS.join(', ')}, training folds 1-4 (benchmarks/corpus/folds.ts)`,
    `fit: segments weighed by ${choices.weighting}, L2 ${choices.l2}, margin ${DECISIVE_MARGIN} = P(body) ${choices.bodyMinProbability}`,
  ];
  const weights = fitBodyWeights(handRules.flatMap((set) => set.rules), examples, { sources, dataHash, pages: pages.length }, choices);
  await mkdir(dirname(values['body-out']), { recursive: true });
  await writeFile(values['body-out'], `${JSON.stringify(weights, null, 1)}\n`);
  const { fitted, hand: handCv } = weights.crossValidation;
  process.stdout.write(`body weights: ${Object.values(weights.rules).filter((r) => r.fitted).length} of ${Object.keys(weights.rules).length} body/navigation rules fitted on ${examples.length} segments (${weights.trainedOn.segments.body} body); intercept ${weights.intercept}, scale ${weights.scale}\n`);
  process.stdout.write(`  segment CV (${weights.crossValidation.folds} folds by page): fitted P ${fitted.precision} R ${fitted.recall} acc ${fitted.accuracy}; hand P ${handCv.precision} R ${handCv.recall} acc ${handCv.accuracy}\n`);
  for (const [id, r] of Object.entries(weights.rules)) process.stdout.write(`  ${id.padEnd(22)} ${String(r.score).padStart(6)} (hand ${r.handScore})  hits body ${r.hits.body} boilerplate ${r.hits.boilerplate}${r.fitted ? '' : `  kept: ${r.reason ?? ''}`}\n`);
  process.stderr.write(`wrote ${values['body-out']}\n`);
  resources = withBodyWeights(weights);
}
if (values.step !== 'all' && values.step !== 'pagetype') process.exit(0);

const rows = pageTypeRows(resources, cues, pages);
const balance = values.balance === undefined ? BALANCE_POWER : Number(values.balance);
const model = fitPageTypeModel(rows, [`pages with body gold of ${TRAINABLE_SETS.join(', ')}, training folds 1-4 (benchmarks/corpus/folds.ts); wcxb-dev types as truth.json pageType, other sets' pages as written there`, pageTypeFitChoices({ balance })], dataHash, { balance });
await mkdir(dirname(values['pagetype-out']), { recursive: true });
await writeFile(values['pagetype-out'], `${JSON.stringify(model, null, 1)}\n`);
const cv = model.crossValidation.confusion as Confusion;
process.stdout.write(`page type, training folds, ${model.crossValidation.folds}-fold CV: accuracy ${accuracyOf(cv).toFixed(3)}, balanced ${balancedAccuracyOf(cv).toFixed(3)}\n${confusionTable(cv)}\n`);
process.stderr.write(`wrote ${values['pagetype-out']}\n`);
const domainLine = (r: DomainResult): string => `  fitted on ${r.split.train.join(' + ')}, typing ${r.split.test.join(' + ')} (${r.pages} pages): accuracy ${r.accuracy.toFixed(3)}, balanced ${balancedAccuracyOf(r.confusion).toFixed(3)}\n`;
const heldOut = domainHeldOut(rows, DOMAIN_HELD_OUT_SPLITS, { balance });
process.stdout.write(`page type, domain held out (a source's pages typed by a model never fitted on it): mean accuracy ${domainHeldOutAccuracy(heldOut).toFixed(3)}\n`);
for (const r of heldOut) process.stdout.write(domainLine(r));
process.stdout.write('  for information, not in the mean:\n');
for (const r of domainHeldOut(rows, DOMAIN_INFO_SPLITS, { balance })) process.stdout.write(domainLine(r));

if (values['report-held-back'] === true) {
  const heldBack = loadBodyPages(corpus, ['wcxb-dev'], true).pages;
  const confusion = confusionOf(model, pageTypeRows(resources, cues, heldBack));
  process.stdout.write(`\npage type, wcxb-dev held-back fold (${heldBack.length} pages): accuracy ${accuracyOf(confusion).toFixed(3)}, balanced ${balancedAccuracyOf(confusion).toFixed(3)}\n${confusionTable(confusion)}\n`);
}
