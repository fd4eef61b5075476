/** The library, loaded from dist/ at run time (typed from src/), and the build it needs. */
import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { log } from './log.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SRC = join(ROOT, 'src');
export const DIST = join(ROOT, 'dist');

export type LibModule = typeof import('../../src/index.js');
export type PipelineModule = typeof import('../../src/pipeline.js');
export type ResourcesModule = typeof import('../../src/resources.js');
export type OptionsModule = typeof import('../../src/options.js');

/** Imports a module of the build; the specifier is computed so tsc types it from src/ instead. */
export async function importDist<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(join(DIST, file)).href)) as T;
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith(ext) && !entry.name.endsWith('.d.ts')) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

/** src files whose build output is missing or older than the source. */
async function staleSources(): Promise<string[]> {
  const stale: string[] = [];
  for (const src of await listFiles(SRC, '.ts')) {
    const out = join(DIST, relative(SRC, src)).replace(/\.ts$/, '.js');
    const [s, d] = await Promise.all([stat(src), stat(out).catch(() => null)]);
    if (d === null || d.mtimeMs < s.mtimeMs) stale.push(relative(ROOT, src));
  }
  return stale;
}

export async function ensureBuild(skip: boolean): Promise<void> {
  const stale = await staleSources();
  if (stale.length === 0) return;
  if (skip) {
    log(`warning: dist/ is older than ${stale.length} src file(s) (${stale.slice(0, 3).join(', ')}…); --no-build given, benchmarking the old build`);
    return;
  }
  log(`dist/ is older than ${stale.length} src file(s): npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${String(result.status)})`);
}
