import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../src/lexicon/parse.js';
import { againstCheckout, readmeBlock as blockAfter, ROOT, TSX_LOADER } from './helpers/readme-example.js';

/** The README's API example must run and print exactly the output the README shows. */

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/**
 * Runs an example as a user would: written to a file of its own, by default from a working directory
 * outside the checkout (`cwd: 'checkout'` for a pool, whose threads find tsx from the working directory
 * when pagesift runs from its sources).
 */
function runExample(code: string, cwd: 'outside' | 'checkout' = 'outside'): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagesift-readme-'));
  try {
    const file = join(dir, 'example.mts');
    writeFileSync(file, code);
    return execFileSync(process.execPath, ['--import', TSX_LOADER, file], { cwd: cwd === 'outside' ? dir : ROOT, encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('README', () => {
  // Run from a directory outside the checkout: the example used to read 'data/samples/…' relative to the
  // working directory, which a user who installed the package has not got (ENOENT; session-30 audit)
  it('API example prints what the README says, run from any directory', () => {
    expect(runExample(againstCheckout(blockAfter('<!-- example:api -->')))).toBe(blockAfter('<!-- example:api-output -->'));
  });

  it('the batches example runs as written (it used to use `pages` and `page` without making them)', () => {
    // per page in order: the sifter's verdicts, then the pool's segment counts
    expect(runExample(againstCheckout(blockAfter('<!-- example:batches -->')), 'checkout')).toBe('false\nfalse\n1\n1\n');
  });

  it('states the set-up commands that CI runs', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(README).toContain('npm ci && npm test');
    expect(README).toContain('npm ci && npm run demo');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it('says how to run the demo from the npm package, whose files hold the sample (npm ci && npm run demo needs a clone; session-42 audit)', () => {
    const command = /^npx pagesift node_modules\/pagesift\/(\S+)$/m.exec(README);
    expect(command).not.toBeNull();
    const path = command![1]!;
    expect(existsSync(join(ROOT, path))).toBe(true);
    const files = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] }).files;
    expect(files).toContain(path.split('/')[0]);
  });

  it('the lexicon example is a valid lexicon file with the terms it explains, nothing else', () => {
    const lexicon = parseLexicon(blockAfter('<!-- example:lexicon -->'), 'README.md', 'zh', 'readme');
    expect({ label: lexicon.label, category: lexicon.category, evidence: lexicon.evidence }).toEqual({ label: 'spam', category: 'porn', evidence: 'segment' });
    expect(lexicon.terms.map(({ term, allow, boundary, weight }) => ({ term, allow, boundary, weight }))).toEqual([
      { term: '色色', allow: ['形形色色'], boundary: 'auto', weight: 1 },
      { term: '大发', allow: [], boundary: 'token', weight: 1 },
      { term: 'viagra', allow: [], boundary: 'auto', weight: 1 },
      { term: '彩金', allow: [], boundary: 'auto', weight: 0.5 },
    ]);
  });
});
