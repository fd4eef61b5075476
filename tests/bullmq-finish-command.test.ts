import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createSiftWorker } from '../src/bullmq/index.js';
import { BYTES_ARGUMENT_MIN_LENGTH, finishCommandLightened, longStringsAsBytes, withCheapNumber } from '../src/bullmq/finish-command.js';
import { findRedis, stopOwnRedis, uniqueQueueName } from './helpers/redis.js';

/** finish-command.ts: BullMQ's moveToFinished without its page-sized join and triple-measured return value, the same to Redis and to BullMQ. */

const redis = await findRedis();
afterAll(stopOwnRedis);

/** What a moveToFinished reply that fetched the next job looks like: [job hash as a flat array, job id, rate-limit delay, delay until]. */
const nextJobReply = (): unknown[] => [['name', 'sift', 'data', JSON.stringify({ bytes: 'QUJD'.repeat(1000) }), 'opts', '{"attempts":1}'], 'job-1', 0, 0];

describe('withCheapNumber', () => {
  it('an array reply compares and prints as before', () => {
    const stock = nextJobReply();
    const cheap = withCheapNumber(nextJobReply());
    expect(cheap).toEqual(stock);
    expect((cheap as unknown as number) < 0).toBe((stock as unknown as number) < 0);
    expect((cheap as unknown as number) < 0).toBe(false);
    expect(Number(cheap)).toBeNaN();
    expect(String(cheap)).toBe(String(stock));
    expect(`${cheap as string}`).toBe(`${stock as unknown as string}`);
    expect((cheap as string) + '').toBe((stock as unknown as string) + '');
  });

  it('leaves what it cannot be sure of alone: numbers, and arrays of fewer than two elements (whose string may be a number)', () => {
    expect(withCheapNumber(-1)).toBe(-1);
    expect(withCheapNumber(0)).toBe(0);
    expect(withCheapNumber(undefined)).toBeUndefined();
    const one = withCheapNumber([-3]) as unknown as number;
    expect(one < 0).toBe(true);
    expect(Object.getOwnPropertySymbols(one)).toEqual([]);
  });

  it('gives the number the joined string gives, for any array of two or more', () => {
    const value = fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 6 }), (array) => {
        const stock = Number(array.slice());
        expect(Number(withCheapNumber(array.slice()))).toBe(stock);
      }),
    );
  });
});

describe('longStringsAsBytes', () => {
  it('sends long strings as their UTF-8 bytes and leaves everything else as it is', () => {
    const long = `{"verdict":"—"}${'页'.repeat(BYTES_ARGUMENT_MIN_LENGTH)}`;
    const buffer = Buffer.from([1, 2, 3]);
    const short = 'x'.repeat(BYTES_ARGUMENT_MIN_LENGTH - 1);
    const out = longStringsAsBytes(['key', 42, short, long, buffer, true]);
    expect(out.slice(0, 3)).toEqual(['key', 42, short]);
    expect(Buffer.isBuffer(out[3])).toBe(true);
    expect((out[3] as Buffer).equals(Buffer.from(long, 'utf8'))).toBe(true);
    expect(out[4]).toBe(buffer);
    expect(out[5]).toBe(true);
  });

  it('the bytes are what ioredis writes for the string (its UTF-8), lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: BYTES_ARGUMENT_MIN_LENGTH, maxLength: BYTES_ARGUMENT_MIN_LENGTH + 50 }), (text) => {
        const [bytes] = longStringsAsBytes([text]);
        expect((bytes as Buffer).equals(Buffer.from(text))).toBe(true);
        expect((bytes as Buffer).length).toBe(Buffer.byteLength(text));
      }),
      { numRuns: 20 },
    );
  });
});

describe.skipIf(!redis)('a SiftWorker’s backend', () => {
  it('routes moveToFinished through them, and every other command as it was', async () => {
    const worker = await createSiftWorker({ connection: { url: redis?.url ?? '' }, queue: uniqueQueueName('finish'), worker: { autorun: false } });
    try {
      expect(finishCommandLightened(worker.backend)).toBe(true);
      const sent: { name: string; args: unknown[] }[] = [];
      const client = {
        runCommand: (name: string, args: unknown[]) => {
          sent.push({ name, args });
          return Promise.resolve(nextJobReply());
        },
      };
      const long = 'é'.repeat(BYTES_ARGUMENT_MIN_LENGTH);
      const finishArgs = ['bull:q:wait', 'job-1', long, 7];
      const reply = (await worker.backend.execCommand(client as never, 'moveToFinished', finishArgs)) as unknown[];
      expect(sent[0]!.name).toMatch(/^moveToFinished:/);
      expect(sent[0]!.args.slice(0, 2)).toEqual(['bull:q:wait', 'job-1']);
      expect((sent[0]!.args[2] as Buffer).equals(Buffer.from(long))).toBe(true);
      expect(sent[0]!.args[3]).toBe(7);
      expect(finishArgs[2]).toBe(long); // the caller's array is not changed
      expect(Number(reply)).toBeNaN();
      expect(reply).toEqual(nextJobReply());

      const otherArgs = ['bull:q:wait', long];
      const other = (await worker.backend.execCommand(client as never, 'moveToActive', otherArgs)) as unknown[];
      expect(sent[1]!.args).toBe(otherArgs);
      expect(Object.getOwnPropertySymbols(other)).toEqual([]);
    } finally {
      await worker.close();
    }
  });
});
