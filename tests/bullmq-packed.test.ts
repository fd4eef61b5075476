import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Queue, QueueEvents } from 'bullmq';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  compactResult,
  compactResultJsonSchema,
  compactResultSchema,
  createSiftWorker,
  enqueuePages,
  jobDataJsonSchema,
  jobIdFor,
  PACKED_VERSION,
  packedReportJsonSchema,
  packedReportSchema,
  packReport,
  parseJobData,
  SiftJobDataError,
  unpackReport,
  type PackedReport,
  type SiftWorker,
} from '../src/bullmq/index.js';
import { gunzipPage, gzipPage } from '../src/bullmq/gzip.js';
import { decodeBase64, parseJobPage } from '../src/bullmq/job.js';
import { UsageError } from '../src/cli/args.js';
import { parseQueueArgs } from '../src/cli/queue-args.js';
import { DATA_DIR } from '../src/data-dir.js';
import { reportSchema, type Report } from '../src/index.js';
import { findRedis, stopOwnRedis, uniqueQueueName } from './helpers/redis.js';
import { ROOT, waitForCounts } from './helpers/redis-pages.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * The worker's default job result, the packed report (src/bullmq/packed.ts): unpackReport gives
 * back sift()'s report exactly, on real pages; a consumer reading a job gets that shape. And the
 * worker's one-pass job parsing (parseJobPage, decodeBase64) against the exported zod schema.
 */

const redis = await findRedis();
afterAll(stopOwnRedis);

/** The real pages of the fixtures, and the shipped sample (it has Bayes tokens and a page-scope hit). */
function realPages(): { name: string; bytes: Buffer }[] {
  const dir = join(ROOT, 'tests', 'fixtures', 'pages');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) }));
  return [...pages, { name: 'samples/hijacked-news.html', bytes: readFileSync(join(DATA_DIR, 'samples', 'hijacked-news.html')) }];
}

/** What a consumer of the job gets: the result after JSON, as BullMQ stores and returns it. */
const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('packed report', () => {
  it('round trip on real pages: unpackReport(packReport(r)), through JSON, is the JSON of sift() key for key', async () => {
    const sifter = await defaultSifter();
    const pages = realPages();
    expect(pages.length).toBeGreaterThan(15);
    let withTokens = 0;
    let withScope = 0;
    let withCategory = 0;
    for (const { name, bytes } of pages) {
      for (const input of [{ bytes }, { html: bytes.toString('utf8'), url: `https://example.com/${name}` }]) {
        const report = sifter.sift(input);
        const packed = throughJson(packReport(report));
        expect(JSON.stringify(unpackReport(packed)), name).toBe(JSON.stringify(report));
        expect(packedReportSchema.safeParse(packed).success, name).toBe(true);
        const hits = report.segments.flatMap((s) => s.hits);
        withTokens += hits.filter((h) => h.tokens).length;
        withScope += hits.filter((h) => h.scope).length;
        withCategory += hits.filter((h) => h.category).length;
      }
    }
    // the pages exercise every optional field of a hit
    expect(withTokens).toBeGreaterThan(0);
    expect(withScope).toBeGreaterThan(0);
    expect(withCategory).toBeGreaterThan(0);
  });

  it('each rule is described once: descriptions live in `rules`, hits keep the rule id and their own evidence', async () => {
    const sifter = await defaultSifter();
    const report = sifter.sift(readFileSync(join(DATA_DIR, 'samples', 'hijacked-news.html')));
    const packed = packReport(report);
    const json = JSON.stringify(packed);
    expect(json.length).toBeLessThan(JSON.stringify(report).length * 0.75);
    const rules = new Set(report.segments.flatMap((s) => s.hits.map((h) => h.rule)));
    expect(Object.keys(packed.rules).sort()).toEqual([...rules].sort());
    for (const [rule, entry] of Object.entries(packed.rules)) {
      expect(json.split(JSON.stringify(entry.description)).length - 1, rule).toBe(1);
    }
    for (const hit of packed.segments.flatMap((s) => s.hits)) expect(hit.description).toBeUndefined();
    expect(packed.segments.flatMap((s) => s.hits).some((h) => h.tokens !== undefined)).toBe(true);
    // what is not a hit stays where the report has it
    expect(packed.verdict).toEqual(report.verdict);
    expect(packed.pageType).toEqual(report.pageType);
    expect(packed.segments.map((s) => [s.text, s.label, s.scores, s.source])).toEqual(report.segments.map((s) => [s.text, s.label, s.scores, s.source]));
    expect(packed.packed).toBe(PACKED_VERSION);
    // the report itself is not changed by packing
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('hits of one rule that differ from its entry (another description, a category missing, a rule id like __proto__) come back exactly', async () => {
    const sifter = await defaultSifter();
    const base = sifter.sift(readFileSync(join(DATA_DIR, 'samples', 'hijacked-news.html')));
    const withCategory = base.segments.flatMap((s) => s.hits).find((h) => h.category !== undefined)!;
    expect(withCategory).toBeDefined();
    const { category: _dropped, ...withoutCategory } = withCategory;
    const odd = { rule: '__proto__', label: 'navigation' as const, score: 0.5, description: 'a rule id that is also a property name of every object' };
    const segments = base.segments.map((s, i) => ({
      ...s,
      hits: i % 2 === 0 ? [...s.hits, withCategory, { ...withCategory, description: 'another description of the same rule', score: -2 }, odd] : [...s.hits, withoutCategory, { ...odd, scope: 'page' as const }],
    }));
    const report: Report = { ...base, segments };
    expect(reportSchema.safeParse(report).success).toBe(true);
    const packed = throughJson(packReport(report));
    expect(Object.getPrototypeOf(packed.rules)).toBe(Object.prototype);
    expect(Object.hasOwn(packed.rules, '__proto__')).toBe(true);
    expect(JSON.stringify(unpackReport(packed))).toBe(JSON.stringify(report));
  });

  it('a hit naming a rule missing from `rules` is an error, not a made-up hit', () => {
    const packed = { ...packReport({ version: 3, input: { kind: 'text', size: 1, truncated: false }, segments: [], verdict: { spam: false, score: 0, threshold: 1, categories: [] }, pageType: { type: 'other', hits: [] }, warnings: [] }) };
    const broken = { ...packed, segments: [{ text: 'x', label: 'body', scores: { body: 1, navigation: 0, spam: 0 }, hits: [{ rule: 'toString' }], source: { kind: 'line', start: 0, end: 1 }, terms: [] }] } as PackedReport;
    expect(() => unpackReport(broken)).toThrow(/rule "toString", which is not in its rules/);
  });

  it('JSON Schema of the packed form: the report keys plus packed and rules', () => {
    const schema = packedReportJsonSchema();
    const properties = Object.keys(schema['properties'] as object);
    expect(properties).toEqual([...Object.keys(reportSchema.shape), 'packed', 'rules']);
    expect(schema['required']).toEqual(expect.arrayContaining(['packed', 'rules', 'segments', 'verdict']));
  });
});

describe('pagesift worker --result', () => {
  it('packed by default; report and compact on request; --compact is --result compact; anything else is a usage error', () => {
    const worker = (...extra: string[]) => parseQueueArgs(['worker', '--queue', 'q', ...extra]).result;
    expect(worker()).toBe('packed');
    expect(worker('--result', 'report')).toBe('report');
    expect(worker('--result', 'compact')).toBe('compact');
    expect(worker('--compact')).toBe('compact');
    expect(worker('--compact', '--result', 'compact')).toBe('compact');
    expect(() => worker('--result', 'full')).toThrow(UsageError);
    expect(() => worker('--result', 'full')).toThrow(/--result must be one of packed, report, compact, got "full"/);
    expect(() => worker('--compact', '--result', 'report')).toThrow(/disagree/);
    expect(() => parseQueueArgs(['enqueue', '--queue', 'q', '--result', 'report', 'x.html'])).toThrow(UsageError);
  });
});

/** The message of the SiftJobDataError that `f` throws (checked to be one), or undefined when it throws nothing. */
function reason(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(SiftJobDataError);
    return (error as Error).message;
  }
}

describe('job data parsed in one pass (parseJobPage)', () => {
  const zodBase64 = z.base64();
  const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const odd = ['=', '-', '_', ' ', '\n', '*', 'é', 'Ł', '伞', '\u0000'];

  it('decodeBase64 accepts exactly what z.base64() accepts, and gives the bytes Buffer.from gives', () => {
    const near = fc
      .tuple(fc.uint8Array({ maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...odd, ...BASE64_ALPHABET)), { maxLength: 3 }), fc.nat(3))
      .map(([bytes, edits, cut]) => {
        // valid base64, then a few characters replaced or inserted, and maybe the end cut off
        let text = Buffer.from(bytes).toString('base64');
        for (const [at, ch] of edits) {
          const i = text.length === 0 ? 0 : at % text.length;
          text = at % 2 === 0 ? text.slice(0, i) + ch + text.slice(i + 1) : text.slice(0, i) + ch + text.slice(i);
        }
        return cut === 0 ? text.slice(0, Math.max(0, text.length - 1)) : text;
      });
    const anything = fc.string({ unit: fc.constantFrom(...odd, ...BASE64_ALPHABET.slice(0, 6), '+', '/'), maxLength: 12 });
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(near, anything), (text) => {
        const accepted = zodBase64.safeParse(text).success;
        const decoded = decodeBase64(text);
        expect(decoded !== undefined, JSON.stringify(text)).toBe(accepted);
        if (decoded) {
          valid++;
          expect(decoded.equals(Buffer.from(text, 'base64'))).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    expect(valid).toBeGreaterThan(100);
    for (const text of ['', 'AA==', 'AAA=', 'AAAA', '/+/+']) expect(decodeBase64(text), text).toBeDefined();
    for (const text of ['A===', '====', 'AA=A', 'ab-_', 'AAA', ' AAA', 'ŁAAA', 'AAAA\n']) expect(decodeBase64(text), text).toBeUndefined();
  });

  it('accepts and refuses what parseJobData does, with its reasons word for word; the page comes decoded, with its size', () => {
    const page = '<p>héllo, 世界</p>';
    const cases: unknown[] = [
      { html: page, url: 'https://example.com/', contentType: 'text/html' },
      { text: page },
      { bytes: Buffer.from(page).toString('base64'), id: 'p:1' },
      { bytes: '' },
      { url: 'https://example.com/only' },
      { bytes: 'not base64!' },
      { bytes: 'YWJj=' },
      { bytes: 'YW-j' },
      { bytes: 'YWJj', extra: 1 },
      { html: 'a', text: 'b' },
      { bytes: 'YWJj', html: 'b' },
      { html: 42 },
      { html: page, contentEncoding: 'gzip' },
      { bytes: 'YWJj', contentEncoding: 'br' },
      'a bare string',
      null,
    ];
    for (const data of cases) {
      const expected = reason(() => parseJobData(data));
      expect(reason(() => parseJobPage(data, 1000)), JSON.stringify(data)).toBe(expected);
      if (expected !== undefined) continue;
      const { input, bytes } = parseJobPage(data, 1000);
      const d = data as { html?: string; text?: string; bytes?: string; url?: string };
      if (d.bytes !== undefined) {
        expect(input).toEqual({ bytes: Buffer.from(d.bytes, 'base64') });
        expect(bytes).toBe(Buffer.from(d.bytes, 'base64').length);
      } else if (d.html !== undefined) {
        expect(input).toEqual({ html: page, url: 'https://example.com/', contentType: 'text/html' });
        expect(bytes).toBe(Buffer.byteLength(page));
      } else if (d.text !== undefined) {
        expect(input).toEqual({ text: page });
      } else {
        expect(input).toBeUndefined();
      }
    }
  });
});

describe('gzip-compressed pages (contentEncoding: gzip)', () => {
  const page = Buffer.from(`<html><head><meta charset="gbk"></head><body>${'<p>\u4e2d\u6587 page text</p>'.repeat(50)}</body></html>`);
  const gz = (bytes: Uint8Array): string => gzipSync(bytes).toString('base64');

  it('comes out as the page bytes, its size the gunzipped size, checked against maxBytes on both sides of the limit', () => {
    const data = { bytes: gz(page), contentEncoding: 'gzip', contentType: 'text/html' };
    expect(parseJobData(data)).toEqual(data);
    const parsed = parseJobPage(data, page.length);
    expect(parsed.input).toEqual({ bytes: page, contentType: 'text/html' });
    expect(parsed.bytes).toBe(page.length);
    expect(reason(() => parseJobPage(data, page.length - 1))).toBe(`page is over maxBytes (${page.length - 1}) once gunzipped`);
    // the same limit for a page sent plain: the size is the page's, not the job's
    expect(reason(() => parseJobPage({ bytes: page.toString('base64') }, page.length - 1))).toBe(`page of ${page.length} bytes is over maxBytes (${page.length - 1})`);
  });

  it('a small job that inflates far past maxBytes is refused without inflating it', () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    expect(reason(() => parseJobPage({ bytes: bomb.toString('base64'), contentEncoding: 'gzip' }, 1_000_000))).toBe('page is over maxBytes (1000000) once gunzipped');
  });

  it.each([
    ['not gzip at all', Buffer.from('<p>plain</p>'), /^bad pagesift job data: bytes: not gzip data \(incorrect header check\)$/],
    ['cut short', gzipSync(page).subarray(0, 30), /^bad pagesift job data: bytes: not gzip data \(unexpected end of file\)$/],
    ['empty', Buffer.alloc(0), /^bad pagesift job data: bytes: not gzip data/],
  ])('bytes that are not gzip (%s) are bad data with the reason', (_name, bytes, expected) => {
    expect(reason(() => parseJobPage({ bytes: bytes.toString('base64'), contentEncoding: 'gzip' }, 1_000_000))).toMatch(expected);
  });

  it('gzipPage and gunzipPage round-trip any bytes; gunzipPage stops at its limit', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const back = gunzipPage(gzipPage(bytes), Math.max(1, bytes.length));
        expect('bytes' in back && back.bytes.equals(Buffer.from(bytes))).toBe(true);
        if (bytes.length > 1) expect(gunzipPage(gzipPage(bytes), bytes.length - 1)).toEqual({ error: 'too-large' });
      }),
      { numRuns: 200 },
    );
  });

  it('JSON Schema: contentEncoding is gzip only, and needs bytes', () => {
    const schema = jobDataJsonSchema();
    expect((schema['properties'] as Record<string, { enum?: string[] }>)['contentEncoding']!.enum).toEqual(['gzip']);
    expect(schema['dependentRequired']).toEqual({ contentEncoding: ['bytes'] });
  });
});

describe.skipIf(!redis)('job results on Redis (in-process worker)', () => {
  const connection = { url: redis?.url ?? '' };
  const queues: Queue[] = [];
  const workers: SiftWorker[] = [];
  const closers: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.close()));
    await Promise.all(closers.splice(0).map((c) => c.close()));
    for (const queue of queues.splice(0)) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
  const setUp = async (prefix: string, result?: 'report' | 'packed' | 'compact'): Promise<Queue> => {
    const queue = new Queue(uniqueQueueName(prefix), { connection });
    queues.push(queue);
    workers.push(await createSiftWorker({ connection, queue: queue.name, ...(result ? { result } : {}) }));
    return queue;
  };

  it('by default a job returns the packed report: the documented shape, and unpackReport gives sift() of the page', async () => {
    const sifter = await defaultSifter();
    const queue = await setUp('packed-default');
    const events = new QueueEvents(queue.name, { connection });
    closers.push(events);
    await events.waitUntilReady();
    const pages = realPages();
    await enqueuePages(queue, pages.map(({ name, bytes }) => ({ id: name, bytes })));
    await waitForCounts(queue, (c) => c['completed'] === pages.length, 60_000);
    for (const { name, bytes } of pages) {
      const job = (await queue.getJob(jobIdFor(name)))!;
      const result = job.returnvalue as unknown;
      const parsed = packedReportSchema.safeParse(result);
      expect(parsed.success, `${name}: ${parsed.error?.message}`).toBe(true);
      expect((result as PackedReport).packed).toBe(PACKED_VERSION);
      expect(reportSchema.safeParse(result).success, name).toBe(false); // not the report itself: its hits lack descriptions
      expect(JSON.stringify(unpackReport(result as PackedReport)), name).toBe(JSON.stringify(sifter.sift({ bytes })));
    }
    // what a waiting producer gets (the README's way) is the same packed form
    const first = pages[0]!;
    const waited = (await (await queue.getJob(jobIdFor(first.name)))!.waitUntilFinished(events)) as PackedReport;
    expect(JSON.stringify(unpackReport(waited))).toBe(JSON.stringify(sifter.sift({ bytes: first.bytes })));
  });

  it("result: 'report' returns sift()'s report itself, 'compact' its verdict and spam segments", async () => {
    const sifter = await defaultSifter();
    const page = readFileSync(join(DATA_DIR, 'samples', 'hijacked-news.html'));
    const whole = await setUp('report', 'report');
    const compact = await setUp('compact', 'compact');
    for (const queue of [whole, compact]) await enqueuePages(queue, [{ id: 'hijacked', bytes: page }]);
    await waitForCounts(whole, (c) => c['completed'] === 1, 30_000);
    await waitForCounts(compact, (c) => c['completed'] === 1, 30_000);
    const report = sifter.sift({ bytes: page });
    expect(JSON.stringify((await whole.getJob('hijacked'))!.returnvalue)).toBe(JSON.stringify(report));
    const returned = (await compact.getJob('hijacked'))!.returnvalue as unknown;
    expect(returned).toEqual(throughJson(compactResult(report)));
    // what the worker writes is what the exported schema of the form takes (session-33 queue audit)
    expect(compactResultSchema.safeParse(returned).success).toBe(true);
    expect((returned as { spamSegments: unknown[] }).spamSegments.length).toBeGreaterThan(0);
  });

  describe('compactResultSchema: each result form validates under its own schema only', () => {
    const page = readFileSync(join(DATA_DIR, 'samples', 'hijacked-news.html'));
    const forms = async (): Promise<Record<string, unknown>> => {
      const report = (await defaultSifter()).sift({ bytes: page });
      const compact = throughJson(compactResult(report)) as { verdict: unknown; spamSegments: { label: string }[] };
      return {
        compact,
        'compact with a body segment among spamSegments': { ...compact, spamSegments: [{ ...compact.spamSegments[0]!, label: 'body' }] },
        'compact with an extra key': { ...compact, pageType: report.pageType },
        'compact without verdict': { spamSegments: compact.spamSegments },
        report: throughJson(report),
        packed: throughJson(packReport(report)),
      };
    };
    it.each([
      ['compact', true],
      ['compact with a body segment among spamSegments', false],
      ['compact with an extra key', false],
      ['compact without verdict', false],
      ['report', false],
      ['packed', false],
    ])('%s: %s', async (name, valid) => {
      expect(compactResultSchema.safeParse((await forms())[name]).success).toBe(valid);
    });
    it('has a JSON Schema for consumers in other languages', () => {
      const schema = compactResultJsonSchema();
      expect(schema['required']).toEqual(['verdict', 'spamSegments']);
      expect(schema['additionalProperties']).toBe(false);
    });
  });
});
