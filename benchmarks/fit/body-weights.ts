/**
 * Fitted body/navigation rule scores (data/weights/body.json), SpamAssassin's way as for spam
 * (benchmarks/fit/fit.ts): the rules stay hand-written, their scores come from a fit.
 *
 * 1. Segments: every in-flow segment (not title, meta or hidden) of the training pages
 *    (body-pages.ts). Its gold label comes from overlap with the gold body text in the metric's
 *    tokens (benchmarks/corpus/gold-body.ts: half of its token trigrams in the gold body).
 * 2. A logistic regression P(body | rule hits), L2-regularised, over the hits (0/1) of the body and
 *    navigation rules with at least MIN_FIT_HITS hits; a body rule's weight is kept ≥ 0 and a
 *    navigation rule's ≤ 0 (a rule may not count against its own label). Five-fold
 *    cross-validation by page compares the fit with the hand scores on the same segments.
 * 3. Scores: a body rule's score is weight × SCALE, a navigation rule's −weight × SCALE, with
 *    SCALE = DECISIVE_MARGIN / (logit(BODY_MIN_PROBABILITY) − intercept), so that a segment whose
 *    body − navigation margin reaches DECISIVE_MARGIN is one the fit calls body with probability
 *    BODY_MIN_PROBABILITY, as the classifier decides (classify/label.ts). Rule scores have no
 *    intercept, so the fit's 50 % point cannot be the boundary when the intercept is ≥ 0 (a segment
 *    with no hits is as likely body as not); precision first, body needs 3 : 1 odds.
 *    Rules with fewer hits, and rules whose score is policy (NOT_FITTED), keep their hand score.
 */
import { DECISIVE_MARGIN } from '../../src/classify/thresholds.js';
import { applyRules } from '../../src/rules/engine.js';
import type { Rule } from '../../src/rules/schema.js';
import type { BodyWeights, SegmentLogisticWeights } from '../../src/rules/weights.js';
import type { Resources } from '../../src/resources.js';
import { goldBodyTest } from '../corpus/gold-body.js';
import { tokens } from '../metric.js';
import { foldOf } from '../pool/split.js';
import { fitLogistic, type LogisticOptions } from '../train/logistic.js';
import type { BodyPage } from './body-pages.js';
import { pageSegments } from '../train/page-segments.js';

/** A rule needs this many hits in the training segments for its score to be fitted (as fit.ts for spam). */
export const MIN_FIT_HITS = 20;
const CV_FOLDS = 5;
/** A segment the fitted scores call body on their own is body with at least this probability (precision first: 3 : 1 odds). */
export const BODY_MIN_PROBABILITY = 0.75;
const FIT: LogisticOptions = { l2: 0.001, iterations: 400, learningRate: 0.5, nonNegative: true };
/**
 * The fit's choices by default (body.ts --weighting, --l2, --body-min-probability change them).
 * Session 26 (helper body-26e) measured the alternatives on the training folds — token weighting,
 * L2 0.0001 to 0.1, the margin-2 probability (scale) searched on folds 1-2 — and none beat the hand
 * scores (benchmarks/RESULTS.md, "Session 26: fitted body/navigation scores, refitted").
 */
export const DEFAULT_BODY_FIT: BodyFitChoices = { weighting: 'segments', l2: FIT.l2, bodyMinProbability: BODY_MIN_PROBABILITY };
/** At most this many segments are fitted on (every n-th); (155,000 segments × 3,000 iterations took minutes; the hit patterns repeat). */
const MAX_ROWS = 40000;
/** Scores that are policy, not evidence: fixed by design. */
export const NOT_FITTED = new Map([
  ['nav.comment-cue', 'user comments are navigation however long (README policy): sized to outweigh every non-anchor body rule'],
  ['nav.legal-notice', 'sized to outweigh every non-anchor body rule, as nav.comment-cue'],
  ['nav.page-title', 'the title is never body (constraint.title-not-body decides it)'],
  ['nav.meta', 'meta text is never body (constraint.meta-not-body decides it)'],
  ['nav.hidden', 'hidden text is never body (constraint.hidden-not-body decides it)'],
]);
const OUT_OF_FLOW = new Set(['title', 'script-title', 'meta-description', 'meta-keywords']);

export interface BodyExample {
  page: string;
  fired: Set<string>;
  body: boolean;
  /** Hand-score margin body − navigation. */
  handMargin: number;
  /** The segment's share of its page's in-flow tokens (the metric's tokens, benchmarks/metric.ts). */
  tokenShare: number;
}

/**
 * How the fit weighs a segment: `segments` each alike; `tokens` by its share of its page's tokens,
 * as the body metric counts (precision and recall in tokens, averaged over pages: every page
 * weighs the same, and within a page a segment weighs its tokens).
 */
export type Weighting = 'segments' | 'tokens';
export const WEIGHTINGS: readonly Weighting[] = ['segments', 'tokens'];

export interface BodyFitChoices {
  weighting: Weighting;
  /** L2 penalty on the standardised weights. */
  l2: number;
  /** Probability of body at which a segment's margin is DECISIVE_MARGIN (sets the scale). */
  bodyMinProbability: number;
}

export function collectExamples(resources: Resources, pages: readonly BodyPage[]): BodyExample[] {
  const hidden = resources.space.indexOf('dom.hidden');
  const examples: BodyExample[] = [];
  for (const p of pages) {
    const isBody = goldBodyTest(p.body);
    const first = examples.length;
    for (const segment of pageSegments(resources, p.input)) {
      if (OUT_OF_FLOW.has(segment.block.kind) || segment.features[hidden] === 1) continue;
      const body = isBody(segment.block.text);
      if (body === undefined) continue;
      const { hits, scores } = applyRules(resources.rules, segment.features);
      examples.push({
        page: `${p.set}/${p.id}`,
        fired: new Set(hits.filter((h) => (h.label === 'body' || h.label === 'navigation') && !h.page).map((h) => h.rule)),
        body,
        handMargin: scores.body - scores.navigation,
        tokenShare: tokens(segment.block.text).length,
      });
    }
    const pageTokens = examples.slice(first).reduce((sum, e) => sum + e.tokenShare, 0);
    for (const e of examples.slice(first)) e.tokenShare /= Math.max(1, pageTokens);
  }
  return examples;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function tallyOf(): Tally {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

function count(t: Tally, predicted: boolean, gold: boolean): void {
  if (predicted && gold) t.tp++;
  else if (predicted) t.fp++;
  else if (gold) t.fn++;
  else t.tn++;
}

function summary(t: Tally): { precision: number; recall: number; accuracy: number } {
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return { precision: r(t.tp / Math.max(1, t.tp + t.fp)), recall: r(t.tp / Math.max(1, t.tp + t.fn)), accuracy: r((t.tp + t.tn) / Math.max(1, t.tp + t.fp + t.fn + t.tn)) };
}

export function fitBodyWeights(handRules: readonly Rule[], examples: readonly BodyExample[], meta: { sources: string[]; dataHash: string; pages: number }, choices: BodyFitChoices = DEFAULT_BODY_FIT): SegmentLogisticWeights {
  const options: LogisticOptions = { ...FIT, l2: choices.l2 };
  const bodyMinLogit = Math.log(choices.bodyMinProbability / (1 - choices.bodyMinProbability));
  const rules = handRules.filter((r) => (r.label === 'body' || r.label === 'navigation') && r.scope !== 'page');
  const hits = new Map(rules.map((r) => [r.id, { body: 0, boilerplate: 0 }]));
  for (const e of examples) for (const id of e.fired) { const c = hits.get(id); if (c) c[e.body ? 'body' : 'boilerplate']++; }
  const fitted = rules.filter((r) => !NOT_FITTED.has(r.id) && hits.get(r.id)!.body + hits.get(r.id)!.boilerplate >= MIN_FIT_HITS);
  // a navigation rule's column is −hit: a non-negative weight on it counts against body
  const sign = fitted.map((r) => (r.label === 'body' ? 1 : -1));
  const stride = Math.max(1, Math.ceil(examples.length / MAX_ROWS));
  const used = examples.filter((_, i) => i % stride === 0);
  const rows = used.map((e) => fitted.map((r, j) => (e.fired.has(r.id) ? sign[j]! : 0)));
  const labels = used.map((e) => (e.body ? 1 : 0));
  const weights = choices.weighting === 'tokens' ? used.map((e) => e.tokenShare) : undefined;

  // cross-validation by page: the fit's 50 % boundary against the hand scores' decisive body margin
  const cvFit = tallyOf();
  const cvHand = tallyOf();
  for (let k = 0; k < CV_FOLDS; k++) {
    const inTest = used.map((e) => foldOf(`cv:${e.page}`) === k);
    const fit = fitLogistic(rows.filter((_, i) => !inTest[i]), labels.filter((_, i) => !inTest[i]), options, weights?.filter((_, i) => !inTest[i]));
    rows.forEach((row, i) => {
      if (!inTest[i]) return;
      const logit = fit.intercept + row.reduce<number>((acc, x, j) => acc + x * fit.weights[j]!, 0);
      count(cvFit, logit >= bodyMinLogit, labels[i] === 1);
      count(cvHand, used[i]!.handMargin >= DECISIVE_MARGIN, labels[i] === 1);
    });
  }
  const fit = fitLogistic(rows, labels, options, weights);
  if (bodyMinLogit - fit.intercept <= 0) throw new Error(`intercept ${fit.intercept}: a segment with no hits is body with probability over ${choices.bodyMinProbability}; no scale maps the fit onto the margin`);
  const scale = DECISIVE_MARGIN / (bodyMinLogit - fit.intercept);
  const out: BodyWeights['rules'] = {};
  for (const rule of rules) {
    const j = fitted.indexOf(rule);
    const h = hits.get(rule.id)!;
    out[rule.id] =
      j === -1
        ? { score: rule.score, handScore: rule.score, fitted: false, reason: NOT_FITTED.get(rule.id) ?? `${h.body + h.boilerplate} hits in the training segments (fewer than ${MIN_FIT_HITS}): hand-set score kept`, hits: h }
        : { score: Math.round(fit.weights[j]! * scale * 100) / 100, handScore: rule.score, fitted: true, hits: h };
  }
  return {
    $comment: 'Made by `npm run fit:body` (benchmarks/fit/body.ts, body-weights.ts); do not edit by hand. See src/rules/weights.ts.',
    version: 1,
    method: 'segment-logistic',
    fittedAt: new Date().toISOString().slice(0, 10),
    trainedOn: { sources: meta.sources, dataHash: meta.dataHash, pages: meta.pages, segments: { body: examples.filter((e) => e.body).length, boilerplate: examples.filter((e) => !e.body).length } },
    crossValidation: { folds: CV_FOLDS, fitted: summary(cvFit), hand: summary(cvHand) },
    intercept: Math.round(fit.intercept * 1000) / 1000,
    scale: Math.round(scale * 1000) / 1000,
    rules: out,
  };
}
