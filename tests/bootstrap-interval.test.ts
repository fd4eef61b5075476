import { describe, expect, it } from 'vitest';
import { BOOTSTRAP_RESAMPLES, bootstrapF1 } from '../benchmarks/eval/interval.js';
import { aggregate } from '../benchmarks/metric.js';
import { noise } from '../benchmarks/pathological/families/inputs.js';
import { xorshift32 } from '../benchmarks/random.js';

const page = (precision: number, recall: number) => ({ precision, recall });

describe('bootstrapF1 (the eval’s per-type interval)', () => {
  it('is undefined under two pages', () => {
    expect(bootstrapF1([])).toBeNull();
    expect(bootstrapF1([page(1, 1)])).toBeNull();
  });

  it('is a single point when every page scores the same', () => {
    const pages = Array.from({ length: 20 }, () => page(0.8, 0.6));
    const f1 = aggregate(pages).f1 ?? 0;
    const interval = bootstrapF1(pages);
    expect(interval?.[0]).toBeCloseTo(f1, 12);
    expect(interval?.[1]).toBeCloseTo(f1, 12);
  });

  it('holds the set’s own F1 and narrows as pages of the same spread are added', () => {
    const spread = (n: number) => Array.from({ length: n }, (_, i) => (i % 4 === 0 ? page(0.2, 0.1) : page(0.95, 0.98)));
    const small = spread(8);
    const large = spread(200);
    const [lowS, highS] = bootstrapF1(small) ?? [0, 0];
    const [lowL, highL] = bootstrapF1(large) ?? [0, 0];
    const f1 = aggregate(large).f1 ?? 0;
    expect(lowL).toBeLessThan(f1);
    expect(highL).toBeGreaterThan(f1);
    expect(highS - lowS).toBeGreaterThan(2 * (highL - lowL));
  });

  it('is the same on every run (seeded)', () => {
    const pages = Array.from({ length: 30 }, (_, i) => page((i * 37) % 100 / 100, (i * 53) % 100 / 100));
    expect(bootstrapF1(pages)).toEqual(bootstrapF1(pages));
    expect(BOOTSTRAP_RESAMPLES).toBeGreaterThanOrEqual(1000);
  });
});

describe('xorshift32', () => {
  it('gives the sequence the pathological noise bytes are made of', () => {
    const next = xorshift32(7);
    const bytes = Array.from({ length: 16 }, () => next() & 0xff);
    expect([...noise(16, 7)]).toEqual(bytes);
  });

  it('never sticks at zero (a zero seed is replaced)', () => {
    const next = xorshift32(0);
    expect(new Set(Array.from({ length: 100 }, () => next())).size).toBe(100);
  });
});
