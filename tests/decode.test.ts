import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chooseCharset, charsetFromContentType, charsetFromMeta, DETECTION_LEAD_BYTES, DETECTION_QUICK_MIN_CONFIDENCE as SURE, DETECTION_QUICK_MIN_MARGIN as MARGIN, DETECTION_QUICK_SAMPLE_BYTES, DETECTION_SAMPLE_BYTES, META_PRESCAN_BYTES, quickSampleIsSure, supportedCharset, UTF8_MAX_INVALID_SHARE } from '../src/decode/charset.js';
import { decodeBytes } from '../src/decode/decode.js';
import { decodeInput, HTML_MIN_TAGS, HTML_SNIFF_CHARS, looksLikeHtml, PagesiftInputError, type SiftInput } from '../src/decode/input.js';
import type { WarningCode } from '../src/report/warning.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * decode/: bytes → text (charset choice, BOM, declarations, detection, U+FFFD and warnings),
 * string/object input handling, the size cut and the HTML sniff.
 */

const MAX = 1 << 20;
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const encode = (text: string, charset: string): Uint8Array => new Uint8Array(iconv.encode(text, charset));
const concat = (...parts: (Uint8Array | readonly number[])[]): Uint8Array => {
  const out: number[] = [];
  for (const part of parts) out.push(...part);
  return new Uint8Array(out);
};
const codes = (warnings: readonly { code: WarningCode }[]): WarningCode[] => warnings.map((w) => w.code);

// Written for these tests: ordinary news-style prose, a few hundred characters per language.
const ZH_HANS =
  '本市今年夏季用电负荷持续攀升，电力部门提前部署迎峰度夏工作。据市发展和改革委员会介绍，全市已新增储能设施十二座，' +
  '并与周边省份签订了跨区域互济协议。专家表示，随着气温升高，居民空调负荷将占到峰值的三成以上，建议市民在傍晚时段错峰使用大功率电器。' +
  '与此同时，供电公司组织了八百余名抢修人员，对重点线路开展巡视，确保城市运行平稳有序。';
const ZH_HANT =
  '本市今年夏季用電負荷持續攀升，電力部門提前部署迎峰度夏工作。據市發展和改革委員會介紹，全市已新增儲能設施十二座，' +
  '並與周邊省份簽訂了跨區域互濟協議。專家表示，隨著氣溫升高，居民空調負荷將佔到峰值的三成以上，建議市民在傍晚時段錯峰使用大功率電器。' +
  '與此同時，供電公司組織了八百餘名搶修人員，對重點線路開展巡視，確保城市運行平穩有序。';
const JA =
  '東京都は今年の夏、電力需要の増加に備えて新たな節電対策を発表しました。都の担当者によると、気温が上昇する午後の時間帯には、' +
  '家庭での冷房の使用が最も多くなるということです。そのため、都民に対して、日中の不要な照明を消すことや、冷房の設定温度を少し高めにすることを' +
  '呼びかけています。また、商業施設や事務所にも協力を求め、ピーク時の使用量を減らす取り組みを進めていく方針です。';
const KO =
  '서울시는 올여름 전력 수요가 크게 늘어날 것으로 보고 새로운 절전 대책을 발표했습니다. 시 관계자에 따르면 기온이 오르는 오후 시간대에 ' +
  '가정의 냉방 사용이 가장 많아진다고 합니다. 이에 따라 시민들에게 낮 시간에 불필요한 조명을 끄고 냉방 온도를 조금 높게 설정해 달라고 ' +
  '당부했습니다. 또한 상업 시설과 사무실에도 협조를 요청하여 최대 사용량을 줄이는 방안을 추진할 계획입니다.';

const page = (body: string, head = ''): string => `<html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('charset helpers', () => {
  it.each([
    ['text/html; charset=GBK', 'GBK'],
    ['text/html;charset="big5"', 'big5'],
    ["text/html; charset='shift_jis'; q=1", 'shift_jis'],
    ['text/html', undefined],
  ])('charsetFromContentType(%j) → %j', (contentType, expected) => {
    expect(charsetFromContentType(contentType)).toBe(expected);
  });

  it.each([
    ['<meta charset="gb2312">', 'gb2312'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=big5">', 'big5'],
    ["<META CHARSET='Shift_JIS'>", 'Shift_JIS'],
    ['<p>charset=gbk</p>', undefined],
  ])('charsetFromMeta(%j) → %j', (html, expected) => {
    expect(charsetFromMeta(utf8(html))).toBe(expected);
  });

  it('reads <meta> only within META_PRESCAN_BYTES', () => {
    const meta = '<meta charset="gbk">';
    const inside = ' '.repeat(META_PRESCAN_BYTES - meta.length) + meta;
    const outside = ' '.repeat(META_PRESCAN_BYTES) + meta;
    expect(charsetFromMeta(utf8(inside))).toBe('gbk');
    expect(charsetFromMeta(utf8(outside))).toBeUndefined();
  });

  it.each([
    ['gb2312', 'gbk'],
    ['GBK', 'gbk'],
    ['x-sjis', 'shift_jis'],
    ['iso-8859-1', 'windows-1252'],
    [' utf8 ', 'utf-8'],
    ['x-no-such-charset', undefined],
  ])('supportedCharset(%j) → %j', (label, expected) => {
    expect(supportedCharset(label)).toBe(expected);
  });
});

describe('decodeBytes: byte-order marks', () => {
  it.each([
    ['utf-8', [0xef, 0xbb, 0xbf], utf8('<p>中文 é</p>')],
    ['utf-16le', [0xff, 0xfe], encode('<p>中文 é</p>', 'utf16le')],
    ['utf-16be', [0xfe, 0xff], encode('<p>中文 é</p>', 'utf16be')],
  ] as const)('%s BOM is used and skipped', (charset, mark, body) => {
    const decoded = decodeBytes(concat(mark, body));
    expect(decoded).toEqual({ text: '<p>中文 é</p>', charset, charsetSource: 'bom', warnings: [] });
  });

  it('a BOM beats a contentType charset and a <meta>', () => {
    const decoded = decodeBytes(concat([0xef, 0xbb, 0xbf], utf8('<meta charset="gbk"><p>中文</p>')), 'text/html; charset=big5');
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.charsetSource).toBe('bom');
    expect(decoded.text).toBe('<meta charset="gbk"><p>中文</p>');
  });
});

describe('decodeBytes: declarations', () => {
  it('the contentType charset wins over <meta>', () => {
    const bytes = concat(utf8('<meta charset="big5"><p>'), encode(ZH_HANS, 'gbk'), utf8('</p>'));
    const decoded = decodeBytes(bytes, 'text/html; charset=gbk');
    expect(decoded.charset).toBe('gbk');
    expect(decoded.charsetSource).toBe('content-type');
    expect(decoded.text).toBe(`<meta charset="big5"><p>${ZH_HANS}</p>`);
    expect(decoded.warnings).toEqual([]);
  });

  it('a contentType charset decodes pure ASCII too', () => {
    const decoded = decodeBytes(utf8('<p>hello</p>'), 'text/html; charset=windows-1252');
    expect(decoded).toEqual({ text: '<p>hello</p>', charset: 'windows-1252', charsetSource: 'content-type', warnings: [] });
  });

  it('pure ASCII without any declaration is read as UTF-8', () => {
    expect(decodeBytes(utf8('<p>hello</p>'))).toEqual({ text: '<p>hello</p>', charset: 'utf-8', charsetSource: 'ascii', warnings: [] });
  });

  it.each([
    ['<meta charset="iso-8859-1">', 'windows-1252'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gbk'],
    ['<meta charset="big5">', 'big5'],
  ])('valid UTF-8 beats a lying %s, with a charset-mismatch warning', (meta, declared) => {
    const html = page(ZH_HANS, meta);
    const decoded = decodeBytes(utf8(html));
    expect(decoded.text).toBe(html);
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.charsetSource).toBe('utf-8-valid');
    expect(decoded.warnings).toEqual([
      { code: 'charset-mismatch', message: `declared charset ${declared} does not fit the bytes; decoded as utf-8` },
    ]);
  });

  it('valid UTF-8 beats a lying contentType too', () => {
    const decoded = decodeBytes(utf8(page(ZH_HANS)), 'text/html; charset=gbk');
    expect(decoded.charset).toBe('utf-8');
    expect(codes(decoded.warnings)).toEqual(['charset-mismatch']);
  });

  it('a true UTF-8 declaration on UTF-8 bytes gives no warning', () => {
    const decoded = decodeBytes(utf8(page(ZH_HANS, '<meta charset="utf-8">')));
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.warnings).toEqual([]);
  });

  it.each([
    ['gbk', ZH_HANS, 'gbk'],
    ['gb2312', ZH_HANS, 'gbk'],
    ['gb18030', ZH_HANS, 'gb18030'],
    ['big5', ZH_HANT, 'big5'],
    ['shift_jis', JA, 'shift_jis'],
    ['euc-kr', KO, 'euc-kr'],
  ])('%s bytes with a <meta> declaration', (label, text, charset) => {
    const html = page(text, `<meta charset="${label}">`);
    const decoded = decodeBytes(encode(html, charset));
    expect(decoded.text).toBe(html);
    expect(decoded.charset).toBe(charset);
    expect(decoded.charsetSource).toBe('meta');
    expect(decoded.warnings).toEqual([]);
  });
});

describe('decodeBytes: detection without any declaration', () => {
  it.each([
    ['gbk', ZH_HANS, ['gbk', 'gb18030']],
    ['big5', ZH_HANT, ['big5']],
    ['shift_jis', JA, ['shift_jis']],
    ['euc-kr', KO, ['euc-kr']],
  ])('%s page', (charset, text, accepted) => {
    const html = page(text);
    const decoded = decodeBytes(encode(html, charset));
    expect(decoded.text).toBe(html);
    expect(accepted).toContain(decoded.charset);
    expect(decoded.charsetSource).toBe('detected');
    expect(codes(decoded.warnings)).toEqual(['charset-detected']);
  });

  it.each([
    ['gbk', ZH_HANS, ['gbk', 'gb18030']],
    ['big5', ZH_HANT, ['big5']],
    ['shift_jis', JA, ['shift_jis']],
  ])('%s page whose text starts after more than DETECTION_SAMPLE_BYTES of ASCII markup', (charset, text, accepted) => {
    const head = `<style>${'.x{color:red}\n'.repeat(Math.ceil((DETECTION_SAMPLE_BYTES + DETECTION_LEAD_BYTES) / 14) + 1)}</style>`;
    const html = page(`${text}`).replace('<body>', `<body>${head}`);
    expect(html.indexOf(text)).toBeGreaterThan(DETECTION_SAMPLE_BYTES + DETECTION_LEAD_BYTES);
    const decoded = decodeBytes(encode(html, charset));
    expect(accepted).toContain(decoded.charset);
    expect(decoded.text).toBe(html);
  });

  it.each([
    ['gbk', ZH_HANS, ['gbk', 'gb18030']],
    ['big5', ZH_HANT, ['big5']],
    ['shift_jis', JA, ['shift_jis']],
    ['euc-kr', KO, ['euc-kr']],
  ])('%s page longer than DETECTION_SAMPLE_BYTES (read past the quick sample)', (charset, text, accepted) => {
    const html = page(Array.from({ length: 80 }, (_, i) => `${text}（${i}）`).join('</p><p>'));
    const bytes = encode(html, charset);
    expect(bytes.length).toBeGreaterThan(DETECTION_SAMPLE_BYTES + DETECTION_QUICK_SAMPLE_BYTES);
    const decoded = decodeBytes(bytes);
    expect(accepted).toContain(decoded.charset);
    expect(decoded.text).toBe(html);
  });

  describe(`quickSampleIsSure: best at ≥ ${SURE} and ≥ ${MARGIN} ahead of the next other charset`, () => {
    it.each([
      ['clear winner', [{ charset: 'gb18030', confidence: 100 }, { charset: 'big5', confidence: 10 }], true],
      ['alone', [{ charset: 'shift_jis', confidence: SURE }], true],
      ['at both limits', [{ charset: 'gb18030', confidence: SURE }, { charset: 'big5', confidence: SURE - MARGIN }], true],
      ['one below the confidence', [{ charset: 'gb18030', confidence: SURE - 1 }, { charset: 'big5', confidence: 0 }], false],
      ['one short of the margin', [{ charset: 'gb18030', confidence: SURE }, { charset: 'big5', confidence: SURE - MARGIN + 1 }], false],
      ['a tie (Japanese text in GBK, measured 60/60 on 4 KB)', [{ charset: 'big5', confidence: 60 }, { charset: 'gb18030', confidence: 60 }], false],
      ['the same charset twice is no rival', [{ charset: 'gb18030', confidence: 95 }, { charset: 'gb18030', confidence: 94 }, { charset: 'big5', confidence: 20 }], true],
      ['nothing detected', [], false],
    ] as const)('%s', (_name, ranked, sure) => {
      expect(quickSampleIsSure(ranked)).toBe(sure);
    });
  });

  it.each([
    ['gbk', ZH_HANS],
    ['big5', ZH_HANT],
    ['shift_jis', JA],
    ['euc-kr', KO],
  ])('%s plain text (no markup at all)', (charset, text) => {
    const decoded = decodeBytes(encode(text, charset));
    expect(decoded.text).toBe(text);
    expect(decoded.charsetSource).toBe('detected');
  });
});

describe('decodeBytes: bad bytes never throw', () => {
  it('invalid UTF-8 after a BOM → U+FFFD and one undecodable-bytes warning', () => {
    const decoded = decodeBytes(concat([0xef, 0xbb, 0xbf], utf8('abc'), [0xff], utf8('def')));
    expect(decoded.text).toBe('abc\uFFFDdef');
    expect(decoded.warnings).toEqual([{ code: 'undecodable-bytes', message: '1 byte sequence(s) are not valid utf-8; replaced with U+FFFD' }]);
  });

  it('an invalid GBK sequence under <meta charset=gbk> → U+FFFD and a warning', () => {
    const bytes = concat(utf8('<meta charset="gbk"><p>'), encode(ZH_HANS, 'gbk'), [0x81, 0x20], utf8('</p>'));
    const decoded = decodeBytes(bytes);
    expect(decoded.charset).toBe('gbk');
    expect(decoded.text).toContain(ZH_HANS);
    expect(decoded.text).toContain('\uFFFD');
    expect(codes(decoded.warnings)).toEqual(['undecodable-bytes']);
  });

  it('a literal U+FFFD in a UTF-8 page is not an undecodable byte', () => {
    const decoded = decodeBytes(utf8('<p>a \uFFFD b 中</p>'));
    expect(decoded.text).toBe('<p>a \uFFFD b 中</p>');
    expect(decoded.warnings).toEqual([]);
  });

  it('random bytes decode without an exception', () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = seed = (seed * 1103515245 + 12345) & 0xff;
    expect(() => decodeBytes(bytes)).not.toThrow();
  });

  // Regression: one stray byte in a UTF-8 page used to send the whole page to detection, which
  // answered windows-1252: every Chinese character turned into mojibake.
  it.each([
    ['declared utf-8', '<meta charset="utf-8">'],
    ['undeclared', ''],
  ])('a UTF-8 page (%s) with one stray byte stays UTF-8 with one U+FFFD', (_name, head) => {
    const [before, after] = [page(ZH_HANS, head).slice(0, 120), page(ZH_HANS, head).slice(120)];
    const decoded = decodeBytes(concat(utf8(before), [0xff], utf8(after)));
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toBe(`${before}\uFFFD${after}`);
    expect(codes(decoded.warnings)).toContain('undecodable-bytes');
  });

  // Regression: a declared-UTF-8 page cut short by the server was detected as UTF-8, but still
  // got "declared charset utf-8 does not fit the bytes; decoded as utf-8".
  it('a declared UTF-8 page cut inside a character gets no contradictory charset-mismatch', () => {
    const bytes = utf8(page(ZH_HANS, '<meta charset="utf-8">'));
    const cutAt = bytes.length - '。</p></body></html>'.length - 1; // inside 。(3 bytes), 2 bytes kept
    const decoded = decodeBytes(bytes.subarray(0, cutAt));
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text.endsWith('平稳有序\uFFFD')).toBe(true);
    expect(codes(decoded.warnings)).not.toContain('charset-mismatch');
  });
});

describe(`decodeBytes: UTF-8 with up to UTF8_MAX_INVALID_SHARE (${UTF8_MAX_INVALID_SHARE}) invalid sequences`, () => {
  // `valid` 3-byte characters and one stray byte, under a <meta> that names another charset
  const bytes = (valid: number): Uint8Array => concat(utf8('<meta charset="gbk"><p>'), utf8('中'.repeat(valid)), [0xff], utf8('</p>'));
  const total = Math.ceil(1 / UTF8_MAX_INVALID_SHARE); // sequences for which one invalid one is still allowed

  it('at the share: still UTF-8, with a U+FFFD, a mismatch and an undecodable-bytes warning', () => {
    const choice = chooseCharset(bytes(total - 1));
    expect(choice).toMatchObject({ charset: 'utf-8', source: 'utf-8-valid', declared: 'gbk' });
    const decoded = decodeBytes(bytes(total - 1));
    expect(decoded.text).toBe(`<meta charset="gbk"><p>${'中'.repeat(total - 1)}\uFFFD</p>`);
    expect(codes(decoded.warnings)).toEqual(['charset-mismatch', 'undecodable-bytes']);
  });

  it('just above the share: not UTF-8, the declaration is used', () => {
    expect(chooseCharset(bytes(total - 2))).toMatchObject({ charset: 'gbk', source: 'meta' });
  });

  // The count stops once the share is settled (garbage is decided in its first kilobytes): the
  // stray bytes first, the valid characters after them, must give the same answers as above.
  const strayFirst = (stray: number, valid: number): Uint8Array => concat(utf8('<meta charset="gbk"><p>'), Array<number>(stray).fill(0xff), utf8('中'.repeat(valid)), utf8('</p>'));
  it.each<[string, number, number, string]>([
    ['one stray byte first, the share reached by the rest', 1, total - 1, 'utf-8'],
    ['one stray byte first, one valid character short', 1, total - 2, 'gbk'],
    ['two stray bytes first, the share reached by the rest', 2, 2 * total - 2, 'utf-8'],
    ['two stray bytes first, one valid character short', 2, 2 * total - 3, 'gbk'],
  ])('%s → %s', (_name, stray, valid, charset) => {
    expect(chooseCharset(strayFirst(stray, valid)).charset).toBe(charset);
  });
});

describe('decodeBytes: unknown charset labels', () => {
  it('an unknown <meta> label on UTF-8 bytes → unknown-charset warning, decoded as UTF-8', () => {
    const html = page(ZH_HANS, '<meta charset="x-no-such">');
    const decoded = decodeBytes(utf8(html));
    expect(decoded.text).toBe(html);
    expect(decoded.warnings).toEqual([{ code: 'unknown-charset', message: 'declared charset "x-no-such" is not supported; ignored' }]);
  });

  it('an unknown <meta> label on GBK bytes → unknown-charset warning, then detection', () => {
    const html = page(ZH_HANS, '<meta charset="x-no-such">');
    const decoded = decodeBytes(encode(html, 'gbk'));
    expect(decoded.text).toBe(html);
    expect(codes(decoded.warnings)).toEqual(['unknown-charset', 'charset-detected']);
  });

  // Regression: the same unknown contentType label was reported twice.
  it('an unknown contentType label → exactly one unknown-charset warning', () => {
    const decoded = decodeBytes(utf8(page(ZH_HANS)), 'text/html; charset=x-no-such');
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.warnings).toEqual([{ code: 'unknown-charset', message: 'declared charset "x-no-such" is not supported; ignored' }]);
  });
});

describe('decodeInput: maxBytes', () => {
  const bytes = utf8('<p>é中</p>'); // 3C 70 3E | C3 A9 | E4 B8 AD | 3C 2F 70 3E

  it.each([
    [3, '<p>'],
    [4, '<p>'], // inside é
    [5, '<p>é'],
    [6, '<p>é'], // inside 中
    [7, '<p>é'], // inside 中
    [8, '<p>é中'],
    [11, '<p>é中</p'],
  ])('bytes cut at %i → %j, decoded as UTF-8 with only a truncated warning', (max, text) => {
    const decoded = decodeInput(bytes, max);
    expect(decoded.text).toBe(text);
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.truncated).toBe(true);
    expect(decoded.size).toBe(bytes.length);
    expect(decoded.warnings).toEqual([{ code: 'truncated', message: `input of ${bytes.length} bytes cut to maxBytes (${max})` }]);
  });

  it('bytes at exactly maxBytes are not cut', () => {
    const decoded = decodeInput(bytes, bytes.length);
    expect(decoded.text).toBe('<p>é中</p>');
    expect(decoded.truncated).toBe(false);
    expect(decoded.warnings).toEqual([]);
  });

  it('a long Chinese UTF-8 page cut inside a character stays UTF-8 (not mojibake)', () => {
    const all = utf8(page(ZH_HANS));
    const max = utf8('<html><head><title>t</title></head><body><p>').length + 3 * 10 + 1; // 1 byte into the 11th character
    const decoded = decodeInput(all, max);
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toBe(`<html><head><title>t</title></head><body><p>${ZH_HANS.slice(0, 10)}`);
    expect(codes(decoded.warnings)).toEqual(['truncated']);
  });

  // BUG (see report): the library's own cut of a GBK/Big5/Shift_JIS page inside a two-byte character
  // leaves a lead byte that decodes to U+FFFD, reported as an undecodable byte of the page.
  it.each([
    ['gbk', ZH_HANS],
    ['big5', ZH_HANT],
    ['shift_jis', JA],
  ])('a %s page cut inside a character: only a truncated warning, no U+FFFD', (charset, text) => {
    const head = `<meta charset="${charset}"><p>`;
    const all = concat(utf8(head), encode(text, charset));
    const max = head.length + 2 * 10 + 1; // one byte into the 11th (two-byte) character
    const decoded = decodeInput(all, max);
    expect(decoded.charset).toBe(charset);
    expect(decoded.text).not.toContain('\uFFFD');
    // whole characters only: the 10 that fit (a cut that also drops the 10th is tolerated)
    expect([head + text.slice(0, 9), head + text.slice(0, 10)]).toContain(decoded.text);
    expect(codes(decoded.warnings)).toEqual(['truncated']);
  });

  it.each([
    [5, 'abcde'],
    [6, 'abcde'], // would split the surrogate pair of 𠀀
    [7, 'abcde𠀀'],
  ])('strings are cut in UTF-16 units without splitting a pair: max %i', (max, text) => {
    const decoded = decodeInput('abcde𠀀fg', max);
    expect(decoded.text).toBe(text);
    expect(decoded.truncated).toBe(true);
    expect(decoded.warnings).toEqual([{ code: 'truncated', message: `input of 9 characters cut to maxBytes (${max})` }]);
  });
});

describe('looksLikeHtml', () => {
  it('is false just below HTML_MIN_TAGS and true at it', () => {
    const below = 'Some words first. ' + Array.from({ length: HTML_MIN_TAGS - 1 }, () => '<div>x').join(' ');
    const at = 'Some words first. ' + Array.from({ length: HTML_MIN_TAGS }, () => '<div>x').join(' ');
    expect(looksLikeHtml(below)).toBe(false);
    expect(looksLikeHtml(at)).toBe(true);
  });

  it('a tag whose attribute is padded past HTML_SNIFF_CHARS is markup; "<p for" in prose is not', () => {
    expect(looksLikeHtml(`<div style="${'x'.repeat(2 * HTML_SNIFF_CHARS)}">a</div><p>b</p>`)).toBe(true);
    expect(looksLikeHtml(`<div>${'x'.repeat(2000)}</div>`)).toBe(true);
    expect(looksLikeHtml(`Use <p for paragraphs and <a to link; ${'words '.repeat(1000)}`)).toBe(false);
    expect(looksLikeHtml(`Use <p class= to style it; ${'words '.repeat(1000)}`)).toBe(true);
    expect(looksLikeHtml(`Use <p class= to style it; ${'words '.repeat(10)}`)).toBe(false);
  });

  it('only counts tags within HTML_SNIFF_CHARS', () => {
    const late = 'x'.repeat(HTML_SNIFF_CHARS) + '<div><p>';
    expect(looksLikeHtml(late)).toBe(false);
  });

  // session-32 audit: a server that prints blank lines before the doctype (a PHP template's includes)
  it.each([
    ['blank lines past the window, then a doctype', `${'\n'.repeat(2 * HTML_SNIFF_CHARS)}<!DOCTYPE html><html><body><p>x</p></body></html>`, true],
    ['spaces past the window, then two tags', `${' '.repeat(HTML_SNIFF_CHARS + 1)}<div><p>words</p></div>`, true],
    ['CRLF and tabs past the window, then a doctype', `${'\r\n\t'.repeat(HTML_SNIFF_CHARS)}<!doctype html><p>x`, true],
    ['white space, then text past the window before the tags', `${' '.repeat(10)}${'x'.repeat(HTML_SNIFF_CHARS)}<div><p>`, false],
    ['white space only', ' \n\t'.repeat(HTML_SNIFF_CHARS), false],
    ['empty', '', false],
  ])('the window starts after leading white space: %s', (_what, text, html) => {
    expect(looksLikeHtml(text)).toBe(html);
  });

  it('a page of bytes with blank lines before its doctype is sifted as HTML', () => {
    const decoded = decodeInput(new TextEncoder().encode(`${'\n'.repeat(5000)}<!DOCTYPE html><html><head><title>T</title></head><body><p>Rain at noon.</p></body></html>`), 1 << 20);
    expect(decoded.kind).toBe('html');
  });

  it.each([
    ['<!DOCTYPE html><title>x</title>', true],
    ['  <html lang="zh">', true],
    ['<!-- comment --> text', true],
    ['<?xml version="1.0"?>', true],
    ['a < b and c > d, plain text', false],
    ['首页 > 新闻 > 正文', false],
    ['<notatag> <another>', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe('decodeInput: strings and objects', () => {
  it('a string with a BOM keeps its length (the BOM becomes a space)', () => {
    const decoded = decodeInput('\uFEFF标题\n正文第一段。', MAX);
    expect(decoded.text).toBe(' 标题\n正文第一段。');
    expect(decoded.kind).toBe('text');
    expect(decoded.charset).toBeUndefined();
    expect(decoded.warnings).toEqual([]);
  });

  it.each([
    ['<p>a</p><p>b</p>', 'html'],
    ['a line\nanother line', 'text'],
  ] as const)('string %j sniffed as %s', (input, kind) => {
    expect(decodeInput(input, MAX).kind).toBe(kind);
  });

  it('{ text } is text and { html } is html whatever they look like', () => {
    expect(decodeInput({ text: '<p>a</p><p>b</p>' }, MAX).kind).toBe('text');
    expect(decodeInput({ html: 'plain words' }, MAX).kind).toBe('html');
  });

  it('contentType text/plain makes bytes text, html makes them html', () => {
    expect(decodeInput({ bytes: utf8('<p>a</p><p>b</p>'), contentType: 'text/plain; charset=utf-8' }, MAX).kind).toBe('text');
    expect(decodeInput({ bytes: utf8('plain words'), contentType: 'text/html' }, MAX).kind).toBe('html');
  });

  it('keeps the url', () => {
    expect(decodeInput({ html: '<p>x</p>', url: 'https://example.test/a' }, MAX).url).toBe('https://example.test/a');
  });

  it.each<[string, unknown]>([
    ['html and text', { html: '<p>a</p>', text: 'a' }],
    ['html and bytes', { html: '<p>a</p>', bytes: new Uint8Array([0x61]) }],
    ['none of them', { url: 'https://example.test/' }],
    ['an empty object', {}],
    ['html as a number', { html: 42 }],
    ['bytes as a string', { bytes: 'abc' }],
    ['bytes as an array', { bytes: [0x61] }],
    ['an unknown key', { html: '<p>a</p>', charset: 'gbk' }],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['a boolean', true],
  ])('rejects %s with PagesiftInputError', (_name, input) => {
    expect(() => decodeInput(input as SiftInput, MAX)).toThrow(PagesiftInputError);
  });

  it('names the problem in the message', () => {
    expect(() => decodeInput({ html: 'a', text: 'b' }, MAX)).toThrow(/exactly one of html, text, bytes/);
    expect(() => decodeInput({ html: 42 } as unknown as SiftInput, MAX)).toThrow(/html/);
    expect(() => decodeInput(42 as unknown as SiftInput, MAX)).toThrow(/not number/);
  });

  it('PagesiftInputError is a TypeError with its own name', () => {
    const error = new PagesiftInputError('x');
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe('PagesiftInputError');
  });
});

describe('through the sifter', () => {
  it('offsets of a BOM-prefixed string point into the string as given', async () => {
    const sifter = await defaultSifter();
    const input = '\uFEFF市政府发布夏季用电通知\n本市今年夏季用电负荷持续攀升，电力部门提前部署迎峰度夏工作。\n';
    const report = sifter.sift(input);
    expect(report.segments.map((s) => s.text)).toEqual(['市政府发布夏季用电通知', '本市今年夏季用电负荷持续攀升，电力部门提前部署迎峰度夏工作。']);
    for (const segment of report.segments) expect(input.slice(segment.source.start, segment.source.end)).toBe(segment.text);
    expect(report.segments[0]!.source.start).toBe(1);
  });

  it('throws PagesiftInputError on a wrong input type, never on bad bytes', async () => {
    const sifter = await defaultSifter();
    expect(() => sifter.sift(123 as unknown as SiftInput)).toThrow(PagesiftInputError);
    expect(() => sifter.sift({ html: 'a', bytes: new Uint8Array(1) })).toThrow(PagesiftInputError);
    const report = sifter.sift(concat([0xef, 0xbb, 0xbf], utf8('<p>abc'), [0xff, 0xfe, 0xfd], utf8('def</p>')));
    expect(report.input.charset).toBe('utf-8');
    expect(codes(report.warnings)).toEqual(['undecodable-bytes']);
    expect(report.segments.map((s) => s.text)).toEqual(['abc\uFFFD\uFFFD\uFFFDdef']);
  });

  it('reports truncation in the report input', async () => {
    const sifter = await defaultSifter();
    const bytes = utf8('<p>' + 'a'.repeat(100) + '</p>');
    const report = sifter.sift(bytes);
    expect(report.input).toEqual({ kind: 'html', charset: 'utf-8', size: bytes.length, truncated: false });
  });
});

// Session-33 audit: a caller's Content-Type declaring UTF-8 over bytes that are not (a GBK page
// served with a default header) was overridden by detection, rightly, but the warnings said only
// "no usable charset declaration", as if nothing had been declared; a <meta> saying the same was
// named in a charset-mismatch warning.
describe('decodeBytes: a Content-Type charset that does not fit the bytes is named, as a <meta> one is', () => {
  const gbkPage = new Uint8Array(iconv.encode('<html><head><title>新闻</title></head><body><p>今天天气很好，我们去公园散步了。明天还会下雨吗？气象台说不会，周末也是晴天。</p></body></html>', 'gbk'));

  it.each([
    ['a Content-Type header', 'text/html; charset=utf-8'],
    ['a Content-Type header in capitals', 'text/html; Charset="UTF-8"'],
  ])('utf-8 in %s over GBK bytes: detected, and the declaration named in charset-mismatch', (_name, contentType) => {
    expect(chooseCharset(gbkPage, contentType)).toMatchObject({ charset: 'gb18030', source: 'detected', declared: 'utf-8' });
    const decoded = decodeBytes(gbkPage, contentType);
    expect(decoded.warnings).toContainEqual({ code: 'charset-mismatch', message: 'declared charset utf-8 does not fit the bytes; decoded as gb18030' });
    // session-42 audit: the detection warning beside it no longer says that nothing was declared
    expect(decoded.warnings).toContainEqual({ code: 'charset-detected', message: 'the declared charset does not fit the bytes; detected gb18030' });
    expect(decoded.text).toContain('今天天气很好');
  });

  it('a <meta> utf-8 over GBK bytes: the detection warning says the declaration did not fit, as for a header', () => {
    const withMeta = new Uint8Array(iconv.encode('<html><head><meta charset="utf-8"><title>新闻</title></head><body><p>今天天气很好，我们去公园散步了。明天还会下雨吗？气象台说不会，周末也是晴天。</p></body></html>', 'gbk'));
    const warnings = decodeBytes(withMeta).warnings.filter((w) => w.code === 'charset-detected');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/^the declared charset does not fit the bytes; detected /);
  });

  it('no declaration: the detection warning says none was usable', () => {
    const warnings = decodeBytes(gbkPage).warnings.filter((w) => w.code === 'charset-detected');
    expect(warnings.map((w) => w.message)).toEqual(['no usable charset declaration; detected gb18030']);
  });

  it('no declaration at all: detected, with no charset-mismatch', () => {
    expect(chooseCharset(gbkPage, 'text/html')).not.toHaveProperty('declared');
    expect(codes(decodeBytes(gbkPage, 'text/html').warnings)).toEqual(['charset-detected']);
    expect(codes(decodeBytes(gbkPage).warnings)).toEqual(['charset-detected']);
  });

  it('a header that fits the bytes (gbk over GBK, utf-8 over UTF-8): no warning', () => {
    expect(decodeBytes(gbkPage, 'text/html; charset=gbk').warnings).toEqual([]);
    expect(decodeBytes(new TextEncoder().encode('<p>今天天气很好。</p>'), 'text/html; charset=utf-8').warnings).toEqual([]);
  });
});
