/**
 * Coordinate descent over the body/navigation rules' scores with the page metric as the objective
 * (SpamAssassin fitted its scores over the whole system's outcome, not rule by rule): from the hand
 * scores, each searched rule in turn is measured one step up and one step down, and the better move
 * is kept when it raises the body F1 of the search pages (page-metric.ts) by at least MIN_GAIN; a
 * kept move is repeated in the same direction while it keeps gaining. A sweep visits every searched rule; the search stops
 * after `sweeps` sweeps or a sweep with no move.
 *
 * Scores stay in [0, upper]: a rule counts for its own label only (body rules for body, navigation
 * rules for navigation, as data/rules has them), so the sign is fixed. Only the pages where a rule
 * fires are labelled again when its score moves (a rule that fires on no segment of a page cannot
 * change it: rules read only the segment's features, classify/classify.ts scoreSegment).
 */
import type { SifterOptions } from '../../src/options.js';
import type { Resources } from '../../src/resources.js';
import type { CompiledRule } from '../../src/rules/compile.js';
import type { PageScore } from '../metric.js';
import type { CachedPage } from './page-cache.js';
import { bodyF1, scoreCachedPage } from './page-metric.js';

/**
 * A move is kept only when it raises the search pages' body F1 by at least this much: 0.0001 is
 * about one page of 450 moving by 0.05 in F1; smaller gains are noise that does not transfer to
 * other pages (the session-26 fits gained and lost by a few 0.0001 between the halves).
 */
export const MIN_GAIN = 0.0001;

export interface SearchChoices {
  /** Rules whose score is searched; every other rule keeps the score it has in `start`. */
  searched: readonly string[];
  /** Step of a move (score units): 1 for whole scores, 0.5 for half-steps. */
  step: number;
  sweeps: number;
  /** Highest score a searched rule may take, by rule id. */
  upper: ReadonlyMap<string, number>;
  /**
   * When given, each page's group (e.g. its fold): a move is kept only when it also raises the body
   * F1 of every group on its own, as a hand change must raise both halves of the training folds
   * (a gain that one group carries alone is more likely that group's sites than a better score).
   */
  groups?: readonly number[];
}

export interface SearchMove {
  sweep: number;
  rule: string;
  from: number;
  to: number;
  f1: number;
}

export interface SearchResult {
  scores: Map<string, number>;
  startF1: number;
  f1: number;
  moves: SearchMove[];
  /** Candidate score vectors measured. */
  evaluations: number;
}

/** The resources with these scores in place of their rules' (rules not named keep theirs). */
export function withScores(resources: Resources, scores: ReadonlyMap<string, number>): Resources {
  const rules: CompiledRule[] = resources.rules.map((rule) => {
    const score = scores.get(rule.id);
    return score === undefined || score === rule.score ? rule : { ...rule, score };
  });
  return { ...resources, rules };
}

/** Every page's body score under these scores. */
export function scorePages(resources: Resources, options: SifterOptions, pages: readonly CachedPage[], scores: ReadonlyMap<string, number>): PageScore[] {
  const r = withScores(resources, scores);
  return pages.map((p) => scoreCachedPage(r, options, p));
}

export function searchScores(resources: Resources, options: SifterOptions, pages: readonly CachedPage[], start: ReadonlyMap<string, number>, choices: SearchChoices, log?: (line: string) => void): SearchResult {
  const scores = new Map(start);
  let current = scorePages(resources, options, pages, scores);
  const startF1 = bodyF1(current);
  let best = startF1;
  let evaluations = 1;
  const moves: SearchMove[] = [];
  // one candidate: `rule` at `score`, only the pages it fires on labelled again
  const tryScore = (rule: string, score: number): { f1: number; page: PageScore[] } => {
    const r = withScores(resources, new Map(scores).set(rule, score));
    const page = current.map((s, i) => (pages[i]!.fired.has(rule) ? scoreCachedPage(r, options, pages[i]!) : s));
    evaluations++;
    return { f1: bodyF1(page), page };
  };
  for (let sweep = 1; sweep <= choices.sweeps; sweep++) {
    let moved = false;
    for (const rule of choices.searched) {
      const upper = choices.upper.get(rule) ?? Infinity;
      // one step each way, the better kept (not the first that gains: from the hand scores body.punctuated 1 → 2 gains 0.00003 on folds 1-2, 1 → 0 gains 0.0009); then on in that direction while it gains
      const kept = (score: number): { to: number; f1: number; page: PageScore[] } | undefined => {
        if (score < 0 || score > upper) return undefined;
        const candidate = tryScore(rule, score);
        return candidate.f1 >= best + MIN_GAIN && everyGroupGains(choices.groups, current, candidate.page) ? { to: score, ...candidate } : undefined;
      };
      const from = scores.get(rule)!;
      const up = kept(from + choices.step);
      const down = kept(from - choices.step);
      let step = up !== undefined && (down === undefined || up.f1 >= down.f1) ? up : down;
      const direction = step === up ? 1 : -1;
      while (step !== undefined) {
        moves.push({ sweep, rule, from: scores.get(rule)!, to: step.to, f1: step.f1 });
        log?.(`sweep ${sweep}: ${rule} ${scores.get(rule)!} → ${step.to}: F1 ${step.f1.toFixed(5)}`);
        scores.set(rule, step.to);
        current = step.page;
        best = step.f1;
        moved = true;
        step = kept(step.to + direction * choices.step);
      }
    }
    log?.(`sweep ${sweep} done: F1 ${best.toFixed(5)} (${evaluations} vectors measured)`);
    if (!moved) break;
  }
  return { scores, startF1, f1: best, moves, evaluations };
}

/** Whether every group's body F1 is higher with `after` than with `before` (true without groups). */
export function everyGroupGains(groups: readonly number[] | undefined, before: readonly PageScore[], after: readonly PageScore[]): boolean {
  if (groups === undefined) return true;
  for (const g of new Set(groups)) {
    const of = (scores: readonly PageScore[]): PageScore[] => scores.filter((_, i) => groups[i] === g);
    if (bodyF1(of(after)) <= bodyF1(of(before))) return false;
  }
  return true;
}
