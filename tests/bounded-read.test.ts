import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedLines, readAtMost, type Line } from '../src/cli/bounded-read.js';

const chunked = (bytes: Buffer, cuts: number[]): Readable => {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const at of [...points, bytes.length]) {
    if (at > from) chunks.push(bytes.subarray(from, at));
    from = Math.max(from, at);
  }
  return Readable.from(chunks);
};

async function collect(lines: AsyncIterable<Line>): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

/** The same lines by splitting the whole text, for comparison. */
function naive(text: string, max: number): Line[] {
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((part) => {
    const bytes = Buffer.byteLength(part);
    return bytes > max ? { tooLong: bytes } : { text: part.endsWith('\r') ? part.slice(0, -1) : part };
  });
}

describe('boundedLines', () => {
  it('equals splitting the whole text, however the stream is chunked (lines over the cap become tooLong)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('\r', '中文行', 'x'.repeat(25))), { maxLength: 12 }),
        fc.boolean(),
        fc.array(fc.nat(400), { maxLength: 10 }),
        fc.integer({ min: 1, max: 40 }),
        async (lines, finalNewline, cuts, max) => {
          const text = lines.map((l) => l.replace(/\n/g, ' ')).join('\n') + (finalNewline && lines.length > 0 ? '\n' : '');
          const got = await collect(boundedLines(chunked(Buffer.from(text), cuts), max));
          expect(got).toEqual(naive(text, max));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a line of exactly the cap is kept, one byte more is reported with its length', async () => {
    const got = await collect(boundedLines(Readable.from([Buffer.from('abcd\nabcde\nok')]), 4));
    expect(got).toEqual([{ text: 'abcd' }, { tooLong: 5 }, { text: 'ok' }]);
  });
});

describe('readAtMost', () => {
  it('stops at the limit on an endless stream', async () => {
    const endless = new Readable({
      read() {
        this.push(Buffer.alloc(1000, 0x61));
      },
    });
    const bytes = await readAtMost(endless, 2500);
    expect(bytes.length).toBe(2500);
    expect(endless.destroyed).toBe(true);
  });

  it('returns a shorter source whole', async () => {
    expect((await readAtMost(Readable.from([Buffer.from('abc'), Buffer.from('de')]), 10)).toString()).toBe('abcde');
  });
});
