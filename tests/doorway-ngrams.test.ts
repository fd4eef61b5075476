import { mkdtemp, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../src/data-dir.js';
import { DOORWAY_RULE, DOORWAY_TEXT_SCORE } from '../src/doorway/detect.js';
import type { DoorwayModel } from '../src/doorway/model.js';
import { DOORWAY_MIN_CHARS } from '../src/doorway/features.js';
import { NGRAM_HASH_BITS, NGRAM_MAX_CHARS, ngramText, pageNgrams } from '../src/doorway/ngrams.js';
import { doorwayTextModel, doorwayTextModelSchema, judgeText, loadDoorwayTextModel, NGRAM_LOGIT_LIMIT, TEXT_MODEL_EVIDENCE, type DoorwayTextModel, type DoorwayTextModelFile } from '../src/doorway/text-model.js';
import { parseOptions } from '../src/options.js';
import { siftPage } from '../src/pipeline.js';
import { DOORWAY_TEXT_MODEL_FILE, loadResources, type Resources } from '../src/resources.js';

/**
 * The doorway n-gram model (src/doorway/ngrams.ts, text-model.ts): the n-grams a page's body text
 * is read as, the model's score over them, and the stage through the pipeline with models whose
 * weights the tests choose. Every text here was written for these tests.
 */

let resources: Resources;
beforeAll(async () => {
  resources = await loadResources(parseOptions({}));
});

/** The hash pageNgrams gives one n-gram: the only n-gram of a text that is just it (a word, a single Han character). */
function hashOf(text: string): number {
  const { values } = pageNgrams(text);
  expect(values.size).toBe(1);
  return [...values.keys()][0]!;
}

function file(weights: Record<number, number>, intercept: number): DoorwayTextModelFile {
  const hashes = Object.keys(weights).map(Number);
  return {
    version: 1,
    trainedAt: '2026-12-03',
    trainedOn: { sources: ['written for the tests'], dataHash: 'abc', folds: [1, 2, 3, 4], heldBackFold: 0, pages: { doorway: 1, clean: 1 } },
    hashBits: NGRAM_HASH_BITS,
    hashes,
    weights: hashes.map((h) => weights[h]!),
    intercept,
    outOfFold: { auc: 0.5 },
  };
}

describe('pageNgrams', () => {
  it('reads Han and kana runs as characters one to three at a time', () => {
    // 赌场 → 赌, 场, 赌场; ひらがな runs the same way
    expect(pageNgrams('赌场').values.size).toBe(3);
    expect(pageNgrams('赌场网').values.size).toBe(6);
    expect(pageNgrams('かな').values.size).toBe(3);
  });

  it('reads Latin text as words and pairs of neighbouring words; punctuation ends a pair, a space or hyphen does not', () => {
    expect(pageNgrams('cheap loans').values.size).toBe(3);
    expect(pageNgrams('cheap-loans').values.size).toBe(3);
    expect(pageNgrams('cheap. loans').values.size).toBe(2);
    expect(pageNgrams('Cheap Loans').values).toEqual(pageNgrams('cheap loans').values);
  });

  it('does not pair a word with a word across Han text', () => {
    expect(pageNgrams('cheap 贷 loans').values.size).toBe(3);
  });

  it('values are 1 + ln(count), scaled to unit length', () => {
    const { values } = pageNgrams('loans loans bank');
    const loans = hashOf('loans');
    const bank = hashOf('bank');
    const raw = [1 + Math.log(2), 1, 1, 1]; // loans ×2, bank, "loans loans", "loans bank"
    const norm = Math.sqrt(raw.reduce((s, v) => s + v * v, 0));
    expect(values.get(loans)).toBeCloseTo((1 + Math.log(2)) / norm, 12);
    expect(values.get(bank)).toBeCloseTo(1 / norm, 12);
  });

  it(`hashes into ${NGRAM_HASH_BITS} bits, and any text gives a unit vector (or none)`, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ unit: fc.constantFrom('赌', '场', '网', 'か', 'な', 'a', 'b', ' ', '。'), maxLength: 60 }), (a, b) => {
        const { values } = pageNgrams(a + b);
        let sum = 0;
        for (const [h, v] of values) {
          expect(h).toBeGreaterThanOrEqual(0);
          expect(h).toBeLessThan(2 ** NGRAM_HASH_BITS);
          sum += v * v;
        }
        expect(values.size === 0 ? 0 : sum).toBeCloseTo(values.size === 0 ? 0 : 1, 9);
      }),
    );
  });

  it(`reads no more than ${NGRAM_MAX_CHARS} characters`, () => {
    const long = `${'字'.repeat(NGRAM_MAX_CHARS)}赌`;
    expect(pageNgrams(long).values.has(hashOf('赌'))).toBe(false);
    expect(pageNgrams(long.slice(1)).values.has(hashOf('赌'))).toBe(true);
  });

  it('remembers where a kept n-gram first occurs, to quote it', () => {
    const bigram = [...pageNgrams('payday loans').values.keys()].find((h) => h !== hashOf('payday') && h !== hashOf('loans'))!;
    const { spans, text } = pageNgrams('Fast PAYDAY  loans, payday', (h) => h === bigram || h === hashOf('赌'));
    expect(spans.size).toBe(1);
    expect(ngramText(text, spans.get(bigram)!)).toBe('payday loans');
    const han = pageNgrams('今天去赌场', (h) => h === hashOf('赌'));
    expect(ngramText(han.text, han.spans.get(hashOf('赌'))!)).toBe('赌');
  });
});

describe('judgeText', () => {
  it("is the intercept plus each weighed n-gram's weight times its value (log-odds)", () => {
    const gamble = hashOf('赌');
    const model = doorwayTextModel(file({ [gamble]: 4, [hashOf('桥')]: -2 }, -1));
    const { values } = pageNgrams('去赌场赌钱');
    const judged = judgeText(model, '去赌场赌钱');
    expect(judged.z).toBeCloseTo(-1 + 4 * values.get(gamble)!, 12);
    expect(judged.evidence).toEqual([{ ngram: '赌', weight: 4 * values.get(gamble)! }]);
  });

  it(`names at most ${TEXT_MODEL_EVIDENCE} n-grams, those that weighed most towards doorway, never one that weighed against`, () => {
    const chars = ['一', '二', '三', '四', '五', '六', '七'];
    const weights = Object.fromEntries(chars.map((c, i) => [hashOf(c), i + 1]));
    weights[hashOf('桥')] = -5;
    const judged = judgeText(doorwayTextModel(file(weights, 0)), `${chars.join('。')}。桥`);
    expect(judged.evidence.map((e) => e.ngram)).toEqual(['七', '六', '五', '四', '三']);
  });

  it('an n-gram the model does not weigh counts nothing', () => {
    expect(judgeText(doorwayTextModel(file({ [hashOf('赌')]: 4 }, -1)), '青溪镇的老桥').z).toBeCloseTo(-1, 12);
  });

  it(`clips the log-odds to ±${NGRAM_LOGIT_LIMIT}`, () => {
    const model = doorwayTextModel(file({ [hashOf('赌')]: 1000, [hashOf('桥')]: -1000 }, 0));
    expect(judgeText(model, '赌').z).toBe(NGRAM_LOGIT_LIMIT);
    expect(judgeText(model, '桥').z).toBe(-NGRAM_LOGIT_LIMIT);
    expect(judgeText(model, '赌桥').z).toBeCloseTo(0, 9);
  });
});

describe('the n-gram model as the doorway model\'s `ngrams` feature, in the pipeline', () => {
  // neutral sentences: only the test's model, which weighs 市, calls them filler
  const filler = [
    '市图书馆延长了周末开放时间，读者可以待到晚上十点。',
    '市里的公交线路下月起调整，三条线路将延伸到新区。',
    '市气象台预计明天起气温回升，周末最高可达二十度。',
    '市场上的蔬菜价格本周略有下降，白菜每斤便宜了两角。',
    '市民可以在网上预约体检，体检中心周六也开门。',
    '市博物馆新增了一个展厅，展出近年出土的瓷器。',
    '市区的停车场增加了充电桩，新能源车主停车更方便。',
    '市体育馆将举办羽毛球比赛，报名截止到本月底。',
    '市政府公布了新的垃圾分类办法，下月开始试行。',
    '市医院开设了夜间门诊，方便上班族晚上看病。',
    '市动物园迎来一只小熊猫，游客可以在下午参观。',
    '市第一中学的合唱团在省里的比赛中获得一等奖。',
    '市郊的草莓园开始采摘，周末的游客比平时多一倍。',
    '市消防支队提醒居民冬季用电注意安全，不要私拉电线。',
    '市档案馆开放了老照片数据库，市民可以在线查阅。',
    '市农贸市场完成改造，摊位统一换上了电子秤。',
  ];
  const page = `今日简讯\n${filler.slice(0, 4).join('')}\n${filler.slice(4, 8).join('')}\n${filler.slice(8, 12).join('')}\n${filler.slice(12).join('')}`;
  const bridge = ['青溪镇的老桥建于清代，是镇上最古老的石拱桥。', '去年夏天的洪水冲坏了老桥的两个桥墩。', '镇政府请来省里的专家修复老桥。', '修复工程今年三月开工，工人们捞回了老桥的石块。', '上个月老桥重新开放，居民又可以走老桥去集市了。', '镇政府还在老桥两头装了路灯。', '专家建议老桥以后只许行人通过。', '居民们给修复老桥的工人送去了茶水。'];
  const clean = `老桥重新开放\n${bridge.slice(0, 4).join('')}\n${bridge.slice(4).join('')}\n${bridge.join('')}`;
  let model: DoorwayTextModel;
  /** A doorway model that reads the n-gram feature only: a doorway exactly when the n-gram log-odds exceed 1. */
  let byNgrams: DoorwayModel;
  beforeAll(() => {
    model = doorwayTextModel(file({ [hashOf('市')]: 100, [hashOf('桥')]: -100 }, -2));
    byNgrams = { ...resources.doorway!, weights: { ngrams: 1 }, intercept: -1, minP: 0.5 };
  });
  /** `doorway` null: no doorway model. */
  const sift = (text: string, doorwayText: DoorwayTextModel | undefined, doorway: DoorwayModel | null = byNgrams) => siftPage({ ...resources, doorway: doorway ?? undefined, doorwayText }, parseOptions({}), { text });

  it('a page the n-gram feature lifts over minP turns spam; its one page-scope hit names the feature and the n-grams', () => {
    const plain = sift(page, undefined);
    const wasBody = plain.segments.filter((s) => s.label === 'body');
    expect(wasBody.length).toBeGreaterThan(1);
    const report = sift(page, model);
    const hits = report.segments.flatMap((s) => s.hits.filter((h) => h.rule === DOORWAY_RULE));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.tokens).toContain(`ngrams=${NGRAM_LOGIT_LIMIT.toFixed(2)}`);
    expect(hits[0]!.tokens).toContain('市');
    expect(report.segments.filter((s) => s.label === 'body')).toHaveLength(0);
    expect(report.verdict.score).toBeCloseTo(plain.verdict.score + DOORWAY_TEXT_SCORE + wasBody.reduce((sum, s) => sum + s.scores.spam, 0), 6);
    expect(report.verdict.spam).toBe(true);
  });

  it('without an n-gram model the feature is 0; a page it does not lift stays as it was', () => {
    expect(sift(clean, model)).toEqual(sift(clean, undefined));
    expect(sift(page, model, { ...byNgrams, minP: 1 })).toEqual(sift(page, undefined));
    // n-gram log-odds just under and just over 1, where byNgrams reaches minP
    expect(sift(page, doorwayTextModel(file({ [hashOf('市')]: 0 }, 0.99)))).toEqual(sift(page, undefined));
    expect(sift(page, doorwayTextModel(file({ [hashOf('市')]: 0 }, 1.01))).verdict.spam).toBe(true);
  });

  it(`leaves a page with less than ${DOORWAY_MIN_CHARS} characters of body text alone`, () => {
    const short = `公告\n${filler.slice(0, 4).join('')}`;
    expect(short.length).toBeLessThan(DOORWAY_MIN_CHARS);
    expect(sift(short, model)).toEqual(sift(short, undefined));
  });

  it('a page that reports (police, arrests) is not judged: the same filler with a reporting paragraph stays as it was', () => {
    const reporting = `${page}\n据悉，警方破获一起案件，民警抓获两名嫌疑人，公安机关已依法拘留。`;
    expect(sift(`${page}\n据悉，今天天气晴朗。`, model).verdict.spam).toBe(true);
    expect(sift(reporting, model)).toEqual(sift(reporting, undefined));
  });

  it('no doorway model, no judgement: the n-gram model alone labels nothing', () => {
    expect(sift(page, model, null)).toEqual(sift(page, undefined, null));
  });
});

describe('the doorway n-gram model file', () => {
  it('the shipped model validates, with as many weights as hashes', async () => {
    const path = join(DATA_DIR, 'models', DOORWAY_TEXT_MODEL_FILE);
    expect(existsSync(path)).toBe(true);
    const model = await loadDoorwayTextModel(path);
    expect(model.weightOf.size).toBe(model.file.hashes.length);
    expect(model.file.trainedOn.heldBackFold).toBe(0);
  });

  it('a malformed file is refused with the path and the field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ngrams-'));
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ ...file({ 1: 1 }, 0), weights: [1, 2] }));
    await expect(loadDoorwayTextModel(bad)).rejects.toThrow(/bad\.json: not a doorway n-gram model: .*hashes and weights differ/);
    await writeFile(bad, JSON.stringify({ ...file({ 1: 1 }, 0), hashBits: 16 }));
    await expect(loadDoorwayTextModel(bad)).rejects.toThrow(/hashBits/);
    expect(doorwayTextModelSchema.safeParse(file({ 1: 1 }, 0)).success).toBe(true);
  });
});
