import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository root and the CLI's source, run through tsx as `pagesift` is run from dist/. */
export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'src', 'cli', 'main.ts');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `args` (and standard input, and variables of its environment), from the repository root, with colour left to the flags (NO_COLOR empty). */
export function runCli(args: string[], input?: string | Buffer, env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
