import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm pack` ships dist/ as `npm run build` (prepack) leaves it. tsc writes over what it builds and
 * never removes anything, so a module renamed or deleted since the last build went on being packed
 * from an old dist/ (its .js and .d.ts, importable by deep path). The build empties dist/ first
 * (session-33 audit of the packed package).
 */

const ROOT = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> };
const TMP = mkdtempSync(join(tmpdir(), 'pagesift-audit-33-build-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('the build starts from an empty dist/', () => {
  it('build runs clean before tsc, and prepack runs build', () => {
    expect(pkg.scripts['build']).toMatch(/^npm run clean && tsc /);
    expect(pkg.scripts['prepack']).toBe('npm run build');
  });

  it('clean removes dist/ with whatever an older build left in it, and passes when there is none', () => {
    writeFileSync(join(TMP, 'package.json'), JSON.stringify({ name: 'clean-check', private: true, scripts: { clean: pkg.scripts['clean'] } }));
    mkdirSync(join(TMP, 'dist', 'cli'), { recursive: true });
    writeFileSync(join(TMP, 'dist', 'cli', 'renamed-since.js'), 'export {};\n');
    const first = spawnSync('npm', ['run', '--silent', 'clean'], { cwd: TMP, encoding: 'utf8' });
    expect(first.status).toBe(0);
    expect(existsSync(join(TMP, 'dist'))).toBe(false);
    const again = spawnSync('npm', ['run', '--silent', 'clean'], { cwd: TMP, encoding: 'utf8' });
    expect(again.status).toBe(0);
  });
});

// npm publish rewrote "./dist/cli/main.js" and warned `"bin[pagesift]" script name dist/cli/main.js was
// invalid and removed` (it was kept, normalised; the warning asked for `npm pkg fix`): written as npm
// normalises a bin path, a publish has nothing to correct (session-33 audit, npm 11)
describe('package.json as npm publish leaves it', () => {
  it.each(Object.entries(pkg.bin))('bin %s: a plain relative path (%s), which npm keeps as written', (_name, target) => {
    expect(target).not.toMatch(/^\.\/|^\/|\\/);
    expect(existsSync(join(ROOT, 'src', target.replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(true);
  });
});

// The build writes source maps and declaration maps (tsconfig.build.json) that point at src/*.ts: a
// package without src/ shipped maps that pointed at nothing — a debugger showed no source and "go to
// definition" landed in the .d.ts (session-33 audit). So src/ ships when maps do; and the MIT licence
// that package.json declares ships its text.
describe('what the package ships beside dist/', () => {
  const build = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8')) as { compilerOptions: { sourceMap?: boolean; declarationMap?: boolean; rootDir?: string } };
  const files = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] }).files;
  it('the sources the maps point at, when the build writes maps', () => {
    const maps = build.compilerOptions.sourceMap === true || build.compilerOptions.declarationMap === true;
    expect(maps && !files.includes(build.compilerOptions.rootDir ?? 'src')).toBe(false);
  });
  it('a LICENSE file with the licence package.json names (npm always packs LICENSE)', () => {
    const license = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string }).license;
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(new RegExp(`^${license} License`));
  });
});
