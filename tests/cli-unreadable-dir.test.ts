import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { jobs, type Job } from '../src/cli/inputs.js';

/**
 * A directory the CLI cannot list (EACCES: no read permission) — named on the command line, or
 * met inside one — is an error line like an unreadable file, never "internal error" with a stack
 * trace (audit, session 29). Root reads any directory, so the listing error is made by a mock.
 */
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    readdir: (async (path: string, options?: unknown) => {
      if (String(path).endsWith('locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
      return actual.readdir(path, options as never);
    }) as typeof actual.readdir,
  };
});

const TMP = mkdtempSync(join(tmpdir(), 'pagesift-unreadable-dir-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

async function collect(paths: string[]): Promise<Job[]> {
  const out: Job[] = [];
  for await (const job of jobs(paths, [], { maxBytes: 1_000_000 })) out.push(job);
  return out;
}

describe('a directory that cannot be listed', () => {
  it('named on the command line: one error job naming it', async () => {
    const locked = join(TMP, 'top-locked');
    mkdirSync(locked);
    const found = await collect([locked]);
    expect(found).toEqual([{ name: locked, error: 'Permission denied' }]);
  });

  it('inside a directory being walked: an error job in its place, the pages beside it still read', async () => {
    const dir = join(TMP, 'site');
    mkdirSync(join(dir, 'b-locked'), { recursive: true });
    writeFileSync(join(dir, 'a.html'), '<p>It will be sunny tomorrow.</p>');
    writeFileSync(join(dir, 'c.html'), '<p>It will rain the day after.</p>');
    const found = await collect([dir]);
    expect(found.map((job) => [job.name, job.error])).toEqual([
      [join(dir, 'a.html'), undefined],
      [join(dir, 'b-locked'), 'Permission denied'],
      [join(dir, 'c.html'), undefined],
    ]);
  });
});
