import { describe, expect, it } from 'vitest';
import { fitBodyWeights, type BodyExample, type BodyFitChoices } from '../benchmarks/fit/body-weights.js';
import { fitLogistic, type LogisticOptions } from '../benchmarks/train/logistic.js';
import { DECISIVE_MARGIN } from '../src/classify/thresholds.js';
import type { Rule } from '../src/rules/schema.js';

/** The body fit's choices (benchmarks/fit/body-weights.ts): row weights, token weighting, the scale. Data written for the test. */

const OPTIONS: LogisticOptions = { l2: 0.001, iterations: 400, learningRate: 0.5 };
// one feature: fires on 3 positives and 1 negative; off on 1 positive and 3 negatives
const ROWS = [[1], [1], [1], [1], [0], [0], [0], [0]];
const LABELS = [1, 1, 1, 0, 1, 0, 0, 0];

describe('fitLogistic row weights', () => {
  it('weights of 1 fit as no weights', () => {
    expect(fitLogistic(ROWS, LABELS, OPTIONS, ROWS.map(() => 1))).toEqual(fitLogistic(ROWS, LABELS, OPTIONS));
  });

  it('a row of weight 2 fits as that row twice', () => {
    const weighted = fitLogistic(ROWS, LABELS, OPTIONS, [2, 1, 1, 1, 1, 1, 1, 1]);
    const duplicated = fitLogistic([[1], ...ROWS], [1, ...LABELS], OPTIONS);
    // the standardisation is of the rows as given, so the two agree closely, not exactly
    expect(weighted.weights[0]!).toBeCloseTo(duplicated.weights[0]!, 1);
    expect(weighted.weights[0]!).toBeGreaterThan(fitLogistic(ROWS, LABELS, OPTIONS).weights[0]!);
  });

  it.each<[string, number[], 'up' | 'down']>([
    ['the contradicting rows weigh little', [1, 1, 1, 0.01, 0.01, 1, 1, 1], 'up'],
    ['the agreeing rows weigh little', [0.01, 0.01, 1, 1, 1, 0.01, 1, 1], 'down'],
  ])('%s: the weight moves %s', (_name, weights, direction) => {
    const plain = fitLogistic(ROWS, LABELS, OPTIONS).weights[0]!;
    const weighted = fitLogistic(ROWS, LABELS, OPTIONS, weights).weights[0]!;
    if (direction === 'up') expect(weighted).toBeGreaterThan(plain);
    else expect(weighted).toBeLessThan(plain);
  });
});

const rule = (id: string, label: Rule['label'], score: number): Rule => ({ id, description: id, label, score, when: { feature: 'chars', gte: 1 } });

/**
 * 40 pages: on each, a long body paragraph (80 % of the page's tokens) with `body.cue`; three short
 * boilerplate lines, one with `body.cue`, one with `nav.cue`, one with neither; a short body line with `nav.cue`.
 */
function examples(): BodyExample[] {
  const out: BodyExample[] = [];
  for (let p = 0; p < 40; p++) {
    const page = `set/${p}`;
    out.push({ page, fired: new Set(['body.cue']), body: true, handMargin: 4, tokenShare: 0.8 });
    out.push({ page, fired: new Set(['body.cue']), body: false, handMargin: 4, tokenShare: 0.05 });
    out.push({ page, fired: new Set(['nav.cue']), body: false, handMargin: -3, tokenShare: 0.05 });
    out.push({ page, fired: new Set(), body: false, handMargin: 0, tokenShare: 0.05 });
    out.push({ page, fired: new Set(['nav.cue']), body: true, handMargin: -3, tokenShare: 0.05 });
  }
  return out;
}

describe('fitBodyWeights choices', () => {
  const rules = [rule('body.cue', 'body', 4), rule('nav.cue', 'navigation', 3), rule('nav.rare', 'navigation', 5)];
  const meta = { sources: ['test'], dataHash: 'x', pages: 40 };
  const fit = (choices: BodyFitChoices) => fitBodyWeights(rules, examples(), meta, choices);

  it('the scale puts the decisive margin at the chosen probability', () => {
    for (const p of [0.75, 0.9]) {
      const w = fit({ weighting: 'segments', l2: 0.001, bodyMinProbability: p });
      // rounded in the file: scale to 3 decimals, intercept to 3
      expect(w.scale).toBeCloseTo(DECISIVE_MARGIN / (Math.log(p / (1 - p)) - w.intercept), 1);
    }
  });

  it('a higher probability at the margin gives smaller scores', () => {
    const low = fit({ weighting: 'segments', l2: 0.001, bodyMinProbability: 0.7 });
    const high = fit({ weighting: 'segments', l2: 0.001, bodyMinProbability: 0.9 });
    expect(high.rules['body.cue']!.score).toBeLessThan(low.rules['body.cue']!.score);
  });

  it('weighed by tokens, a cue that fires on the long body text counts for more than weighed by segments', () => {
    const segments = fit({ weighting: 'segments', l2: 0.001, bodyMinProbability: 0.75 });
    const tokens = fit({ weighting: 'tokens', l2: 0.001, bodyMinProbability: 0.75 });
    expect(tokens.rules['body.cue']!.score / tokens.scale).toBeGreaterThan(segments.rules['body.cue']!.score / segments.scale);
  });

  it('a rule with too few hits keeps its hand score', () => {
    const w = fit({ weighting: 'tokens', l2: 0.001, bodyMinProbability: 0.75 });
    expect(w.rules['nav.rare']).toMatchObject({ score: 5, fitted: false });
    expect(w.rules['body.cue']!.fitted).toBe(true);
  });
});
