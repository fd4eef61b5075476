import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real Redis for the queue tests (never a mock). The machine's Redis on 127.0.0.1:6379 (or
 * PAGESIFT_TEST_REDIS_URL) is used when it answers; otherwise a redis-server of the test's own is
 * started on a free loopback port. Only when neither can be had do the tests skip, loudly.
 */

export interface RedisEndpoint {
  url: string;
  host: string;
  port: number;
}

/** How long a PING may take before that Redis counts as absent. */
const PING_TIMEOUT_MS = 1000;
/** How long a redis-server of our own may take to answer after it was started. */
const START_TIMEOUT_MS = 10_000;

/** Send one inline command, resolve to the first reply line (or reject on error / time-out). */
export function redisCommand(port: number, command: string, host = '127.0.0.1', timeoutMs = PING_TIMEOUT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host, port });
    let reply = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`redis ${host}:${port}: no answer to ${command} in ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) {
        clearTimeout(timer);
        socket.end();
        resolve(reply.split('\r\n')[0]!);
      }
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // SHUTDOWN closes the connection without a reply
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(reply.split('\r\n')[0] ?? '');
    });
  });
}

export async function pings(port: number, host = '127.0.0.1'): Promise<boolean> {
  try {
    return (await redisCommand(port, 'PING', host)) === '+PONG';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED' || /no answer/.test((error as Error).message)) return false;
    throw error;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** A redis-server child of the test's own: no background saving; `restart()` keeps the same port and directory. */
export class OwnRedis {
  private child: ChildProcess | undefined;
  readonly dir = mkdtempSync(join(tmpdir(), 'pagesift-redis-'));
  private constructor(readonly port: number) {}

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort());
    await redis.startServer();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  private async startServer(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir], { stdio: 'ignore' });
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!(await pings(this.port))) {
      if (Date.now() > deadline) throw new Error(`redis-server on port ${this.port} did not answer in ${START_TIMEOUT_MS} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** SHUTDOWN SAVE (the data is kept in dump.rdb, as a Redis with persistence keeps it), then wait for the exit. */
  async shutdownSaving(): Promise<void> {
    const child = this.child;
    const exited = child && child.exitCode === null ? new Promise((r) => child.once('exit', r)) : Promise.resolve();
    await redisCommand(this.port, 'SHUTDOWN SAVE', '127.0.0.1', START_TIMEOUT_MS);
    await exited;
    this.child = undefined;
  }

  async restart(): Promise<void> {
    await this.startServer();
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    }
    this.child = undefined;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

let ownShared: OwnRedis | undefined;

/** The Redis the queue tests use, or undefined (after a loud warning) when none can be had. */
export async function findRedis(): Promise<RedisEndpoint | undefined> {
  const fromEnv = process.env['PAGESIFT_TEST_REDIS_URL'];
  const url = new URL(fromEnv ?? 'redis://127.0.0.1:6379');
  const host = url.hostname;
  const port = Number(url.port || 6379);
  if (await pings(port, host)) return { url: url.toString().replace(/\/$/, ''), host, port };
  if (hasRedisServer()) {
    ownShared ??= await OwnRedis.start();
    return { url: ownShared.url, host: '127.0.0.1', port: ownShared.port };
  }
  const line = '!'.repeat(78);
  process.stderr.write(`\n${line}\n!! NO REDIS: the BullMQ tests are SKIPPED. Nothing answers on ${host}:${port} and there is no\n!! redis-server binary to start one (apt-get install redis-server). CI must have one (.ci/run).\n${line}\n\n`);
  return undefined;
}

/** Stop the redis-server findRedis may have started (call from afterAll). */
export async function stopOwnRedis(): Promise<void> {
  await ownShared?.stop();
  ownShared = undefined;
}

/** A queue name no other test (or run) uses. */
export function uniqueQueueName(prefix: string): string {
  return `pagesift-test-${prefix}-${randomBytes(6).toString('hex')}`;
}
