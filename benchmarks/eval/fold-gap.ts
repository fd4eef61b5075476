/**
 * Whether the held-back fold scores below what the training folds would give on as few pages: the
 * rules were tuned on the training folds' pages, so a type whose held-back F1 sits under nearly
 * every same-size draw of training pages is one whose rules fit their training pages better than
 * they transfer (training optimism), not one that drew unlucky pages. For each page type of a split
 * set (and the set whole): draw as many training pages as the held-back fold has of that type,
 * without replacement, FOLD_GAP_DRAWS times; take each draw's F1 of mean P and mean R, as the eval
 * does. Reported: the draws' 5th and 95th percentiles and the share of draws at or under the
 * held-back F1 (a small share: the held-back pages are worse than training pages drawn at random).
 *
 * Session 43 (at 76d6d31): articles 0.41 (144 held-back pages at 0.964, training 0.965), while
 * documentation 0.000 (13 pages at 0.857, training 0.957) and product 0.017 (8 pages at 0.782,
 * training 0.880); listing's 0.791 on 6 pages was 0.14, within what its training pages give.
 * Seeded, so the same pages give the same numbers on every run.
 */
import { aggregate, type PageScore } from '../metric.js';
import { xorshift32 } from '../random.js';
import { partName, SPLIT_SETS } from '../corpus/folds.js';
import { percentile } from './interval.js';
import type { PageResult } from './page.js';

/** Draws per type: the share's own run-to-run spread is ~0.003 at this count. */
export const FOLD_GAP_DRAWS = 10_000;
/** The draws' percentiles reported beside the held-back F1. */
export const FOLD_GAP_LOW_PERCENTILE = 0.05;
export const FOLD_GAP_HIGH_PERCENTILE = 0.95;

export interface FoldGap {
  set: string;
  /** A page type, or `all`. */
  type: string;
  trainPages: number;
  trainF1: number | null;
  heldBackPages: number;
  heldBackF1: number | null;
  /** 5th and 95th percentiles of the F1 of FOLD_GAP_DRAWS draws of `heldBackPages` training pages. */
  drawLow: number;
  drawHigh: number;
  /** Share of the draws whose F1 is at or under the held-back F1. */
  shareAtOrUnder: number;
}

type Scored = Pick<PageScore, 'precision' | 'recall'>;

function scoresOf(results: readonly PageResult[], type: string): Scored[] {
  return results.filter((r) => r.body !== null && (type === 'all' || r.pageType === type)).map((r) => r.body as Scored);
}

/** Draws of `n` of `pool` without replacement (a partial Fisher-Yates shuffle per draw), their F1s sorted. */
function drawF1s(pool: readonly Scored[], n: number, draws: number): number[] {
  const next = xorshift32();
  const deck = [...pool];
  const f1s: number[] = [];
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < n; i++) {
      const j = i + (next() % (deck.length - i));
      [deck[i], deck[j]] = [deck[j] as Scored, deck[i] as Scored];
    }
    f1s.push(aggregate(deck.slice(0, n)).f1 ?? 0);
  }
  return f1s.sort((a, b) => a - b);
}

/**
 * The gap rows of every split set whose two parts were both evaluated (`--folds all`): one per page
 * type with pages in both parts, then `all`. Empty when only one part was read.
 */
export function foldGaps(groups: ReadonlyMap<string, PageResult[]>, draws = FOLD_GAP_DRAWS): FoldGap[] {
  const rows: FoldGap[] = [];
  for (const set of SPLIT_SETS) {
    const train = groups.get(partName(set, 'train'));
    const heldBack = groups.get(partName(set, 'held-back'));
    if (train === undefined || heldBack === undefined) continue;
    const types = [...new Set(heldBack.filter((r) => r.body !== null && r.pageType !== null).map((r) => r.pageType as string))];
    types.sort((a, b) => scoresOf(heldBack, b).length - scoresOf(heldBack, a).length || a.localeCompare(b));
    for (const type of [...types, 'all']) {
      const pool = scoresOf(train, type);
      const held = scoresOf(heldBack, type);
      if (held.length === 0 || pool.length < held.length) continue;
      const heldBackF1 = aggregate(held).f1;
      const f1s = drawF1s(pool, held.length, draws);
      const under = heldBackF1 === null ? 0 : f1s.filter((f) => f <= heldBackF1).length;
      rows.push({
        set,
        type,
        trainPages: pool.length,
        trainF1: aggregate(pool).f1,
        heldBackPages: held.length,
        heldBackF1,
        drawLow: percentile(f1s, FOLD_GAP_LOW_PERCENTILE),
        drawHigh: percentile(f1s, FOLD_GAP_HIGH_PERCENTILE),
        shareAtOrUnder: under / draws,
      });
    }
  }
  return rows;
}

export const FOLD_GAP_COLUMNS = ['set', 'type', 'train pages', 'train F1', 'held-back pages', 'held-back F1', 'training draws 5–95 %', 'draws at or under'];

export const FOLD_GAP_TITLE =
  'Held back against the training folds: the F1 of as many training pages as the held-back fold has of each type, drawn at random ' +
  `${FOLD_GAP_DRAWS.toLocaleString('en')} times (benchmarks/eval/fold-gap.ts); a small share of draws at or under the held-back F1 says the rules fit their training pages better than they transfer`;

export function foldGapRows(gaps: readonly FoldGap[], fmt: (x: number | null) => string): string[][] {
  return gaps.map((g) => [g.set, g.type, String(g.trainPages), fmt(g.trainF1), String(g.heldBackPages), fmt(g.heldBackF1), `${fmt(g.drawLow)}–${fmt(g.drawHigh)}`, g.shareAtOrUnder.toFixed(3)]);
}
