import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { looksBinary } from '../src/decode/binary.js';
import { chooseCharset } from '../src/decode/charset.js';
import { decodeBytes } from '../src/decode/decode.js';
import { sniffUtf16, UTF16_MAX_BAD_SHARE, UTF16_MIN_NUL_SHARE, UTF16_MIN_NUL_SHARE_IF_UTF8, UTF16_SNIFF_BYTES } from '../src/decode/utf16-sniff.js';
import { runCli } from './helpers/cli-run.js';
import { defaultSifter } from './helpers/sifter.js';

/** UTF-16 pages without a byte order mark, told by where their NULs stand (audit, session 31). */

const utf16 = (text: string, order: 'le' | 'be'): Uint8Array => {
  const bytes = Buffer.from(text, 'utf16le');
  if (order === 'be') bytes.swap16();
  return new Uint8Array(bytes);
};

const HTML = '<!doctype html><html><head><title>明日の天気 天气预报</title></head><body><p>明天晴天，气温回升，午后有微风。It will be sunny tomorrow, and warm.</p></body></html>';
// CJK text: one line break and a few digits in a long line, the fewest NULs a text makes
const CJK_TEXT = '明天晴天，气温回升到二十五度，午后有微风，夜间转多云，周末可能有小雨，出门请带伞。\n2026年12月5日 天气预报：东京都内は晴れ、最高気温は１８度の見込みです。\n';

// a real PNG (signature, IHDR, IDAT, IEND; CRCs left zero, as a sniffer never reads them)
function png(): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(64, 0);
  ihdr.writeUInt32BE(64, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const pixels = Buffer.alloc(64 * (1 + 64 * 3));
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 37) % 251;
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]));
}

describe('sniffUtf16', () => {
  it.each(['le', 'be'] as const)('UTF-16%s HTML without a mark is decoded as such, with a warning saying how', async (order) => {
    const report = (await defaultSifter()).sift(utf16(HTML, order));
    expect(report.input).toMatchObject({ kind: 'html', charset: `utf-16${order}` });
    expect(report.title).toBe('明日の天気 天气预报');
    expect(report.segments.map((s) => s.text).join(' ')).toContain('明天晴天，气温回升，午后有微风。');
    expect(report.warnings.map((w) => w.code)).toEqual(['charset-detected']);
  });

  it.each(['le', 'be'] as const)('UTF-16%s CJK text without a mark, with only a few NULs, is decoded as text', async (order) => {
    const text = CJK_TEXT.repeat(3);
    const report = (await defaultSifter()).sift(utf16(text, order));
    expect(report.input).toMatchObject({ kind: 'text', charset: `utf-16${order}` });
    expect(report.segments.map((s) => s.text).join('\n')).toContain('东京都内は晴れ');
  });

  it('a CJK text needs UTF16_MIN_NUL_SHARE of its units to be NULs: at it, UTF-16; below it, not', () => {
    const units = UTF16_SNIFF_BYTES / 2;
    const needed = Math.ceil(UTF16_MIN_NUL_SHARE * units);
    const withBreaks = (breaks: number): Uint8Array => {
      const chars = [...'明天晴天气温回升午后有微风夜间转多云周末可能有小雨出门请带伞'];
      let text = '';
      for (let i = 0; text.length < units; i++) text += i > 0 && i % Math.floor(units / (breaks + 1)) === 0 && text.split('\n').length <= breaks ? '\n' : chars[i % chars.length];
      return utf16(text.slice(0, units), 'le');
    };
    expect(sniffUtf16(withBreaks(needed))).toBe('utf-16le');
    expect(sniffUtf16(withBreaks(needed - 2))).toBeUndefined();
  });

  it('UTF16_MAX_BAD_SHARE: UTF-16 with private-use characters (user-defined codes of a GBK page) up to it is UTF-16; past it, not', () => {
    const units = UTF16_SNIFF_BYTES / 2;
    const withPua = (share: number): Uint8Array => {
      const count = Math.floor(share * units);
      let text = '';
      for (let i = 0; text.length < units; i++) text += i < count ? '\uE4C6' : 'weather 天气 ';
      return utf16(text.slice(0, units), 'le');
    };
    expect(sniffUtf16(withPua(UTF16_MAX_BAD_SHARE - 0.005))).toBe('utf-16le');
    expect(sniffUtf16(withPua(UTF16_MAX_BAD_SHARE + 0.005))).toBeUndefined();
  });

  it('binary files stay binary: a PNG, gzip data, an executable header', () => {
    const gzip = new Uint8Array(gzipSync(Buffer.from(HTML.repeat(40))));
    const elf = new Uint8Array(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(56), Buffer.from('sunny tomorrow')]));
    for (const [name, bytes] of [['png', png()], ['gzip', gzip], ['elf', elf]] as const) {
      expect(sniffUtf16(bytes), name).toBeUndefined();
      expect(looksBinary(bytes), name).toBe(true);
    }
  });

  it('a UTF-8 page with a few NULs is UTF-8, not UTF-16 (and is binary to the CLI)', () => {
    const page = Buffer.from(`<p>${'明天晴天，气温回升。It will be sunny tomorrow. '.repeat(20)}</p>`);
    for (const at of [101, 503, 1001, 1999]) page[at] = 0;
    const bytes = new Uint8Array(page);
    expect(sniffUtf16(bytes)).toBeUndefined();
    expect(chooseCharset(bytes).charset).toBe('utf-8');
    expect(looksBinary(bytes)).toBe(true);
  });

  it('UTF16_MIN_NUL_SHARE_IF_UTF8: Cyrillic UTF-8 with NULs put in stays UTF-8 below it; Cyrillic UTF-16, whose bytes read as UTF-8 too, is UTF-16', () => {
    const russian = 'Завтра будет солнечно и тепло, ветер слабый весь день. '.repeat(20);
    const utf8 = Buffer.from(russian, 'utf8');
    const withNuls = (count: number): Uint8Array => {
      const step = Math.floor(utf8.length / (count + 1)) & ~1;
      const parts: Buffer[] = [];
      for (let i = 0; i < count; i++) parts.push(utf8.subarray(i * step, (i + 1) * step), Buffer.from([0x20, 0x00]));
      parts.push(utf8.subarray(count * step));
      return new Uint8Array(Buffer.concat(parts));
    };
    const below = withNuls(Math.floor((UTF16_MIN_NUL_SHARE_IF_UTF8 - 0.02) * (utf8.length / 2)));
    expect(sniffUtf16(below)).toBeUndefined();
    expect(sniffUtf16(utf16(russian, 'le'))).toBe('utf-16le');
    expect(decodeBytes(utf16(russian, 'be')).text).toBe(russian);
  });

  it('a header naming another charset loses to the pattern, with a charset-mismatch warning', () => {
    const decoded = decodeBytes(utf16(HTML, 'le'), 'text/html; charset=utf-8');
    expect(decoded.charset).toBe('utf-16le');
    expect(decoded.text).toBe(HTML);
    expect(decoded.warnings.map((w) => w.code)).toEqual(['charset-mismatch', 'charset-detected']);
  });
});

describe('a UTF-16 declaration on bytes that are not UTF-16', () => {
  it('<meta charset=utf-16> on UTF-8 bytes is UTF-8, as browsers read it, with no warning', () => {
    const decoded = decodeBytes(new Uint8Array(Buffer.from('<html><head><meta charset="utf-16"><title>天气</title></head><body><p>明天晴天。</p></body></html>')));
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.warnings).toEqual([]);
  });

  it('<meta charset=utf-16> on Latin-1 bytes is not decoded as UTF-16 (it was CJK garbage): the bytes are detected', () => {
    const decoded = decodeBytes(new Uint8Array(Buffer.from("<html><head><meta charset=\"utf-16\"><title>Café</title></head><body><p>Un café crème, s'il vous plaît.</p></body></html>", 'latin1')));
    expect(decoded.charset).toBe('windows-1252');
    expect(decoded.text).toContain('Un café crème');
    expect(decoded.warnings[0]?.message).toContain('declared charset utf-16le does not fit the bytes');
  });

  it('a UTF-16 header on ASCII bytes without a NUL is ASCII, with a charset-mismatch warning; on an empty page, no warning', () => {
    const decoded = decodeBytes(new Uint8Array(Buffer.from('<p>It will be sunny tomorrow.</p>')), 'text/html; charset=utf-16');
    expect(decoded.text).toBe('<p>It will be sunny tomorrow.</p>');
    expect(decoded.warnings.map((w) => w.code)).toEqual(['charset-mismatch']);
    expect(decodeBytes(new Uint8Array(0), 'text/html; charset=utf-16').warnings).toEqual([]);
    // real UTF-16 under the header is still read by it
    expect(decodeBytes(utf16('<p>晴天</p>', 'le'), 'text/html; charset=utf-16').text).toBe('<p>晴天</p>');
  });
});

describe('the command line', () => {
  const TMP = mkdtempSync(join(tmpdir(), 'pagesift-audit-31-'));
  afterAll(() => rmSync(TMP, { recursive: true, force: true }));

  it('a UTF-16 page without a mark is not called binary and is sifted as its text', () => {
    const file = join(TMP, 'page-utf16be.html');
    writeFileSync(file, utf16(HTML, 'be'));
    const { status, stdout, stderr } = runCli(['-f', 'json', file]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as { input: { charset: string }; title: string };
    expect(report.input.charset).toBe('utf-16be');
    expect(report.title).toBe('明日の天気 天气预报');
  });
});
