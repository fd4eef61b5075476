import { describe, expect, it } from 'vitest';
import { candidateFeatures, candidatesOf, containerScores, HEADLINE_NEAR, type CandidateSegment } from '../benchmarks/diagnose/main-candidates.js';
import { findMainContainers } from '../src/classify/main-content.js';

// a page: 1 = body root, 2 = header, 3 = article, 4 = aside, 5 = section inside the article
function seg(ancestors: number[], isBody: boolean, chars: number, extra: Partial<CandidateSegment> = {}): CandidateSegment {
  return { ancestors, isBody, weight: isBody ? chars : 0, plainWeight: isBody ? chars : 0, chars, linkChars: 0, punct: 0, stopChars: 0, headline: false, ...extra };
}

const page: CandidateSegment[] = [
  seg([1, 2, 20], false, 30, { linkChars: 30 }),
  seg([1, 3, 30], true, 40, { headline: true }),
  seg([1, 3, 5, 50], true, 400, { punct: 20, stopChars: 160 }),
  seg([1, 3, 5, 51], true, 300, { punct: 15, stopChars: 120 }),
  seg([1, 4, 40], true, 100, { linkChars: 50 }),
];

describe('containerScores', () => {
  it('gives a body segment\'s weight to its parent, half to the grandparent, a third further up', () => {
    const { scores, parentOf, depthOf } = containerScores(page);
    expect(scores.get(5)).toBe(700);
    expect(scores.get(3)).toBe(40 + 350);
    expect(scores.get(1)).toBeCloseTo(20 + 700 / 6 + 50);
    expect(scores.has(2)).toBe(false); // no body under the header
    expect(parentOf.get(5)).toBe(3);
    expect(depthOf.get(5)).toBe(2);
  });
  it('ranks the same top element as findMainContainers', () => {
    const { scores } = containerScores(page);
    const top = [...scores.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    expect(findMainContainers(page)?.has(top)).toBe(true);
  });
});

describe('candidatesOf', () => {
  it('lists the shipped choice first, then none, the top element, the elements above it and the other ranks, each set once', () => {
    const shipped = findMainContainers(page);
    expect(shipped).toEqual(new Set([5]));
    const keys = candidatesOf(page, shipped).map((c) => `${c.key}:${c.main === undefined ? '-' : [...c.main].join(',')}`);
    // `top` is the shipped set again and is dropped; 3 and 1 above it; 4 is the next rank not yet listed
    expect(keys).toEqual(['shipped:5', 'none:-', 'up1:3', 'up2:1', 'rank4:4']);
  });
  it('lists none once when nothing was shipped', () => {
    const keys = candidatesOf(page, undefined).map((c) => c.key);
    expect(keys[0]).toBe('shipped');
    expect(keys).not.toContain('none');
    expect(keys).toContain('top');
  });
  it('has no candidate but none on a page without body', () => {
    expect(candidatesOf([seg([1, 2], false, 10)], undefined)).toEqual([{ key: 'shipped', main: undefined }]);
  });
});

describe('candidateFeatures', () => {
  const candidates = candidatesOf(page, findMainContainers(page));
  const features = candidateFeatures(page, candidates);
  const of = (key: string) => features[candidates.findIndex((c) => c.key === key)]!;
  it('reads shares, densities and ratios in characters', () => {
    const shipped = of('shipped');
    expect(shipped.isShipped).toBe(1);
    expect(shipped.bodyShare).toBeCloseTo(700 / 840);
    expect(shipped.charShare).toBeCloseTo(700 / 870);
    expect(shipped.density).toBeCloseTo(Math.log1p(350));
    expect(shipped.punctDensity).toBeCloseTo(35 / 700);
    expect(shipped.stopwordRatio).toBeCloseTo(0.4);
    expect(shipped.scoreShare).toBe(1);
    const aside = of('rank4');
    expect(aside.linkShare).toBe(0.5);
    expect(aside.linkDiscountedDensity).toBeCloseTo(Math.log1p(50));
  });
  it('places the headline: inside the article, just before its section, and not before a far candidate', () => {
    expect(of('up1').headlineInside).toBe(1);
    expect(of('shipped').headlineInside).toBe(0);
    expect(of('shipped').headlineJustBefore).toBe(1);
    expect(of('rank4').headlineJustBefore).toBe(1); // 3 segments after it
    const far = [seg([1, 3, 30], true, 40, { headline: true }), ...Array.from({ length: HEADLINE_NEAR }, () => seg([1, 6, 60], false, 10)), seg([1, 4, 40], true, 100)];
    const c = candidatesOf(far, new Set([4]));
    expect(candidateFeatures(far, c)[0]!.headlineJustBefore).toBe(0);
    const near = far.slice(1);
    near.unshift(seg([1, 3, 30], true, 40, { headline: true }));
    near.splice(1, 1);
    expect(candidateFeatures(near, candidatesOf(near, new Set([4])))[0]!.headlineJustBefore).toBe(1);
  });
  it('reads nothing but isNone for no container', () => {
    expect(of('none')).toMatchObject({ isNone: 1, bodyShare: 0, density: 0, elements: 0 });
  });
});
