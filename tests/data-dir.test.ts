import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataDir, DATA_DIR } from '../src/data-dir.js';

/**
 * pagesift's code copied away from its data/, as a bundler leaves it when told to inline pagesift
 * (the session-33 audit bundled the packed package with Vite, ssr.noExternal): createSifter failed
 * with a bare ENOENT on '…/data/lexicons' beside the bundle. It now says what is missing and why.
 */

const ROOT = join(import.meta.dirname, '..');
const TMP = mkdtempSync(join(tmpdir(), 'pagesift-audit-33-data-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('checkDataDir', () => {
  it('passes on the package\'s data/', () => {
    expect(() => checkDataDir()).not.toThrow();
    expect(() => checkDataDir(DATA_DIR)).not.toThrow();
  });

  it('names the missing folder and says to keep pagesift external', () => {
    expect(() => checkDataDir(join(TMP, 'data'))).toThrow(/data folder is missing \(.*data\).*keep pagesift external/);
  });

  it('createSifter of code with no data/ beside it fails with that message, not a bare ENOENT', () => {
    // the code without its data: src/ copied alone, dependencies reachable as in an app's node_modules
    cpSync(join(ROOT, 'src'), join(TMP, 'src'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(TMP, 'node_modules'), 'dir');
    writeFileSync(join(TMP, 'package.json'), JSON.stringify({ name: 'bundled-app', private: true, type: 'module' }));
    const entry = pathToFileURL(join(TMP, 'src', 'index.ts')).href;
    const script = `const { createSifter } = await import(${JSON.stringify(entry)}); try { await createSifter(); console.log('loaded'); } catch (error) { console.log(error.message); }`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: TMP, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^pagesift's data folder is missing \(.*\/data\/?\): .*keep pagesift external/);
    expect(run.stdout).not.toMatch(/ENOENT/);
  });
});
