/**
 * A worker process for the queue tests: `node --import tsx tests/helpers/redis-worker.ts CONFIG`
 * where CONFIG is JSON { url, queue, name, concurrency?, stalledInterval?, lockDuration? }. It runs
 * createSiftWorker (the library, as a user's process would) and writes one JSON line per event on
 * stdout: {"event":"ready"}, {"event":"completed","id"}, {"event":"failed","id","reason"},
 * {"event":"closed"}. SIGTERM closes the worker (jobs in hand finish) and exits 0.
 */
import { createSiftWorker } from '../../src/bullmq/index.js';

interface Config {
  url: string;
  queue: string;
  name: string;
  concurrency?: number;
  stalledInterval?: number;
  lockDuration?: number;
}

const config = JSON.parse(process.argv[2] ?? '{}') as Config;
const emit = (event: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(event)}\n`);
};

const worker = await createSiftWorker({
  connection: { url: config.url },
  queue: config.queue,
  ...(config.concurrency !== undefined ? { concurrency: config.concurrency } : {}),
  worker: {
    name: config.name,
    ...(config.stalledInterval !== undefined ? { stalledInterval: config.stalledInterval } : {}),
    ...(config.lockDuration !== undefined ? { lockDuration: config.lockDuration } : {}),
  },
});
worker.on('completed', (job) => emit({ event: 'completed', id: job.id }));
worker.on('failed', (job, error) => emit({ event: 'failed', id: job?.id, reason: error.message }));
worker.on('error', (error) => emit({ event: 'error', message: error.message }));
await worker.waitUntilReady();
emit({ event: 'ready', pid: process.pid });

process.once('SIGTERM', () => {
  void worker.close().then(() => {
    emit({ event: 'closed' });
    process.exitCode = 0;
  });
});
