import { describe, expect, it } from 'vitest';
import { bodyWeightsSchema, withFittedScores, type BodyWeights } from '../src/rules/weights.js';
import type { Rule } from '../src/rules/schema.js';
import { goldBodyTest } from '../benchmarks/corpus/gold-body.js';

/** Fitted body/navigation scores (issue 13): how they replace hand scores, and how a segment's gold label is read. */

const rule = (id: string, label: Rule['label'], score: number): Rule => ({ id, description: id, label, score, when: { feature: 'chars', gte: 1 } });

function bodyFile(rules: BodyWeights['rules']): BodyWeights {
  return {
    version: 1,
    fittedAt: '2026-12-01',
    trainedOn: { sources: ['test'], dataHash: 'x', pages: 1, segments: { body: 1, boilerplate: 1 } },
    crossValidation: { folds: 5, fitted: { precision: 1, recall: 1, accuracy: 1 }, hand: { precision: 1, recall: 1, accuracy: 1 } },
    intercept: -1,
    scale: 2,
    rules,
  };
}

describe('withFittedScores with body weights', () => {
  const body = bodyFile({
    'body.fitted': { score: 0.8, handScore: 4, fitted: true, hits: { body: 100, boilerplate: 3 } },
    'nav.fitted': { score: 1.3, handScore: 3, fitted: true, hits: { body: 4, boilerplate: 90 } },
    'nav.kept': { score: 11, handScore: 11, fitted: false, reason: 'policy', hits: { body: 0, boilerplate: 40 } },
    // a spam rule id in the body file is never read: spam scores come from the spam weights only
    'spam.rule': { score: 0.1, handScore: 5, fitted: true, hits: { body: 0, boilerplate: 0 } },
  });
  const rules = [rule('body.fitted', 'body', 4), rule('nav.fitted', 'navigation', 3), rule('nav.kept', 'navigation', 11), rule('spam.rule', 'spam', 5), rule('body.absent', 'body', 2)];

  it('the file written for the test is valid', () => {
    expect(bodyWeightsSchema.safeParse(body).success).toBe(true);
  });

  it.each<[string, number]>([
    ['body.fitted', 0.8],
    ['nav.fitted', 1.3],
    ['nav.kept', 11],
    ['spam.rule', 5],
    ['body.absent', 2],
  ])('%s gets score %d', (id, score) => {
    expect(withFittedScores(rules, undefined, body).find((r) => r.id === id)!.score).toBe(score);
  });

  it('no body weights leave the hand scores', () => {
    expect(withFittedScores(rules, undefined)).toEqual(rules);
  });
});

describe('bodyWeightsSchema: a union on method, each method with its own fields', () => {
  const common = { version: 1, fittedAt: '2026-12-05', trainedOn: { sources: ['test'], dataHash: 'x', pages: 1, segments: { body: 1, boilerplate: 1 } }, rules: {} };
  const segmentFields = { crossValidation: { folds: 5, fitted: { precision: 1, recall: 1, accuracy: 1 }, hand: { precision: 1, recall: 1, accuracy: 1 } }, intercept: -1, scale: 2 };
  const searchFields = { pageSearch: { f1: { hand: 0.9, fitted: 0.91 }, evaluations: 10, crossHalf: [{ searchFolds: [1, 2], measureFolds: [3, 4], hand: 0.9, fitted: 0.905 }] } };
  const parses = (file: object): boolean => bodyWeightsSchema.safeParse(file).success;

  it.each<[string, object]>([
    ['segment-logistic with its cross-validation, intercept and scale', { ...common, method: 'segment-logistic', ...segmentFields }],
    ['no method: a segment-logistic file written before the field existed', { ...common, ...segmentFields }],
    ['page-search with its pageSearch record', { ...common, method: 'page-search', ...searchFields }],
  ])('valid: %s', (_name, file) => {
    expect(parses(file)).toBe(true);
  });

  it.each<[string, object]>([
    ['segment-logistic without its intercept', { ...common, method: 'segment-logistic', crossValidation: segmentFields.crossValidation, scale: 2 }],
    ['segment-logistic without its cross-validation', { ...common, method: 'segment-logistic', intercept: -1, scale: 2 }],
    ['segment-logistic carrying a pageSearch record', { ...common, method: 'segment-logistic', ...segmentFields, ...searchFields }],
    ['no method and only a pageSearch record', { ...common, ...searchFields }],
    ['page-search without its pageSearch record', { ...common, method: 'page-search' }],
    ['page-search carrying the segment fit\'s intercept and scale', { ...common, method: 'page-search', ...searchFields, intercept: -1, scale: 2 }],
    ['an unknown method', { ...common, method: 'grid-search', ...segmentFields }],
  ])('invalid: %s', (_name, file) => {
    expect(parses(file)).toBe(false);
  });

  it('the parsed file says its method, so a reader can narrow on it', () => {
    const parsed = bodyWeightsSchema.parse({ ...common, method: 'page-search', ...searchFields });
    expect(parsed.method === 'page-search' ? parsed.pageSearch.evaluations : undefined).toBe(10);
  });
});

describe('goldBodyTest', () => {
  const isBody = goldBodyTest('The river rose two metres overnight, and the old bridge closed at dawn.');

  it('a segment with half or more of its trigrams in the gold is body, under half is not', () => {
    // 6 tokens, 4 trigrams, 2 in the gold (the river rose, river rose two): exactly half → body
    expect(isBody('the river rose two again this')).toBe(true);
    // 7 tokens, 5 trigrams, the same 2 in the gold → not body
    expect(isBody('the river rose two again this week')).toBe(false);
  });

  it('short segments must occur in the gold in order; no tokens, no answer', () => {
    expect(isBody('old bridge')).toBe(true);
    expect(isBody('bridge old')).toBe(false);
    expect(isBody('Home')).toBe(false);
    expect(isBody('…')).toBeUndefined();
  });
});
