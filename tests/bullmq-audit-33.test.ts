import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createSiftWorker } from '../src/bullmq/index.js';
import { CLI, ROOT } from './helpers/cli-run.js';
import { freePort } from './helpers/redis.js';

/**
 * The session-33 queue audit: a worker whose Redis cannot be reached (nothing listens on the port).
 * BullMQ's graceful close waits for Redis to come back, so the first SIGTERM to `pagesift worker`
 * looked ignored: it now says Redis is unreachable and that a second signal leaves; close(true)
 * is the way out in code (README, "When a worker dies").
 */

const waitFor = async (check: () => boolean, ms: number): Promise<boolean> => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
};

describe('a worker whose Redis cannot be reached', () => {
  it('pagesift worker: the first SIGTERM says Redis is unreachable and waits; the second leaves (143)', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'worker', '--redis', `redis://127.0.0.1:${port}`, '--queue', 'qaudit33-unreachable'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      expect(await waitFor(() => /ECONNREFUSED.*\(retrying\)/.test(stderr), 40_000)).toBe(true);
      child.kill('SIGTERM');
      expect(await waitFor(() => /SIGTERM: taking no more jobs/.test(stderr), 5000)).toBe(true);
      expect(stderr).toMatch(/SIGTERM: taking no more jobs, finishing the ones in hand; Redis cannot be reached \(connect ECONNREFUSED [^)]*\): waiting for it, SIGTERM again leaves now/);
      expect(child.exitCode).toBeNull(); // the documented limit: still waiting for Redis
      child.kill('SIGTERM');
      expect(await exited).toBe(143);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); // a failed check must not leave the worker running
    }
  });

  it('createSiftWorker: close(true) leaves at once while Redis cannot be reached', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const worker = await createSiftWorker({ connection: { url: `redis://127.0.0.1:${port}` }, queue: 'qaudit33-unreachable' });
    await waitFor(() => worker.metrics.snapshot().workerErrors > 0, 10_000);
    const closed = await Promise.race([worker.close(true).then(() => 'closed'), new Promise((r) => setTimeout(() => r('still closing'), 5000))]);
    expect(closed).toBe('closed');
  });
});
