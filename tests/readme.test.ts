import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../src/lexicon/parse.js';

/** The README's API example must run and print exactly the output the README shows. */

const ROOT = resolve(import.meta.dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

function blockAfter(marker: string): string {
  const at = README.indexOf(marker);
  if (at < 0) throw new Error(`README lacks ${marker}`);
  const match = /```\w*\n([^]*?)```/.exec(README.slice(at));
  if (!match) throw new Error(`no code block after ${marker}`);
  return match[1]!;
}

describe('README', () => {
  it('API example prints what the README says', () => {
    const code = blockAfter('<!-- example:api -->').replace("from 'pagesift'", `from ${JSON.stringify(join(ROOT, 'src', 'index.ts'))}`);
    const dir = mkdtempSync(join(tmpdir(), 'pagesift-readme-'));
    try {
      const file = join(dir, 'example.mts');
      writeFileSync(file, code);
      const out = execFileSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8' });
      expect(out).toBe(blockAfter('<!-- example:api-output -->'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('states the set-up commands that CI runs', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(README).toContain('npm ci && npm test');
    expect(README).toContain('npm ci && npm run demo');
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci).toMatch(/^npm test$/m);
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
