import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../src/options.js';
import { analysePage, labelPage, siftPage } from '../src/pipeline.js';
import { loadResources, type Resources } from '../src/resources.js';
import { compileRules } from '../src/rules/load.js';
import type { Rule } from '../src/rules/schema.js';
import { cachePage, type CachedPage } from '../benchmarks/fit/page-cache.js';
import { bodyF1, scoreCachedPage } from '../benchmarks/fit/page-metric.js';
import { everyGroupGains, MIN_GAIN, searchScores, withScores } from '../benchmarks/fit/score-search.js';
import type { PageScore } from '../benchmarks/metric.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';

/**
 * The page-metric search of the body/navigation scores (benchmarks/fit/page-search.ts): the
 * pipeline split it relies on (analyse once, label again) and the coordinate descent.
 */

const options = parseOptions({});
let resources: Resources;
beforeAll(async () => {
  resources = await loadResources(options);
});

const FIXTURES = join(import.meta.dirname, 'fixtures', 'pages');

describe('analysePage then labelPage', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort();

  it.each(files)('%s: the same report as siftPage, and the same again when the analysed page is labelled twice', (file) => {
    const input = { bytes: new Uint8Array(readFileSync(join(FIXTURES, file))) };
    const whole = siftPage(resources, options, input);
    const analysed = analysePage(resources, options, input);
    expect(labelPage(resources, options, analysed)).toEqual(whole);
    // a second labelling reads the same analysed page: nothing the first one did may have changed it
    expect(labelPage(resources, options, analysed)).toEqual(whole);
  });
});

/** A share line of 29 characters inside the article: navigation by its lexicon and class cue (nav 7, body 0). */
const SHARE_LINE = 'Share this story with friends';
const HTML = `<html><head><title>Bridge</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>The bridge reopens</h1>${RIVER_ARTICLE.map((p) => `<p>${p}</p>`).join('')}<div class="share">${SHARE_LINE}</div></article></body></html>`;

/** A body rule of the test's own that fires only on text of 25 to 35 characters (the share line), at score 0. */
const SHARE_RULE: Rule = { id: 'body.test-share', description: 'fires on the share line only', label: 'body', score: 0, when: { feature: 'chars', gte: 25, lte: 35 } };

function withShareRule(): Resources {
  return { ...resources, rules: [...resources.rules, ...compileRules([{ origin: 'test', rules: [SHARE_RULE] }], resources.space)] };
}

function page(r: Resources, gold: readonly string[]): CachedPage {
  return cachePage(r, options, { set: 'test', id: 'bridge', fold: 1, pageType: 'article', host: null }, { html: HTML }, gold.join('\n'));
}

const handScores = (r: Resources): Map<string, number> => new Map(r.rules.filter((rule) => rule.label !== 'spam').map((rule) => [rule.id, rule.score]));

describe('withScores', () => {
  it('gives the named rules their new score and leaves every other rule as it was', () => {
    const changed = withScores(resources, new Map([['nav.dom-cue', 7]]));
    const i = resources.rules.findIndex((r) => r.id === 'nav.dom-cue');
    expect(changed.rules[i]!.score).toBe(7);
    expect(changed.rules[i]!.test).toBe(resources.rules[i]!.test);
    expect(changed.rules.filter((_, j) => j !== i)).toEqual(resources.rules.filter((_, j) => j !== i));
    expect(resources.rules[i]!.score).not.toBe(7);
  });
});

describe('searchScores', () => {
  it('a move that makes the share line body is kept when the gold holds it', () => {
    const r = withShareRule();
    const p = page(r, ['The bridge reopens', ...RIVER_ARTICLE, SHARE_LINE]);
    expect(p.fired.has(SHARE_RULE.id)).toBe(true);
    const result = searchScores(r, options, [p], handScores(r), { searched: [SHARE_RULE.id], step: 10, sweeps: 2, upper: new Map([[SHARE_RULE.id, 10]]) });
    expect(result.scores.get(SHARE_RULE.id)).toBe(10);
    expect(result.f1).toBeGreaterThanOrEqual(result.startF1 + MIN_GAIN);
    expect(result.f1).toBe(bodyF1([scoreCachedPage(withScores(r, result.scores), options, p)]));
  });

  it('the same move is not kept when the gold leaves the share line out', () => {
    const r = withShareRule();
    const p = page(r, ['The bridge reopens', ...RIVER_ARTICLE]);
    const result = searchScores(r, options, [p], handScores(r), { searched: [SHARE_RULE.id], step: 10, sweeps: 2, upper: new Map([[SHARE_RULE.id, 10]]) });
    expect(result.scores.get(SHARE_RULE.id)).toBe(0);
    expect(result.moves).toEqual([]);
  });

  it('no score goes over its upper bound or under 0', () => {
    const r = withShareRule();
    const p = page(r, ['The bridge reopens', ...RIVER_ARTICLE, SHARE_LINE]);
    // 9 would do (margin 9 - 7 = 2), 10 is over the bound, and the step cannot reach 9
    const capped = searchScores(r, options, [p], handScores(r), { searched: [SHARE_RULE.id], step: 10, sweeps: 2, upper: new Map([[SHARE_RULE.id, 9]]) });
    expect(capped.scores.get(SHARE_RULE.id)).toBe(0);
    expect(capped.evaluations).toBe(1);
  });

  it('a rule that fires on no segment of a page is never measured against it', () => {
    const r = withShareRule();
    const p = page(r, ['The bridge reopens', ...RIVER_ARTICLE, SHARE_LINE]);
    expect(p.fired.has('nav.footer-cue')).toBe(false);
    const result = searchScores(r, options, [p], handScores(r), { searched: ['nav.footer-cue'], step: 1, sweeps: 2, upper: new Map([['nav.footer-cue', 22]]) });
    expect(result.scores.get('nav.footer-cue')).toBe(11);
    expect(result.f1).toBe(result.startF1);
  });
});

describe('everyGroupGains', () => {
  const at = (precision: number): PageScore => ({ precision, recall: 1, overlap: 0, predTokens: 0, goldTokens: 0 });
  const before = [at(0.5), at(0.5), at(0.5), at(0.5)];
  const groups = [1, 1, 2, 2];

  it.each<[string, readonly number[] | undefined, PageScore[], boolean]>([
    ['no groups: always', undefined, [at(0.1), at(0.1), at(0.1), at(0.1)], true],
    ['both groups rise', groups, [at(0.6), at(0.5), at(0.5), at(0.6)], true],
    ['one group rises, the other stays', groups, [at(0.9), at(0.9), at(0.5), at(0.5)], false],
    ['one group rises, the other falls', groups, [at(0.9), at(0.9), at(0.6), at(0.3)], false],
    ['both stay', groups, before, false],
  ])('%s', (_, g, after, expected) => {
    expect(everyGroupGains(g, before, after)).toBe(expected);
  });
});
