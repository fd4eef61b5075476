import type { BayesModel } from '../bayes/model.js';
import { sigmoid } from '../bayes/model.js';
import type { LabelledSegment } from '../classify/classify.js';
import { DOORWAY_HIT } from '../classify/doorway.js';
import type { RuleHit } from '../rules/engine.js';
import { DOORWAY_FEATURES, evidenceFeatures, judgeable, supportFeatures, type DoorwayFeatures, type DoorwaySegment, type SupportFeatures } from './features.js';
import { doorwayZ, type DoorwayModel } from './model.js';

/**
 * The doorway stage: when the body text of a page, taken as a whole, is doorway filler (the model
 * of model.ts over the features of features.ts), every body segment becomes spam. The first one
 * carries the page-scope hit `spam.doorway-text`, which scores for the verdict once and names the
 * evidence; the others carry `context.doorway-page`.
 */

export const DOORWAY_RULE = 'spam.doorway-text';
/**
 * The verdict score of a doorway page: that of one strong rule (rule scores run 5–8, thresholds.ts),
 * above the fitted page threshold (5.01), since the model's own cut-off already holds its clean pages
 * to the rate in the model file.
 */
export const DOORWAY_TEXT_SCORE = 6;
const DOORWAY_DESCRIPTION = 'the body text as a whole reads as doorway filler (stitched, scraped or templated text), by the doorway model over page features';

/** The body segments the model reads: scored by the Bayes model and labelled body. */
export function doorwaySegments(segments: readonly LabelledSegment[]): DoorwaySegment[] {
  const out: DoorwaySegment[] = [];
  for (const s of segments) if (s.label === 'body' && s.bayes !== undefined) out.push({ normalized: s.normalized, bayes: s.bayes });
  return out;
}

/**
 * Whether the doorway stage judges a page: its body long enough and written in Han or kana
 * (features.ts `judgeable`), and the page not one that reports (see detectDoorway). The training
 * script (benchmarks/doorway/train.ts) fits the model on exactly these pages.
 */
export function judgesPage(body: readonly DoorwaySegment[], reportingPage: boolean): boolean {
  return !reportingPage && judgeable(body);
}

/**
 * The probability that a page the stage judges (judgesPage: the caller has checked) is a doorway,
 * or undefined when it cannot reach `minP`. The cheap features come first: when even the most
 * doorway-like values of `support` and `orphans` (both in [0, 1]) could not lift the page to
 * `minP`, they are not computed.
 */
export function doorwayProbability(body: readonly DoorwaySegment[], model: DoorwayModel, bayes: BayesModel): { p: number; features: DoorwayFeatures } | undefined {
  const evidence = evidenceFeatures(body, bayes);
  if (cannotReach(model, evidence)) return undefined;
  const features = { ...evidence, ...supportFeatures(body, evidence) };
  return { p: sigmoid(doorwayZ(model, features)), features };
}

/** Whether no values of `support` and `orphans` (both in [0, 1], and the products with them and with `looseness(support)`, also in [0, 1]) could lift a page with this evidence to `minP`. */
export function cannotReach(model: DoorwayModel, evidence: Omit<DoorwayFeatures, keyof SupportFeatures>): boolean {
  const most = (weight: number | undefined, scale = 1): number => Math.max(0, (weight ?? 0) * scale);
  const highest =
    doorwayZ(model, { ...evidence, support: 0, orphans: 0, headedOrphans: 0, cutOrphans: 0, looseSpam: 0 }) +
    most(model.weights.support) +
    most(model.weights.orphans) +
    most(model.weights.headedOrphans, evidence.openingTop) +
    most(model.weights.cutOrphans, evidence.tagEnds) +
    // looseSpam = pageP × looseness(support), looseness in [0, 1]
    most(model.weights.looseSpam, evidence.pageP);
  return sigmoid(highest) < model.minP;
}

function evidenceTokens(p: number, features: DoorwayFeatures): string[] {
  return [`p=${p.toFixed(2)}`, ...DOORWAY_FEATURES.map((name) => `${name}=${features[name].toFixed(2)}`)];
}

/**
 * The doorway stage. A page that reports (features/lexicon.ts `isReportingPage`: police, arrests,
 * courts, regulators) is not judged: a news report on a gambling crackdown shares the vocabulary of
 * gambling filler that `pageP` and `strongShare` read. Out of fold on the pool's training folds
 * (session 16) 8 of 406 doorway documents were such pages (2 of them found by this stage) and 21
 * of 2,535 clean ones; of the 79 clean pages of the found development batch dev3 that report on
 * spam topics, a build of the stage with an n-gram feature called one a doorway (a government
 * portal's report on cross-border gambling cases).
 */
export function detectDoorway(segments: readonly LabelledSegment[], model: DoorwayModel | undefined, bayes: BayesModel | undefined, reportingPage = false): readonly LabelledSegment[] {
  if (model === undefined || bayes === undefined) return segments;
  const body = doorwaySegments(segments);
  if (!judgesPage(body, reportingPage)) return segments;
  const judged = doorwayProbability(body, model, bayes);
  if (judged === undefined || judged.p < model.minP) return segments;
  const pageHit: RuleHit = Object.freeze({ rule: DOORWAY_RULE, label: 'spam', score: DOORWAY_TEXT_SCORE, description: DOORWAY_DESCRIPTION, category: 'doorway', page: true, tokens: Object.freeze(evidenceTokens(judged.p, judged.features)) });
  let first = true;
  return segments.map((s) => {
    if (s.label !== 'body' || s.bayes === undefined) return s;
    const hit = first ? pageHit : DOORWAY_HIT;
    first = false;
    return { ...s, label: 'spam', hits: [...s.hits, hit] };
  });
}
