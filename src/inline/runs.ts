/**
 * Runs of spam-like text inside a segment: the maximal-scoring subsequences (Ruzzo & Tompa, 1999)
 * of the segment's per-character Bayes scores, after a bias is taken from every word character
 * so that ordinary text sums below zero. Linear in the segment's length: the scan for the nearest
 * open run with a lower left end jumps along each run's `lower` link, as in the paper (a plain
 * scan made a 5 MB line of Latin text, whose cumulative score only falls, quadratic).
 */

export interface Run {
  start: number;
  end: number;
  /** Sum of the biased scores over the run. */
  score: number;
}

interface Open {
  start: number;
  end: number;
  /** Cumulative biased score before the run and at its end. */
  left: number;
  right: number;
  /** Index of the nearest open run before this one whose `left` is lower (-1: none). */
  lower: number;
}

/** `isWord[i]` says whether unit i is a word character; non-word units score 0 and take no bias. */
export function maximalRuns(scores: Float64Array, isWord: (i: number) => boolean, bias: number): Run[] {
  const open: Open[] = [];
  let cumulative = 0;
  for (let i = 0; i < scores.length; i++) {
    const x = isWord(i) ? scores[i]! - bias : 0;
    if (x <= 0) {
      cumulative += x;
      continue;
    }
    let run: Open = { start: i, end: i + 1, left: cumulative, right: cumulative + x, lower: -1 };
    cumulative += x;
    for (;;) {
      // the runs between an open run and its `lower` all have a left end at or above its own
      let j = open.length - 1;
      while (j >= 0 && open[j]!.left >= run.left) j = open[j]!.lower;
      if (j < 0 || open[j]!.right >= run.right) {
        run.lower = j;
        open.push(run);
        break;
      }
      run = { start: open[j]!.start, end: run.end, left: open[j]!.left, right: run.right, lower: -1 };
      open.length = j;
    }
  }
  return open.map((r) => ({ start: r.start, end: r.end, score: r.right - r.left }));
}
