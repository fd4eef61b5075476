import { describe, expect, it } from 'vitest';
import { featureRows, type DumpPage, type DumpSegment } from '../benchmarks/fit/relabel-features.js';
import { crossFit, fitRelabel, flipGains, relabel, scoredPage, scoreLabels } from '../benchmarks/fit/relabel-simulate.js';
import { bagOf, pageScore } from '../benchmarks/metric.js';
import type { LogisticOptions } from '../benchmarks/train/logistic.js';

/** The fitted last stage's simulation (benchmarks/fit/relabel*.ts) on pages written for the test. */

const OPTIONS: LogisticOptions = { l2: 0.001, iterations: 400, learningRate: 0.5 };

let word = 0;
/** A dumped segment of `n` fresh tokens. */
function seg(label: string, gold: boolean, link: number, n = 5, extra: Partial<DumpSegment> = {}): DumpSegment {
  const tokens = Array.from({ length: n }, () => `w${word++}`);
  return { label, hits: [], kind: 'block', text: tokens.join(' '), tokens, gold, ancestors: null, scores: { body: 3, navigation: 1, spam: 0 }, features: { chars: n * 4, linkDensity: link }, ...extra };
}

function page(id: string, fold: number, segments: DumpSegment[]): DumpPage {
  const goldBag: Record<string, number> = {};
  for (const s of segments) if (s.gold) for (const t of s.tokens) goldBag[t] = (goldBag[t] ?? 0) + 1;
  return { id, fold, type: 'article', predictedType: 'article', host: `site${id}.example`, goldBag, segments };
}

describe('relabel features', () => {
  const p = page('1', 1, [
    seg('body', true, 0, 5, { ancestors: [1, 2] }),
    seg('navigation', false, 1, 3, { ancestors: [1, 2] }),
    seg('body', true, 0, 2, { ancestors: [1, 3], text: 'same', scores: { body: 5, navigation: 2, spam: 0 } }),
    seg('navigation', false, 1, 4, { ancestors: [1, 4], text: 'same' }),
  ]);

  it('reads its own values, its neighbours and its container', () => {
    const rows = featureRows(p, ['link', 'margin', 'prev1', 'next1', 'cshare', 'cdepth', 'dup', 'pos']);
    expect(rows[0]).toEqual([0, 2, 0.5, 0, 0, 0, 0, 0]); // the only other segment of element 2 is navigation
    expect(rows[1]).toEqual([1, 2, 1, 1, 1, 0, 0, 1 / 3]); // element 2's other segment is body
    expect(rows[2]![1]).toBe(3);
    expect(rows[2]![4]).toBeCloseTo(5 / 12); // nothing else under element 3: one level up, 5 body tokens of 5+3+4
    expect(rows[2]![5]).toBeCloseTo(0.1);
    expect(rows[2]![6]).toBe(1); // its text appears again below
    expect(rows[3]![3]).toBe(0.5); // past the page's end
  });

  it('rejects an unknown feature by name', () => {
    expect(() => featureRows(p, ['colour'])).toThrow(/unknown relabel feature "colour"/);
  });
});

describe('relabel simulation', () => {
  it('scores the dumped labels as the metric does', () => {
    const p = page('1', 1, [seg('body', true, 0), seg('body', false, 1), seg('navigation', true, 1)]);
    const scored = scoredPage(p, ['link']);
    const body = [...p.segments[0]!.tokens, ...p.segments[1]!.tokens];
    expect(scored.base).toEqual(pageScore(bagOf(body), new Map(Object.entries(p.goldBag))));
    expect(scoreLabels(scored.gold, scored.bags, ['body', 'navigation', 'body']).precision).toBe(1);
  });

  it('a flip\'s gain is the page\'s (P + R) / 2 relabelled minus as dumped', () => {
    const p = scoredPage(page('1', 1, [seg('body', true, 0), seg('body', false, 1), seg('navigation', true, 1), seg('spam', false, 0)]), ['link']);
    const gains = flipGains(p);
    const half = (labels: string[]): number => {
      const s = scoreLabels(p.gold, p.bags, labels);
      return (s.precision + s.recall) / 2;
    };
    const base = half(['body', 'body', 'navigation', 'spam']);
    expect(gains[0]).toBeCloseTo(half(['navigation', 'body', 'navigation', 'spam']) - base);
    expect(gains[1]).toBeCloseTo(half(['body', 'navigation', 'navigation', 'spam']) - base);
    expect(gains[2]).toBeCloseTo(half(['body', 'body', 'body', 'spam']) - base);
    expect(gains[1]).toBeGreaterThan(0);
    expect(gains[3]).toBe(0);
  });

  it.each<[string, number, 'body' | 'navigation']>([
    ['under the threshold: flips', 0.19, 'navigation'],
    ['at the threshold: stays', 0.2, 'body'],
    ['over it: stays', 0.21, 'body'],
  ])('a body segment of probability %s', (_name, probability, label) => {
    const scored = scoredPage(page('1', 1, [seg('body', true, 0)]), ['link']);
    expect(relabel(scored, [probability], 0.2, undefined)).toEqual([label]);
  });

  it('a navigation segment flips to body only over its threshold', () => {
    const scored = scoredPage(page('1', 1, [seg('navigation', true, 0)]), ['link']);
    expect(relabel(scored, [0.91], undefined, 0.9)).toEqual(['body']);
    expect(relabel(scored, [0.9], undefined, 0.9)).toEqual(['navigation']);
    expect(relabel(scored, [0.99], undefined, undefined)).toEqual(['navigation']);
  });

  // body segments that are all links are never gold on these pages; the others always are
  const linked = (fold: number): DumpPage[] => Array.from({ length: 6 }, (_, k) => page(`${fold}${k}`, fold, [seg('body', true, 0, 20), seg('body', false, 1, 6), seg('body', true, 0.1, 10), seg('navigation', false, 1)]));
  // the link share says nothing: gold and not gold alike
  const noise = (fold: number): DumpPage[] => Array.from({ length: 6 }, (_, k) => page(`${fold}${k}`, fold, [seg('body', true, 0.5, 20), seg('body', false, 0.5, 6), seg('body', k % 2 === 0, 0, 10), seg('body', k % 2 === 1, 1, 10)]));

  it('a feature that tells the wrong body apart: a threshold is chosen and the held-out pages gain', () => {
    const fitting = linked(1).map((p) => scoredPage(p, ['link']));
    const held = linked(3).map((p) => scoredPage(p, ['link']));
    const model = fitRelabel(fitting, ['link'], OPTIONS);
    expect(model.toNavigation).toBeDefined();
    expect(model.toBody).toBeUndefined(); // the navigation segments are never gold
    const result = crossFit(fitting, held, ['link'], OPTIONS);
    expect(result.simulated).toBeGreaterThan(result.base);
    expect(result.flips).toBe(6);
  });

  it('the same pages with the metric\'s own target: the linked body flips', () => {
    const fitting = linked(1).map((p) => scoredPage(p, ['link']));
    const model = fitRelabel(fitting, ['link'], OPTIONS, 'gain');
    expect(model.toNavigation).toBeDefined();
    const result = crossFit(fitting, linked(3).map((p) => scoredPage(p, ['link'])), ['link'], OPTIONS, 'gain');
    expect(result.simulated).toBeGreaterThan(result.base);
  });

  it('a feature that tells nothing: no threshold beats no flip', () => {
    const model = fitRelabel(noise(1).map((p) => scoredPage(p, ['link'])), ['link'], OPTIONS);
    expect(model.toNavigation).toBeUndefined();
    expect(model.toBody).toBeUndefined();
  });
});
