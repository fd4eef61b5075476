/**
 * Runs of consecutive members: the shape the list passes share (undecided-list.ts, spec-list.ts,
 * dated-links.ts, cell-lines.ts). A non-member ends a run, and so does a member that does not go on from the one
 * before it (`continues`, when given: the list passes ask for one exact element path). Each caller
 * keeps the runs long enough for it.
 */
export function consecutiveRuns<T>(items: readonly T[], isMember: (item: T) => boolean, continues?: (previous: T, next: T) => boolean): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const close = (): void => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  items.forEach((item, i) => {
    if (!isMember(item)) return close();
    if (run.length > 0 && continues !== undefined && !continues(items[run[run.length - 1]!]!, item)) close();
    run.push(i);
  });
  close();
  return runs;
}
