import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, PagesiftInputError, PagesiftOptionsError, type PoolOptionsInput, type SiftPool } from '../src/index.js';
import { rejection } from './helpers/rejection.js';

/** The pool keeps sift()'s contract for bad input: a PagesiftInputError, not a plain Error from the worker. */

let pool: SiftPool;
beforeAll(async () => {
  pool = await createPool({ threads: 1 });
}, 60_000);
afterAll(async () => {
  await pool?.close();
});

describe('createPool input errors', () => {
  it('createPool(null) is a PagesiftOptionsError, as createSifter(null) is (checked before any worker starts)', async () => {
    expect(await rejection(createPool(null as unknown as PoolOptionsInput))).toBeInstanceOf(PagesiftOptionsError);
  });

  it.each([
    ['null', null, 'not null'],
    ['a number', 42, 'not number'],
    ['an empty object', {}, 'give exactly one of html, text, bytes'],
    ['html and text', { html: '<p>a</p>', text: 'a' }, 'give exactly one of html, text, bytes'],
  ])('pool.sift(%s) rejects with PagesiftInputError, as sifter.sift throws', async (_name, input, message) => {
    const error = await rejection(pool.sift(input as never));
    expect(error).toBeInstanceOf(PagesiftInputError);
    expect(error.message).toContain(message);
  });

  it('pool.siftMany stops at a bad input with PagesiftInputError; good pages still sift', async () => {
    const reports: unknown[] = [];
    const error = await rejection(
      (async () => {
        for await (const report of pool.siftMany([{ html: '<p>It will be sunny tomorrow, and warm.</p>' }, 42 as never])) reports.push(report);
      })(),
    );
    expect(error).toBeInstanceOf(PagesiftInputError);
    expect((await pool.sift('<p>It will be sunny tomorrow, and warm.</p>')).segments.length).toBeGreaterThan(0);
  });

  it('pool.siftMany throws at the call on a non-iterable, as the sifter does (page-stream.test.ts)', () => {
    expect(() => pool.siftMany(5 as never)).toThrow(PagesiftInputError);
    expect(() => pool.siftMany('<p>It will be sunny tomorrow, and warm.</p>' as never)).toThrow(/not string/);
  });
});

describe('a URL object as the input url (what new URL() and response.url give)', () => {
  const page = { html: '<p>It will be sunny tomorrow, and warm.</p>', url: new URL('https://example.com/weather?day=2') };
  it('pool.sift: the report holds its href (a URL could not be cloned to the worker: "URL object could not be cloned")', async () => {
    expect((await pool.sift(page)).input.url).toBe('https://example.com/weather?day=2');
  });
  it('pool.siftMany: the same', async () => {
    const urls: (string | undefined)[] = [];
    for await (const report of pool.siftMany([page])) urls.push(report.input.url);
    expect(urls).toEqual(['https://example.com/weather?day=2']);
  });
  it('a url that is neither text nor a URL is still refused', async () => {
    const error = await rejection(pool.sift({ html: '<p>a</p>', url: 42 } as never));
    expect(error).toBeInstanceOf(PagesiftInputError);
  });
});
