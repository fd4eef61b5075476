import { describe, expect, it } from 'vitest';
import { compare, gateOutcome, isBelow } from '../benchmarks/gate/compare.js';
import { formatTable } from '../benchmarks/gate/format.js';
import { DEFAULT_TOLERANCE, type Floors, type ResultsView, type SetMetrics } from '../benchmarks/gate/metrics.js';
import { metricsOfSummary, parseFloors, parseResults } from '../benchmarks/gate/parse.js';
import { roundDown, roundUp, updateFloors } from '../benchmarks/gate/update.js';

/** A set summary shaped like benchmarks/eval/main.ts writes it (only the fields the gate reads + a few). */
function summary(o: { body?: number | null; snippets?: number | null; spam?: number | null; recall?: number | null; fpr?: number | null }): unknown {
  return {
    pages: 3,
    errors: 0,
    body: { pages: o.body == null ? 0 : 3, precision: o.body ?? null, recall: o.body ?? null, f1: o.body ?? null },
    spam: { pages: 3, precision: 1, recall: 1, f1: o.spam ?? 1 },
    snippets: { pages: 1, accuracy: o.snippets ?? null },
    pageLevel: { positives: 1, recall: o.recall ?? null, negatives: 2, falsePositiveRate: o.fpr ?? null },
    meanMs: 1,
    maxMs: 2,
  };
}

function results(sets: Record<string, SetMetrics>, oracle = false): ResultsView {
  return { oracle, corpus: 'corpus', date: '2026-01-01T00:00:00.000Z', sets };
}

function floors(sets: Record<string, SetMetrics>, tolerance = DEFAULT_TOLERANCE): Floors {
  return { tolerance, sets };
}

describe('parseResults / metricsOfSummary', () => {
  it('reads the metrics each set has and leaves out the null ones', () => {
    const view = parseResults({
      meta: { date: 'd', corpus: 'c', oracle: false },
      overall: summary({ body: 0.9 }),
      sets: {
        l3s: summary({ body: 0.91, snippets: 0.95, spam: 0.5, fpr: 0 }),
        clean: summary({ body: null, spam: 1, fpr: 0.04 }),
      },
      pages: [],
    });
    expect(view.corpus).toBe('c');
    expect(view.oracle).toBe(false);
    expect(view.sets.l3s).toEqual({ bodyF1: 0.91, snippetAccuracy: 0.95, spamF1: 0.5, maxPageFPR: 0 });
    expect(view.sets.clean).toEqual({ spamF1: 1, maxPageFPR: 0.04 });
    expect(Object.keys(view.sets)).not.toContain('overall');
  });

  it('reads the page-type accuracy of the sets that have one; results without it (before session 34) have none', () => {
    const sets = { wcxb: summary({ body: 0.9 }), seed: summary({ body: 1 }) };
    const view = parseResults({ meta: { oracle: false }, sets, typeAccuracy: { wcxb: { pages: 10, correct: 8, accuracy: 0.8 }, seed: { pages: 0, correct: 0, accuracy: null } } });
    expect(view.sets.wcxb?.pageTypeAccuracy).toBe(0.8);
    expect(view.sets.wcxb?.bodyF1).toBe(0.9);
    expect(view.sets.seed).not.toHaveProperty('pageTypeAccuracy');
    expect(parseResults({ meta: { oracle: false }, sets }).sets.wcxb).not.toHaveProperty('pageTypeAccuracy');
    expect(() => parseResults({ meta: { oracle: false }, sets, typeAccuracy: { wcxb: { accuracy: '0.8' } } })).toThrow(/typeAccuracy\.wcxb\.accuracy/);
  });

  it('flags oracle results and rejects malformed ones', () => {
    expect(parseResults({ meta: { oracle: true }, sets: {} }).oracle).toBe(true);
    expect(() => parseResults({ sets: {} })).toThrow(/meta/);
    expect(() => metricsOfSummary({ body: { f1: 'x' }, spam: {}, snippets: {}, pageLevel: {} }, 's')).toThrow(/body\.f1/);
  });
});

describe('parseFloors', () => {
  it('defaults the tolerance and rejects unknown metric names (a typo must not unpin a floor)', () => {
    expect(parseFloors({ sets: { a: { bodyF1: 0.5 } } })).toEqual({ tolerance: DEFAULT_TOLERANCE, sets: { a: { bodyF1: 0.5 } } });
    expect(() => parseFloors({ sets: { a: { bodyf1: 0.5 } } })).toThrow(/unknown metric/);
    expect(() => parseFloors({ sets: { a: { bodyF1: '0.5' } } })).toThrow(/expected a number/);
    expect(() => parseFloors({ tolerance: -1, sets: {} })).toThrow(/tolerance/);
  });
});

describe('compare', () => {
  const pinned = floors({ zh: { bodyF1: 0.8, spamF1: 0.5, maxPageFPR: 0.04 } });

  it('passes a metric exactly at its floor', () => {
    const c = compare(results({ zh: { bodyF1: 0.8, spamF1: 0.5, maxPageFPR: 0.04 } }), pinned);
    expect(c.failures).toEqual([]);
    expect(c.rows.map((r) => r.status)).toEqual(['ok', 'ok', 'ok']);
    expect(gateOutcome(c, false)).toEqual({ exitCode: 0, result: 'pass' });
  });

  it('passes a metric above its floor (and an FPR below its ceiling)', () => {
    const c = compare(results({ zh: { bodyF1: 0.95, spamF1: 0.6, maxPageFPR: 0 } }), pinned);
    expect(c.failures).toEqual([]);
  });

  it('fails a metric below its floor by more than the tolerance', () => {
    const c = compare(results({ zh: { bodyF1: 0.797, spamF1: 0.5, maxPageFPR: 0.04 } }), pinned);
    expect(c.failures.map((r) => `${r.set}.${r.metric}`)).toEqual(['zh.bodyF1']);
    expect(c.failures[0]?.status).toBe('below');
    expect(gateOutcome(c, false)).toEqual({ exitCode: 1, result: 'fail' });
  });

  it('fails an FPR above its ceiling by more than the tolerance', () => {
    const c = compare(results({ zh: { bodyF1: 0.8, spamF1: 0.5, maxPageFPR: 0.08 } }), pinned);
    expect(c.failures.map((r) => r.metric)).toEqual(['maxPageFPR']);
  });

  it('tolerates float noise up to the tolerance, edge included', () => {
    const within = compare(results({ zh: { bodyF1: 0.7985, spamF1: 0.5 - 0.002, maxPageFPR: 0.04 + 0.002 } }), pinned);
    expect(within.failures).toEqual([]);
    expect(within.rows.map((r) => r.status)).toEqual(['within-tolerance', 'within-tolerance', 'within-tolerance']);
    // a tighter tolerance turns the same numbers into failures
    expect(compare(results({ zh: { bodyF1: 0.7985, spamF1: 0.5, maxPageFPR: 0.04 } }), pinned, 0.001).failures).toHaveLength(1);
    expect(isBelow('min', 0.8 - 0.002, 0.8, 0.002)).toBe(false);
    expect(isBelow('min', 0.8 - 0.0021, 0.8, 0.002)).toBe(true);
    expect(isBelow('max', 0.04 + 0.0021, 0.04, 0.002)).toBe(true);
  });

  it('counts a pinned metric missing from the results as a failure, an unpinned one as information', () => {
    const c = compare(results({ zh: { bodyF1: 0.9, spamF1: 0.5 }, fresh: { bodyF1: 0.1 } }), pinned);
    expect(c.failures.map((r) => [r.metric, r.status])).toEqual([['maxPageFPR', 'missing']]);
    expect(c.rows.find((r) => r.set === 'fresh')?.status).toBe('unpinned');
    const noSet = compare(results({}), pinned);
    expect(noSet.failures).toHaveLength(3);
  });

  it('--allow-lower turns failures into warnings (exit 0) and says so in the table', () => {
    const c = compare(results({ zh: { bodyF1: 0.5, spamF1: 0.5, maxPageFPR: 0.04 } }), pinned);
    expect(gateOutcome(c, true)).toEqual({ exitCode: 0, result: 'allowed' });
    expect(formatTable(c.rows, true)).toMatch(/BELOW FLOOR \(allowed\)/);
    expect(formatTable(c.rows, false)).toMatch(/zh\s+bodyF1\s+≥ 0\.800\s+0\.500\s+-0\.300\s+BELOW FLOOR$/m);
  });
});

describe('floors from results', () => {
  it('rounds floors down and FPR ceilings up, to 3 decimals, exact values kept', () => {
    expect(roundDown(0.97899)).toBe(0.978);
    expect(roundDown(0.979)).toBe(0.979);
    expect(roundDown(1)).toBe(1);
    expect(roundUp(0.0267)).toBe(0.027);
    expect(roundUp(0.04)).toBe(0.04);
    expect(roundUp(0)).toBe(0);
  });

  it('pins every metric of a first run; the results then pass their own floors', () => {
    const run = results({ a: { bodyF1: 0.91234, spamF1: 0.4, maxPageFPR: 0.0267 }, b: { pageRecall: 1 } });
    const { floors: pinned, changes } = updateFloors(null, run, false);
    expect(pinned.sets).toEqual({ a: { bodyF1: 0.912, spamF1: 0.4, maxPageFPR: 0.027 }, b: { pageRecall: 1 } });
    expect(pinned.tolerance).toBe(DEFAULT_TOLERANCE);
    expect(changes.every((c) => c.change === 'added')).toBe(true);
    expect(compare(run, pinned).failures).toEqual([]);
  });

  it('is a ratchet: raises floors, keeps them on a drop unless --allow-lower', () => {
    const old = floors({ a: { bodyF1: 0.9, spamF1: 0.5 }, gone: { bodyF1: 0.7 } });
    const run = results({ a: { bodyF1: 0.95, spamF1: 0.3 } });
    const kept = updateFloors(old, run, false);
    expect(kept.floors.sets.a).toEqual({ bodyF1: 0.95, spamF1: 0.5 });
    expect(kept.floors.sets.gone).toEqual({ bodyF1: 0.7 });
    expect(kept.changes.map((c) => `${c.metric}:${c.change}`)).toEqual(['bodyF1:raised', 'spamF1:kept']);
    const lowered = updateFloors(old, run, true);
    expect(lowered.floors.sets.a).toEqual({ bodyF1: 0.95, spamF1: 0.3 });
    expect(lowered.changes.map((c) => c.change)).toEqual(['raised', 'lowered']);
  });
});
