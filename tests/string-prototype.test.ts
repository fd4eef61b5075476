import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { findRedis, stopOwnRedis } from './helpers/redis.js';

/**
 * string-prototype.ts: String.prototype stays in V8's fast mode in a process that loads ioredis
 * (which subclasses String). Each case runs in a fresh Node process (the state is per process),
 * with V8's natives syntax to ask V8 itself (tests/helpers/string-prototype-probe.ts).
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROBE = join(ROOT, 'tests', 'helpers', 'string-prototype-probe.ts');
/** A probe process loads tsx, the sifter's resources and perhaps a worker: well under this. */
const PROBE_TIMEOUT_MS = 60_000;

const redis = await findRedis();
afterAll(stopOwnRedis);

async function probe(...steps: string[]): Promise<Record<string, boolean>> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', PROBE, ...steps], { cwd: ROOT, timeout: PROBE_TIMEOUT_MS });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, boolean>;
}

describe('keepStringPrototypeFast', () => {
  it('repairs String.prototype after a subclass of String made it slow, and keeps it fast through the next one', async () => {
    const out = await probe('subclass', 'keep', 'subclass');
    expect(out['start']).toBe(true);
    expect(out['keep']).toBe(true);
    expect(out['subclass']).toBe(true);
  }, PROBE_TIMEOUT_MS);

  it('called before ioredis loads, String.prototype stays fast', async () => {
    expect(await probe('keep', 'ioredis')).toEqual({ start: true, keep: true, ioredis: true });
  }, PROBE_TIMEOUT_MS);

  it('createSifter after ioredis loaded: String.prototype fast again', async () => {
    expect(await probe('ioredis', 'sifter')).toMatchObject({ start: true, sifter: true });
  }, PROBE_TIMEOUT_MS);
});

describe.skipIf(!redis)('a SiftWorker process', () => {
  it('has String.prototype fast while it runs (its ioredis connection loaded)', async () => {
    const out = await probe(`worker:${redis!.url}`);
    expect(out['worker running']).toBe(true);
    expect(out['worker']).toBe(true);
  }, PROBE_TIMEOUT_MS);
});
