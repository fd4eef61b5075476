import { readFileSync } from 'node:fs';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBayesModel, sigmoid, type BayesModel } from '../src/bayes/model.js';
import { scoreSegment, type SegmentBayes } from '../src/bayes/score.js';
import { DATA_DIR } from '../src/data-dir.js';
import { cannotReach, DOORWAY_RULE, DOORWAY_TEXT_SCORE, judgesPage } from '../src/doorway/detect.js';
import { cjkShare, countStrayQuotes, countStuffing, countTagEnds, DOORWAY_FEATURES, DOORWAY_MIN_CHARS, DOORWAY_MIN_CJK_SHARE, DOORWAY_MIN_SENTENCES, evidenceFeatures, judgeable, LOOSE_SUPPORT, looseness, QUOTE_PAIRS, STUFFING_MAX_CHARS, supportFeatures, TAG_START_LOOKBACK_CHARS, type DoorwaySegment } from '../src/doorway/features.js';
import { countEllipses, ELLIPSIS_MAX_DOTS, ELLIPSIS_MIN_DOTS } from '../src/features/ellipses.js';
import { doorwayModelSchema, doorwayZ, loadDoorwayModel, type DoorwayModel } from '../src/doorway/model.js';
import { parseOptions } from '../src/options.js';
import { siftPage } from '../src/pipeline.js';
import { DOORWAY_MODEL_FILE, loadResources, type Resources } from '../src/resources.js';
import { tokenize } from '../src/tokenize/tokenize.js';

/**
 * The doorway stage (src/doorway): a page whose body text, taken as a whole, reads as doorway
 * filler turns spam. Its features on texts written for these tests, both sides of its size
 * limits, the shortcut that skips the sentence comparison, and the stage through the pipeline
 * with models whose weights the tests choose. Every text here was written for these tests.
 */

let bayes: BayesModel;
let resources: Resources;
beforeAll(async () => {
  resources = await loadResources(parseOptions({}));
  bayes = resources.bayes!;
});

/** One topic, its names coming back sentence after sentence. */
const COHERENT = [
  '青溪镇的老桥建于清代，是镇上最古老的石拱桥。',
  '去年夏天的洪水冲坏了老桥的两个桥墩，镇政府随即封闭了老桥。',
  '为了修复老桥，镇政府请来省里的古建筑专家，专家认为桥墩可以按原样修复。',
  '修复工程今年三月开工，工人们从河床里捞回了老桥原来的石块。',
  '专家说，用原来的石块修复桥墩，老桥就能保留清代的样子。',
  '上个月老桥重新开放，镇上的居民又可以走老桥去河对岸的集市了。',
  '居民们说，老桥修好以后，去集市比绕行新桥近了二十分钟。',
  '镇政府还在老桥两头装了路灯，晚上走老桥的居民也多了起来。',
  '省里的专家建议，老桥以后只许行人通过，不许车辆上桥。',
  '镇政府采纳了专家的建议，在老桥两头立了禁止车辆通行的石墩。',
  '一些老居民专门来到老桥，给修复老桥的工人们送去了茶水。',
  '专家说，青溪镇修复老桥的做法，可以给其他古桥的修复提供经验。',
  '今年秋天，镇政府打算在老桥边办一个展览，介绍老桥的历史。',
  '展览会展出老桥修复时捞回的石块和工人们修复老桥的照片。',
];
/** Every sentence from a different story: the stitched doorway's shape. */
const STITCHED = [
  '央行本周宣布下调存款准备金率零点五个百分点。',
  '这位歌手的新专辑在发行首日销量突破十万张。',
  '南极科考队在冰盖下发现了一处古老的湖泊。',
  '多地中小学开始试行课后延时服务，家长反映良好。',
  '一名登山爱好者在雪山迷路三天后被救援队找到。',
  '新款电动汽车的续航里程比上一代提高了百分之二十。',
  '博物馆修复了一幅明代山水画，下月将向公众展出。',
  '气象台预计明天起北方大部地区气温将明显回升。',
  '某快递企业上线了无人机配送，首批覆盖三个县城。',
  '一项研究显示，每天步行八千步有助于降低血压。',
  '老字号糕点店推出了低糖月饼，预售已经排到下周。',
  '市图书馆延长了周末开放时间，读者可以待到晚上十点。',
  '国际乒乓球公开赛落幕，东道主选手获得女单冠军。',
  '港口集装箱吞吐量连续三个月同比增长。',
];

function segment(text: string): DoorwaySegment {
  return { normalized: text, bayes: scoreSegment(bayes, text, tokenize(text).boundary, false) };
}

/** A segment whose Bayes view the test sets (for the size limits: only lengths and sentences count). */
function fake(chars: number, sentences: number): DoorwaySegment {
  const view: SegmentBayes = { p: 0, meanLlr: 0, features: 0, family: 'cjk', charScores: new Float64Array(0), topMean: 0, strongShare: 0, logPositiveSum: 0, coherence: 0, coherenceKnown: 0, sentences: Array.from({ length: sentences }, (_, i) => new Set([`词${i}a`, `词${i}b`, `词${i}c`])), top: [] };
  return { normalized: '字'.repeat(chars), bayes: view };
}

/** The evidence the sentence comparison multiplies by: this opening evidence, no stray tag ends and no spam-leaning words unless given. */
function at(openingTop: number, tagEnds = 0, pageP = 0): { openingTop: number; tagEnds: number; pageP: number } {
  return { openingTop, tagEnds, pageP };
}

describe('doorway features', () => {
  it('support is higher and orphans fewer when sentences keep returning to the same names', () => {
    const coherent = supportFeatures([segment(COHERENT.join(''))], at(0));
    const stitched = supportFeatures([segment(STITCHED.join(''))], at(0));
    expect(coherent.support).toBeGreaterThan(stitched.support);
    expect(coherent.orphans).toBeLessThan(stitched.orphans);
    expect(stitched.orphans).toBeGreaterThan(0.5);
  });

  it('headedOrphans is the opening evidence times the share of orphan sentences', () => {
    const stitched = [segment(STITCHED.join(''))];
    const { orphans } = supportFeatures(stitched, at(0));
    expect(supportFeatures(stitched, at(2)).headedOrphans).toBeCloseTo(2 * orphans, 10);
    expect(supportFeatures(stitched, at(-1)).headedOrphans).toBeCloseTo(-orphans, 10);
    expect(supportFeatures([segment(COHERENT.join(''))], at(2)).headedOrphans).toBeLessThan(supportFeatures(stitched, at(2)).headedOrphans);
  });

  describe(`looseSpam: pageP times how far support falls below ${LOOSE_SUPPORT}`, () => {
    it('is 0 at or above LOOSE_SUPPORT, and grows to 1 as support falls to 0', () => {
      expect(LOOSE_SUPPORT).toBe(0.25);
      expect(looseness(1)).toBe(0);
      expect(looseness(LOOSE_SUPPORT)).toBe(0);
      expect(looseness(LOOSE_SUPPORT + 0.01)).toBe(0);
      expect(looseness(LOOSE_SUPPORT - 0.05)).toBeCloseTo(0.2, 10);
      expect(looseness(0)).toBe(1);
    });
    it('counts the spam-leaning words of a stitched page, not of a coherent one', () => {
      const stitched = supportFeatures([segment(STITCHED.join(''))], at(0, 0, 0.6));
      expect(stitched.support).toBeLessThan(LOOSE_SUPPORT);
      expect(stitched.looseSpam).toBeCloseTo(0.6 * looseness(stitched.support), 10);
      expect(stitched.looseSpam).toBeGreaterThan(0);
      const coherent = supportFeatures([segment(COHERENT.join(''))], at(0, 0, 0.6));
      expect(coherent.support).toBeGreaterThanOrEqual(LOOSE_SUPPORT);
      expect(coherent.looseSpam).toBe(0);
      // no spam-leaning words, no looseSpam however loose the page
      expect(supportFeatures([segment(STITCHED.join(''))], at(0, 0, 0)).looseSpam).toBe(0);
    });
  });

  it('compares sentences across segments, not only within one', () => {
    // the same coherent text cut into one segment per sentence pair
    const pieces = [];
    for (let i = 0; i < COHERENT.length; i += 2) pieces.push(segment(COHERENT.slice(i, i + 2).join('')));
    const split = supportFeatures(pieces.filter((s) => s.bayes.sentences.length > 0), at(0));
    expect(split.support).toBeGreaterThan(supportFeatures([segment(STITCHED.join(''))], at(0)).support);
  });

  describe('countTagEnds: tag ends whose tag does not start before them', () => {
    it.each([
      ['an attribute cut from its tag', '她说 sans-serif"> 这篇文章也有发表', 1],
      ['an image tag cut before its name', '拎著一壶桂花酿酒,.jpg" border="0" /> 午后', 1],
      ['a bare self-closing end', '刚买回家 /> 阿尔卑斯山', 1],
      ['two stray ends', 'a %;">56% b %;">22%', 2],
      ['a stray end after a whole tag ended', '<b>粗体</b> 文字 color:red"> 文字', 1],
    ])('counts %s', (_, text, expected) => {
      expect(countTagEnds(text)).toBe(expected);
    });
    it.each([
      ['markup quoted whole in a tutorial', 'Write <img src="a.jpg" alt="" /> in the page'],
      ['a line break tag', 'first line<br/>second line'],
      ['a comparison', 'if x > y and "a" is quoted'],
      ['a quotation followed by an arrow', 'he said "yes" -> then left'],
    ])('does not count %s', (_, text) => {
      expect(countTagEnds(text)).toBe(0);
    });
    it(`looks for the tag's start no further back than ${TAG_START_LOOKBACK_CHARS} characters`, () => {
      const near = `<span style="${'x'.repeat(TAG_START_LOOKBACK_CHARS - 20)}">`;
      const far = `<span style="${'x'.repeat(TAG_START_LOOKBACK_CHARS + 20)}">`;
      expect(countTagEnds(near)).toBe(0);
      expect(countTagEnds(far)).toBe(1);
    });
  });

  it('cutOrphans is the stray tag ends times the share of orphan sentences', () => {
    const stitched = [segment(STITCHED.join(''))];
    const { orphans } = supportFeatures(stitched, at(0));
    expect(orphans).toBeGreaterThan(0);
    expect(supportFeatures(stitched, at(0, 1.5)).cutOrphans).toBeCloseTo(1.5 * orphans, 10);
    expect(supportFeatures(stitched, at(0, 0)).cutOrphans).toBe(0);
    expect(supportFeatures([segment(COHERENT.join(''))], at(0, 1.5)).cutOrphans).toBeLessThan(supportFeatures(stitched, at(0, 1.5)).cutOrphans);
  });

  it('counts "…", "……" and "..." as ellipses, per 1,000 characters on a log scale', () => {
    const text = `${'甲'.repeat(191)}……乙...丙…丁`; // 200 characters, 3 ellipses
    expect(text.length).toBe(200);
    const { ellipses } = evidenceFeatures([{ normalized: text, bayes: fake(0, 0).bayes }], bayes);
    expect(ellipses).toBeCloseTo(Math.log1p((3 * 1000) / 200), 10);
    const none = evidenceFeatures([{ normalized: '甲'.repeat(200), bayes: fake(0, 0).bayes }], bayes);
    expect(none.ellipses).toBe(0);
  });

  it('counts runs of 3 to 6 dots as one ellipsis each; shorter and longer runs are not ellipses', () => {
    expect([ELLIPSIS_MIN_DOTS, ELLIPSIS_MAX_DOTS]).toEqual([3, 6]);
    expect(countEllipses('a..b')).toBe(0);
    expect(countEllipses('a...b')).toBe(1);
    expect(countEllipses('a......b')).toBe(1);
    expect(countEllipses('a…...b')).toBe(1); // 6 dots' worth
    expect(countEllipses('a.......b')).toBe(0); // 7: a leader
    expect(countEllipses('一段\n..........\n二段')).toBe(0); // a window separator
    expect(countEllipses('见下文……')).toBe(1);
    expect(countEllipses('……………')).toBe(0);
  });

  describe('countStrayQuotes: quotation marks without their partner', () => {
    it('counts nothing where every quotation closes what it opened', () => {
      expect(QUOTE_PAIRS.map(([open, close]) => `${open}${close}`).join('')).toBe('“”「」『』');
      expect(countStrayQuotes('她说：“明天见。”然后走了。')).toBe(0);
      expect(countStrayQuotes('店名は「小さな森」で、看板に『森の本』と書いてある。')).toBe(0);
      expect(countStrayQuotes('外側の「中に『入れ子』がある」文。')).toBe(0);
      expect(countStrayQuotes('没有引号的句子。')).toBe(0);
    });
    it('counts a closing mark with nothing open, and an opening mark never closed', () => {
      expect(countStrayQuotes('と言った」ので、次の話に移る。')).toBe(1);
      expect(countStrayQuotes('他喊道“快跑,后面的句子来自另一篇文章。')).toBe(1);
      expect(countStrayQuotes('”半句“')).toBe(2); // closed before it opened: both stray
      expect(countStrayQuotes('「一つ目」」')).toBe(1);
      expect(countStrayQuotes('“一个「两个”')).toBe(1); // the ” closes the “; the 「 is never closed
    });
    it('pairs each kind with its own partner only', () => {
      expect(countStrayQuotes('“引文」')).toBe(2);
      expect(countStrayQuotes('『题目」')).toBe(2);
    });
    it('leaves straight quotes, single curly quotes and brackets alone', () => {
      expect(countStrayQuotes('he said "fine and left')).toBe(0);
      expect(countStrayQuotes('the town’s bridge')).toBe(0);
      expect(countStrayQuotes('item 1) and 2) and (note')).toBe(0);
    });
  });

  it('strayQuotes counts stray quotation marks per 1,000 characters on a log scale', () => {
    const text = `${'甲'.repeat(196)}」乙“丙`; // 200 characters, 2 stray marks
    expect(text.length).toBe(200);
    const { strayQuotes } = evidenceFeatures([{ normalized: text, bayes: fake(0, 0).bayes }], bayes);
    expect(strayQuotes).toBeCloseTo(Math.log1p((2 * 1000) / 200), 10);
    const paired = evidenceFeatures([{ normalized: `${'甲'.repeat(196)}「乙」丙`, bayes: fake(0, 0).bayes }], bayes);
    expect(paired.strayQuotes).toBe(0);
  });

  it('pairs quotation marks within a segment, not across segments', () => {
    const opens = { normalized: `${'甲'.repeat(99)}「`, bayes: fake(0, 0).bayes };
    const closes = { normalized: `」${'乙'.repeat(99)}`, bayes: fake(0, 0).bayes };
    expect(evidenceFeatures([opens, closes], bayes).strayQuotes).toBeCloseTo(Math.log1p((2 * 1000) / 200), 10);
  });

  it('weights the page probability by segment length', () => {
    const long = fake(300, 0);
    const short = fake(100, 0);
    const { pageP } = evidenceFeatures([{ ...long, bayes: { ...long.bayes, p: 0.8 } }, { ...short, bayes: { ...short.bayes, p: 0 } }], bayes);
    expect(pageP).toBeCloseTo(0.6, 10);
  });

  it(`judges a page only from ${DOORWAY_MIN_CHARS} characters and ${DOORWAY_MIN_SENTENCES} sentences of body text`, () => {
    expect(judgeable([fake(DOORWAY_MIN_CHARS, DOORWAY_MIN_SENTENCES)])).toBe(true);
    expect(judgeable([fake(DOORWAY_MIN_CHARS - 1, DOORWAY_MIN_SENTENCES)])).toBe(false);
    expect(judgeable([fake(DOORWAY_MIN_CHARS, DOORWAY_MIN_SENTENCES - 1)])).toBe(false);
    expect(judgeable([fake(DOORWAY_MIN_CHARS / 2, 2), fake(DOORWAY_MIN_CHARS / 2, DOORWAY_MIN_SENTENCES - 2)])).toBe(true);
  });

  it('judges no page that reports, however long its body (the stage and its training script share judgesPage)', () => {
    const body = [fake(DOORWAY_MIN_CHARS, DOORWAY_MIN_SENTENCES)];
    expect(judgesPage(body, false)).toBe(true);
    expect(judgesPage(body, true)).toBe(false);
    expect(judgesPage([fake(DOORWAY_MIN_CHARS - 1, DOORWAY_MIN_SENTENCES)], false)).toBe(false);
  });

  it(`judges only pages whose letters are at least ${DOORWAY_MIN_CJK_SHARE * 100} % Han or kana`, () => {
    // the same length and sentences, the letters of the body varied: 100 letters in all
    const mixed = (cjk: number): DoorwaySegment => ({ ...fake(DOORWAY_MIN_CHARS, DOORWAY_MIN_SENTENCES), normalized: `${'字'.repeat(cjk)}${'a'.repeat(100 - cjk)}${' '.repeat(DOORWAY_MIN_CHARS - 100)}` });
    const atCut = DOORWAY_MIN_CJK_SHARE * 100;
    expect(cjkShare([mixed(atCut)])).toBeCloseTo(DOORWAY_MIN_CJK_SHARE, 9);
    expect(judgeable([mixed(atCut)])).toBe(true);
    expect(judgeable([mixed(atCut - 1)])).toBe(false);
    expect(judgeable([mixed(0)])).toBe(false);
    // kana counts as Han does; digits, punctuation and spaces are not letters
    expect(cjkShare([{ ...fake(1, 1), normalized: 'かな, 2024 ab.' }])).toBeCloseTo(0.5, 9);
    expect(cjkShare([{ ...fake(1, 1), normalized: '2024 ...' }])).toBe(0);
  });
});

describe('countStuffing', () => {
  const seg = (normalized: string): DoorwaySegment => ({ normalized, bayes: { sentences: [] } as unknown as SegmentBayes });
  const QUERY = 'in law house plans';
  const STUFFED = `Best ${QUERY} ideas. Small ${QUERY} for families. Modern ${QUERY} with garage. Cheap ${QUERY} online. Our ${QUERY} gallery.`;
  const PROSE = 'The town council met on Tuesday to discuss the new library. Members agreed that the old building needs a new roof before winter, and the mayor asked for three quotes from local builders.';

  it('a query said again and again takes a large share of the phrases; prose spreads them', () => {
    expect(countStuffing([seg(STUFFED)])).toBeGreaterThan(0.15);
    expect(countStuffing([seg(PROSE)])).toBeLessThan(0.05);
  });

  it('counts Han and kana text in 4-character runs', () => {
    const stuffed = Array.from({ length: 6 }, (_, i) => `それは看護師求人です${i}`).join('。');
    expect(countStuffing([seg(stuffed)])).toBeGreaterThan(countStuffing([seg(COHERENT.join(''))]));
  });

  it('is 0 without phrases, and a share in [0, 1] for any text', () => {
    expect(countStuffing([])).toBe(0);
    expect(countStuffing([seg('a b')])).toBe(0);
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const v = countStuffing([seg(text)]);
      return v >= 0 && v <= 1;
    }));
  });

  it('reads no more than STUFFING_MAX_CHARS characters of the body', () => {
    const prose = `${PROSE} `.repeat(Math.ceil(STUFFING_MAX_CHARS / PROSE.length));
    // the stuffed text comes after the budget is spent: it does not count
    expect(countStuffing([seg(prose), seg(STUFFED.repeat(50))])).toBe(countStuffing([seg(prose)]));
  });
});

describe('the shortcut that skips the sentence comparison', () => {
  const weight = fc.double({ min: -50, max: 50, noNaN: true });
  const unit = fc.double({ min: 0, max: 1, noNaN: true });
  it('never skips a page that some support and orphans in [0, 1] would lift to minP (with the products that use them)', () => {
    fc.assert(
      fc.property(fc.record({ pageP: weight, strongShare: weight, openingTop: weight, ellipses: weight, support: weight, orphans: weight, headedOrphans: weight, stuffing: weight, tagEnds: weight, cutOrphans: weight, strayQuotes: weight, looseSpam: weight, intercept: weight, minP: unit }), fc.record({ pageP: unit, strongShare: unit, openingTop: fc.double({ min: -4, max: 4, noNaN: true }), ellipses: fc.double({ min: 0, max: 5, noNaN: true }), stuffing: unit, tagEnds: fc.double({ min: 0, max: 5, noNaN: true }), strayQuotes: fc.double({ min: 0, max: 5, noNaN: true }) }), unit, unit, (w, evidence, support, orphans) => {
        const { intercept, minP, ...weights } = w;
        const model = { ...baseModel(), weights, intercept, minP };
        if (cannotReach(model, evidence)) expect(sigmoid(doorwayZ(model, { ...evidence, support, orphans, headedOrphans: evidence.openingTop * orphans, cutOrphans: evidence.tagEnds * orphans, looseSpam: evidence.pageP * looseness(support) }))).toBeLessThan(minP);
      }),
    );
  });
});

function baseModel(): DoorwayModel {
  return {
    version: 1,
    trainedAt: '2026-12-02',
    trainedOn: { sources: ['test'], dataHash: 'test', folds: [1], heldBackFold: 0, pages: { doorway: 0, clean: 0 } },
    weights: {},
    intercept: 0,
    minP: 0.5,
    threshold: { maxCleanRate: 0, cleanRate: 0, recall: 0, precision: 0 },
  };
}

/** A model that calls a page a doorway on its sentences alone: p ≥ 0.5 exactly when orphans − support > 0. */
const BY_SENTENCES: DoorwayModel = { ...baseModel(), weights: { support: -10, orphans: 10 }, intercept: 0, minP: 0.5 };

function sift(text: string, doorway: DoorwayModel | undefined) {
  return siftPage({ ...resources, doorway }, parseOptions({}), { text });
}

describe('the doorway stage in the pipeline', () => {
  const stitchedPage = `今日要闻\n${STITCHED.slice(0, 7).join('')}\n${STITCHED.slice(7).join('')}`;
  const coherentPage = `青溪镇老桥重新开放\n${COHERENT.slice(0, 7).join('')}\n${COHERENT.slice(7).join('')}`;

  it('turns every body segment of a stitched page spam; one page-scope hit scores once', () => {
    const plain = sift(stitchedPage, undefined);
    const report = sift(stitchedPage, BY_SENTENCES);
    const wasBody = plain.segments.filter((s) => s.label === 'body');
    expect(wasBody.length).toBeGreaterThan(0);
    const hits = report.segments.flatMap((s) => s.hits.filter((h) => h.rule === DOORWAY_RULE));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.tokens?.some((t) => t.startsWith('support='))).toBe(true);
    expect(report.segments.filter((s) => s.label === 'body')).toHaveLength(0);
    expect(report.segments.filter((s) => s.hits.some((h) => h.rule === 'context.doorway-page')).length).toBe(wasBody.length - 1);
    expect(report.verdict.score).toBeCloseTo(plain.verdict.score + DOORWAY_TEXT_SCORE + wasBody.reduce((sum, s) => sum + s.scores.spam, 0), 6);
    expect(report.verdict.spam).toBe(true);
    expect(report.verdict.categories).toContain('doorway');
  });

  it('leaves a coherent page alone, and any page when minP is out of reach', () => {
    const body = sift(coherentPage, undefined).segments.filter((s) => s.label === 'body');
    expect(body.reduce((n, s) => n + s.text.length, 0)).toBeGreaterThanOrEqual(DOORWAY_MIN_CHARS); // long enough to be judged
    expect(sift(coherentPage, BY_SENTENCES)).toEqual(sift(coherentPage, undefined));
    expect(sift(stitchedPage, { ...BY_SENTENCES, minP: 1 })).toEqual(sift(stitchedPage, undefined));
  });

  it('does not judge a page that reports: the same stitched page with a paragraph on police and arrests stays as it was', () => {
    const withWeather = `${stitchedPage}\n据悉，今天天气晴朗。`;
    const reporting = `${stitchedPage}\n据悉，警方破获一起案件，民警抓获两名嫌疑人，公安机关已依法拘留。`;
    expect(sift(withWeather, BY_SENTENCES).verdict.spam).toBe(true);
    expect(sift(reporting, BY_SENTENCES)).toEqual(sift(reporting, undefined));
  });

  it('leaves a page too short to judge alone', () => {
    const short = `要闻\n${STITCHED.slice(0, 4).join('')}`;
    expect(short.length).toBeLessThan(DOORWAY_MIN_CHARS);
    expect(sift(short, BY_SENTENCES)).toEqual(sift(short, undefined));
  });

  it('never relabels navigation', () => {
    const html = `<html><body><nav><ul>${['首页', '新闻', '体育', '财经', '娱乐'].map((x) => `<li><a href="/${x}">${x}</a></li>`).join('')}</ul></nav><article>${[0, 4, 8, 12].map((i) => `<p>${STITCHED.slice(i, i + 4).join('')}</p>`).join('')}</article></body></html>`;
    const plain = siftPage({ ...resources, doorway: undefined }, parseOptions({}), html);
    const report = siftPage({ ...resources, doorway: BY_SENTENCES }, parseOptions({}), html);
    const nav = (r: typeof plain) => r.segments.filter((s) => s.label === 'navigation').map((s) => s.text);
    expect(nav(plain).length).toBeGreaterThan(0);
    expect(nav(report)).toEqual(nav(plain));
    expect(report.segments.some((s) => s.hits.some((h) => h.rule === DOORWAY_RULE))).toBe(true);
  });
});

describe('the doorway model file', () => {
  it('the shipped model validates and names every feature', async () => {
    const model = await loadDoorwayModel(join(DATA_DIR, 'models', DOORWAY_MODEL_FILE));
    expect(Object.keys(model.weights).sort()).toEqual([...DOORWAY_FEATURES].sort());
    expect(model.minP).toBeGreaterThan(0.5);
  });

  it('a malformed file is refused with the path and the field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pagesift-doorway-'));
    const path = join(dir, 'doorway.json');
    const shipped = JSON.parse(readFileSync(join(DATA_DIR, 'models', DOORWAY_MODEL_FILE), 'utf8')) as Record<string, unknown>;
    await writeFile(path, JSON.stringify({ ...shipped, minP: 2 }));
    await expect(loadDoorwayModel(path)).rejects.toThrow(/doorway\.json: not a doorway model: minP/);
    expect(doorwayModelSchema.safeParse({ ...shipped, weights: { nonsense: 1 } }).success).toBe(false);
  });
});
