import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  compactResult,
  createSiftWorker,
  enqueuePages,
  GZIP_MIN_BYTES,
  jobDataJsonSchema,
  jobIdFor,
  parseJobData,
  SiftJobDataError,
  siftJobDataSchema,
  SiftMetrics,
  unpackReport,
  type PackedReport,
  type SiftWorker,
} from '../src/bullmq/index.js';
import { PagesiftOptionsError } from '../src/index.js';
import { findRedis, stopOwnRedis, uniqueQueueName } from './helpers/redis.js';
import { pageJobs, ROOT, waitForCounts } from './helpers/redis-pages.js';
import { againstCheckout, readmeBlock, TSX_LOADER } from './helpers/readme-example.js';
import { defaultSifter } from './helpers/sifter.js';

/** pagesift/bullmq in one process: the job schema, job ids, options, enqueue dedupe, bad and poison jobs, threads. */

const redis = await findRedis();
afterAll(stopOwnRedis);

const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('job data schema', () => {
  const accepted: [string, unknown][] = [
    ['html', { html: '<p>hi</p>' }],
    ['text with id, url and content type', { id: 'a', text: 'hello', url: 'https://example.com/', contentType: 'text/plain' }],
    ['bytes (base64)', { bytes: b64('<p>héllo</p>') }],
    ['bytes gzip-compressed', { bytes: gzipSync('<p>héllo</p>').toString('base64'), contentEncoding: 'gzip' }],
    ['empty html', { html: '' }],
    ['empty bytes', { bytes: '' }],
    ['url alone (for a worker with loadPage)', { id: 'x', url: 'https://example.com/a' }],
    ['id with ":" and unicode', { id: 'site:页面/1', html: 'x' }],
  ];
  const rejected: [string, unknown, RegExp][] = [
    ['nothing', {}, /exactly one of html, text, bytes/],
    ['two pages', { html: 'a', text: 'b' }, /exactly one/],
    ['html and bytes', { html: 'a', bytes: b64('b') }, /exactly one/],
    ['bytes not base64', { bytes: 'not base64!' }, /bytes/],
    ['bytes with bad padding', { bytes: 'YWJj=' }, /bytes/],
    ['html not a string', { html: 42 }, /html: .*string/],
    ['unknown key', { html: 'x', bytes_b64: 'eA==' }, /bytes_b64/],
    ['empty id', { id: '', html: 'x' }, /id/],
    ['id too long', { id: 'x'.repeat(1025), html: 'x' }, /id/],
    ['not an object', 'just a string', /object/],
    ['null', null, /object/],
    ['array', [{ html: 'x' }], /object/],
    ['contentType empty', { html: 'x', contentType: '' }, /contentType/],
    ['contentEncoding without bytes', { html: 'x', contentEncoding: 'gzip' }, /contentEncoding: contentEncoding is only for a page given as bytes/],
    ['contentEncoding not gzip', { bytes: b64('x'), contentEncoding: 'deflate' }, /contentEncoding/],
  ];

  it.each(accepted)('accepts %s', (_name, data) => {
    expect(siftJobDataSchema.safeParse(data).success).toBe(true);
    expect(() => parseJobData(data)).not.toThrow();
  });

  it.each(rejected)('rejects %s with a clear reason', (_name, data, reason) => {
    expect(siftJobDataSchema.safeParse(data).success).toBe(false);
    let error: unknown;
    try {
      parseJobData(data);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SiftJobDataError);
    expect((error as Error).message).toMatch(/^bad pagesift job data: /);
    expect((error as Error).message).toMatch(reason);
  });

  it('JSON Schema: closed object, the one-of rule as oneOf, base64 pattern', () => {
    const schema = jobDataJsonSchema();
    expect(schema['type']).toBe('object');
    expect(schema['additionalProperties']).toBe(false);
    expect(Object.keys(schema['properties'] as object).sort()).toEqual(['bytes', 'contentEncoding', 'contentType', 'html', 'id', 'text', 'url']);
    const oneOf = schema['oneOf'] as { required: string[] }[];
    expect(oneOf.map((o) => o.required[0])).toEqual(['html', 'text', 'bytes', 'url']);
    // the pattern given to other languages accepts and refuses what zod does
    const pattern = new RegExp((schema['properties'] as Record<string, { pattern: string }>)['bytes']!.pattern);
    for (const [, data] of [...accepted]) if (typeof (data as { bytes?: string }).bytes === 'string') expect(pattern.test((data as { bytes: string }).bytes)).toBe(true);
    expect(pattern.test('not base64!')).toBe(false);
  });
});

describe('jobIdFor', () => {
  it('gives ids BullMQ accepts (no ":", not an integer) and keeps distinct ids distinct', () => {
    expect(jobIdFor('page-1')).toBe('page-1');
    expect(jobIdFor('42')).toBe('%N42');
    expect(jobIdFor('a:b')).toBe('a%3Ab');
    expect(jobIdFor('%3A')).toBe('%253A');
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ja = jobIdFor(a);
        expect(ja.includes(':')).toBe(false);
        expect(`${Number.parseInt(ja, 10)}`).not.toBe(ja);
        if (a !== b) expect(ja).not.toBe(jobIdFor(b));
      }),
    );
    fc.assert(fc.property(fc.integer(), (n) => jobIdFor(String(n)) !== jobIdFor(`%N${n}`)));
  });
});

describe('pagesift/bullmq entry point', () => {
  it("nothing that `import 'pagesift'` loads imports bullmq or ioredis", () => {
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\('([^']+)'\)/g)) {
        const spec = match[1] ?? match[2]!;
        if (/^(bullmq|ioredis)(\/|$)/.test(spec)) offenders.push(`${file}: ${spec}`);
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      }
    };
    visit(join(ROOT, 'src', 'index.ts'));
    expect(seen.size).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(Object.keys(pkg['exports']!['./bullmq'] as object)[0]).toBe('types');
    expect(pkg['peerDependenciesMeta']).toEqual({ bullmq: { optional: true }, ioredis: { optional: true } });
    expect(pkg['dependencies']!['bullmq']).toBeUndefined();
  });

  it('without bullmq and ioredis installed, pagesift and its batch CLI still work and the queue commands say what is missing', () => {
    const node = (args: string[]): { status: number | null; stdout: string; stderr: string } => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', join(ROOT, 'tests', 'helpers', 'redis-without-bullmq.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const probe = node(['--input-type=module', '-e', "await import('bullmq').then(() => console.log('found'), (e) => console.log(e.code))"]);
    expect(probe.stdout.trim()).toBe('ERR_MODULE_NOT_FOUND'); // the hook hides them
    const api = node(['--input-type=module', '-e', `const { createSifter } = await import(${JSON.stringify(join(ROOT, 'src', 'index.ts'))}); console.log((await createSifter()).sift('<p>hi</p>').verdict.spam)`]);
    expect(api.stdout.trim()).toBe('false');
    const batch = node([join(ROOT, 'src', 'cli', 'main.ts'), '-f', 'jsonl', join(ROOT, 'data', 'samples', 'hijacked-news.txt')]);
    expect(batch.status).toBe(0);
    for (const command of ['worker', 'enqueue', 'queue-stats']) {
      const r = node([join(ROOT, 'src', 'cli', 'main.ts'), command, '--queue', 'q', ...(command === 'enqueue' ? ['-'] : [])]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`pagesift ${command}: this command needs the optional package 'ioredis' (BullMQ on Redis): npm install bullmq ioredis\n`);
    }
  });

  it('worker options are validated with the field named', async () => {
    const connection = { host: '127.0.0.1', port: 1 };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ connection, queue: '' }, /queue/],
      [{ connection, queue: 'q', concurrency: 0 }, /concurrency/],
      [{ connection, queue: 'q', threads: -1 }, /threads/],
      [{ connection, queue: 'q', result: 'full' }, /result/],
      [{ connection, queue: 'q', maxBytes: 1.5 }, /maxBytes/],
      [{ connection, queue: 'q', sifter: { spamThreshold: -1 } }, /sifter\.spamThreshold/],
      [{ queue: 'q' }, /connection/],
      [{ connection, queue: 'q', loadPage: 'fetch' }, /loadPage/],
      [{ connection, queue: 'q', bogus: 1 }, /bogus/],
    ];
    for (const [options, field] of cases) {
      const error = await createSiftWorker(options as never).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, JSON.stringify(options)).toBeInstanceOf(PagesiftOptionsError);
      expect((error as Error).message).toMatch(field);
    }
  });

  it('metrics: Prometheus text with counters and a cumulative histogram', () => {
    const m = new SiftMetrics({ queue: 'q"1' });
    m.recordSift(0.002, true);
    m.recordSift(0.02, false);
    m.recordSift(9, false);
    m.recordFailure();
    const text = m.prometheus();
    expect(text).toContain('pagesift_pages_sifted_total{queue="q\\"1"} 3\n');
    expect(text).toContain('pagesift_spam_pages_total{queue="q\\"1"} 1\n');
    expect(text).toContain('pagesift_job_failures_total{queue="q\\"1"} 1\n');
    expect(text).toContain('pagesift_sift_seconds_bucket{queue="q\\"1",le="0.0025"} 1\n');
    expect(text).toContain('pagesift_sift_seconds_bucket{queue="q\\"1",le="0.025"} 2\n');
    expect(text).toContain('pagesift_sift_seconds_bucket{queue="q\\"1",le="2.5"} 2\n');
    expect(text).toContain('pagesift_sift_seconds_bucket{queue="q\\"1",le="+Inf"} 3\n');
    expect(text).toMatch(/# TYPE pagesift_sift_seconds histogram\n/);
  });
});

describe.skipIf(!redis)('pagesift/bullmq against Redis (in-process worker)', () => {
  const connection = { url: redis?.url ?? '' };
  const queues: Queue[] = [];
  const workers: SiftWorker[] = [];
  const newQueue = (prefix: string): Queue => {
    const queue = new Queue(uniqueQueueName(prefix), { connection });
    queues.push(queue);
    return queue;
  };
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.close()));
    for (const queue of queues.splice(0)) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  it('enqueuePages: chunks, and enqueueing the same ids again adds nothing', async () => {
    const queue = newQueue('dedupe');
    const pages = Array.from({ length: 1203 }, (_, i) => ({ id: i % 3 === 0 ? String(i) : `page:${i}`, html: `<p>page ${i}</p>` }));
    const progress: number[] = [];
    expect(await enqueuePages(queue, pages, { chunkSize: 500, onProgress: (n) => progress.push(n) })).toEqual({ sent: 1203 });
    expect(progress).toEqual([500, 1000, 1203]);
    expect(await queue.getWaitingCount()).toBe(1203);
    // a re-run (async source this time) adds nothing; the queued data is the first run's
    async function* again(): AsyncGenerator<{ id: string; text: string }> {
      for (const p of pages) yield { id: p.id, text: 'changed' };
    }
    await enqueuePages(queue, again());
    expect(await queue.getWaitingCount()).toBe(1203);
    expect((await queue.getJob(jobIdFor('page:1')))?.data).toEqual({ id: 'page:1', html: '<p>page 1</p>' });
    // pages without an id are always added
    await enqueuePages(queue, [{ html: 'a' }, { html: 'a' }]);
    expect(await queue.getWaitingCount()).toBe(1205);
    // a bad page is named, the chunks before it are in
    const bad = enqueuePages(queue, [{ id: 'ok-1', html: 'x' }, { id: 'bad', html: 'x', text: 'y' }], { chunkSize: 1 });
    await expect(bad).rejects.toThrow(/page 1 \(id "bad"\): bad pagesift job data: .*exactly one/);
    expect(await queue.getWaitingCount()).toBe(1206);
  });

  it('enqueuePages gzips pages given as bytes from GZIP_MIN_BYTES on, unless gzip: false; the worker sifts them as sent plain', async () => {
    const queue = newQueue('gzip');
    const sifter = await defaultSifter();
    const html = (n: number): Uint8Array => Buffer.from(`<html><body><h1>Title</h1>${'<p>Some ordinary sentence of the article, with words. 中文句子。</p>'.repeat(n)}</body></html>`);
    const large = html(100);
    const small = html(1);
    const atLimit = Buffer.concat([Buffer.from('<p>'), Buffer.alloc(GZIP_MIN_BYTES - 3, 0x61)]);
    expect(large.length).toBeGreaterThan(GZIP_MIN_BYTES);
    expect(small.length).toBeLessThan(GZIP_MIN_BYTES);
    await enqueuePages(queue, [
      { id: 'large', bytes: large, contentType: 'text/html; charset=utf-8' },
      { id: 'small', bytes: small },
      { id: 'at-limit', bytes: atLimit },
    ]);
    await enqueuePages(queue, [{ id: 'large-plain', bytes: large }], { gzip: false });
    const data = async (id: string): Promise<Record<string, unknown>> => (await queue.getJob(jobIdFor(id)))!.data as Record<string, unknown>;
    const sent = await data('large');
    expect(sent['contentEncoding']).toBe('gzip');
    expect(sent['contentType']).toBe('text/html; charset=utf-8');
    expect(gunzipSync(Buffer.from(sent['bytes'] as string, 'base64')).equals(Buffer.from(large))).toBe(true);
    expect((sent['bytes'] as string).length).toBeLessThan(large.length / 4);
    expect((await data('at-limit'))['contentEncoding']).toBe('gzip');
    for (const id of ['small', 'large-plain']) {
      expect(await data(id)).not.toHaveProperty('contentEncoding');
    }
    expect(Buffer.from((await data('large-plain'))['bytes'] as string, 'base64').equals(Buffer.from(large))).toBe(true);
    const worker = await createSiftWorker({ connection, queue: queue.name, result: 'report' });
    workers.push(worker);
    await waitForCounts(queue, (c) => c['completed'] === 4, 30_000);
    const report = async (id: string): Promise<string> => JSON.stringify((await queue.getJob(jobIdFor(id)))!.returnvalue);
    expect(await report('large')).toBe(JSON.stringify(sifter.sift({ bytes: large, contentType: 'text/html; charset=utf-8' })));
    expect(await report('large-plain')).toBe(JSON.stringify(sifter.sift({ bytes: large })));
    expect(await report('small')).toBe(JSON.stringify(sifter.sift({ bytes: small })));
  });

  it('pagesift enqueue sends page files gzipped from GZIP_MIN_BYTES on (--no-gzip: as they are); queue-stats counts them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagesift-enqueue-'));
    try {
      const large = Buffer.from(`<html><body>${'<p>An ordinary sentence of a long article, page after page.</p>'.repeat(100)}</body></html>`);
      writeFileSync(join(dir, 'large.html'), large);
      writeFileSync(join(dir, 'small.html'), '<p>A short page.</p>');
      const cli = async (...args: string[]): Promise<string> =>
        (await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' })).stdout;
      const queue = newQueue('cli-gzip');
      await cli('enqueue', '--redis', redis!.url, '--queue', queue.name, '--quiet', '--no-progress', dir);
      const plain = newQueue('cli-plain');
      await cli('enqueue', '--redis', redis!.url, '--queue', plain.name, '--quiet', '--no-progress', '--no-gzip', dir);
      const data = async (q: Queue, file: string): Promise<Record<string, unknown>> => (await q.getJob(jobIdFor(join(dir, file))))!.data as Record<string, unknown>;
      const gz = await data(queue, 'large.html');
      expect(gz['contentEncoding']).toBe('gzip');
      expect(gunzipSync(Buffer.from(gz['bytes'] as string, 'base64')).equals(large)).toBe(true);
      expect(await data(queue, 'small.html')).not.toHaveProperty('contentEncoding');
      const sent = await data(plain, 'large.html');
      expect(sent).not.toHaveProperty('contentEncoding');
      expect(Buffer.from(sent['bytes'] as string, 'base64').equals(large)).toBe(true);
      expect(JSON.parse(await cli('queue-stats', '--redis', redis!.url, '--queue', queue.name, '--json'))).toMatchObject({ queue: queue.name, waiting: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bad job data fails that job at once with its reason; the worker goes on', async () => {
    const queue = newQueue('bad');
    const sifter = await defaultSifter();
    const worker = await createSiftWorker({ connection, queue: queue.name, maxBytes: 1000 });
    workers.push(worker);
    const opts = { attempts: 3, backoff: { type: 'fixed', delay: 10 } };
    await queue.add('sift', { bytes: 'not base64!' }, { ...opts, jobId: 'b64' });
    await queue.add('sift', { html: 'a', text: 'b' }, { ...opts, jobId: 'two' });
    await queue.add('sift', 'a page as a bare string', { ...opts, jobId: 'string' });
    await queue.add('sift', { html: 'x'.repeat(1001) }, { ...opts, jobId: 'large' });
    await queue.add('sift', { bytes: Buffer.alloc(1001, 0x61).toString('base64') }, { ...opts, jobId: 'large-bytes' });
    await queue.add('sift', { url: 'https://example.com/' }, { ...opts, jobId: 'url-only' });
    await queue.add('sift', { bytes: gzipSync(Buffer.alloc(1001, 0x61)).toString('base64'), contentEncoding: 'gzip' }, { ...opts, jobId: 'large-gzip' });
    await queue.add('sift', { bytes: b64('<p>not gzip</p>'), contentEncoding: 'gzip' }, { ...opts, jobId: 'not-gzip' });
    await enqueuePages(queue, [{ id: 'good', html: '<p>Good page text here.</p>' }]);
    await waitForCounts(queue, (c) => c['failed'] === 8 && c['completed'] === 1, 30_000);
    const reasons: Record<string, { reason: string; attempts: number }> = Object.fromEntries((await queue.getFailed()).map((j) => [j.id, { reason: j.failedReason, attempts: j.attemptsMade }]));
    expect(reasons['b64']!.reason).toMatch(/^bad pagesift job data: bytes: /);
    expect(reasons['two']!.reason).toMatch(/exactly one of html, text, bytes/);
    expect(reasons['string']!.reason).toMatch(/expected object/);
    expect(reasons['large']!.reason).toBe('page of 1001 bytes is over maxBytes (1000)');
    expect(reasons['large-bytes']!.reason).toBe('page of 1001 bytes is over maxBytes (1000)');
    expect(reasons['url-only']!.reason).toMatch(/only a url and this worker has no loadPage/);
    expect(reasons['large-gzip']!.reason).toBe('page is over maxBytes (1000) once gunzipped');
    expect(reasons['not-gzip']!.reason).toBe('bad pagesift job data: bytes: not gzip data (incorrect header check)');
    for (const r of Object.values(reasons)) expect(r.attempts).toBe(1); // not retried: it would fail again
    const good = await queue.getJob(jobIdFor('good'));
    expect(JSON.stringify(unpackReport(good!.returnvalue as PackedReport))).toBe(JSON.stringify(sifter.sift({ html: '<p>Good page text here.</p>' })));
    expect(worker.metrics.snapshot()).toMatchObject({ pagesSifted: 1, failures: 8 });
    expect(worker.isRunning()).toBe(true);
  });

  it('a poison job (its loadPage throws) is retried with backoff, then fails with its reason while the others are served', async () => {
    const queue = newQueue('poison');
    const sifter = await defaultSifter();
    const store = new Map(Array.from({ length: 40 }, (_, i) => [`store://page/${i}`, `<html><body><p>Stored page number ${i}, with a sentence.</p></body></html>`]));
    const loads: { url: string; at: number }[] = [];
    const worker = await createSiftWorker({
      connection,
      queue: queue.name,
      result: 'compact',
      // the honest poison: a page store that cannot give one page (a real failure mode of
      // by-reference jobs); the processor throws, BullMQ retries it with backoff
      loadPage: async (data) => {
        loads.push({ url: data.url!, at: Date.now() });
        const page = store.get(data.url!);
        if (page === undefined) throw new Error(`page store: no object at ${data.url}`);
        return { html: page, url: data.url! };
      },
    });
    workers.push(worker);
    const BACKOFF_MS = 300;
    await enqueuePages(queue, [{ id: 'poison', url: 'store://page/missing' }], { jobOptions: { attempts: 3, backoff: { type: 'exponential', delay: BACKOFF_MS } } });
    await enqueuePages(
      queue,
      [...store.keys()].map((url, i) => ({ id: `ok-${i}`, url })),
    );
    await waitForCounts(queue, (c) => c['failed'] === 1 && c['completed'] === 40, 30_000);
    const poison = (await queue.getJob('poison'))!;
    expect(poison.failedReason).toBe('page store: no object at store://page/missing');
    expect(poison.attemptsMade).toBe(3);
    const tries = loads.filter((l) => l.url === 'store://page/missing').map((l) => l.at);
    expect(tries).toHaveLength(3);
    // exponential backoff: 300 ms, then 600 ms (BullMQ may start a retry a little late, never early)
    expect(tries[1]! - tries[0]!).toBeGreaterThanOrEqual(BACKOFF_MS - 10);
    expect(tries[2]! - tries[1]!).toBeGreaterThanOrEqual(2 * BACKOFF_MS - 10);
    // the other jobs were served meanwhile, not after the poison gave up
    const okDone = await Promise.all(Array.from({ length: 40 }, (_, i) => queue.getJob(`ok-${i}`)));
    expect(okDone.filter((j) => j!.finishedOn! < poison.finishedOn!).length).toBeGreaterThan(0);
    const expected = compactResult(sifter.sift({ html: store.get('store://page/3')!, url: 'store://page/3' }));
    expect(okDone[3]!.returnvalue).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(worker.metrics.snapshot().failures).toBe(3);
  });

  it('threads > 0 sifts in the piscina pool, reports equal to sift()', async () => {
    const queue = newQueue('threads');
    const sifter = await defaultSifter();
    const { pages, expected } = pageJobs(sifter, 34, 'threads');
    const worker = await createSiftWorker({ connection, queue: queue.name, threads: 2 });
    workers.push(worker);
    expect(worker.concurrency).toBe(4);
    await enqueuePages(queue, pages);
    await waitForCounts(queue, (c) => c['completed'] === 34, 60_000);
    for (const job of await queue.getCompleted(0, -1)) {
      const report = unpackReport(job.returnvalue as PackedReport);
      expect(JSON.stringify(report)).toBe(expected.get((job.data as { id: string }).id));
    }
  });

  it("README's producer example runs against a worker and prints what the README says", async () => {
    const queue = newQueue('readme');
    const worker = await createSiftWorker({ connection, queue: queue.name });
    workers.push(worker);
    const code = againstCheckout(readmeBlock('<!-- example:producer -->')).replaceAll("'pages'", JSON.stringify(queue.name));
    expect(code).toContain(queue.name);
    // inside the checkout, so that 'bullmq' resolves as it would in a user's project; run from there,
    // not from the checkout's root, whose data/ the example once read by a relative path (session-30 audit)
    mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'pagesift-readme-'));
    try {
      const file = join(dir, 'producer.mts');
      writeFileSync(file, code);
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', TSX_LOADER, file], { cwd: dir, encoding: 'utf8', env: { ...process.env, REDIS_URL: redis!.url } });
      expect(stdout).toBe(readmeBlock('<!-- example:producer-output -->'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
