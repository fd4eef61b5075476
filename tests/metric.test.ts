import { describe, expect, it } from 'vitest';
import {
  aggregate,
  bagContains,
  bagOf,
  bagOfTexts,
  bagOverlap,
  bagSize,
  f1,
  pageLevel,
  pageScore,
  scoreTexts,
  snippetAccuracy,
  tallySnippets,
  tokens,
  TOKEN_FLAGS,
  TOKEN_PATTERN,
} from '../benchmarks/metric.js';

describe('tokens', () => {
  it('is the corpus README regex, spelled with \\p{Script=…} for JavaScript', () => {
    const readme =
      '[\\p{Han}\\p{Hiragana}\\p{Katakana}\\p{Hangul}]|(?:(?![\\p{Han}\\p{Hiragana}\\p{Katakana}\\p{Hangul}])\\p{L}\\p{M}*|\\p{N})+';
    expect(TOKEN_PATTERN.replaceAll('Script=', '')).toBe(readme);
    expect(TOKEN_FLAGS).toBe('gu');
  });

  it('splits Han characters one by one and keeps Latin/digit runs whole', () => {
    expect(tokens('Tesla特斯拉2024年AI公司')).toEqual(['tesla', '特', '斯', '拉', '2024', '年', 'ai', '公', '司']);
  });

  it('splits kana one by one; the prolonged sound mark ー (Script=Common, Lm) is a letter run of its own', () => {
    expect(tokens('東京タワーへ行く')).toEqual(['東', '京', 'タ', 'ワ', 'ー', 'へ', '行', 'く']);
  });

  it('splits Hangul syllables one by one', () => {
    expect(tokens('한국어 ABC')).toEqual(['한', '국', '어', 'abc']);
  });

  it('applies NFKC before lower-casing: full-width, half-width kana, ligatures, circled digits', () => {
    expect(tokens('ＡＢＣ１２３')).toEqual(['abc123']);
    expect(tokens('８．５萬個')).toEqual(['8', '5', '萬', '個']);
    expect(tokens('ｶﾀｶﾅ')).toEqual(['カ', 'タ', 'カ', 'ナ']);
    expect(tokens('ﬁne')).toEqual(['fine']);
    expect(tokens('① ②')).toEqual(['1', '2']);
    expect(tokens('１，０００')).toEqual(['1', '000']);
  });

  it('keeps combining marks with their letter', () => {
    // e + U+0301 composes to é under NFKC: one token "été".
    expect(tokens('e\u0301te\u0301')).toEqual(['\u00e9t\u00e9']);
    // x has no precomposed accented form: the marks stay, inside the same token.
    expect(tokens('x\u0301\u0302y z')).toEqual(['x\u0301\u0302y', 'z']);
    // \p{N} takes no marks: a mark after a digit ends the run and is dropped.
    expect(tokens('2\u0301a')).toEqual(['2', 'a']);
  });

  it('splits on punctuation and whitespace, including the typographic apostrophe', () => {
    expect(tokens('Kosovo’s don\'t, U.S.')).toEqual(['kosovo', 's', 'don', 't', 'u', 's']);
    expect(tokens('。、!? —…')).toEqual([]);
    expect(tokens('')).toEqual([]);
  });

  it('mixes all scripts in one string', () => {
    expect(tokens('馬斯克 Musk: 테슬라 テスラ 3x')).toEqual(['馬', '斯', '克', 'musk', '테', '슬', '라', 'テ', 'ス', 'ラ', '3x']);
  });

  it('has no state between calls', () => {
    expect(tokens('a b')).toEqual(['a', 'b']);
    expect(tokens('a b')).toEqual(['a', 'b']);
  });
});

describe('bags', () => {
  it('counts repeats', () => {
    const bag = bagOf(tokens('the the the cat'));
    expect(bag.get('the')).toBe(3);
    expect(bag.get('cat')).toBe(1);
    expect(bagSize(bag)).toBe(4);
  });

  it('overlap is the multiset intersection: Σ min(counts)', () => {
    // min(3,1) for "the" + min(1,1) for "cat" + 0 for "sat" = 2 (a set intersection would also give 2,
    // so take a case where they differ: "a" 3× vs 2× → 2, not 1).
    expect(bagOverlap(bagOf(tokens('the the the cat')), bagOf(tokens('the cat sat')))).toBe(2);
    expect(bagOverlap(bagOf(tokens('a a a b')), bagOf(tokens('a a c')))).toBe(2);
    expect(bagOverlap(bagOf(tokens('a a c')), bagOf(tokens('a a a b')))).toBe(2);
    expect(bagOverlap(bagOf([]), bagOf(tokens('a')))).toBe(0);
  });

  it('texts are tokenised separately (no token across segment boundaries)', () => {
    const bag = bagOfTexts(['foo', 'bar']);
    expect([...bag.keys()].sort()).toEqual(['bar', 'foo']);
  });

  it('containment is multiset containment', () => {
    const whole = bagOf(tokens('the cat sat on the mat'));
    expect(bagContains(whole, bagOf(tokens('The mat, the cat')))).toBe(true);
    expect(bagContains(whole, bagOf(tokens('the the the')))).toBe(false);
    expect(bagContains(whole, bagOf([]))).toBe(true);
  });
});

describe('pageScore', () => {
  it('P and R on bags with repeated tokens', () => {
    // pred 4 tokens, gold 3 tokens, overlap 2.
    const s = scoreTexts(['the the the cat'], ['the cat sat']);
    expect(s.overlap).toBe(2);
    expect(s.predTokens).toBe(4);
    expect(s.goldTokens).toBe(3);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(2 / 3);
  });

  it('pred empty and gold empty: P = 1, R = 1', () => {
    expect(scoreTexts([], [''])).toMatchObject({ precision: 1, recall: 1 });
    // Segments with no tokens count as empty.
    expect(scoreTexts(['— · —'], [])).toMatchObject({ precision: 1, recall: 1 });
  });

  it('pred empty and gold not: P = 0, R = 0', () => {
    expect(scoreTexts([], ['gold text'])).toMatchObject({ precision: 0, recall: 0 });
  });

  it('gold empty and pred not: P = 0, R = 1', () => {
    expect(scoreTexts(['some spam'], [])).toMatchObject({ precision: 0, recall: 1 });
  });

  it('works directly on bags', () => {
    const s = pageScore(bagOf(['特', '斯', '拉']), bagOf(['特', '斯', '拉', '車']));
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.75);
  });
});

describe('aggregate (F1 of means)', () => {
  it('worked example: F1 of the means (0.6), not the mean of per-page F1 (1/3)', () => {
    // Page 1: pred "a", gold "a b c d e" → P = 1,   R = 0.2, F1 = 1/3
    // Page 2: pred "a b c d e", gold "a" → P = 0.2, R = 1,   F1 = 1/3
    // mean P = 0.6, mean R = 0.6 → F1 = 2·0.6·0.6 / 1.2 = 0.6; mean of per-page F1 would be 1/3.
    const p1 = scoreTexts(['a'], ['a b c d e']);
    const p2 = scoreTexts(['a b c d e'], ['a']);
    expect(f1(p1.precision, p1.recall)).toBeCloseTo(1 / 3, 12);
    const agg = aggregate([p1, p2]);
    expect(agg.pages).toBe(2);
    expect(agg.precision).toBeCloseTo(0.6, 12);
    expect(agg.recall).toBeCloseTo(0.6, 12);
    expect(agg.f1).toBeCloseTo(0.6, 12);
  });

  it('asymmetric example', () => {
    // means P = (1 + 0.5) / 2 = 0.75, R = (0.5 + 0.5) / 2 = 0.5 → F1 = 2·0.75·0.5 / 1.25 = 0.6
    const agg = aggregate([
      { precision: 1, recall: 0.5 },
      { precision: 0.5, recall: 0.5 },
    ]);
    expect(agg.precision).toBe(0.75);
    expect(agg.recall).toBe(0.5);
    expect(agg.f1).toBeCloseTo(0.6, 12);
  });

  it('no pages → nulls; P + R = 0 → F1 0', () => {
    expect(aggregate([])).toEqual({ pages: 0, precision: null, recall: null, f1: null });
    expect(aggregate([{ precision: 0, recall: 0 }]).f1).toBe(0);
    expect(f1(0, 0)).toBe(0);
  });
});

describe('snippet accuracy', () => {
  const predBody = bagOf(tokens('The cat sat on the mat.'));

  it('body snippets found / boilerplate snippets dropped, by multiset containment in pred_body', () => {
    const tally = tallySnippets(predBody, {
      body: [
        'The cat sat.', // found
        'the the the', // NOT found: "the" 3× but pred_body has it 2× (a set test would say found)
        'A dog.', // not found
      ],
      boilerplate: [
        'Related: dog news', // dropped (correct)
        'on the mat', // kept (wrong)
      ],
    });
    expect(tally).toEqual({ bodyFound: 1, bodyTotal: 3, boilerplateDropped: 1, boilerplateTotal: 2 });
    expect(snippetAccuracy([tally]).accuracy).toBeCloseTo(2 / 5, 12);
  });

  it('pools snippets over pages (not a mean of per-page accuracies) and skips pages without snippets', () => {
    const page1 = { bodyFound: 1, bodyTotal: 3, boilerplateDropped: 1, boilerplateTotal: 2 }; // 2/5
    const page2 = { bodyFound: 1, bodyTotal: 1, boilerplateDropped: 0, boilerplateTotal: 0 }; // 1/1
    const none = { bodyFound: 0, bodyTotal: 0, boilerplateDropped: 0, boilerplateTotal: 0 };
    const acc = snippetAccuracy([page1, page2, none]);
    // pooled (2 + 1) / (5 + 1) = 0.5; a mean of per-page accuracies would be 0.7.
    expect(acc.accuracy).toBe(0.5);
    expect(acc.pages).toBe(2);
    expect(acc.bodyTotal + acc.boilerplateTotal).toBe(6);
  });

  it('no snippets → null', () => {
    expect(snippetAccuracy([]).accuracy).toBeNull();
  });
});

describe('pageLevel', () => {
  it('recall over pageSpam=true pages, false-positive rate over pageSpam=false pages', () => {
    const r = pageLevel([
      { pageSpam: true, flagged: true },
      { pageSpam: true, flagged: false },
      { pageSpam: true, flagged: true },
      { pageSpam: false, flagged: true },
      { pageSpam: false, flagged: false },
      { pageSpam: false, flagged: false },
      { pageSpam: false, flagged: false },
    ]);
    expect(r).toEqual({
      positives: 3,
      truePositives: 2,
      recall: 2 / 3,
      negatives: 4,
      falsePositives: 1,
      falsePositiveRate: 0.25,
    });
  });

  it('undefined rates are null', () => {
    expect(pageLevel([{ pageSpam: false, flagged: false }]).recall).toBeNull();
    expect(pageLevel([{ pageSpam: true, flagged: true }]).falsePositiveRate).toBeNull();
  });
});
