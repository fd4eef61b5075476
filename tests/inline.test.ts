import { isJapaneseText, JAPANESE_MIN_KANA_SHARE } from '../src/inline/candidates.js';
import fc from 'fast-check';
import { decodeHTML } from 'entities';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageVerdict, type VerdictInput } from '../src/classify/verdict.js';
import { alignToMarkup, spanOf } from '../src/inline/align.js';
import { indexRepeats, REPEAT_GRAM, REPEAT_MAX_PAGE_UNITS, REPEAT_MIN_COUNT, REPEAT_MIN_IN_SEGMENT } from '../src/inline/repeats.js';
import { maximalRuns, type Run } from '../src/inline/runs.js';
import { FOREIGN_KIT_SHORT_MIN_CHARS, FOREIGN_KIT_SHORT_MIN_COPIES, INLINE_SCORE, INLINE_STRONG_SCORE, isForeignCut, isForeignKit, isForeignKitInList, isKeywordString, isKitString, isLexiconCut, isOpeningKeyword, isParticleEmbedded, isTopicMention, KEYWORD_STRING_MIN_SEPARATORS, KIT_MAX_SUPPORT, KIT_MIN_CHARS, KIT_MIN_COPIES, LEXICON_CUT_MAX_SUPPORT, LEXICON_CUT_MIN_WEIGHT, nonOverlapping, OPENING_KEYWORD_MAX_COPIES, OPENING_KEYWORD_MAX_START, OPENING_KEYWORD_MIN_OTHER_CHARS, TOPIC_MIN_SUPPORT } from '../src/inline/evidence.js';
import { inlineCountOnceKey, WEAK_ON_REPORTING_PAGE_KEY } from '../src/inline/split.js';
import type { Candidate } from '../src/inline/candidates.js';
import { kitOnlyList } from '../src/features/segment-features.js';
import { TEXT_TITLE_MAX_CHARS } from '../src/segment/text.js';
import { createSifter, type Report, type Segment, type Sifter } from '../src/index.js';
import type { RuleHit } from '../src/rules/engine.js';
import { recomputedVerdictScore } from './helpers/report-checks.js';
import { defaultSifter } from './helpers/sifter.js';
import { parseOptions } from '../src/options.js';
import { siftPage } from '../src/pipeline.js';
import { loadResources } from '../src/resources.js';

/**
 * The inline stage (src/inline): phrases spliced into ordinary text are cut out as segments of
 * their own. Unit tests of its parts (maximal runs, repeated stretches, markup alignment), the
 * page verdict's count-once rule, and the stage end to end through the public API.
 *
 * Every input text here was written for these tests.
 */

// ---------------------------------------------------------------------------------------------
// maximalRuns (Ruzzo–Tompa)

const always = (): boolean => true;
const runsOf = (values: readonly number[], isWord: (i: number) => boolean = always, bias = 0): Run[] => maximalRuns(Float64Array.from(values), isWord, bias);

function prefixSums(values: readonly number[]): number[] {
  const p = [0];
  for (const v of values) p.push(p[p.length - 1]! + v);
  return p;
}

/** Largest sum of a non-empty subarray (Kadane). */
function kadane(values: readonly number[]): number {
  let best = -Infinity;
  let here = 0;
  for (const v of values) {
    here = Math.max(v, here + v);
    best = Math.max(best, here);
  }
  return best;
}

/**
 * Brute force of Ruzzo & Tompa's definition: [a, b) is a maximal scoring subsequence when its score
 * is positive, every proper non-empty subsequence scores strictly less, and no proper supersequence
 * has both properties.
 */
function referenceRuns(values: readonly number[]): Run[] {
  const n = values.length;
  const p = prefixSums(values);
  const qualifies = (a: number, b: number): boolean => {
    const score = p[b]! - p[a]!;
    if (score <= 0) return false;
    for (let c = a; c < b; c++) for (let d = c + 1; d <= b; d++) if ((c !== a || d !== b) && p[d]! - p[c]! >= score) return false;
    return true;
  };
  const good: [number, number][] = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b <= n; b++) if (qualifies(a, b)) good.push([a, b]);
  return good
    .filter(([a, b]) => !good.some(([c, d]) => c <= a && d >= b && (c !== a || d !== b)))
    .sort((x, y) => x[0] - y[0])
    .map(([a, b]) => ({ start: a, end: b, score: p[b]! - p[a]! }));
}

const smallScores = fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 30 });

describe('maximalRuns', () => {
  it('runs are disjoint, sorted, positive, score their elements, and the best is the maximum subarray sum', () => {
    fc.assert(
      fc.property(smallScores, (values) => {
        const runs = runsOf(values);
        const p = prefixSums(values);
        for (const [k, run] of runs.entries()) {
          expect(run.start).toBeGreaterThanOrEqual(0);
          expect(run.end).toBeLessThanOrEqual(values.length);
          expect(run.start).toBeLessThan(run.end);
          expect(run.score).toBe(p[run.end]! - p[run.start]!);
          expect(run.score).toBeGreaterThan(0);
          if (k > 0) expect(run.start).toBeGreaterThanOrEqual(runs[k - 1]!.end);
          // a run starts and ends on a positive element
          expect(values[run.start]).toBeGreaterThan(0);
          expect(values[run.end - 1]).toBeGreaterThan(0);
        }
        const best = kadane(values);
        if (best > 0) expect(Math.max(...runs.map((r) => r.score))).toBe(best);
        else expect(runs).toEqual([]);
        // every positive element lies in a run
        values.forEach((v, i) => {
          if (v > 0) expect(runs.some((r) => r.start <= i && i < r.end)).toBe(true);
        });
      }),
    );
  });

  it('returns exactly the maximal scoring subsequences of the definition (brute force)', () => {
    fc.assert(
      fc.property(smallScores, (values) => {
        expect(runsOf(values)).toEqual(referenceRuns(values));
      }),
    );
  });

  it('equals the runs of the biased scores with non-word units set to 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.boolean()), { maxLength: 30 }),
        fc.integer({ min: -1, max: 2 }),
        (units, bias) => {
          const scores = units.map(([s]) => s);
          const isWord = (i: number): boolean => units[i]![1];
          const transformed = units.map(([s, word]) => (word ? s - bias : 0));
          expect(runsOf(scores, isWord, bias)).toEqual(runsOf(transformed));
        },
      ),
    );
  });

  it.each<[string, number[], boolean[] | undefined, number, Run[]]>([
    ['a negative word unit splits two runs', [2, -5, 2], undefined, 0, [{ start: 0, end: 1, score: 2 }, { start: 2, end: 3, score: 2 }]],
    ['the same unit as a non-word unit contributes 0: one run', [2, -5, 2], [true, false, true], 0, [{ start: 0, end: 3, score: 4 }]],
    ['a high-scoring non-word unit adds nothing', [0, 9, 0], [true, false, true], 0, []],
    ['the bias is taken from word units only', [1, 1, 1], [true, false, true], 0.5, [{ start: 0, end: 3, score: 1 }]],
    ['bias below the scores: a run', [1, 1, 1], undefined, 0.75, [{ start: 0, end: 3, score: 0.75 }]],
    ['bias equal to the scores: no run', [1, 1, 1], undefined, 1, []],
    ['a dip smaller than both sides is bridged', [3, -1, 3], undefined, 0, [{ start: 0, end: 3, score: 5 }]],
    ['a dip as deep as a side is not bridged', [3, -3, 3], undefined, 0, [{ start: 0, end: 1, score: 3 }, { start: 2, end: 3, score: 3 }]],
    ['nothing positive', [0, -1, 0, -2], undefined, 0, []],
    ['empty', [], undefined, 0, []],
  ])('%s: %j', (_name, scores, words, bias, expected) => {
    const isWord = words === undefined ? always : (i: number): boolean => words[i]!;
    expect(runsOf(scores, isWord, bias)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// indexRepeats

/** All occurrences of `needle` in `text` as [start, end). */
function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) out.push([at, at + needle.length]);
  return out;
}

/** Deterministic filler over 1,000 Han characters: a 6-unit gram of it is practically never repeated. */
function filler(length: number, seed: number): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    out += String.fromCharCode(0x4e00 + (state % 1000));
  }
  return out;
}

/** Eight characters; the separators around its copies differ, so no gram crossing a copy's edge repeats. */
const KIT = '精品久久综合导航';

describe('indexRepeats', () => {
  it('the constants the tests below are built on', () => {
    expect(REPEAT_GRAM).toBe(6);
    expect(REPEAT_MIN_COUNT).toBe(3);
    expect(REPEAT_MIN_IN_SEGMENT).toBe(2);
    expect(KIT.length).toBeGreaterThan(REPEAT_GRAM);
  });

  it.each<[string, string[], number, string, number]>([
    // [name, page texts, index of the text asked about, repeated string, expected stretches]
    ['3 copies in one text (page 3, segment 3): one stretch per copy', [`甲${KIT}乙${KIT}丙${KIT}丁`], 0, KIT, 3],
    ['2 copies in one text, none elsewhere (page 2): none', [`甲${KIT}乙${KIT}丙`], 0, KIT, 0],
    ['2 copies here and 1 in another text (page 3, segment 2): one per copy here', [`甲${KIT}乙${KIT}丙`, `天地${KIT}玄黄`], 0, KIT, 2],
    ['…and none in the text holding 1 copy (segment 1)', [`甲${KIT}乙${KIT}丙`, `天地${KIT}玄黄`], 1, KIT, 0],
    ['1 copy in each of 3 texts (page 3, segment 1): none', [`甲${KIT}乙`, `丙${KIT}丁`, `戊${KIT}己`], 0, KIT, 0],
    ['a string of REPEAT_GRAM units, 3 copies: one stretch per copy', [`甲${KIT.slice(0, 6)}乙${KIT.slice(0, 6)}丙${KIT.slice(0, 6)}丁`], 0, KIT.slice(0, 6), 3],
    ['a string of REPEAT_GRAM − 1 units, 3 copies: none', [`甲${KIT.slice(0, 5)}乙${KIT.slice(0, 5)}丙${KIT.slice(0, 5)}丁`], 0, KIT.slice(0, 5), 0],
  ])('%s', (_name, texts, which, repeated, expected) => {
    const text = texts[which]!;
    const stretches = indexRepeats(texts).stretches(text);
    expect(stretches).toHaveLength(expected);
    if (expected > 0) expect(stretches).toEqual(occurrences(text, repeated));
  });

  it('countAt counts a gram over the whole page, in place', () => {
    const texts = [`甲${KIT}乙${KIT}丙`, `天地${KIT}玄黄`, filler(300, 5)];
    const index = indexRepeats(texts);
    // the first gram of each copy of KIT: 3 on the page, wherever it is asked about
    expect(index.countAt(texts[0]!, 1)).toBe(3);
    expect(index.countAt(texts[1]!, 2)).toBe(3);
    expect(index.countAt(`外${KIT}`, 1)).toBe(3);
    // a gram of the filler occurs once; a gram found nowhere, never
    expect(index.countAt(texts[2]!, 100)).toBe(1);
    expect(index.countAt('从未出现过的字串', 0)).toBe(0);
  });

  it('copies back to back make one stretch over all of them', () => {
    const text = `开头${KIT}${KIT}${KIT}结尾`;
    expect(indexRepeats([text]).stretches(text)).toEqual([[2, 2 + 3 * KIT.length]]);
  });

  it('text without repeats has no stretch', () => {
    const text = filler(2000, 7);
    expect(indexRepeats([text]).stretches(text)).toEqual([]);
  });

  it('countAt is the count of the gram on the page, for random pages of few letters (many grams shared, the count table full of neighbours)', () => {
    const han = fc.constantFrom('甲', '乙', '丙', 'a');
    fc.assert(
      fc.property(fc.array(fc.array(han, { maxLength: 40 }).map((a) => `天${a.join('')}`), { minLength: 1, maxLength: 6 }), (texts) => {
        const index = indexRepeats(texts);
        // (the 5^6 grams of these letters have 5^6 distinct hashes: counting strings is counting hashes)
        const counted = new Map<string, number>();
        for (const text of texts) for (let i = 0; i + REPEAT_GRAM <= text.length; i++) counted.set(text.slice(i, i + REPEAT_GRAM), (counted.get(text.slice(i, i + REPEAT_GRAM)) ?? 0) + 1);
        for (const text of texts) for (let i = 0; i + REPEAT_GRAM <= text.length; i++) expect(index.countAt(text, i)).toBe(counted.get(text.slice(i, i + REPEAT_GRAM)));
        expect(index.countAt('乙乙乙乙乙乙', 0)).toBe(counted.get('乙乙乙乙乙乙') ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  it.each<[string, number, boolean]>([
    ['a page of exactly REPEAT_MAX_PAGE_UNITS units is searched', 0, true],
    ['a page one unit longer is not', 1, false],
  ])('%s', (_name, extra, searched) => {
    const text = `甲${KIT}乙${KIT}丙${KIT}丁`;
    const rest = REPEAT_MAX_PAGE_UNITS - text.length + extra;
    const texts = [text, filler(Math.floor(rest / 2), 11), filler(rest - Math.floor(rest / 2), 23)];
    expect(texts.reduce((n, t) => n + t.length, 0)).toBe(REPEAT_MAX_PAGE_UNITS + extra);
    expect(indexRepeats(texts).stretches(text)).toEqual(searched ? occurrences(text, KIT) : []);
  });
});

// ---------------------------------------------------------------------------------------------
// alignToMarkup / spanOf

/** The text of a piece of markup: tags and comments dropped, references decoded, whitespace removed. */
const textOfMarkup = (raw: string): string => decodeHTML(raw.replace(/<!--[\s\S]*?-->/g, '').replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, '').replace(/<[a-zA-Z/!?][^>]*>/g, '')).replace(/\s/gu, '');

describe('alignToMarkup and spanOf', () => {
  const CASES: [string, string, string, string[]][] = [
    // [name, markup, segment text, pieces]
    ['inline tags and &amp;', '<p>foo <b>bar</b> &amp; baz</p>', 'foo bar & baz', ['foo', 'bar', '&', 'baz', 'bar & baz', 'foo bar', 'o b', 'r &']],
    ['a comment and &lt;', '<div>one<!-- note --> two &lt; three</div>', 'one two < three', ['one', 'two <', '< three', 'one two']],
    ['numeric references', '<p>滾珠&#36600;&#x627F;的工廠</p>', '滾珠軸承的工廠', ['軸', '承', '滾珠軸', '軸承的', '工廠']],
    ['tags with attributes and line breaks', '<td class="x">\n  軸承<span style="color:red">\n價格</span>表\n</td>', '軸承 價格表', ['軸承', '價格', '承 價', '表']],
    ['a literal < that is not a tag', '<p>1 < 2 and 3</p>', '1 < 2 and 3', ['1 < 2', '<', 'and 3']],
    ['an astral character reference (two units)', '<p>ok &#x1F600; done</p>', 'ok 😀 done', ['😀', 'ok 😀', '😀 done']],
    ['a style sheet and a script between the words', '<p>軸承<style>.a{display:none}</style>價格<SCRIPT type="x">var t="價";</SCRIPT>表</p>', '軸承價格表', ['軸承', '價格', '承價', '格表']],
  ];

  it.each(CASES.flatMap(([name, raw, text, pieces]) => pieces.map((piece) => [name, raw, text, piece] as const)))('%s: %j, piece %j', (_name, raw, text, piece) => {
    const aligned = alignToMarkup(text, raw);
    expect(aligned).toBeDefined();
    const from = text.indexOf(piece);
    expect(from).toBeGreaterThanOrEqual(0);
    const span = spanOf(aligned!, from, from + piece.length);
    expect(span).toBeDefined();
    const slice = raw.slice(span!.start, span!.end);
    // the span starts at the piece's first character (or its reference) and ends at its last
    expect(decodeHTML(slice.slice(0, slice.startsWith('&') ? slice.indexOf(';') + 1 : [...slice][0]!.length))).toBe(String.fromCodePoint(piece.codePointAt(0)!));
    const lastChar = [...piece].at(-1)!;
    expect(slice.endsWith(lastChar) || decodeHTML(slice.slice(slice.lastIndexOf('&'))) === lastChar).toBe(true);
    // and holds the piece and nothing else
    expect(textOfMarkup(slice)).toBe(piece.replace(/\s/gu, ''));
  });

  it('every non-space unit of the text maps to markup; whitespace units map to −1', () => {
    const text = 'foo bar & baz';
    const aligned = alignToMarkup(text, '<p>foo <b>bar</b> &amp; baz</p>')!;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ' ') expect(aligned.start[i]).toBe(-1);
      else expect(aligned.end[i]).toBeGreaterThan(aligned.start[i]!);
    }
  });

  it('a span of whitespace only is undefined; surrounding whitespace is trimmed', () => {
    const text = 'foo bar';
    const raw = '<p>foo <i>bar</i></p>';
    const aligned = alignToMarkup(text, raw)!;
    expect(spanOf(aligned, 3, 4)).toBeUndefined();
    const span = spanOf(aligned, 2, 5)!;
    expect(raw.slice(span.start, span.end)).toBe('o <i>b');
  });

  it.each<[string, string, string]>([
    ['a character missing from the markup', 'foo bar', '<p>foo baz</p>'],
    ['text longer than the markup', 'foo bar!', '<p>foo bar</p>'],
    ['text only inside a tag', 'class', '<p class="x"></p>'],
    ['text only inside a comment', 'note', '<p><!-- note --></p>'],
    ['an entity that decodes to another character', 'a&b', '<p>a&lt;b</p>'],
  ])('undefined when the text is not in the markup: %s', (_name, text, raw) => {
    expect(alignToMarkup(text, raw)).toBeUndefined();
  });

  // A character reference that decodes to whitespace (&nbsp;, &#12288; — common paragraph
  // indentation on Chinese pages) is skipped like whitespace; before, the whole segment failed to
  // align and split.ts fell back to a first/last-occurrence span that could cover ordinary text.
  it.each<[string, string, string]>([
    ['&nbsp; between words', 'foo bar', '<p>foo&nbsp;bar</p>'],
    ['&#12288; indentation', '軸承價格', '<p>&#12288;&#12288;軸承價格</p>'],
  ])('whitespace references are followed like whitespace: %s', (_name, text, raw) => {
    expect(alignToMarkup(text, raw)).toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------
// pageVerdict: count once

const SPAM_HIT: RuleHit = { rule: 'spam.inline', label: 'spam', score: 5, category: 'injection', description: 'a hit written for the tests' };

function spamSegment(spamScore: number, countOnceKey?: string): VerdictInput {
  return { label: 'spam', spamScore, hits: [{ ...SPAM_HIT, score: spamScore }], lexiconHits: [], ...(countOnceKey === undefined ? {} : { countOnceKey }) };
}

describe('inlineCountOnceKey', () => {
  const cut = (text: string, score: number) => ({ normalized: text, scores: { body: 0, navigation: 0, spam: score } });
  it('a weak cut on a page that reports counts under the one shared key', () => {
    expect(inlineCountOnceKey(cut('博彩平台', INLINE_SCORE), true)).toBe(WEAK_ON_REPORTING_PAGE_KEY);
  });
  it('a strong cut on a page that reports keeps its own key', () => {
    expect(inlineCountOnceKey(cut('博彩平台', INLINE_STRONG_SCORE), true)).toBe('博彩平台');
  });
  it('a weak cut on a page that does not report keeps its own key', () => {
    expect(inlineCountOnceKey(cut('博彩平台', INLINE_SCORE), false)).toBe('博彩平台');
  });
  it('two different weak cuts of a page that reports add up to one in the verdict, elsewhere to two', () => {
    const weak = [cut('博彩中介', INLINE_SCORE), cut('博彩平台', INLINE_SCORE)];
    const score = (reporting: boolean): number =>
      pageVerdict(weak.map((s) => ({ label: 'spam', spamScore: s.scores.spam, hits: [], lexiconHits: [], countOnceKey: inlineCountOnceKey(s, reporting) })), 100).score;
    expect(score(true)).toBe(INLINE_SCORE);
    expect(score(false)).toBe(2 * INLINE_SCORE);
  });
});

describe('pageVerdict', () => {
  it.each<[string, VerdictInput[], number]>([
    ['two spam segments with the same key count once', [spamSegment(5, '一区二区'), spamSegment(5, '一区二区')], 5],
    ['two spam segments with different keys count twice', [spamSegment(5, '一区二区'), spamSegment(5, '久久精品')], 10],
    ['two spam segments without a key count twice', [spamSegment(5), spamSegment(5)], 10],
    ['a keyed and an unkeyed segment count twice', [spamSegment(5, '一区二区'), spamSegment(5)], 10],
    ['three copies of one key and one other: two', [spamSegment(5, 'a'), spamSegment(5, 'a'), spamSegment(5, 'a'), spamSegment(7, 'b')], 12],
    ['the best-evidenced copy of a key is the one counted (first)', [spamSegment(7, 'a'), spamSegment(5, 'a')], 7],
    ['the best-evidenced copy of a key is the one counted (later)', [spamSegment(5, 'a'), spamSegment(5, 'a'), spamSegment(7, 'a')], 7],
    [
      'a non-spam segment with the key does not use it up',
      [{ label: 'body', spamScore: 3, hits: [], lexiconHits: [], countOnceKey: 'a' }, spamSegment(5, 'a')],
      5,
    ],
    ['a page-scope spam hit counts even on a body segment', [{ label: 'body', spamScore: 0, hits: [{ ...SPAM_HIT, score: 2, page: true }], lexiconHits: [] }, spamSegment(5, 'a')], 7],
    ['the spam score of a body segment does not count', [{ label: 'body', spamScore: 4, hits: [], lexiconHits: [] }], 0],
  ])('%s', (_name, segments, score) => {
    expect(pageVerdict(segments, 100).score).toBe(score);
  });

  it.each<[number, number, boolean]>([
    [5, 5, true],
    [5, 5.01, false],
    [5, 4.99, true],
    [10, 10, true],
    [10, 10.5, false],
  ])('score %d against threshold %d → spam %s', (score, threshold, spam) => {
    const segments = score === 10 ? [spamSegment(5, 'a'), spamSegment(5, 'b')] : [spamSegment(5, 'a'), spamSegment(5, 'a')];
    const verdict = pageVerdict(segments, threshold);
    expect(verdict.score).toBe(score);
    expect(verdict.threshold).toBe(threshold);
    expect(verdict.spam).toBe(spam);
  });
});

// ---------------------------------------------------------------------------------------------
// The inline stage end to end

/** A Simplified keyword string of a hijack kit, written for the tests. */
const INJECTED = '国产精品久久久久精品亚洲一区二区';

/** A Traditional-Chinese factory paragraph in four pieces; the injection goes between them, mid-sentence. */
const PIECES = [
  '本廠位於台中市工業區，專業生產各式精密滾珠軸承與滾針軸承，產品廣泛應用於工具機',
  '以及汽車零件、農業機械和風力發電設備。廠內擁有完整的熱處理與研磨生產線，每一批軸承出廠前都會經過',
  '噪音、振動與尺寸的嚴格檢驗，確保客戶收到的每一顆軸承都符合國際標準。歡迎來電洽詢樣品與報價，工程師會在',
  '兩個工作天內回覆您的需求，也歡迎預約參觀工廠。',
] as const;
const TITLE = '精密軸承製造廠';
const CLEAN = PIECES.join('');
const INJECTED_PARAGRAPH = PIECES.join(INJECTED);

/** A Traditional-Chinese news paragraph about a casino town: the words appear in ordinary sentences. */
const CASINO_NEWS =
  '澳門特區政府今日公布上半年財政數據，受到旅客人數回升帶動，賭場的博彩毛收入較去年同期明顯增加。經濟學者表示，澳門仍需推動產業多元發展，不能只依賴博彩業，並建議政府加強會展、中醫藥與文化旅遊等新興產業的投資，讓年輕人有更多就業選擇。另外，多家酒店也計劃在暑假期間舉辦家庭活動，吸引更多遊客留宿。';

const inlineSegments = (report: Report): Segment[] => report.segments.filter((s) => s.source.kind === 'inline');
const INLINE_RULES = ['spam.inline', 'spam.inline-strong', 'spam.inline-kit', 'spam.inline-foreign', 'spam.inline-lexicon', 'spam.inline-keywords', 'spam.opening-keyword', 'spam.inline-term'];

// ---------------------------------------------------------------------------------------------
// isKitString: both sides of each bound

describe('isKitString', () => {
  const kit = { repeats: KIT_MIN_COPIES - 1, pageSupport: KIT_MAX_SUPPORT, letters: KIT_MIN_CHARS };
  it.each<[string, Partial<typeof kit>, boolean]>([
    ['at every bound', {}, true],
    ['one copy fewer', { repeats: KIT_MIN_COPIES - 2 }, false],
    ['more copies', { repeats: 4 }, true],
    ['its words used elsewhere on the page', { pageSupport: KIT_MAX_SUPPORT + 0.01 }, false],
    ['its words used nowhere else', { pageSupport: 0 }, true],
    ['one letter shorter', { letters: KIT_MIN_CHARS - 1 }, false],
    ['a long string', { letters: 30 }, true],
  ])('%s', (_name, change, expected) => {
    const { letters, ...features } = { ...kit, ...change };
    expect(isKitString({ features, letters })).toBe(expected);
  });
});

describe('isForeignKit', () => {
  const kit = { repeats: KIT_MIN_COPIES - 1, pageSupport: KIT_MAX_SUPPORT, letters: KIT_MIN_CHARS };
  const others = { runScore: 0, runMean: 0, contextMean: 0, segmentShare: 0, separators: 0, lexiconShare: 0, scriptSwitch: 0, logChars: 0 };
  it.each<[string, Partial<typeof kit>, boolean, boolean, boolean]>([
    ['a kit string in a foreign script', {}, true, true, true],
    ['a kit string in the script of its text', {}, false, false, false],
    ['a foreign-script phrase spliced once fewer', { repeats: KIT_MIN_COPIES - 2 }, true, false, false],
    ['a foreign-script phrase whose words the page uses', { pageSupport: KIT_MAX_SUPPORT + 0.01 }, true, false, false],
    // the short foreign kit: fewer letters, as many copies as the repeat count tells apart
    ['a short foreign phrase, spliced the most times counted', { letters: FOREIGN_KIT_SHORT_MIN_CHARS, repeats: FOREIGN_KIT_SHORT_MIN_COPIES - 1 }, true, true, false],
    ['the same, one copy fewer', { letters: FOREIGN_KIT_SHORT_MIN_CHARS, repeats: FOREIGN_KIT_SHORT_MIN_COPIES - 2 }, true, false, false],
    ['the same, one letter shorter', { letters: FOREIGN_KIT_SHORT_MIN_CHARS - 1, repeats: FOREIGN_KIT_SHORT_MIN_COPIES - 1 }, true, false, false],
    ['the same, its words used elsewhere', { letters: FOREIGN_KIT_SHORT_MIN_CHARS, repeats: FOREIGN_KIT_SHORT_MIN_COPIES - 1, pageSupport: KIT_MAX_SUPPORT + 0.01 }, true, false, false],
    ['the same, in the script of its text', { letters: FOREIGN_KIT_SHORT_MIN_CHARS, repeats: FOREIGN_KIT_SHORT_MIN_COPIES - 1 }, false, false, false],
  ])('%s', (_name, change, foreign, expected, expectedInList) => {
    const { letters, ...rest } = { ...kit, ...change };
    const features = { ...others, ...rest };
    expect(isForeignKit({ features, letters, foreignScript: foreign })).toBe(expected);
    // a list read for kit strings only takes the long kit strings only
    expect(isForeignKitInList({ features, letters, foreignInConvertedText: foreign })).toBe(expectedInList);
  });
});

describe('isForeignCut', () => {
  const features = { runScore: 0, runMean: 0, contextMean: 0, segmentShare: 0, separators: 0, lexiconShare: 0, scriptSwitch: 1, repeats: 0, logChars: Math.log1p(4), pageSupport: KIT_MAX_SUPPORT };
  it.each<[string, number, boolean, boolean]>([
    ['a foreign-script phrase whose words the page uses nowhere else', KIT_MAX_SUPPORT, true, true],
    ['the same, its words used elsewhere on the page', KIT_MAX_SUPPORT + 0.01, true, false],
    ['a phrase in the script of its text', 0, false, false],
  ])('%s', (_name, pageSupport, foreignScript, expected) => {
    expect(isForeignCut({ features: { ...features, pageSupport }, foreignScript })).toBe(expected);
  });
});

describe('isLexiconCut', () => {
  const features = { runScore: 0, runMean: 0, contextMean: 0, segmentShare: 0, separators: 0, lexiconShare: 0.4, scriptSwitch: 0, repeats: 0, logChars: Math.log1p(10), pageSupport: LEXICON_CUT_MAX_SUPPORT };
  it.each<[string, Partial<typeof features>, number, boolean]>([
    ['a lexicon word, its words used elsewhere at the bound', {}, 1, true],
    ['its words used nowhere else', { pageSupport: 0 }, 1, true],
    ['its words used a little more', { pageSupport: LEXICON_CUT_MAX_SUPPORT + 0.01 }, 1, false],
    ['no lexicon word', { lexiconShare: 0 }, 0, false],
    ['lexicon words only', { lexiconShare: 1 }, 1, true],
    ['a term of more than full weight', {}, 2, true],
    [`a down-weighted term only (weight just under ${LEXICON_CUT_MIN_WEIGHT})`, { pageSupport: 0 }, LEXICON_CUT_MIN_WEIGHT - 0.01, false],
    ['a down-weighted term only (博彩 *0.3)', { pageSupport: 0 }, 0.3, false],
  ])('%s', (_name, change, termWeight, expected) => {
    expect(isLexiconCut({ termWeight, features: { ...features, ...change } })).toBe(expected);
  });
  it('is no lexicon cut on a page that reports, whatever its support', () => {
    expect(isLexiconCut({ termWeight: 1, features: { ...features, pageSupport: 0 } }, true)).toBe(false);
  });
});

describe('isTopicMention', () => {
  const features = { runScore: 0, runMean: 0, contextMean: 0, segmentShare: 0, separators: 0, lexiconShare: 1, scriptSwitch: 0, repeats: 3, logChars: Math.log1p(4), pageSupport: TOPIC_MIN_SUPPORT };
  it.each<[string, Partial<typeof features>, boolean, boolean]>([
    ['lexicon words only, their words used elsewhere on the page at the bound', {}, false, true],
    ['the same, used more', { pageSupport: 1 }, false, true],
    ['the same, used a little less', { pageSupport: TOPIC_MIN_SUPPORT - 0.01 }, false, false],
    ['words the page uses nowhere else', { pageSupport: 0 }, false, false],
    ['a run with words outside the lexicons', { lexiconShare: 0.9 }, false, false],
    ['lexicon words in a foreign script', {}, true, false],
  ])('%s', (_name, change, foreignScript, expected) => {
    expect(isTopicMention({ features: { ...features, ...change }, foreignScript })).toBe(expected);
  });
});

describe('isParticleEmbedded', () => {
  const features = { runScore: 0, runMean: 0, contextMean: 0, segmentShare: 0, separators: 0, lexiconShare: 1, scriptSwitch: 0, repeats: 1, logChars: Math.log1p(4), pageSupport: 0 };
  /** The candidate covering the first copy of `run` in `text`. */
  const at = (text: string, run: string, change: Partial<typeof features> = {}, foreignScript = false) => {
    const start = text.indexOf(run);
    return isParticleEmbedded({ start, end: start + run.length, features: { ...features, ...change }, foreignScript }, text);
  };
  it.each<[string, string, string, boolean]>([
    ['a noun followed by the particle の', '偽ブランドの見分け方を紹介します。', '偽ブランド', true],
    ['a noun followed by を', '個人輸入代行を利用する人が多い。', '個人輸入代行', true],
    ['a noun made a verb with する', '正規販売前に個人輸入して服用した。', '個人輸入', true],
    ['a keyword set between sentences', '天気が良い。スーパーコピー時計。散歩に出た。', 'スーパーコピー時計', false],
    ['a keyword running into the next sentence unmarked', '天気が良い。スーパーコピー時計散歩に出た。', 'スーパーコピー時計', false],
    ['a keyword ending in hiragana (no noun for a particle to follow)', '天気が良い。激安ですのでどうぞ。', '激安です', false],
    ['a noun in a bracket the run opens, the particle after its closing bracket', '偽物の時計(コピー時計)の売買は違法です。', '偽物の時計(コピー時計', true],
    ['the same with full-width brackets', '偽物の時計（コピー時計）を買う人もいる。', '偽物の時計（コピー時計', true],
    ['a closing bracket the run did not open', '「天気」スーパーコピー時計)の店。', 'スーパーコピー時計', false],
    ['a bracket closed and a keyword after it, no particle', '偽物の時計(コピー時計)。散歩に出た。', '偽物の時計(コピー時計', false],
    ['a run that ends on the closing bracket it opened, then a particle', '偽物の時計(コピー時計)を購入しても違法ではない。', '偽物の時計(コピー時計)', true],
    ['a run that ends on the closing bracket it opened, then the copula', '偽物の時計(コピー時計)だと知りながら売った。', '偽物の時計(コピー時計)', true],
    ['a run ending on a closing bracket it did not open', '天気が良い。スーパーコピー時計)を売る。', 'スーパーコピー時計)', false],
    ['a noun followed by the adverbial particle など', '不正規ルート(個人輸入など)で入手した薬。', '個人輸入', true],
    ['など that does not follow the run (a keyword, then another sentence)', '天気が良い。スーパーコピー時計。など', 'スーパーコピー時計', false],
  ])('%s', (_name, text, run, expected) => {
    expect(at(text, run)).toBe(expected);
  });
  it('holds only for runs with a spam-lexicon word, in the script of their text', () => {
    const text = '偽ブランドの見分け方を紹介します。';
    expect(at(text, '偽ブランド', { lexiconShare: 0 })).toBe(false);
    expect(at(text, '偽ブランド', {}, true)).toBe(false);
  });
});

/**
 * A Simplified string of harmless words with one character Traditional text does not use (费, 线; no
 * lexicon term, nothing a spam model would know),
 * written for the tests, and the same string in Traditional characters.
 */
const FOREIGN_KIT = '星空影院免费在线看';
const NATIVE_PHRASE = '星空影院免費在線看';

describe('a kit string in a foreign script, end to end', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('cuts every copy of a Simplified string spliced into Traditional text, with the script switch as evidence', () => {
    const report = sifter.sift({ text: `${TITLE}\n${PIECES.join(FOREIGN_KIT)}` });
    const cut = inlineSegments(report);
    expect(cut.map((s) => s.text)).toEqual([FOREIGN_KIT, FOREIGN_KIT, FOREIGN_KIT]);
    expect(cut.every((s) => s.label === 'spam' && s.hits.some((h) => h.rule.startsWith('spam.inline') && h.tokens?.includes('script switch')))).toBe(true);
    // the factory's own text stays body
    expect(report.segments.filter((s) => s.label === 'body').map((s) => s.text).join('')).toContain(PIECES[1]);
  });

  it('leaves the same phrase in the script of its text alone', () => {
    const report = sifter.sift({ text: `${TITLE}\n${PIECES.join(NATIVE_PHRASE)}` });
    expect(inlineSegments(report)).toEqual([]);
    expect(report.verdict.spam).toBe(false);
  });
});

describe('isKeywordString', () => {
  const features = { runScore: 0, runMean: 0, contextMean: 0, segmentShare: 0, scriptSwitch: 0, repeats: 0, logChars: Math.log1p(20), lexiconShare: 0, separators: KEYWORD_STRING_MIN_SEPARATORS, pageSupport: KIT_MAX_SUPPORT };
  it.each<[string, Partial<typeof features>, boolean]>([
    ['at every bound', {}, true],
    ['fewer separators', { separators: KEYWORD_STRING_MIN_SEPARATORS - 0.01 }, false],
    ['its words used elsewhere on the page', { pageSupport: KIT_MAX_SUPPORT + 0.01 }, false],
    ['more separators, words used nowhere else', { separators: 0.3, pageSupport: 0 }, true],
  ])('%s', (_name, change, expected) => {
    expect(isKeywordString({ features: { ...features, ...change } })).toBe(expected);
  });
});

describe('nonOverlapping', () => {
  const candidate = (start: number, end: number, letters: number, repeats: number): Candidate => ({
    start,
    end,
    kind: 'run-cjk',
    letters,
    foreignScript: false,
    foreignInConvertedText: false,
    termWeight: 0,
    features: { runScore: 0, runMean: 0, contextMean: 0, logChars: Math.log1p(letters), repeats, scriptSwitch: 0, segmentShare: 0, separators: 0, lexiconShare: 0, pageSupport: 0 },
  });
  // a kit string (KIT_MIN_CHARS letters, KIT_MIN_COPIES copies, support 0) and a likelier shorter run over the same copy
  const kit = { candidate: candidate(0, 15, KIT_MIN_CHARS + 7, KIT_MIN_COPIES - 1), p: 0.6, opening: false, reportingPage: false };
  const run = { candidate: candidate(0, 7, KIT_MIN_CHARS - 1, KIT_MIN_COPIES - 1), p: 0.9, opening: false, reportingPage: false };
  const later = { candidate: candidate(20, 26, 6, 0), p: 0.7, opening: false, reportingPage: false };

  it('of two overlapping candidates keeps the one whose rule scores higher, not the likelier', () => {
    expect(nonOverlapping([run, kit])).toEqual([kit]);
  });

  it('between rules of the same score, the likelier; candidates apart are all kept, in text order', () => {
    const weaker = { ...run, p: 0.55 };
    expect(nonOverlapping([weaker, run])).toEqual([run]);
    expect(nonOverlapping([later, kit])).toEqual([kit, later]);
  });
});

describe('isOpeningKeyword', () => {
  const features = { runScore: 0, runMean: 0, contextMean: 0, segmentShare: 0, separators: 0, scriptSwitch: 0, repeats: 0, logChars: Math.log1p(8), lexiconShare: 0.05, pageSupport: KIT_MAX_SUPPORT };
  const other = OPENING_KEYWORD_MIN_OTHER_CHARS;
  it.each<[string, Partial<typeof features>, number, number, boolean]>([
    ['at every bound', {}, OPENING_KEYWORD_MAX_START, other, true],
    ['at the very start', {}, 0, other, true],
    ['one character later', {}, OPENING_KEYWORD_MAX_START + 1, other, false],
    ['on a page with one character less of other body text', {}, 0, other - 1, false],
    ['no lexicon word', { lexiconShare: 0 }, 0, other, false],
    ['lexicon words only', { lexiconShare: 1 }, 0, other, true],
    ['its words used elsewhere on the page', { pageSupport: KIT_MAX_SUPPORT + 0.01 }, 0, other, false],
  ])('%s', (_name, change, start, otherChars, expected) => {
    expect(isOpeningKeyword({ features: { ...features, ...change } }, start, otherChars)).toBe(expected);
  });
});

/** A casino keyword as doorways put it over their text (贵宾会 and 娱乐手机版 are gambling-lexicon terms). */
const CASINO_HEADING = '澳门永利贵宾会手机版';
/** Simplified news paragraphs about a school exam and a tram line, written for the tests: nothing about gambling. */
const UNRELATED_NEWS = [
  '今年高考期间，市出租车公司派出七百辆出租车参加爱心送考活动，对接预约考生的司机都是公司里的业务骨干，可以最大程度地保证学生准时到达考场。',
  '市交通局表示，新建的有轨电车二号线将于明年年底通车，全线设站十八座，沿线居民出行将更加方便，施工期间部分路段需要绕行。',
  '气象部门提醒，本周后半段将有一次明显的降雨过程，请市民出行注意安全，农业部门也要做好防涝准备。',
  '区图书馆新开设了少儿阅览室，每周六上午安排志愿者给孩子们讲故事，家长可以提前在网上预约座位。',
  '本地一家食品厂扩建了冷链仓库，新增冷藏车二十辆，今后生鲜蔬菜从田间送到超市只需要半天时间。',
  '社区卫生服务中心下个月起延长门诊时间，工作日晚上八点以前都可以挂号，老年人还可以预约上门体检。',
  '市体育馆的游泳池完成了翻修，更换了循环过滤设备和更衣室的储物柜，暑假期间每天开放到晚上九点。',
  '农业技术推广站的专家来到村里，手把手教果农给桃树疏果和套袋，今年的桃子预计比去年增产两成。',
] as const;
/** A Simplified paragraph that keeps talking about the casino's VIP rooms: the heading is its subject. */
const CASINO_REPORT = '澳门永利贵宾会手机版上线以后，永利贵宾会的贵宾厅客人明显增加。业内人士指出，贵宾会的手机版主要服务老客户，永利方面表示贵宾会业务今年仍是重点。';

describe('an opening keyword, end to end', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('a lexicon keyword heading over text that never mentions it is cut, and the page is spam', async () => {
    // one long line, as a crawl's text of such a page comes (a first line of up to TEXT_TITLE_MAX_CHARS
    // would be read as the title), with OPENING_KEYWORD_MIN_OTHER_CHARS of other text
    const line = `${CASINO_HEADING} ${UNRELATED_NEWS.join('')}`;
    expect(line.length).toBeGreaterThan(TEXT_TITLE_MAX_CHARS);
    expect(UNRELATED_NEWS.join('').length).toBeGreaterThan(OPENING_KEYWORD_MIN_OTHER_CHARS + CASINO_HEADING.length);
    // the shipped doorway model takes such a page whole (src/doorway: looseSpam); this rule is read without it
    expect(sifter.sift({ text: line }).verdict.spam).toBe(true);
    const report = siftPage({ ...(await loadResources(parseOptions({}))), doorway: undefined }, parseOptions({}), { text: line });
    const cut = inlineSegments(report);
    expect(cut).toHaveLength(1);
    expect(cut[0]!.text).toContain('贵宾会');
    expect(cut[0]!.hits.map((h) => h.rule)).toEqual(['spam.opening-keyword']);
    expect(report.verdict.spam).toBe(true);
    // the news stays body
    expect(report.segments.filter((s) => s.label === 'body').map((s) => s.text).join('')).toContain('有轨电车二号线');
  });

  it('the same words where the page keeps using them are its subject, not cut by this rule', () => {
    const report = sifter.sift({ text: CASINO_REPORT });
    expect(report.segments.flatMap((s) => s.hits).map((h) => h.rule)).not.toContain('spam.opening-keyword');
  });

  it('the same heading over a short page is not judged', () => {
    const report = sifter.sift({ text: `${CASINO_HEADING} ${UNRELATED_NEWS.slice(0, 2).join('')}` });
    expect(report.segments.flatMap((s) => s.hits).map((h) => h.rule)).not.toContain('spam.opening-keyword');
  });

  it(`a heading the page repeats up to OPENING_KEYWORD_MAX_COPIES (${OPENING_KEYWORD_MAX_COPIES}) times is cut, one more copy makes it the subject`, () => {
    const withCopies = (copies: number): string => {
      const news: string[] = [...UNRELATED_NEWS];
      // the heading again between sentences, after the first, second… sentence
      for (let i = 1; i < copies; i++) news.splice(i * 2, 0, `${CASINO_HEADING}。`);
      return `${CASINO_HEADING} ${news.join('')}`;
    };
    const rules = (text: string) => sifter.sift({ text }).segments.flatMap((s) => s.hits).map((h) => h.rule);
    expect(UNRELATED_NEWS.length).toBeGreaterThan(2 * OPENING_KEYWORD_MAX_COPIES);
    expect(rules(withCopies(OPENING_KEYWORD_MAX_COPIES))).toContain('spam.opening-keyword');
    expect(rules(withCopies(OPENING_KEYWORD_MAX_COPIES + 1))).not.toContain('spam.opening-keyword');
  });

  it('the same phrase later in the page is no opening', () => {
    const report = sifter.sift({ text: `${UNRELATED_NEWS.slice(0, 3).join('')}${CASINO_HEADING} ${UNRELATED_NEWS.slice(3).join('')}` });
    expect(report.segments.flatMap((s) => s.hits).map((h) => h.rule)).not.toContain('spam.opening-keyword');
  });
});

/** A shorter Simplified string of harmless words (5 letters; 红, 枫, 叶, 书, 馆 are foreign to Traditional text) and its Traditional form. */
const SHORT_FOREIGN_KIT = '红枫叶书馆';
const SHORT_NATIVE_PHRASE = '紅楓葉書館';
/** The factory text with a phrase spliced after each of its first `copies` commas. */
const splicedAfterCommas = (phrase: string, copies: number): string => {
  let left = copies;
  return CLEAN.replace(/，/gu, (comma) => (left-- > 0 ? `${comma}${phrase}` : comma));
};

describe('a short kit string in a foreign script, end to end', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  // (the bounds of the rule are probed in the isForeignKit table above; spliced fewer times, the
  // fitted model may cut it on its own evidence)
  it('is cut when spliced FOREIGN_KIT_SHORT_MIN_COPIES times', () => {
    const report = sifter.sift({ text: `${TITLE}\n${splicedAfterCommas(SHORT_FOREIGN_KIT, FOREIGN_KIT_SHORT_MIN_COPIES)}` });
    expect(inlineSegments(report).map((s) => s.text)).toEqual(Array(FOREIGN_KIT_SHORT_MIN_COPIES).fill(SHORT_FOREIGN_KIT));
    expect(report.verdict.spam).toBe(true);
  });

  it('is left alone in the script of its text', () => {
    const report = sifter.sift({ text: `${TITLE}\n${splicedAfterCommas(SHORT_NATIVE_PHRASE, FOREIGN_KIT_SHORT_MIN_COPIES)}` });
    expect(inlineSegments(report)).toEqual([]);
    expect(report.verdict.spam).toBe(false);
  });
});

/**
 * A product's spec list in Traditional characters with the Simplified forms a converted page keeps
 * (后, 于, 范), written for the tests: short items, so not prose the inline stage reads whole.
 */
const SPEC_ITEMS = ['材料:由高品質鋁型材和壓鑄角件拼接而成;', '結構:外觀簡潔,結構穩固,適用性強;', '表面處理:陽極氧化后更易于擦拭;', '應用范圍:數控機床及專用設備;', '尺寸:完全按照需求定制。'] as const;
const specPage = (items: readonly string[]): string => `產品規格\n${items.map((item) => `● ${item}`).join(' ')}`;

describe('a kit string in a spec list, end to end', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('cuts a Simplified kit string spliced into the items of a Traditional list', () => {
    const spliced = SPEC_ITEMS.map((item, i) => (i < 3 ? `${item.slice(0, 4)}${FOREIGN_KIT}${item.slice(4)}` : item));
    const report = sifter.sift({ text: specPage(spliced) });
    expect(inlineSegments(report).map((s) => s.text)).toEqual([FOREIGN_KIT, FOREIGN_KIT, FOREIGN_KIT]);
  });

  it('reads nothing else of such a list: the same list with the phrase in Traditional characters is left whole', () => {
    const spliced = SPEC_ITEMS.map((item, i) => (i < 3 ? `${item.slice(0, 4)}${NATIVE_PHRASE}${item.slice(4)}` : item));
    const report = sifter.sift({ text: specPage(spliced) });
    expect(inlineSegments(report)).toEqual([]);
  });

  it('a list of one script gets no per-character scores; a mixed one does', () => {
    expect(kitOnlyList({ traditional: 20, simplified: 3, foreign: 0 })).toBe(false);
    expect(kitOnlyList({ traditional: 0, simplified: 20, foreign: 12 })).toBe(false);
    expect(kitOnlyList({ traditional: 20, simplified: 30, foreign: 24 })).toBe(true);
  });
});

describe('inline injections, end to end', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  describe('text input', () => {
    const input = `${TITLE}\n${INJECTED_PARAGRAPH}`;
    let report: Report;
    beforeAll(() => {
      report = sifter.sift({ text: input });
    });

    it('cuts every copy out as an inline spam segment with exact offsets', () => {
      const inline = inlineSegments(report);
      expect(inline.map((s) => [s.source.start, s.source.end])).toEqual(occurrences(input, INJECTED));
      for (const segment of inline) {
        expect(segment.label).toBe('spam');
        expect(segment.text).toBe(INJECTED);
        expect(input.slice(segment.source.start, segment.source.end)).toBe(segment.text);
      }
    });

    it('leaves the text around them as body, with exact offsets', () => {
      for (const piece of PIECES) {
        const segment = report.segments.find((s) => s.text === piece);
        expect(segment, piece).toBeDefined();
        expect(segment!.label).toBe('body');
        expect(input.slice(segment!.source.start, segment!.source.end)).toBe(piece);
      }
      const phrase = report.segments.find((s) => s.text.includes('精密滾珠軸承'));
      expect(phrase?.label).toBe('body');
    });

    it('explains each cut with one inline hit carrying its evidence', () => {
      for (const segment of inlineSegments(report)) {
        expect(segment.hits).toHaveLength(1);
        const hit = segment.hits[0]!;
        expect(INLINE_RULES).toContain(hit.rule);
        expect(hit.label).toBe('spam');
        expect(segment.scores.spam).toBe(hit.score);
        expect(Array.isArray(hit.tokens)).toBe(true);
        const tokens = hit.tokens!;
        const p = Number(/^p=(\d\.\d\d)$/.exec(tokens[0]!)?.[1]);
        expect(p).toBeGreaterThan(0);
        // the strong rule exactly when the injection probability reaches 0.95
        expect(hit.rule === 'spam.inline-strong').toBe(p >= 0.95);
        // three copies of Simplified text inside Traditional text
        expect(tokens).toContain('repeated 3×');
        expect(tokens).toContain('script switch');
      }
    });

    it('makes the page spam, counting the copies of one phrase once', () => {
      expect(report.verdict.spam).toBe(true);
      expect(report.verdict.categories).toContain('injection');
      expect(report.verdict.score).toBe(recomputedVerdictScore(report));
      const inline = inlineSegments(report);
      expect(report.verdict.score).toBeLessThan(inline.reduce((s, x) => s + x.scores.spam, 0));
    });
  });

  it.each<[string, string, string[]]>([
    ['the factory paragraph without the injection', CLEAN, ['精密滾珠軸承', '風力發電設備']],
    ['a news paragraph about a casino town', CASINO_NEWS, ['澳門特區政府', '賭場的博彩毛收入', '不能只依賴博彩業']],
  ])('no inline segment in %s', (_name, paragraph, phrases) => {
    const input = `${TITLE}\n${paragraph}`;
    const report = sifter.sift({ text: input });
    expect(inlineSegments(report)).toEqual([]);
    expect(report.segments.some((s) => s.label === 'spam')).toBe(false);
    for (const phrase of phrases) expect(report.segments.find((s) => s.text.includes(phrase))?.label, phrase).toBe('body');
  });

  describe('HTML input', () => {
    const page = (paragraph: string): string =>
      `<!doctype html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body><div class="content"><h1>${TITLE}</h1>\n<p>${paragraph}</p>\n</div></body></html>`;

    it('the inline segments\' spans in the HTML hold the injected string', () => {
      const html = page(INJECTED_PARAGRAPH);
      const report = sifter.sift({ html });
      const inline = inlineSegments(report);
      expect(inline).toHaveLength(occurrences(html, INJECTED).length);
      for (const segment of inline) {
        expect(segment.text).toBe(INJECTED);
        expect(segment.label).toBe('spam');
        expect(html.slice(segment.source.start, segment.source.end)).toContain(INJECTED);
      }
      expect(report.verdict.spam).toBe(true);
    });

    it('a copy broken by tags, a comment and a reference: its span runs from its first character to its last', () => {
      const marked = '国产精品<b>久久久久</b>精品亚洲<!-- ad -->一区&#20108;区';
      const paragraph = PIECES[0] + marked + PIECES[1] + INJECTED + PIECES[2] + INJECTED + PIECES[3];
      const html = page(paragraph);
      const report = sifter.sift({ html });
      const inline = inlineSegments(report);
      expect(inline).toHaveLength(3);
      const first = inline[0]!;
      expect(first.text).toBe(INJECTED);
      expect(html.slice(first.source.start, first.source.end)).toBe(marked);
      expect(textOfMarkup(html.slice(first.source.start, first.source.end))).toBe(INJECTED);
      // the body pieces around it end and start where it does
      const before = report.segments[report.segments.indexOf(first) - 1]!;
      const after = report.segments[report.segments.indexOf(first) + 1]!;
      expect(before.label).toBe('body');
      expect(after.label).toBe('body');
      expect(before.source.end).toBe(first.source.start);
      expect(after.source.start).toBe(first.source.end);
    });

    it('the page without the injection has no inline segment', () => {
      expect(inlineSegments(sifter.sift({ html: page(CLEAN) }))).toEqual([]);
    });
  });
});

describe('a list whose hits are segment evidence marks no phrase', () => {
  // a side-job article that names one job three times: with the name in a phrase list, each copy is
  // cut as an injected phrase; in a segment-evidence list (# evidence: segment) the text stays whole.
  // No copy is followed by a particle (evidence.ts isParticleEmbedded keeps such a copy in its sentence).
  const text = [
    '副業の選び方',
    '保育士の副業には色々あります。在宅ワークならライブチャット。話すだけで収入になるので人気があります。夜も人気、ライブチャット!' +
      'ほかにもアンケートやデータ入力があり、空いた時間に少しずつ進められます。まずは家族に相談してライブチャット。',
  ].join('\n');
  const inlineTexts = async (evidence: 'phrase' | 'segment'): Promise<string[]> => {
    const sifter = await createSifter({ lexicons: [{ category: 'side-job', label: 'spam', evidence, terms: ['ライブチャット'] }] });
    return sifter.sift({ text }).segments.filter((s) => s.source.kind === 'inline').map((s) => s.text);
  };

  it('phrase evidence: each copy of the term is cut', async () => {
    expect(await inlineTexts('phrase')).toEqual(['ライブチャット', 'ライブチャット', 'ライブチャット']);
  });

  it('segment evidence: nothing is cut', async () => {
    expect(await inlineTexts('segment')).toEqual([]);
  });
});

describe(`isJapaneseText (kana at least ${JAPANESE_MIN_KANA_SHARE} of Han and kana): Chinese script variants say nothing of Japanese text`, () => {
  it.each([
    ['出会い系サイトのトラブルに関する相談が増えています。', true],
    ['偽物の時計(コピー時計)を見分ける方法', true],
    // 2 kana of 12 Han and kana letters (0.17) and 1 of 13 (0.08): both sides of JAPANESE_MIN_KANA_SHARE
    ['美味の店在台北市開幕の日', true],
    ['美味の店在台北市中山區開幕', false],
    ['警方破獲一起跨境賭博案件', false],
    ['出会系网站', false],
    ['', false],
  ])('%s → %s', (text, japanese) => {
    expect(isJapaneseText(text)).toBe(japanese);
  });

  it("a Japanese page's own subject (会 in 出会い系サイト, beside 費 and 談) is no script switch, and the page is not spam", async () => {
    const sifter = await defaultSifter();
    const text = [
      '出会い系サイトのトラブル相談',
      '国民生活センターには、出会い系サイトに関する相談が毎年寄せられています。',
      '出会い系サイトで知り合った相手から高額な利用料金を請求されたという相談が多く、費用の支払いをめぐる談話も目立ちます。',
      '相談員は、出会い系サイトの利用規約をよく読み、料金の仕組みを確かめるよう呼びかけています。',
      '出会い系サイトに登録したあと、退会の方法が分からないという相談も増えています。',
      'センターでは、出会い系サイトをめぐる被害を防ぐため、学校での講座も開いています。',
    ].join('\n');
    const report = sifter.sift({ text });
    expect(report.segments.flatMap((s) => s.hits.flatMap((h) => h.tokens ?? []))).not.toContain('script switch');
    expect(report.verdict.spam).toBe(false);
  });
});
