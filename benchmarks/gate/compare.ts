/** Results against floors, metric by metric (pure). */
import { EPSILON, METRIC_KEYS, METRIC_KINDS, type Floors, type MetricKey, type MetricKind, type ResultsView } from './metrics.js';

const EXIT_FAIL = 1;

/**
 * - ok: at or beyond the floor; within-tolerance: worse than the floor by at most the tolerance;
 * - below: worse than the floor by more than the tolerance (a failure);
 * - missing: a floor whose set or metric is not in the results (a failure: a gate that skips
 *   what it cannot see is no gate; run the whole corpus);
 * - unpinned: a metric in the results with no floor yet (information; `--update` pins it).
 */
export type Status = 'ok' | 'within-tolerance' | 'below' | 'missing' | 'unpinned';

export interface Row {
  set: string;
  metric: MetricKey;
  kind: MetricKind;
  floor: number | null;
  value: number | null;
  status: Status;
}

export interface Comparison {
  rows: Row[];
  failures: Row[];
  tolerance: number;
}

/** True when `value` is worse than `floor` by more than `tolerance` in the metric's direction. */
export function isBelow(kind: MetricKind, value: number, floor: number, tolerance: number): boolean {
  return kind === 'min' ? value < floor - tolerance - EPSILON : value > floor + tolerance + EPSILON;
}

export function isWorse(kind: MetricKind, value: number, floor: number): boolean {
  return kind === 'min' ? value < floor : value > floor;
}

export function compare(results: ResultsView, floors: Floors, tolerance: number = floors.tolerance): Comparison {
  const rows: Row[] = [];
  const setNames = [...new Set([...Object.keys(floors.sets), ...Object.keys(results.sets)])].sort();
  for (const set of setNames) {
    const pinned = floors.sets[set] ?? {};
    const actual = results.sets[set] ?? {};
    for (const metric of METRIC_KEYS) {
      const floor = pinned[metric] ?? null;
      const value = actual[metric] ?? null;
      if (floor === null && value === null) continue;
      const kind = METRIC_KINDS[metric];
      let status: Status;
      if (floor === null) status = 'unpinned';
      else if (value === null) status = 'missing';
      else if (isBelow(kind, value, floor, tolerance)) status = 'below';
      else if (isWorse(kind, value, floor)) status = 'within-tolerance';
      else status = 'ok';
      rows.push({ set, metric, kind, floor, value, status });
    }
  }
  return { rows, failures: rows.filter((r) => r.status === 'below' || r.status === 'missing'), tolerance };
}

export interface GateOutcome {
  exitCode: 0 | 1;
  /** 'pass' | 'fail' | 'allowed' (failures turned into warnings by --allow-lower). */
  result: 'pass' | 'fail' | 'allowed';
}

export function gateOutcome(comparison: Comparison, allowLower: boolean): GateOutcome {
  if (comparison.failures.length === 0) return { exitCode: 0, result: 'pass' };
  return allowLower ? { exitCode: 0, result: 'allowed' } : { exitCode: EXIT_FAIL, result: 'fail' };
}
