import { describe, expect, it } from 'vitest';
import { mixedScriptEntries } from '../src/features/script-mix.js';
import { loadTraditionalToSimplified } from '../src/tokenize/traditional.js';
import { createVariantCounter } from '../src/tokenize/variant.js';

// every text here was written for these tests
const countVariants = createVariantCounter(loadTraditionalToSimplified());
const TRADITIONAL_1 = '竹筷子怎麼清洗才不會發霉 用完要立刻洗乾淨,放在通風的地方晾乾 ...';
const TRADITIONAL_2 = '舊竹筷子還能拿來做什麼 可以綁成小書架,或者當作盆栽的支撐 ...';
const SIMPLIFIED_1 = '竹筷子发霉了还能用吗 专家说发霉的筷子应该马上丢掉,不要再用 ...';
const SIMPLIFIED_2 = '一次性竹筷子对环境的影响 每年消耗的木材相当于砍掉大量树林 ...';
const JAPANESE = '東京駅の電話番号と営業時間の案内 ... 東京電車の時間表と乗り換え案内 ... 国立大学の学生数と会員区分について ... 全国の大学と学会の会員数 ...';

describe('mixedScriptEntries', () => {
  it.each([
    ['two entries of each variant', [TRADITIONAL_1, SIMPLIFIED_1, TRADITIONAL_2, SIMPLIFIED_2].join(' '), 2],
    ['three Traditional, one Simplified: the smaller count', [TRADITIONAL_1, SIMPLIFIED_1, TRADITIONAL_2, TRADITIONAL_1].join(' '), 1],
    ['one variant only', [TRADITIONAL_1, TRADITIONAL_2].join(' '), 0],
    ['entries each holding both variants (no cut between them) are of neither', [TRADITIONAL_1.replace(' ...', '') + SIMPLIFIED_1, TRADITIONAL_2.replace(' ...', '') + SIMPLIFIED_2].join(' '), 0],
    ['entries with kana are no Chinese variant', JAPANESE, 0],
    ['the same Japanese kanji without their kana count (so the kana rule is what keeps the line above at 0)', JAPANESE.replace(/[\u3040-\u30ff]/g, ''), 2],
    ['an entry with 2 characters unique to Simplified (发, 吗; below 3) has no variant', [TRADITIONAL_1, '竹筷子发臭可以用吗 ...', TRADITIONAL_2].join(' '), 0],
    ['the same entry with 3 (发, 吗, 么) is Simplified', [TRADITIONAL_1, '竹筷子发臭怎么用吗 ...', TRADITIONAL_2].join(' '), 1],
  ])('%s', (_name, text, expected) => {
    expect(mixedScriptEntries([text], countVariants)).toBe(expected);
  });

  it('counts entries across the texts it is given, each text ending an entry', () => {
    expect(mixedScriptEntries([TRADITIONAL_1, SIMPLIFIED_1, TRADITIONAL_2, SIMPLIFIED_2], countVariants)).toBe(2);
  });
});
