import { describe, expect, it } from 'vitest';
import { PagesiftInputError } from '../src/index.js';
import { checkPageStream } from '../src/batch/page-stream.js';
import { parseCliArgs, UsageError } from '../src/cli/args.js';
import { defaultSifter } from './helpers/sifter.js';

/** siftMany refuses what is not a stream of pages when it is called, not when the first report is awaited (the pool's: pool-input.test.ts). */

const PAGE = '<p>It will be sunny tomorrow, and warm. The wind stays light all day.</p>';

async function* slowly(): AsyncGenerator<string> {
  yield PAGE;
  yield `${PAGE}<p>Rain comes back on Sunday.</p>`;
}

describe('checkPageStream', () => {
  it.each([
    ['a number', 5],
    ['null', null],
    ['undefined', undefined],
    ['an object', { html: PAGE }],
    ['one page as a string', PAGE],
  ])('refuses %s with a PagesiftInputError', (_name, inputs) => {
    expect(() => checkPageStream(inputs)).toThrow(PagesiftInputError);
  });
  it.each([
    ['an array', [PAGE]],
    ['a set', new Set([PAGE])],
    ['a generator', (function* () { yield PAGE; })()],
    ['an async generator', slowly()],
  ])('takes %s', (_name, inputs) => {
    expect(() => checkPageStream(inputs)).not.toThrow();
  });
});

describe('sifter.siftMany', () => {
  it('throws at the call on a non-iterable, before any report is asked for', async () => {
    const sifter = await defaultSifter();
    expect(() => sifter.siftMany(5 as never)).toThrow(/siftMany\(\) takes an iterable or async iterable of pages, not number/);
    expect(() => sifter.siftMany(null as never)).toThrow(PagesiftInputError);
  });
  it('still sifts an async stream, in order', async () => {
    const sifter = await defaultSifter();
    const reports = [];
    for await (const report of sifter.siftMany(slowly())) reports.push(report);
    expect(reports).toHaveLength(2);
    expect(reports[1]!.segments.map((s) => s.text).join(' ')).toContain('Rain comes back on Sunday.');
  });
});

describe('pagesift --features', () => {
  it('needs a JSON output: with the text output it is a usage error', () => {
    expect(() => parseCliArgs(['--features', 'page.html'])).toThrow(UsageError);
    expect(() => parseCliArgs(['--features', '-f', 'text', 'page.html'])).toThrow(/--features needs -f json or -f jsonl/);
    expect(parseCliArgs(['--features', '-f', 'json', 'page.html']).features).toBe(true);
    expect(parseCliArgs(['--features', '-f', 'jsonl', 'page.html']).features).toBe(true);
    expect(parseCliArgs(['page.html']).features).toBe(false);
  });
});
