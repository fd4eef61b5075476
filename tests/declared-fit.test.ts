import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../src/decode/charset.js';
import { declaredMisfit, DECLARED_MISFIT_MIN_CONFIDENCE as MIN, DECLARED_MISFIT_MIN_LEAD as LEAD } from '../src/decode/declared-fit.js';
import { decodeBytes } from '../src/decode/decode.js';

/**
 * decode/declared-fit.ts: a declared legacy charset that chardet's quick sample clearly contradicts
 * gives way to the charset chardet names, with a charset-mismatch warning; in doubt the declaration
 * is kept (single-byte charsets, short samples, ties).
 */

// Written for these tests: ordinary news-style prose, a few hundred characters per language.
const JA =
  '東京都は今年の夏、電力需要の増加に備えて新たな節電対策を発表しました。都の担当者によると、気温が上昇する午後の時間帯には、' +
  '家庭での冷房の使用が最も多くなるということです。そのため、都民に対して、日中の不要な照明を消すことや、冷房の設定温度を少し高めにすることを' +
  '呼びかけています。また、商業施設や事務所にも協力を求め、ピーク時の使用量を減らす取り組みを進めていく方針です。';
const ZH_HANS =
  '本市今年夏季用电负荷持续攀升，电力部门提前部署迎峰度夏工作。据市发展和改革委员会介绍，全市已新增储能设施十二座，' +
  '并与周边省份签订了跨区域互济协议。专家表示，随着气温升高，居民空调负荷将占到峰值的三成以上，建议市民在傍晚时段错峰使用大功率电器。';
const ZH_HANT =
  '本市今年夏季用電負荷持續攀升，電力部門提前部署迎峰度夏工作。據市發展和改革委員會介紹，全市已新增儲能設施十二座，' +
  '並與周邊省份簽訂了跨區域互濟協議。專家表示，隨著氣溫升高，居民空調負荷將佔到峰值的三成以上，建議市民在傍晚時段錯峰使用大功率電器。';
const KO =
  '서울시는 올여름 전력 수요가 크게 늘어날 것으로 보고 새로운 절전 대책을 발표했습니다. 시 관계자에 따르면 기온이 오르는 오후 시간대에 ' +
  '가정의 냉방 사용이 가장 많아진다고 합니다. 이에 따라 시민들에게 낮 시간에 불필요한 조명을 끄고 냉방 온도를 조금 높게 설정해 달라고 당부했습니다.';
const RU =
  'Городские власти объявили о новых мерах по экономии электроэнергии этим летом. По словам представителя мэрии, больше всего ' +
  'кондиционеров включают во второй половине дня, когда температура достигает максимума. Жителей просят выключать ненужное освещение.';
const CS =
  'Městský úřad oznámil nová opatření k úsporám elektřiny na letní měsíce. Podle mluvčího se nejvíce klimatizací zapíná v odpoledních ' +
  'hodinách, kdy teploty dosahují maxima. Obyvatelé jsou žádáni, aby zhasínali zbytečné osvětlení.';
const EL =
  'Ο δήμος ανακοίνωσε νέα μέτρα εξοικονόμησης ενέργειας για το καλοκαίρι. Σύμφωνα με τον εκπρόσωπο, τα περισσότερα κλιματιστικά ' +
  'λειτουργούν το απόγευμα, όταν η θερμοκρασία φτάνει στο μέγιστο. Οι κάτοικοι καλούνται να σβήνουν τα περιττά φώτα.';
const FR =
  "La mairie a annoncé de nouvelles mesures d'économie d'électricité pour l'été. Selon son porte-parole, la plupart des climatiseurs " +
  "fonctionnent l'après-midi, lorsque la température atteint son maximum. Les habitants sont priés d'éteindre l'éclairage inutile.";

const page = (body: string, head = ''): string => `<html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;
const encode = (text: string, charset: string): Uint8Array => new Uint8Array(iconv.encode(text, charset));
const c = (charset: string, confidence: number): Candidate => ({ charset, confidence });

describe(`declaredMisfit: another multibyte charset at ≥ ${MIN}, ≥ ${LEAD} ahead of the declared one`, () => {
  it.each<[string, string, Candidate[], string | undefined]>([
    ['declared absent, other sure', 'gbk', [c('shift_jis', 100)], 'shift_jis'],
    ['at both limits', 'gbk', [c('shift_jis', MIN), c('gb18030', MIN - LEAD)], 'shift_jis'],
    ['one below the confidence', 'gbk', [c('shift_jis', MIN - 1)], undefined],
    ['one short of the lead', 'gbk', [c('shift_jis', MIN), c('gb18030', MIN - LEAD + 1)], undefined],
    ['a tie keeps the declaration', 'big5', [c('gb18030', 100), c('big5', 100)], undefined],
    ['the declared charset on top', 'euc-kr', [c('euc-kr', 100), c('gb18030', 90)], undefined],
    ['gb18030 is gbk (same bytes, superset)', 'gbk', [c('gb18030', 100)], undefined],
    ['iso-8859-15 is windows-1252 here', 'iso-8859-15', [c('windows-1252', 95)], undefined],
    ['UTF-8 never stands in (the bytes are not UTF-8 as a whole)', 'gbk', [c('utf-8', 100)], undefined],
    ['a single-byte guess never overrides (n-gram scores reach 98 on degenerate samples)', 'windows-1252', [c('windows-1251', 100), c('windows-1252', 10)], undefined],
    ['a multibyte one does, under a single-byte declaration', 'windows-1252', [c('big5', 100), c('windows-1252', 10)], 'big5'],
    ['a single-byte best is not passed over for a multibyte runner-up', 'gbk', [c('iso-8859-8', 98), c('shift_jis', 90)], undefined],
    ['nothing detected', 'gbk', [], undefined],
  ])('%s', (_name, declared, ranked, expected) => {
    expect(declaredMisfit(declared, ranked)).toBe(expected);
  });
});

describe('decodeBytes: a declared legacy charset that does not fit the bytes', () => {
  // must fire: CJK bytes under another CJK declaration, or under a Latin-1 server default
  it.each([
    ['shift_jis', JA, 'gbk', 'gbk'],
    ['shift_jis', JA, 'big5', 'big5'],
    ['shift_jis', JA, 'iso-8859-1', 'windows-1252'],
    ['euc-jp', JA, 'gbk', 'gbk'],
    ['euc-jp', JA, 'shift_jis', 'shift_jis'],
    ['gbk', ZH_HANS, 'big5', 'big5'],
    ['gbk', ZH_HANS, 'shift_jis', 'shift_jis'],
    ['gbk', ZH_HANS, 'windows-1252', 'windows-1252'],
    ['big5', ZH_HANT, 'gb2312', 'gbk'],
    ['euc-kr', KO, 'gbk', 'gbk'],
    ['euc-kr', KO, 'windows-1251', 'windows-1251'],
  ])('%s bytes under <meta charset=%s…> are decoded as what they are, with a charset-mismatch', (charset, text, label, declared) => {
    const html = page(text, `<meta charset="${label}">`);
    const decoded = decodeBytes(encode(html, charset));
    expect(decoded.text).toBe(html);
    expect(decoded.charsetSource).toBe('detected');
    expect(charset === 'gbk' ? ['gbk', 'gb18030'] : [charset]).toContain(decoded.charset);
    expect(decoded.warnings).toEqual([
      { code: 'charset-mismatch', message: `declared charset ${declared} does not fit the bytes; decoded as ${decoded.charset}` },
      { code: 'charset-detected', message: `the declared charset does not fit the bytes; detected ${decoded.charset}` },
    ]);
  });

  it.each([
    ['shift_jis', JA, 'gbk'],
    ['big5', ZH_HANT, 'gbk'],
    ['gbk', ZH_HANS, 'iso-8859-1'],
  ])('%s bytes under a Content-Type of %s: the same', (charset, text, label) => {
    const html = page(text);
    const decoded = decodeBytes(encode(html, charset), `text/html; charset=${label}`);
    expect(decoded.text).toBe(html);
    expect(decoded.charsetSource).toBe('detected');
    expect(decoded.warnings.map((w) => w.code)).toEqual(['charset-mismatch', 'charset-detected']);
  });

  // must not fire: right declarations, and what chardet cannot tell surely (single-byte charsets,
  // a handful of characters) stays with the declaration, as browsers read it
  it.each([
    ['shift_jis', JA, 'shift_jis'],
    ['euc-jp', JA, 'euc-jp'],
    ['gbk', ZH_HANS, 'gb2312'],
    ['gbk', ZH_HANS, 'gb18030'],
    ['big5', ZH_HANT, 'big5'],
    ['euc-kr', KO, 'euc-kr'],
    ['windows-1251', RU, 'windows-1251'],
    ['koi8-r', RU, 'koi8-r'],
    ['iso-8859-2', CS, 'iso-8859-2'],
    ['windows-1250', CS, 'windows-1250'],
    ['windows-1253', EL, 'windows-1253'],
    ['windows-1252', FR, 'windows-1252'],
    // wrong, but among single-byte charsets chardet is never sure enough: the declaration is kept
    ['windows-1251', RU, 'windows-1252'],
    ['koi8-r', RU, 'windows-1251'],
    ['windows-1253', EL, 'iso-8859-1'],
    ['iso-8859-2', CS, 'windows-1252'],
  ])('%s bytes under <meta charset=%s>: the declaration is used, no warning', (charset, text, label) => {
    const decoded = decodeBytes(encode(page(text, `<meta charset="${label}">`), charset));
    expect(decoded.charsetSource).toBe('meta');
    expect(decoded.warnings).toEqual([]);
  });

  it('a few Japanese characters under <meta charset=gbk>: too few for chardet to be sure, the declaration is used', () => {
    const html = page(`Tokyo ${JA.slice(0, 5)} news`, '<meta charset="gbk">');
    const decoded = decodeBytes(encode(html, 'shift_jis'));
    expect(decoded.charsetSource).toBe('meta');
    expect(decoded.charset).toBe('gbk');
  });

  it('a right Content-Type on legacy bytes stays a content-type choice', () => {
    const decoded = decodeBytes(encode(page(JA), 'shift_jis'), 'text/html; charset=Shift_JIS');
    expect(decoded.charsetSource).toBe('content-type');
    expect(decoded.warnings).toEqual([]);
  });
});
