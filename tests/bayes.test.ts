import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BayesModel } from '../src/bayes/model.js';
import { scoreSegment } from '../src/bayes/score.js';
import { bayesTokens, forEachFeature, isCjkFeature, type BayesToken } from '../src/bayes/tokens.js';
import { DATA_DIR } from '../src/data-dir.js';
import type { FeatureSpace } from '../src/features/feature-set.js';
import { parseOptions } from '../src/options.js';
import { loadResources } from '../src/resources.js';
import type { CompiledRule } from '../src/rules/compile.js';
import { applyRules } from '../src/rules/engine.js';
import { compileRules, loadRuleDir } from '../src/rules/load.js';
import type { Rule } from '../src/rules/schema.js';
import { spamWeightsSchema, withFittedScores, type SpamWeights } from '../src/rules/weights.js';
import { tokenize } from '../src/tokenize/tokenize.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * The spam Bayes model's token features (bayes/tokens.ts), the rule bands over its probability
 * (spam.bayes-50/75/90 in data/rules/10_spam.json) and fitted rule scores (rules/weights.ts).
 *
 * Every input text here was written for these tests. Texts given to bayesTokens are already in
 * normalised form (lower case, Simplified, half-width), as the pipeline passes them.
 */

beforeAll(async () => {
  // loads jieba's dictionary (with the lexicon terms), which tokenize() uses for Han text
  await defaultSifter();
});

function tokensOf(normalized: string): BayesToken[] {
  return bayesTokens(normalized, tokenize(normalized).boundary);
}

const isWordFeature = (t: BayesToken): boolean => t.feature.startsWith('w') || t.feature.startsWith('d');
const pairs = (tokens: readonly BayesToken[]): string[] => tokens.filter((t) => t.feature.startsWith('b')).map((t) => t.feature);

/** Reference: `b` + every adjacent pair of Han/kana characters (the prolonged sound mark counts as kana). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
function referencePairs(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) if (CJK.test(text[i]!) && CJK.test(text[i + 1]!)) out.push(`b${text.slice(i, i + 2)}`);
  return out;
}

describe('bayesTokens: word features', () => {
  it.each<[string, string, string[]]>([
    ['Latin words', 'the old mill turned slowly', ['wthe', 'wold', 'wmill', 'wturned', 'wslowly']],
    ['punctuation between words is no feature', 'rain, wind-blown leaves!', ['wrain', 'wwind', 'wblown', 'wleaves']],
    ['leading and trailing spaces', '   two words  ', ['wtwo', 'wwords']],
    ['a digit run is its length', 'route 66 opened in 1926', ['wroute', 'd2', 'wopened', 'win', 'd4']],
    ['digits of every length', '7 42 123456', ['d1', 'd2', 'd6']],
    ['other decimal digits are digits too (Arabic-Indic)', 'page ٣٤', ['wpage', 'd2']],
    ['letters and digits together are a word, not a number', 'model x200 and 200x', ['wmodel', 'wx200', 'wand', 'w200x']],
    ['one letter', 'a', ['wa']],
    ['no word characters', ' ,.;! ', []],
  ])('%s: %j', (_name, text, expected) => {
    const tokens = tokensOf(text);
    expect(tokens.filter(isWordFeature).map((t) => t.feature)).toEqual(expected);
    // no Han or kana: no pairs
    expect(pairs(tokens)).toEqual([]);
  });

  it.each([
    'the old mill turned slowly',
    '   two words  ',
    'route 66 opened in 1926',
    'abc中文def',
    '轴承厂 生产，钢球和滚子',
    '我们的工厂在 2019 年扩建了研磨车间',
  ])('offsets point at the word: text.slice(start, end) is the word (or a digit run of the length) in %j', (text) => {
    const words = tokensOf(text).filter(isWordFeature);
    expect(words.length).toBeGreaterThan(0);
    let previousEnd = 0;
    for (const { feature, start, end } of words) {
      const slice = text.slice(start, end);
      if (feature.startsWith('d')) {
        expect(slice).toMatch(/^\p{Nd}+$/u);
        expect(feature).toBe(`d${slice.length}`);
      } else {
        expect(slice).toBe(feature.slice(1));
        expect(slice).not.toMatch(/^\p{Nd}+$/u);
      }
      expect(slice.trim()).toBe(slice);
      // in text order, without overlap
      expect(start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = end;
    }
  });

  it('Han words come from the word boundaries and cover every Han character', () => {
    const text = '我们的工厂生产精密轴承，也提供维修服务';
    const words = tokensOf(text).filter(isWordFeature);
    const covered = new Uint8Array(text.length);
    for (const { start, end } of words) for (let i = start; i < end; i++) covered[i] = 1;
    for (let i = 0; i < text.length; i++) expect(covered[i], `unit ${i} (${text[i]})`).toBe(/\p{Script=Han}/u.test(text[i]!) ? 1 : 0);
    // the cut follows the boundary marks: every word starts and ends on a mark
    const { boundary } = tokenize(text);
    for (const { start, end } of words) {
      expect(boundary[start]).toBe(1);
      expect(boundary[end]).toBe(1);
    }
  });

  it('the same text cut at other boundaries gives other words', () => {
    const text = 'abcdef';
    const whole = new Uint8Array(text.length + 1);
    whole[0] = whole[6] = 1;
    const split = Uint8Array.from(whole);
    split[3] = 1;
    expect(bayesTokens(text, whole).map((t) => t.feature)).toEqual(['wabcdef']);
    expect(bayesTokens(text, split).map((t) => t.feature)).toEqual(['wabc', 'wdef']);
  });
});

describe('bayesTokens: character pairs', () => {
  it.each<[string, string, string[]]>([
    ['Han pairs, none across a space or punctuation', '轴承厂 生产，钢球', ['b轴承', 'b承厂', 'b生产', 'b钢球']],
    ['a single Han character between separators pairs with nothing', '阀 门、泵', []],
    ['Hiragana', 'すしをたべる', ['bすし', 'bしを', 'bをた', 'bたべ', 'bべる']],
    ['Katakana with the prolonged sound mark', 'コーヒー', ['bコー', 'bーヒ', 'bヒー']],
    ['kana next to Han', 'カメラ店', ['bカメ', 'bメラ', 'bラ店']],
    ['Latin next to Han does not pair', 'abc中文def', ['b中文']],
    ['digits between Han characters break the pair', '第3号', []],
    ['Hangul is not paired', '한국어', []],
  ])('%s: %j', (_name, text, expected) => {
    const tokens = tokensOf(text);
    expect(pairs(tokens)).toEqual(expected);
    expect(pairs(tokens)).toEqual(referencePairs(text));
    for (const t of tokens.filter((x) => x.feature.startsWith('b'))) {
      expect(t.end - t.start).toBe(2);
      expect(text.slice(t.start, t.end)).toBe(t.feature.slice(1));
    }
  });

  it('a longer Han paragraph has one pair per adjacent Han pair (n − 1 for a run of n)', () => {
    const text = '本厂生产的滚针轴承用于农业机械，每批产品出厂前都经过检验。';
    const tokens = tokensOf(text);
    expect(pairs(tokens)).toEqual(referencePairs(text));
    // runs: 本厂生产的滚针轴承用于农业机械 (15), 每批产品出厂前都经过检验 (12)
    expect(pairs(tokens)).toHaveLength(14 + 11);
  });

  it('words come first, then pairs', () => {
    const tokens = tokensOf('滚珠轴承 and 钢球');
    const firstPair = tokens.findIndex((t) => t.feature.startsWith('b'));
    expect(firstPair).toBeGreaterThan(0);
    expect(tokens.slice(firstPair).every((t) => t.feature.startsWith('b'))).toBe(true);
    expect(tokens.slice(0, firstPair).every(isWordFeature)).toBe(true);
  });
});

describe('forEachFeature', () => {
  it.each(['the old mill turned slowly', '轴承厂 生产，钢球', 'カメラ店で 3 台買った', ''])('visits what bayesTokens returns, in order: %j', (text) => {
    const visited: BayesToken[] = [];
    forEachFeature(text, tokenize(text).boundary, (feature, start, end) => visited.push({ feature, start, end }));
    expect(visited).toEqual(tokensOf(text));
  });
});

describe('isCjkFeature', () => {
  it.each<[string, boolean]>([
    ['b中国', true],
    ['bすし', true],
    ['w轴承', true],
    ['wすし', true],
    ['wカメラ', true],
    ['wー', true],
    ['wriver', false],
    ['w2024a', false],
    ['d4', false],
    ['w한국', false],
    ['w', false],
  ])('%j → %s', (feature, expected) => {
    expect(isCjkFeature(feature)).toBe(expected);
  });

  it('classifies every feature of a mixed text by its script', () => {
    const text = '我们 ship 滚珠轴承 in 2024';
    for (const { feature } of tokensOf(text)) expect(isCjkFeature(feature), feature).toBe(/^b|^w\p{Script=Han}/u.test(feature));
  });
});

// ---------------------------------------------------------------------------------------------
// The Bayes rule bands

const BANDS = ['spam.bayes-50', 'spam.bayes-75', 'spam.bayes-90'] as const;

describe('spam.bayes-* bands (engine level)', () => {
  let rules: CompiledRule[];
  let space: FeatureSpace;

  beforeAll(async () => {
    ({ space } = await loadResources(parseOptions({})));
    rules = compileRules(await loadRuleDir(join(DATA_DIR, 'rules')), space);
  });

  function firing(p: number): { bands: string[]; others: string[]; bandScore: number } {
    const features = space.vector();
    features[space.indexOf('bayes.p')] = p;
    const { hits } = applyRules(rules, features);
    const bands = hits.filter((h) => h.rule.startsWith('spam.bayes-'));
    return { bands: bands.map((h) => h.rule), others: hits.filter((h) => !h.rule.startsWith('spam.bayes-')).map((h) => h.rule), bandScore: bands.reduce((s, h) => s + h.score, 0) };
  }

  it('the three bands exist and read bayes.p', () => {
    for (const id of BANDS) {
      const rule = rules.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      expect(JSON.stringify(rule!.when)).toContain('"bayes.p"');
      expect(rule!.label).toBe('spam');
    }
  });

  it.each<[number, string[]]>([
    [0, []],
    [0.4999, []],
    [0.5, ['spam.bayes-50']],
    [0.7499, ['spam.bayes-50']],
    [0.75, ['spam.bayes-50', 'spam.bayes-75']],
    [0.8999, ['spam.bayes-50', 'spam.bayes-75']],
    [0.9, ['spam.bayes-50', 'spam.bayes-75', 'spam.bayes-90']],
    [1, ['spam.bayes-50', 'spam.bayes-75', 'spam.bayes-90']],
  ])('bayes.p = %d fires %j', (p, expected) => {
    const { bands, bandScore } = firing(p);
    expect(bands).toEqual(expected);
    // the bands are cumulative: their spam score is the sum of the scores of the ones that fire
    expect(bandScore).toBe(rules.filter((r) => expected.includes(r.id)).reduce((s, r) => s + r.score, 0));
  });

  it('bayes.p changes no other rule', () => {
    const base = firing(0).others;
    for (const p of [0.5, 0.75, 0.9, 1]) expect(firing(p).others).toEqual(base);
  });
});

// ---------------------------------------------------------------------------------------------
// Fitted scores

const rule = (id: string, score: number): Rule => ({ id, description: 'a rule written for the tests', label: 'spam', score, when: { feature: 'chars', gte: 1 } });

function weightsFile(rules: SpamWeights['rules']): SpamWeights {
  return {
    version: 1,
    fittedAt: '2030-01-01',
    trainedOn: { sources: ['test pages'], dataHash: 'abc', segments: { spam: 10, clean: 90 }, pages: { spam: 2, clean: 8 } },
    crossValidation: { folds: 5, precision: 0.9, recall: 0.5 },
    rules,
    pageThreshold: { value: 6, maxFalsePositiveRate: 0.01, falsePositives: 0, cleanPages: 8, spamPagesCaught: 2, spamPages: 2 },
  };
}

describe('withFittedScores', () => {
  const hits = { spam: 30, clean: 2 };
  const weights = weightsFile({
    'spam.fitted-rule': { score: 4.5, handScore: 3, fitted: true, hits },
    'spam.unfitted-rule': { score: 9, handScore: 3, fitted: false, reason: 'too few hits', hits: { spam: 1, clean: 0 } },
  });
  const rules = [rule('spam.fitted-rule', 3), rule('spam.unfitted-rule', 3), rule('spam.absent-rule', 2)];

  it('the weights file written for the test is valid', () => {
    expect(spamWeightsSchema.safeParse(weights).success).toBe(true);
  });

  it.each<[string, number]>([
    ['spam.fitted-rule', 4.5],
    ['spam.unfitted-rule', 3],
    ['spam.absent-rule', 2],
  ])('%s gets score %d', (id, score) => {
    const out = withFittedScores(rules, weights);
    expect(out.find((r) => r.id === id)!.score).toBe(score);
  });

  it('only the score changes, and the input rules are not modified', () => {
    const out = withFittedScores(rules, weights);
    expect(out.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    expect({ ...out[0], score: 3 }).toEqual(rules[0]);
    expect(rules[0]!.score).toBe(3);
  });

  it('undefined weights leave the rules as they are', () => {
    const out = withFittedScores(rules, undefined);
    expect(out).toEqual(rules);
    expect(out).not.toBe(rules);
  });
});

describe('spamWeightsSchema', () => {
  const valid = weightsFile({ 'spam.fitted-rule': { score: 4.5, handScore: 3, fitted: true, hits: { spam: 30, clean: 2 } } });

  it.each<[string, (w: Record<string, unknown>) => void]>([
    ['no pageThreshold', (w) => delete w['pageThreshold']],
    ['a pageThreshold of 0 (must be positive)', (w) => (w['pageThreshold'] = { ...valid.pageThreshold, value: 0 })],
    ['another version', (w) => (w['version'] = 2)],
    ['an unknown top-level key', (w) => (w['extra'] = true)],
    ['a rule weight without hits', (w) => (w['rules'] = { 'spam.fitted-rule': { score: 4.5, handScore: 3, fitted: true } })],
  ])('rejects a file with %s', (_name, change) => {
    const broken = structuredClone(valid) as unknown as Record<string, unknown>;
    change(broken);
    expect(spamWeightsSchema.safeParse(broken).success).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// scoreSegment's fast path (words by the word, character pairs by their codes) must see exactly
// the features forEachFeature names, which the training counts: same count, same summed ratio.

describe('scoreSegment agrees with the training features', () => {
  let model: BayesModel;
  let normalize: (text: string) => string;
  beforeAll(async () => {
    const resources = await loadResources(parseOptions({}));
    model = resources.bayes!;
    normalize = resources.normalize;
  });

  const TEXTS = [
    '本公司專業生產各類精密軸承，產品廣泛應用於機床、汽車與風力發電設備。',
    'The river rose slowly through the night, and by morning 2024 the bridge was closed.',
    '脱毛サロンの料金は地域によって違いますが、全身脱毛なら月額プランが人気です。',
    '澳门新葡京娱乐场官网 百家乐真人视讯 2024年 pk10 计划',
    '  leading and trailing spaces  ',
    '',
  ];

  it.each(TEXTS)('%s', (text) => {
    const normalized = normalize(text);
    const { boundary } = tokenize(normalized);
    let count = 0;
    let sum = 0;
    forEachFeature(normalized, boundary, (feature) => {
      count++;
      sum += model.llr.get(feature) ?? 0;
    });
    const scored = scoreSegment(model, normalized, boundary);
    expect(scored.features).toBe(count);
    expect(scored.meanLlr).toBeCloseTo(count === 0 ? 0 : sum / count, 9);
    // without per-character scores the probability is the same
    expect(scoreSegment(model, normalized, boundary, false).p).toBeCloseTo(scored.p, 12);
  });
});
