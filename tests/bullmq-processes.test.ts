import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { enqueuePages } from '../src/bullmq/index.js';
import { findRedis, hasRedisServer, OwnRedis, stopOwnRedis, uniqueQueueName } from './helpers/redis.js';
import { completedBy, completedJobs, mismatches, pageJobs, ROOT, startWorkerProcess, waitForCounts, type WorkerProcess } from './helpers/redis-pages.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * Worker PROCESSES on a real Redis: many jobs shared by two processes, a worker killed with
 * SIGKILL, the CLI worker stopped with SIGTERM, Redis restarted under running workers.
 */

const redis = await findRedis();
afterAll(stopOwnRedis);

/** Lock and stall check short enough that a dead worker's jobs come back within seconds (defaults: 30 s each). */
const TEST_LOCK_MS = 2000;
const TEST_STALLED_INTERVAL_MS = 1000;

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

describe.skipIf(!redis)('BullMQ worker processes', () => {
  const url = redis?.url ?? '';
  const queues: Queue[] = [];
  const processes: WorkerProcess[] = [];
  const newQueue = (prefix: string): Queue => {
    const queue = new Queue(uniqueQueueName(prefix), { connection: { url } });
    queues.push(queue);
    return queue;
  };
  afterEach(async () => {
    for (const p of processes.splice(0)) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    for (const queue of queues.splice(0)) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
  const start = (config: Parameters<typeof startWorkerProcess>[0]): WorkerProcess => {
    const p = startWorkerProcess(config);
    processes.push(p);
    return p;
  };
  const stop = async (p: WorkerProcess): Promise<number | null> => {
    p.child.kill('SIGTERM');
    return p.exited;
  };

  it('10,000 jobs from real pages, 2 worker processes × concurrency 4: each completed exactly once, each report equal to sift()', { timeout: 240_000 }, async () => {
    const N = 10_000;
    const sifter = await defaultSifter();
    const queue = newQueue('10k');
    const { pages, expected } = pageJobs(sifter, N, '10k');
    const a = start({ url, queue: queue.name, name: 'worker-a', concurrency: 4 });
    const b = start({ url, queue: queue.name, name: 'worker-b', concurrency: 4 });
    await Promise.all([a.ready, b.ready]);
    expect(await enqueuePages(queue, pages)).toEqual({ sent: N });
    const counts = await waitForCounts(queue, (c) => c['completed']! + c['failed']! >= N, 200_000);
    expect(counts).toMatchObject({ completed: N, failed: 0, active: 0, waiting: 0 });
    expect([await stop(a), await stop(b)]).toEqual([0, 0]);

    const byA = completedBy(a);
    const byB = completedBy(b);
    expect(byA.length).toBeGreaterThan(0);
    expect(byB.length).toBeGreaterThan(0);
    expect(duplicates([...byA, ...byB])).toEqual([]);
    expect(byA.length + byB.length).toBe(N);

    const jobs = await completedJobs(queue);
    expect(jobs).toHaveLength(N);
    expect(new Set(jobs.map((j) => j.pageId))).toEqual(new Set(expected.keys()));
    expect(jobs.filter((j) => j.attemptsMade !== 1).map((j) => j.id)).toEqual([]);
    expect(mismatches(jobs, expected)).toEqual([]);
  });

  it('SIGKILL of a worker mid-batch: its active jobs are taken over after the stall interval, none lost or done twice', { timeout: 120_000 }, async () => {
    const N = 1500;
    const sifter = await defaultSifter();
    const queue = newQueue('sigkill');
    const { pages, expected } = pageJobs(sifter, N, 'kill');
    const common = { url, queue: queue.name, concurrency: 4, lockDuration: TEST_LOCK_MS, stalledInterval: TEST_STALLED_INTERVAL_MS };
    const a = start({ ...common, name: 'doomed' });
    const b = start({ ...common, name: 'survivor' });
    await Promise.all([a.ready, b.ready]);
    await enqueuePages(queue, pages);
    await waitForCounts(queue, (c) => c['completed']! >= 300, 60_000);
    // freeze the doomed worker so that the jobs it holds are known, then kill it
    a.child.kill('SIGSTOP');
    const held = (await queue.getActive()).filter((j) => j.processedBy === 'doomed').map((j) => j.id!);
    a.child.kill('SIGKILL');
    expect(held.length).toBeGreaterThan(0);
    expect(await a.exited).toBe(null);

    const counts = await waitForCounts(queue, (c) => c['completed']! + c['failed']! >= N, 90_000);
    expect(counts).toMatchObject({ completed: N, failed: 0, active: 0, waiting: 0 });
    expect(await stop(b)).toBe(0);
    const byB = completedBy(b);
    for (const id of held) expect(byB, `held job ${id}`).toContain(id);
    // the doomed worker's own log may lack its last lines (lost with it); nothing is logged twice
    expect(duplicates([...completedBy(a), ...byB])).toEqual([]);
    const jobs = await completedJobs(queue);
    expect(jobs).toHaveLength(N);
    expect(mismatches(jobs, expected)).toEqual([]);
    for (const id of held) expect(jobs.find((j) => j.id === id)?.processedBy).toBe('survivor');
  });

  it('SIGTERM to `pagesift worker` during a batch: it finishes the jobs in hand, leaves none active and exits 0', { timeout: 120_000 }, async () => {
    const N = 3000;
    const sifter = await defaultSifter();
    const queue = newQueue('sigterm');
    const { pages } = pageJobs(sifter, N, 'term');
    await enqueuePages(queue, pages);
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'worker', '--redis', url, '--queue', queue.name, '--concurrency', '4'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    await waitForCounts(queue, (c) => c['completed']! >= 200, 60_000);
    const before = await queue.getJobCounts('active');
    child.kill('SIGTERM');
    expect(await exited, stderr).toEqual({ code: 0, signal: null });
    expect(stderr).toMatch(/SIGTERM: taking no more jobs, finishing the ones in hand/);
    expect(stderr).toMatch(/stopped: \d+ page\(s\)/);
    const counts = await queue.getJobCounts('waiting', 'active', 'completed', 'failed');
    expect(before['active']).toBeGreaterThan(0);
    expect(counts['active']).toBe(0);
    expect(counts['failed']).toBe(0);
    expect(counts['completed']).toBeLessThan(N); // it stopped mid-batch…
    expect(counts['completed']! + counts['waiting']!).toBe(N); // …and lost nothing
  });

  describe.skipIf(!hasRedisServer())('with a Redis of its own', () => {
    let own: OwnRedis | undefined;
    let ownQueue: Queue | undefined;
    afterEach(async () => {
      // this queue is not in `queues`: its Redis is stopped here, not obliterated
      for (const p of processes.splice(0)) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
      await ownQueue?.close();
      await own?.stop();
      own = undefined;
      ownQueue = undefined;
    });

    it('Redis restarted while workers run: they reconnect and finish the queue', { timeout: 120_000 }, async () => {
      own = await OwnRedis.start();
      const N = 1500;
      const sifter = await defaultSifter();
      const queue = new Queue(uniqueQueueName('restart'), { connection: { url: own.url } });
      ownQueue = queue;
      const queueErrors: Error[] = [];
      queue.on('error', (error) => queueErrors.push(error));
      const { pages, expected } = pageJobs(sifter, N + 200, 'restart');
      const a = start({ url: own.url, queue: queue.name, name: 'a', concurrency: 4 });
      const b = start({ url: own.url, queue: queue.name, name: 'b', concurrency: 4 });
      await Promise.all([a.ready, b.ready]);
      await enqueuePages(queue, pages.slice(0, N));
      await waitForCounts(queue, (c) => c['completed']! >= 300, 60_000);
      // the server goes down with its data saved (as a Redis with persistence would), stays down
      // a moment, and comes back on the same port
      await own.shutdownSaving();
      await new Promise((r) => setTimeout(r, 1500));
      await own.restart();
      await waitForCounts(queue, (c) => c['completed']! + c['failed']! >= N, 90_000);
      // and jobs added after the restart are taken too (the blocking connections came back)
      await enqueuePages(queue, pages.slice(N));
      const counts = await waitForCounts(queue, (c) => c['completed']! + c['failed']! >= N + 200, 60_000);
      expect(counts).toMatchObject({ completed: N + 200, failed: 0, active: 0, waiting: 0 });
      expect([await stop(a), await stop(b)]).toEqual([0, 0]);
      expect([...a.events, ...b.events].some((e) => e.event === 'error')).toBe(true); // they did see Redis go away
      expect(queueErrors.length).toBeGreaterThan(0);
      expect(duplicates([...completedBy(a), ...completedBy(b)])).toEqual([]);
      const jobs = await completedJobs(queue);
      expect(jobs).toHaveLength(N + 200);
      expect(mismatches(jobs, expected)).toEqual([]);
    });
  });
});
