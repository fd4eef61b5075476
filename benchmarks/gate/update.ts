/** New floors from results: a ratchet (pure). */
import { isWorse } from './compare.js';
import { DEFAULT_TOLERANCE, EPSILON, FLOOR_DECIMALS, METRIC_KEYS, METRIC_KINDS, type Floors, type MetricKey, type MetricKind, type ResultsView, type SetMetrics } from './metrics.js';

function scaled(x: number): number {
  return x * 10 ** FLOOR_DECIMALS;
}

/** Rounds down to 3 decimals (a floor the measured value is never below). */
export function roundDown(x: number): number {
  return Number((Math.floor(scaled(x) + EPSILON) / 10 ** FLOOR_DECIMALS).toFixed(FLOOR_DECIMALS));
}

/** Rounds up to 3 decimals (a ceiling the measured value is never above). */
export function roundUp(x: number): number {
  return Number((Math.ceil(scaled(x) - EPSILON) / 10 ** FLOOR_DECIMALS).toFixed(FLOOR_DECIMALS));
}

export function pinValue(kind: MetricKind, value: number): number {
  return kind === 'min' ? roundDown(value) : roundUp(value);
}

export interface FloorChange {
  set: string;
  metric: MetricKey;
  from: number | null;
  to: number;
  /** 'raised' | 'added' | 'lowered' (only with allowLower) | 'kept' (would lower; refused). */
  change: 'raised' | 'added' | 'lowered' | 'kept';
}

/**
 * New floors from results. A ratchet: a floor moves only in the better direction, unless
 * allowLower. Floors of sets/metrics the results lack are kept as they are.
 */
export function updateFloors(previous: Floors | null, results: ResultsView, allowLower: boolean, date: string | null = null): { floors: Floors; changes: FloorChange[] } {
  const sets: Record<string, SetMetrics> = {};
  for (const [set, metrics] of Object.entries(previous?.sets ?? {})) sets[set] = { ...metrics };
  const changes: FloorChange[] = [];
  for (const [set, metrics] of Object.entries(results.sets)) {
    const target = (sets[set] ??= {});
    for (const metric of METRIC_KEYS) {
      const value = metrics[metric];
      if (value === undefined) continue;
      const kind = METRIC_KINDS[metric];
      const pinned = pinValue(kind, value);
      const old = target[metric];
      if (old === undefined) {
        target[metric] = pinned;
        changes.push({ set, metric, from: null, to: pinned, change: 'added' });
      } else if (isWorse(kind, old, pinned)) {
        target[metric] = pinned;
        changes.push({ set, metric, from: old, to: pinned, change: 'raised' });
      } else if (isWorse(kind, pinned, old)) {
        if (allowLower) {
          target[metric] = pinned;
          changes.push({ set, metric, from: old, to: pinned, change: 'lowered' });
        } else {
          changes.push({ set, metric, from: old, to: old, change: 'kept' });
        }
      }
    }
  }
  const sorted: Record<string, SetMetrics> = {};
  for (const set of Object.keys(sets).sort()) {
    const ordered: SetMetrics = {};
    for (const metric of METRIC_KEYS) {
      const v = sets[set]?.[metric];
      if (v !== undefined) ordered[metric] = v;
    }
    sorted[set] = ordered;
  }
  return {
    floors: {
      tolerance: previous?.tolerance ?? DEFAULT_TOLERANCE,
      note: previous?.note ?? FLOORS_NOTE,
      corpus: results.corpus ?? previous?.corpus ?? null,
      updated: date ?? results.date ?? previous?.updated ?? null,
      sets: sorted,
    },
    changes,
  };
}

export const FLOORS_NOTE =
  'Pinned accuracy floors per corpus set, checked by `npm run eval:gate` (benchmarks/gate/main.ts). ' +
  'Metrics are "at least" except maxPageFPR ("at most"); values rounded to 3 decimals in the safe direction; ' +
  'a drop larger than `tolerance` fails. Raise with `npm run eval:gate -- --update` after an improvement; ' +
  'lowering needs `--allow-lower` (say why in the commit).';
