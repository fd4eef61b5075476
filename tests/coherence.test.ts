import { beforeAll, describe, expect, it } from 'vitest';
import { coherence, COHERENCE_MIN_SENTENCES } from '../src/bayes/coherence.js';
import { tokenize } from '../src/tokenize/tokenize.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * coherence(): the share of a sentence's words (two characters or more) seen in the three
 * sentences before it. Texts written for this test.
 */

beforeAll(async () => {
  await defaultSifter(); // jieba's dictionary
});

function of(text: string): number | undefined {
  return coherence(text, tokenize(text).boundary);
}

const sentence = (topic: string, i: number): string => `关于${topic}的问题第${i}次讨论${topic}的发展。`;

describe('coherence', () => {
  it(`is undefined under ${COHERENCE_MIN_SENTENCES} comparable sentences, defined at ${COHERENCE_MIN_SENTENCES}`, () => {
    const under = Array.from({ length: COHERENCE_MIN_SENTENCES - 1 }, (_, i) => sentence('城市交通', i)).join('');
    const at = Array.from({ length: COHERENCE_MIN_SENTENCES }, (_, i) => sentence('城市交通', i)).join('');
    expect(of(under)).toBeUndefined();
    expect(of(at)).toBeDefined();
  });

  it('is high when sentences keep to one topic and low when each sentence has its own', () => {
    const onTopic = Array.from({ length: 6 }, (_, i) => sentence('城市交通', i)).join('');
    const topics = ['城市交通', '股票市场', '足球比赛', '天气预报', '电影票房', '农业生产'];
    const stitched = topics.map((t, i) => sentence(t, i)).join('');
    const a = of(onTopic)!;
    const b = of(stitched)!;
    expect(a).toBeGreaterThan(0.5);
    expect(b).toBeLessThan(a);
  });

  it('counts English sentences the same way', () => {
    const same = 'The river rose slowly overnight. The river closed the old bridge. Engineers checked the river bridge. The bridge over the river reopened today. Traffic returned to the river bridge.';
    const mixed = 'The river rose slowly overnight. Stock markets fell sharply today. Our football team lost again. Bakers prefer cold butter. Traffic returned to normal.';
    expect(of(same)!).toBeGreaterThan(of(mixed)!);
  });
});
