import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../src/data-dir.js';
import { EVERY_PAGE_STOPWORD_LANGUAGES, loadStopwords, pageStopwords, stopwordRatio, type StopwordLists } from '../src/features/stopwords.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * features/stopwords.ts: English, Chinese and Japanese stopwords count on every page; another
 * language's list counts on a page whose words it covers more often than those three do. The
 * sentences are our own.
 */

const lower = (s: string): string => s.toLowerCase();
const words = (s: string): string[] => lower(s).split(/[^\p{L}\p{M}\p{N}'’]+/u).filter(Boolean);

let lists: StopwordLists;
beforeAll(async () => {
  lists = await loadStopwords(join(DATA_DIR, 'stopwords'), lower);
});

const GERMAN = 'Nach dem Regen steigt der Pegel der Mosel weiter, und die Winzer bangen um die Lese, die in diesem Jahr früh begonnen hat.';
const FRENCH = 'Plus de quatre mille étudiants attendent encore une chambre, et certains dorment chez des amis ou dans leur voiture depuis la rentrée.';
const ENGLISH = 'The soldiers who die in the war are remembered on the square, where the town holds a service every year in November.';
const VIETNAMESE = 'Thành phố đã mở thêm một tuyến xe buýt mới để người dân có thể đi lại dễ dàng hơn trong những ngày lễ.';

describe('pageStopwords: the page language', () => {
  it('the three every-page lists are loaded as one set, and every other list on its own', () => {
    expect(EVERY_PAGE_STOPWORD_LANGUAGES).toEqual(['en', 'ja', 'zh']);
    expect(lists.everyPage.has('the')).toBe(true);
    expect(lists.everyPage.has('的')).toBe(true);
    expect(lists.everyPage.has('die')).toBe(false);
    expect(lists.languages.map((l) => l.language)).toEqual(expect.arrayContaining(['de', 'fr', 'es', 'ru', 'vi', 'id']));
  });

  const cases: [string, string[], string | undefined][] = [
    ['an English page: the every-page lists only', [ENGLISH, ENGLISH], undefined],
    ['a German page', [GERMAN, 'Startseite Politik Sport', GERMAN], 'de'],
    ['a French page', [FRENCH], 'fr'],
    ['a Vietnamese page', [VIETNAMESE], 'vi'],
    ['a Chinese page with an English menu', ['这是一个关于城市交通的新闻报道，我们的记者在现场采访了市民。', 'Home News About us'], undefined],
    ['an English page quoting one German sentence', [ENGLISH, ENGLISH, GERMAN], undefined],
    ['no words at all', [], undefined],
  ];
  it.each(cases)('%s', (_name, segments, language) => {
    const expected = language === undefined ? lists.everyPage : lists.languages.find((l) => l.language === language)!.counted;
    expect(pageStopwords(lists, segments.map(words)).words).toBe(expected);
  });

  it('another list counts only when its words outnumber the every-page lists\' words (both sides of the line)', () => {
    // "die der und" are German stopwords only; "the of and" English; equal counts keep the every-page lists
    expect(pageStopwords(lists, [words('die der und'), words('the of and')]).words).toBe(lists.everyPage);
    expect(pageStopwords(lists, [words('die der und mit'), words('the of and')]).words).toBe(lists.languages.find((l) => l.language === 'de')!.counted);
  });
});

describe('scales (data/stopwords/scales.json, benchmarks/stopwords/scales.ts)', () => {
  it('English pages are not scaled; Vietnamese and Indonesian pages are, by the fitted factor', () => {
    expect(pageStopwords(lists, [words(ENGLISH)]).scale).toBe(1);
    expect(pageStopwords(lists, [words(GERMAN)]).scale).toBe(1);
    const vi = pageStopwords(lists, [words(VIETNAMESE)]);
    expect(vi.scale).toBe(lists.languages.find((l) => l.language === 'vi')!.scale);
    expect(vi.scale).toBeGreaterThan(1.5);
  });

  it('the scale multiplies the ratio, which stays at most 1', () => {
    const ten = words('và của là một hai ba bốn năm sáu bảy');
    expect(stopwordRatio(ten, lists.everyPage, 1)).toBe(0);
    const counted = pageStopwords(lists, [ten]);
    expect(stopwordRatio(ten, counted.words)).toBeCloseTo(0.4);
    expect(stopwordRatio(ten, counted.words, 2)).toBeCloseTo(0.8);
    expect(stopwordRatio(ten, counted.words, 4)).toBe(1);
  });

  it('a Vietnamese line whose own share is under the rule\'s 0.2 reaches it scaled (both sides of the line)', () => {
    // 2 of 15 syllables are in the Vietnamese list (và, của): 0.13 unscaled
    const line = words('Thành phố Đà Nẵng và khu vực biển Mỹ Khê của miền Trung hôm nay');
    const counted = pageStopwords(lists, [line]);
    expect(stopwordRatio(line, counted.words)).toBeLessThan(0.2);
    expect(stopwordRatio(line, counted.words, counted.scale)).toBeGreaterThanOrEqual(0.2);
  });
});

describe('stopwordRatio on a page of another language', () => {
  it('English words that are German stopwords do not count on an English page', () => {
    const english = words(ENGLISH);
    const counted = pageStopwords(lists, [english]);
    const ratio = stopwordRatio(english, counted.words, counted.scale);
    expect(ratio).toBe(stopwordRatio(english, lists.everyPage));
    // with the German list merged in, die would count
    const merged = new Set([...lists.everyPage, ...lists.languages.find((l) => l.language === 'de')!.own]);
    expect(stopwordRatio(english, merged)).toBeGreaterThan(ratio);
  });

  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it.each([
    ['German', GERMAN],
    ['French', FRENCH],
    ['Vietnamese', VIETNAMESE],
  ])('a %s paragraph gets body.stopwords, as an English one does', (_language, paragraph) => {
    const html = `<!doctype html><html><head><title>Test</title></head><body><article><h1>Title</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    const report = sifter.sift({ html });
    const segment = report.segments.find((s) => s.text === paragraph);
    expect(segment?.hits.map((h) => h.rule)).toContain('body.stopwords');
  });

  it('a menu in German gets no body.stopwords', () => {
    const menu = 'Startseite Politik Wirtschaft Sport Kultur Wissen Reise Auto Digital Panorama';
    const html = `<!doctype html><html><head><title>Test</title></head><body><div>${menu}</div><article><p>${GERMAN}</p><p>${GERMAN}</p></article></body></html>`;
    const report = sifter.sift({ html });
    expect(report.segments.find((s) => s.text === menu)?.hits.map((h) => h.rule)).not.toContain('body.stopwords');
  });
});
