import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultSifter } from './helpers/sifter.js';

/**
 * Limits of the library that the README states (session-33 audit, from the packed package): pinned
 * here so that the README is changed with them.
 */

const PAGE = '<html><head><title>Weather</title></head><body><p>It will be sunny tomorrow, and warm. The wind stays light all day, and the evening is mild.</p></body></html>';

describe('a compressed body is not the page: read as text, with a binary warning (README, sift())', () => {
  it('gzip bytes: sifted, a binary warning that names gzip, and the page text is not in any segment', async () => {
    const sifter = await defaultSifter();
    const report = sifter.sift(new Uint8Array(gzipSync(PAGE)));
    const binary = report.warnings.filter((w) => w.code === 'binary');
    expect(binary).toHaveLength(1);
    expect(binary[0]!.message).toMatch(/gzip/);
    expect(report.segments.some((segment) => segment.text.includes('sunny'))).toBe(false);
  });

  it('brotli bytes: a binary warning that does not claim gzip', async () => {
    const sifter = await defaultSifter();
    const report = sifter.sift(new Uint8Array(brotliCompressSync(PAGE.repeat(40))));
    const binary = report.warnings.filter((w) => w.code === 'binary');
    expect(binary).toHaveLength(1);
    expect(binary[0]!.message).not.toMatch(/gzip/);
  });

  it('the same page decompressed is read, with no binary warning; UTF-16 text (NUL bytes, a mark) is no binary data', async () => {
    const sifter = await defaultSifter();
    const report = sifter.sift(new TextEncoder().encode(PAGE));
    expect(report.segments.some((segment) => segment.text.includes('sunny tomorrow'))).toBe(true);
    expect(report.warnings.map((w) => w.code)).not.toContain('binary');
    const utf16 = new Uint8Array(Buffer.from(`\ufeff${PAGE}`, 'utf16le'));
    const read = sifter.sift(utf16);
    expect(read.warnings.map((w) => w.code)).not.toContain('binary');
    expect(read.segments.some((segment) => segment.text.includes('sunny tomorrow'))).toBe(true);
  });
});

describe('verdict.score against a threshold of your own (README: instead of one cached sifter per threshold)', () => {
  it('verdict.spam is exactly verdict.score >= verdict.threshold (the score is rounded before the comparison)', async () => {
    const sifter = await defaultSifter();
    const report = sifter.sift('<title>国产精品一区二区 久久精品 在线观看</title><p>国产精品一区二区 久久精品 在线观看 免费视频</p>');
    expect(report.verdict.score).toBeGreaterThan(0);
    expect(report.verdict.spam).toBe(report.verdict.score >= report.verdict.threshold);
    expect(Math.round(report.verdict.score * 100) / 100).toBe(report.verdict.score);
  });
});

describe('a URL object as the input url (session 33)', () => {
  it('sifter.sift takes it and the report holds its href, as with the text', async () => {
    const sifter = await defaultSifter();
    const url = new URL('https://example.com/weather?day=2');
    const report = sifter.sift({ html: PAGE, url });
    expect(report.input.url).toBe(url.href);
    expect(report.segments).toEqual(sifter.sift({ html: PAGE, url: url.href }).segments);
  });
});
