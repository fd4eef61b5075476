import { beforeAll, describe, expect, it } from 'vitest';
import { createSifter, reportSchema, type Report, type Sifter, type SiftInput } from '../src/index.js';
import { MAX_SEGMENTS } from '../src/segment/merge.js';
import { reportProblem } from './helpers/report-checks.js';
import { defaultSifter } from './helpers/sifter.js';
import { noise as benchmarkNoise } from '../benchmarks/pathological/families/inputs.js';

/**
 * Garbage a crawling pipeline may hand over — random bytes, a line of noise, tag soup, one
 * character a million times: behaviour, not timing (timing is benchmarks/pathological/main.ts,
 * families random-bytes and random-printable). Each must give a valid report whose spans point at
 * its text, with no more segments than MAX_SEGMENTS and no more text than the input holds.
 */

let sifter: Sifter;
beforeAll(async () => {
  sifter = await defaultSifter();
});

/** `n` pseudo-random bytes, the same on every run: the pathological benchmark's generator (xorshift32), with this file's seed. */
const noise = (n: number, seed = 0x9e3779b9): Uint8Array => benchmarkNoise(n, seed);

const codes = (report: Report): string[] => report.warnings.map((w) => w.code);
const textChars = (report: Report): number => report.segments.reduce((n, s) => n + s.text.length, 0);

/** Sift, check the report against its schema and every check of tests/helpers/report-checks.ts, and its bounds. */
function sifted(input: SiftInput, by: Sifter = sifter): Report {
  const report = by.sift(input);
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`report fails reportSchema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  const problem = reportProblem(input, report, by.options.maxBytes);
  if (problem) throw new Error(problem);
  expect(report.segments.length).toBeLessThanOrEqual(MAX_SEGMENTS);
  return report;
}

describe('random bytes', () => {
  it('3 MB (more lines than MAX_SEGMENTS): text, a detected charset, the segment limit, no more text than bytes', { timeout: 120_000 }, () => {
    const bytes = noise(3_000_000);
    const report = sifted(bytes);
    expect(report.input).toMatchObject({ kind: 'text', size: bytes.length, truncated: false });
    expect(codes(report)).toEqual(expect.arrayContaining(['charset-detected', 'segment-limit']));
    // a single-byte charset: one character per byte at most, spaces collapsed
    expect(textChars(report)).toBeLessThanOrEqual(bytes.length);
  });

  it('above maxBytes: cut, with a truncated warning, every span inside the cut', { timeout: 60_000 }, async () => {
    const maxBytes = 256 * 1024;
    const small = await createSifter({ maxBytes });
    const report = sifted(noise(1_000_000), small);
    expect(report.input).toMatchObject({ size: 1_000_000, truncated: true });
    expect(codes(report)).toContain('truncated');
    for (const segment of report.segments) expect(segment.source.end).toBeLessThanOrEqual(maxBytes);
    expect(textChars(report)).toBeLessThanOrEqual(maxBytes);
  });

  it.each([
    ['as { bytes } with a binary content type', (b: Uint8Array): SiftInput => ({ bytes: b, contentType: 'application/octet-stream' })],
    ['as { bytes } declaring UTF-8 (the bytes are not)', (b: Uint8Array): SiftInput => ({ bytes: b, contentType: 'text/html; charset=utf-8' })],
    ['behind a UTF-8 byte-order mark', (b: Uint8Array): SiftInput => new Uint8Array([0xef, 0xbb, 0xbf, ...b])],
  ])('%s: a report, no exception', { timeout: 60_000 }, (_name, wrap) => {
    const report = sifted(wrap(noise(200_000, 7)));
    expect(report.segments.length).toBeGreaterThan(0);
  });
});

describe('other garbage', () => {
  it('a 1 MB line of random printable ASCII (no tags): one text segment', { timeout: 60_000 }, () => {
    const line = Buffer.from(noise(1_000_000, 11).map((b) => (b % 95 === 28 || b % 95 === 30 ? 0x41 : 0x20 + (b % 95)))).toString('latin1');
    const report = sifted(line);
    expect(report.input.kind).toBe('text');
    expect(report.segments).toHaveLength(1);
    expect(textChars(report)).toBeLessThanOrEqual(line.length);
  });

  it('200,000 unclosed `<div>x`: HTML capped at MAX_SEGMENTS, every x kept', { timeout: 60_000 }, () => {
    const html = '<div>x'.repeat(200_000);
    const report = sifted(html);
    expect(report.input.kind).toBe('html');
    expect(codes(report)).toContain('segment-limit');
    expect(report.segments.reduce((n, s) => n + (s.text.match(/x/g)?.length ?? 0), 0)).toBe(200_000);
  });

  it('random tag soup (opened, closed, misnested): a report within the bounds', { timeout: 60_000 }, () => {
    const tags = ['<div>', '<span>', '<p>', '<b>', '</div>', '<div class="a">', 'text ', '<i>', '<a href="x">', '</a>', '<li>', '<table><tr><td>', '</p>'];
    const soup = Array.from(noise(100_000, 3), (b) => tags[b % tags.length]!).join('');
    const report = sifted(soup);
    expect(report.input.kind).toBe('html');
    expect(textChars(report)).toBeLessThanOrEqual(soup.length);
  });

  // session 36: a ten-million-character run of one punctuation mark or digit before a currency sign
  // threw "Maximum call stack size exceeded" out of the tokenizer's split, the price pattern and the
  // dash-list split (segment/list.ts)
  it.each([
    ['commas', ','],
    ['points', '.'],
    ['digits', '9'],
    ['em dashes', '—'],
  ])('ten million %s before " €", as text and in a <p>: a report, no exception', { timeout: 120_000 }, (_name, unit) => {
    const run = `${unit.repeat(10_000_000)} €`;
    expect(sifted(run).segments.length).toBeGreaterThan(0);
    expect(sifted(`<html><body><h1>Preis</h1><p>${run}</p></body></html>`).segments.length).toBeGreaterThan(0);
  });

  it('one CJK character a million times, as UTF-8 bytes: one segment of it', { timeout: 60_000 }, () => {
    const bytes = new Uint8Array(Buffer.from('中'.repeat(1_000_000), 'utf8'));
    const report = sifted(bytes);
    expect(report.input).toMatchObject({ kind: 'text', charset: 'utf-8' });
    expect(report.segments).toHaveLength(1);
    expect(report.segments[0]!.text).toBe('中'.repeat(1_000_000));
  });
});
