import { beforeAll, describe, expect, it } from 'vitest';
import { typedSegmentsOf } from '../benchmarks/train/page-segments.js';
import { STATIC_FEATURES } from '../src/features/feature-set.js';
import { HAN_CHAR_WEIGHT } from '../src/features/text.js';
import { parseOptions } from '../src/options.js';
import { PAGE_TYPE_FEATURE_NAMES, PAGE_TYPE_FEATURES, pageTypeFeatures, type PageTypeFeature } from '../src/pagetype/features.js';
import { loadResources, type Resources } from '../src/resources.js';

/**
 * Page-type features made to hold across scripts (session 34, branch ptdomain-34): `body.chars` and
 * `body.meanChars` count a Han/kana/Hangul character as HAN_CHAR_WEIGHT, as the static feature
 * `weightedChars` does: a Chinese paragraph has about a third of the characters of an English one
 * saying as much, so unweighted the Chinese article looked like a list of short items. Pages written
 * for these tests.
 */

let resources: Resources;
beforeAll(async () => {
  resources = await loadResources(parseOptions({}));
});

const CHARS = Object.keys(STATIC_FEATURES).indexOf('chars');

function featuresOf(html: string): { value: (name: PageTypeFeature) => number; bodyChars: number; bodySegments: number } {
  const { page, segments } = typedSegmentsOf(resources, { html });
  const values = pageTypeFeatures(page, segments, resources.pageType.cues);
  const body = segments.filter((s) => s.label === 'body');
  return { value: (name) => values[PAGE_TYPE_FEATURE_NAMES.indexOf(name)]!, bodyChars: body.reduce((a, s) => a + (s.features[CHARS] ?? 0), 0), bodySegments: body.length };
}

const ZH = [
  '经过一年多的施工，老城区雨污分流改造工程日前全部完工。工程共铺设管网四十二公里，改造小区六十余个，三万多户居民的生活污水从此不再直接排入河道，城区内河水质明显好转。',
  '据市住建局介绍，老城区道路狭窄、地下管线复杂，施工难度很大。为了减少对居民出行的影响，施工单位采取分段封闭、夜间作业的方式，并在每个小区设立了联络员，及时回应居民的诉求。',
  '家住东门街道的王女士告诉记者，以前一到下雨天，小区门口就积水，污水还会倒灌进楼道。改造完成后，今年夏天几场大雨过后，路面很快就干了，再也没有闻到过异味。',
  '下一步，市里将对新建管网开展定期巡查和维护，同时启动城北片区的改造前期工作，力争三年内实现建成区雨污分流全覆盖。',
];
const EN = [
  'After more than a year of work, the project separating storm water from sewage in the old town is finished. Forty-two kilometres of pipe were laid and sixty estates rebuilt, so the waste water of thirty thousand households no longer runs into the river.',
  'The city housing office said the narrow streets and the tangle of old pipes made the work hard. To spare residents, the builders closed one stretch at a time, worked at night and named a contact person on every estate to answer complaints.',
  'A resident of the east gate district told us that the entrance of her estate used to flood whenever it rained and that sewage came back up into the stairwell. This summer the street dried within the hour after each storm, and the smell is gone.',
  'Next the city will inspect and maintain the new network on a schedule and start preparing the northern district, aiming to separate storm water and sewage in the whole built-up area within three years.',
];

const article = (lang: string, title: string, paragraphs: readonly string[], between = ''): string =>
  `<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${paragraphs.map((p, i) => `<p>${p}</p>${i === 1 ? between : ''}`).join('')}</main></body></html>`;

describe('body.chars and body.meanChars count a Han character as HAN_CHAR_WEIGHT', () => {
  it('are described as weighted', () => {
    expect(PAGE_TYPE_FEATURES['body.chars']).toMatch(/Han/);
    expect(PAGE_TYPE_FEATURES['body.meanChars']).toMatch(/Han/);
  });

  it('count Latin text one for one', () => {
    const en = featuresOf(article('en', 'Old town drains finished', EN));
    expect(en.bodySegments).toBeGreaterThanOrEqual(4);
    expect(Math.expm1(en.value('body.chars'))).toBeCloseTo(en.bodyChars, 6);
    expect(Math.expm1(en.value('body.meanChars'))).toBeCloseTo(en.bodyChars / en.bodySegments, 6);
  });

  it('count Chinese text nearly HAN_CHAR_WEIGHT for one (its punctuation one for one)', () => {
    const zh = featuresOf(article('zh', '老城区雨污分流改造完工', ZH));
    expect(zh.bodySegments).toBeGreaterThanOrEqual(4);
    const ratio = Math.expm1(zh.value('body.chars')) / zh.bodyChars;
    expect(ratio).toBeGreaterThan(HAN_CHAR_WEIGHT - 0.5);
    expect(ratio).toBeLessThanOrEqual(HAN_CHAR_WEIGHT);
  });

  it('give the same story in Chinese and English paragraphs of like length', () => {
    const zh = featuresOf(article('zh', '老城区雨污分流改造完工', ZH)).value('body.meanChars');
    const en = featuresOf(article('en', 'Old town drains finished', EN)).value('body.meanChars');
    expect(Math.abs(zh - en)).toBeLessThan(0.3); // unweighted, the Chinese mean is ~log(3) = 1.1 lower
  });
});
