import { describe, expect, it } from 'vitest';
import { choose, fitListwise, fitRank, informative, setF1, type DumpPage } from '../benchmarks/fit/main-rank-simulate.js';

function cand(key: string, f1: number, x: number) {
  return { key, precision: f1, recall: f1, f1, features: { x } };
}

// pages where the candidate with the larger x is the better one, shipped (first) has x 0
const pages: DumpPage[] = Array.from({ length: 10 }, (_, i) => ({ id: String(i), fold: 1 + (i % 4), host: null, type: 'article', candidates: [cand('shipped', 0.8, 0), cand('up1', 0.9, 1), cand('none', 0.5, -1)] }));

describe('main-rank simulation', () => {
  it('leaves out pages whose candidates all score alike', () => {
    expect(informative(pages[0]!)).toBe(true);
    expect(informative({ ...pages[0]!, candidates: [cand('shipped', 0.8, 0), cand('up1', 0.8, 1)] })).toBe(false);
  });
  it('switches only when the best candidate outscores the shipped one by more than the margin', () => {
    const page = pages[0]!;
    expect(choose(page, { features: ['x'], weights: [1], margin: 0.5 })).toBe(1);
    expect(choose(page, { features: ['x'], weights: [1], margin: 1 })).toBe(0);
    expect(choose(page, { features: ['x'], weights: [1], margin: Infinity })).toBe(0);
    expect(choose(page, { features: ['x'], weights: [-1], margin: 0 })).toBe(2);
  });
  it('learns a positive weight for a feature that marks the best candidate, and a margin that switches', () => {
    expect(fitListwise(pages, ['x'], 0.01)[0]!).toBeGreaterThan(0);
    const model = fitRank(pages, ['x'], 'listwise', 0.01);
    expect(setF1(pages, pages.map((p) => choose(p, model)))).toBeCloseTo(0.9);
  });
  it('never switches when nothing beats the shipped choice on the fitting pages', () => {
    const flat = pages.map((p) => ({ ...p, candidates: [cand('shipped', 0.9, 0), cand('up1', 0.8, 1)] }));
    expect(fitRank(flat, ['x'], 'pointwise', 0.01).margin).toBe(Infinity);
  });
});
