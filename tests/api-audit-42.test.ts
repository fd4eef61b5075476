import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPool, createSifter, pageTypeSchema, type ReportPageType } from '../src/index.js';
import { ROOT } from './helpers/cli-run.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * Input errors a user met in the session-42 audit (from the packed package): each says what was
 * given and what the call takes.
 */

const PAGE = '<p>It will be sunny tomorrow, and warm. The wind stays light all day.</p>';

describe('sift(): a url of the wrong type is named with what url takes', () => {
  it.each([
    [5, 'number'],
    [null, 'null'],
    [{}, 'object'],
    [[], 'array'],
  ])('url %j: "expected a string or a URL, received %s" (was zod\'s bare "Invalid input")', async (url, received) => {
    const sifter = await defaultSifter();
    expect(() => sifter.sift({ html: PAGE, url } as never)).toThrow(`bad sift() input: url: expected a string or a URL, received ${received}`);
  });

  it('a string and a URL object are still taken, the report holding the text', async () => {
    const sifter = await defaultSifter();
    expect(sifter.sift({ html: PAGE, url: 'https://example.com/a' }).input.url).toBe('https://example.com/a');
    expect(sifter.sift({ html: PAGE, url: new URL('https://example.com/b') }).input.url).toBe('https://example.com/b');
  });
});

describe("siftMany(): one page's bytes are refused at the call, as one page's string is", () => {
  const bytes = new TextEncoder().encode(PAGE);

  it('a Uint8Array or a Buffer: PagesiftInputError at the call that names it (it iterated by numbers, each failing only when awaited)', async () => {
    const sifter = await defaultSifter();
    expect(() => sifter.siftMany(bytes as never)).toThrow(/siftMany\(\) takes an iterable or async iterable of pages, not a Uint8Array: one page's bytes go to sift\(\)/);
    expect(() => sifter.siftMany(Buffer.from(bytes) as never)).toThrow(/not a Buffer/);
  });

  it('the same bytes in an array are sifted', async () => {
    const sifter = await defaultSifter();
    const reports = [];
    for await (const report of sifter.siftMany([bytes])) reports.push(report);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.segments.some((segment) => segment.text.includes('sunny tomorrow'))).toBe(true);
  });

  it("a pool's siftMany refuses them the same way", async () => {
    const pool = await createPool({ threads: 1 });
    try {
      expect(() => pool.siftMany(bytes as never)).toThrow(/not a Uint8Array/);
    } finally {
      await pool.close();
    }
  });
});

describe('maxBytes on a string counts UTF-16 units, as the README says', () => {
  it('100 keeps 100 Chinese characters of a string (300 bytes of UTF-8), and 100 bytes of the same text as bytes', async () => {
    const sifter = await createSifter({ maxBytes: 100 });
    const text = '据气象台消息，今天北京天气晴朗。'.repeat(10);
    const fromString = sifter.sift(text);
    expect(fromString.input).toMatchObject({ size: 160, truncated: true });
    expect(fromString.warnings.find((w) => w.code === 'truncated')?.message).toBe('input of 160 characters cut to maxBytes (100)');
    const fromBytes = sifter.sift(new TextEncoder().encode(text));
    expect(fromBytes.input).toMatchObject({ size: 480, truncated: true });
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('a string, which has no bytes yet, is counted in UTF-16 code units');
  });
});

// the audit found report.pageType's type reachable only as Report['pageType']: its schema and type are exported like the verdict's
describe('report.pageType: its schema and type are exported', () => {
  it('pageTypeSchema parses a report\'s pageType, typed ReportPageType', async () => {
    const sifter = await defaultSifter();
    const pageType: ReportPageType = sifter.sift({ html: PAGE }).pageType;
    expect(pageTypeSchema.parse(pageType)).toEqual(pageType);
    expect(() => pageTypeSchema.parse({ type: 'blog', hits: [] })).toThrow();
  });
});
