/**
 * Fit the body/navigation rules' scores by direct search of the page metric, the pipeline in the
 * loop (issue 13; score-search.ts). The segment-level logistic fit (body-weights.ts) lost page F1
 * (benchmarks/RESULTS.md, sessions 8 and 26); this searches the eval's own number instead.
 *
 *   npm run fit:body:search -- CORPUS_DIR [--half 12|34] [--halves-from A.json,B.json]
 *        [--sweeps N] [--step S] [--agree] [--body-out FILE] [--out FILE]
 *   --agree: a move is kept only when it raises each searched fold's body F1 on its own
 *   --each-move A.json,B.json: each rule's final move in these --half results, applied alone to
 *     the hand scores and measured on both halves (which single moves transfer)
 *
 * Reads wcxb-dev's training folds only (fold 0, held back, is never opened: page-cache.ts).
 * 1. Honest validation inside the training folds: search on folds 1-2 and measure the scores found
 *    on folds 3-4, and the other way round (`--half 12` / `--half 34` runs one of the two, e.g. in
 *    two processes; `--halves-from` reads their --out files instead of searching again).
 * 2. Only when both cross-half transfers are gains: search on all four training folds and write the
 *    scores as data/weights/body.json (or --body-out), with the method, the pages, the data hash, the
 *    date and the cross-half results. Otherwise no weights file is written.
 * The guard sets (l3s-gn1, readability, zh-gbk) are checked afterwards with the real eval.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DATA_DIR } from '../../src/data-dir.js';
import { parseOptions } from '../../src/options.js';
import { loadResources } from '../../src/resources.js';
import { loadRuleDir } from '../../src/rules/load.js';
import { BODY_WEIGHTS_FILE, type BodyWeights } from '../../src/rules/weights.js';
import { keepStringPrototypeFast } from '../../src/string-prototype.js';
import { goldBodyTest } from '../corpus/gold-body.js';
import { f1 } from '../metric.js';
import { MIN_FIT_HITS, NOT_FITTED } from './body-weights.js';
import { loadCachedPages, type CachedPage } from './page-cache.js';
import { bodyF1 } from './page-metric.js';
import { MIN_GAIN, scorePages, searchScores, type SearchChoices, type SearchResult } from './score-search.js';

/** The searched sets: wcxb-dev's training folds (readability and zh-gbk stay guards, measured by the real eval). */
const SEARCH_SETS = ['wcxb-dev'];
const HALVES = { '12': [1, 2], '34': [3, 4] } as const;
type HalfName = keyof typeof HALVES;
/** Sweeps over the searched rules (each visits every rule once); 2 by default: the machine is shared, and a third sweep moved little in trials. */
const DEFAULT_SWEEPS = 2;
/** Whole-score steps (hand scores are whole numbers). */
const DEFAULT_STEP = 1;
/** A searched rule's score stays at or under max(UPPER_FACTOR × hand, hand + UPPER_ADD): room to double a weak cue without letting one rule outweigh every other. */
const UPPER_FACTOR = 2;
const UPPER_ADD = 4;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    half: { type: 'string' },
    'halves-from': { type: 'string' },
    sweeps: { type: 'string', default: String(DEFAULT_SWEEPS) },
    step: { type: 'string', default: String(DEFAULT_STEP) },
    'body-out': { type: 'string', default: join(DATA_DIR, BODY_WEIGHTS_FILE) },
    out: { type: 'string' },
    agree: { type: 'boolean' },
    'each-move': { type: 'string' },
  },
});
const corpus = positionals[0];
if (corpus === undefined || (values.half !== undefined && !(values.half in HALVES))) {
  process.stderr.write('usage: npm run fit:body:search -- CORPUS_DIR [--half 12|34] [--halves-from A.json,B.json] [--sweeps N] [--step S] [--agree] [--body-out FILE] [--out FILE]\n');
  process.exit(2);
}
const log = (line: string): void => void process.stderr.write(`${line}\n`);

keepStringPrototypeFast();
const options = parseOptions({});
const resources = await loadResources(options);
// the search starts from the scores written in the rule files (a data/weights/body.json already there is not read)
const handRules = (await loadRuleDir(join(DATA_DIR, 'rules'))).flatMap((set) => set.rules).filter((r) => (r.label === 'body' || r.label === 'navigation') && r.scope !== 'page');
const hand = new Map(handRules.map((r) => [r.id, r.score]));
let t = performance.now();
const { pages, dataHash } = await loadCachedPages(corpus, SEARCH_SETS, resources, options);
log(`${pages.length} training pages of ${SEARCH_SETS.join(', ')} analysed in ${((performance.now() - t) / 1000).toFixed(0)} s`);

/** Segments each rule fires on in these pages, by gold label (benchmarks/corpus/gold-body.ts; undecided segments not counted). */
function ruleHits(of: readonly CachedPage[]): Map<string, { body: number; boilerplate: number; all: number }> {
  const hits = new Map(handRules.map((r) => [r.id, { body: 0, boilerplate: 0, all: 0 }]));
  const rules = resources.rules.filter((r) => hits.has(r.id));
  for (const p of of) {
    const isBody = goldBodyTest(p.goldText);
    for (const s of p.analysed.analyzed) {
      const gold = isBody(s.block.text);
      for (const rule of rules) {
        if (!rule.test(s.features)) continue;
        const h = hits.get(rule.id)!;
        h.all++;
        if (gold !== undefined) h[gold ? 'body' : 'boilerplate']++;
      }
    }
  }
  return hits;
}

function choicesFor(of: readonly CachedPage[]): SearchChoices {
  const hits = ruleHits(of);
  const searched = handRules.filter((r) => !NOT_FITTED.has(r.id) && hits.get(r.id)!.all >= MIN_FIT_HITS).sort((a, b) => hits.get(b.id)!.all - hits.get(a.id)!.all).map((r) => r.id);
  const upper = new Map(handRules.map((r) => [r.id, Math.max(UPPER_FACTOR * r.score, r.score + UPPER_ADD)]));
  // --agree: a move must raise every searched fold on its own (score-search.ts SearchChoices.groups)
  return { searched, step: Number(values.step), sweeps: Number(values.sweeps), upper, ...(values.agree === true ? { groups: of.map((p) => p.fold) } : {}) };
}

/** Pages that moved between two score vectors, and on how many sites. */
function moved(of: readonly CachedPage[], a: readonly { precision: number; recall: number }[], b: readonly { precision: number; recall: number }[]): { up: number; down: number; upSites: number; downSites: number; sitesOver002: number } {
  const up = new Set<string>();
  const down = new Set<string>();
  const big = new Set<string>();
  let nUp = 0;
  let nDown = 0;
  of.forEach((p, i) => {
    const d = f1(b[i]!.precision, b[i]!.recall) - f1(a[i]!.precision, a[i]!.recall);
    const site = p.host ?? p.id;
    if (d > 1e-9) (nUp++, up.add(site));
    if (d < -1e-9) (nDown++, down.add(site));
    if (Math.abs(d) > 0.02) big.add(site);
  });
  return { up: nUp, down: nDown, upSites: up.size, downSites: down.size, sitesOver002: big.size };
}

interface HalfResult {
  searchFolds: number[];
  measureFolds: number[];
  searchPages: number;
  measurePages: number;
  search: { hand: number; found: number };
  measure: { hand: number; found: number };
  measureMoved: ReturnType<typeof moved>;
  evaluations: number;
  seconds: number;
  scores: Record<string, number>;
  moves: SearchResult['moves'];
}

function runHalf(name: HalfName): HalfResult {
  const folds: readonly number[] = HALVES[name];
  const searchPages = pages.filter((p) => folds.includes(p.fold));
  const measurePages = pages.filter((p) => !folds.includes(p.fold));
  const choices = choicesFor(searchPages);
  log(`half ${name}: searching ${choices.searched.length} rules on ${searchPages.length} pages: ${choices.searched.join(' ')}`);
  const start = performance.now();
  const found = searchScores(resources, options, searchPages, hand, choices, log);
  const handMeasure = scorePages(resources, options, measurePages, hand);
  const foundMeasure = scorePages(resources, options, measurePages, found.scores);
  const result: HalfResult = {
    searchFolds: [...folds],
    measureFolds: [1, 2, 3, 4].filter((f) => !folds.includes(f)),
    searchPages: searchPages.length,
    measurePages: measurePages.length,
    search: { hand: found.startF1, found: found.f1 },
    measure: { hand: bodyF1(handMeasure), found: bodyF1(foundMeasure) },
    measureMoved: moved(measurePages, handMeasure, foundMeasure),
    evaluations: found.evaluations,
    seconds: Math.round((performance.now() - start) / 1000),
    scores: Object.fromEntries(found.scores),
    moves: found.moves,
  };
  log(`half ${name}: search folds F1 ${result.search.hand.toFixed(5)} → ${result.search.found.toFixed(5)}; measured on folds ${result.measureFolds.join('-')}: ${result.measure.hand.toFixed(5)} → ${result.measure.found.toFixed(5)} (${JSON.stringify(result.measureMoved)})`);
  return result;
}

if (values['each-move'] !== undefined) {
  const halvesOf = (folds: readonly number[]): CachedPage[] => pages.filter((p) => folds.includes(p.fold));
  const [first, second] = [halvesOf(HALVES['12']), halvesOf(HALVES['34'])];
  const handF1 = [bodyF1(scorePages(resources, options, first, hand)), bodyF1(scorePages(resources, options, second, hand))];
  log(`hand scores: folds 1-2 ${handF1[0]!.toFixed(5)}, folds 3-4 ${handF1[1]!.toFixed(5)}`);
  for (const file of values['each-move'].split(',')) {
    const half = JSON.parse(readFileSync(file, 'utf8')) as HalfResult;
    const finals = new Map<string, number>();
    for (const m of half.moves) finals.set(m.rule, m.to);
    for (const [rule, to] of finals) {
      const v = new Map(hand).set(rule, to);
      const d = [bodyF1(scorePages(resources, options, first, v)) - handF1[0]!, bodyF1(scorePages(resources, options, second, v)) - handF1[1]!];
      process.stdout.write(`searched on folds ${half.searchFolds.join('-')}: ${rule} ${hand.get(rule)} → ${to} alone: folds 1-2 ${d[0]! >= 0 ? '+' : ''}${d[0]!.toFixed(5)}, folds 3-4 ${d[1]! >= 0 ? '+' : ''}${d[1]!.toFixed(5)}\n`);
    }
  }
  process.exit(0);
}

if (values.half !== undefined) {
  const result = runHalf(values.half as HalfName);
  if (values.out !== undefined) {
    await mkdir(dirname(values.out), { recursive: true });
    await writeFile(values.out, `${JSON.stringify(result, null, 1)}\n`);
  }
  process.exit(0);
}

const halves: HalfResult[] = values['halves-from'] !== undefined ? values['halves-from'].split(',').map((f) => JSON.parse(readFileSync(f, 'utf8')) as HalfResult) : [runHalf('12'), runHalf('34')];
const transfers = halves.every((h) => h.measure.found > h.measure.hand);
if (!transfers) {
  log(`not both cross-half transfers are gains (${halves.map((h) => `${h.searchFolds.join('-')} → ${h.measureFolds.join('-')}: ${(h.measure.found - h.measure.hand).toFixed(5)}`).join('; ')}): no weights file written`);
  process.exit(0);
}

const choices = choicesFor(pages);
log(`all four training folds: searching ${choices.searched.length} rules on ${pages.length} pages`);
const found = searchScores(resources, options, pages, hand, choices, log);
const hits = ruleHits(pages);
const searched = new Set(choices.searched);
const rules: BodyWeights['rules'] = {};
for (const r of handRules) {
  const h = hits.get(r.id)!;
  const counts = { body: h.body, boilerplate: h.boilerplate };
  rules[r.id] = searched.has(r.id)
    ? { score: found.scores.get(r.id)!, handScore: r.score, fitted: true, hits: counts }
    : { score: r.score, handScore: r.score, fitted: false, reason: NOT_FITTED.get(r.id) ?? `${h.all} hits in the training segments (fewer than ${MIN_FIT_HITS}): hand-set score kept`, hits: counts };
}
const weights: BodyWeights = {
  $comment: 'Made by `npm run fit:body:search` (benchmarks/fit/page-search.ts, score-search.ts); do not edit by hand. See src/rules/weights.ts.',
  version: 1,
  method: 'page-search',
  fittedAt: new Date().toISOString().slice(0, 10),
  trainedOn: {
    sources: [`pages with body gold of ${SEARCH_SETS.join(', ')}, training folds 1-4 (benchmarks/corpus/folds.ts)`, `coordinate descent on the eval's body F1 (mean P, mean R over pages), pipeline in the loop: ${choices.sweeps} sweeps, step ${choices.step}, a move kept when it gains ≥ ${MIN_GAIN}; scores in [0, max(${UPPER_FACTOR} × hand, hand + ${UPPER_ADD})]`],
    dataHash,
    pages: pages.length,
    segments: { body: countSegments(true), boilerplate: countSegments(false) },
  },
  pageSearch: {
    f1: { hand: found.startF1, fitted: found.f1 },
    evaluations: found.evaluations,
    crossHalf: halves.map((h) => ({ searchFolds: h.searchFolds, measureFolds: h.measureFolds, hand: h.measure.hand, fitted: h.measure.found })),
  },
  rules,
};
await mkdir(dirname(values['body-out']), { recursive: true });
await writeFile(values['body-out'], `${JSON.stringify(weights, null, 1)}\n`);
log(`all folds: F1 ${found.startF1.toFixed(5)} → ${found.f1.toFixed(5)}; wrote ${values['body-out']}`);

function countSegments(body: boolean): number {
  let n = 0;
  for (const p of pages) {
    const isBody = goldBodyTest(p.goldText);
    for (const s of p.analysed.analyzed) if (isBody(s.block.text) === body) n++;
  }
  return n;
}
