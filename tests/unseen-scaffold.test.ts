import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffold, truthOf, unseenCases } from '../benchmarks/corpus/unseen-scaffold.js';
import { parseTruth } from '../benchmarks/eval/truth.js';

// A labels folder written for this test: one set, three cases, two of them labelled.
function labelsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scaffold-labels-'));
  const lines = [
    { case: 'one', source: 'o/r@0000000000000000000000000000000000000000:a.html', lang: 'zh-Hans', pageType: 'listing', wcxbPageType: 'collection', url: 'http://example.test/list', half: 'A' },
    { case: 'two', source: 'o/r@0000000000000000000000000000000000000000:b.html', lang: 'en', pageType: 'article', half: 'B' },
    { case: 'unlabelled', source: 'o/r@0000000000000000000000000000000000000000:c.html', lang: 'en', pageType: 'article', half: 'B' },
  ];
  writeFileSync(join(dir, 'demo.cases.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  const label = { goldSelectors: ['main'], headSelectors: [], goldExclude: [], note: 'a test label' };
  writeFileSync(join(dir, 'demo.json'), JSON.stringify({ set: 'demo', labelledBy: 'test', cases: { one: label, two: label } }));
  return dir;
}

describe('unseen-scaffold', () => {
  it('lists only the labelled cases, with their half and source', () => {
    const cases = unseenCases(labelsDir());
    expect(cases.map((c) => [c.set, c.id, c.half])).toEqual([
      ['demo', 'one', 'A'],
      ['demo', 'two', 'B'],
    ]);
    expect(cases[0]!.source).toBe('o/r@0000000000000000000000000000000000000000:a.html');
  });

  it('writes a truth.json the eval reads, keeping WCXB type and address when the case has them', () => {
    const [one, two] = unseenCases(labelsDir());
    const truthOne = parseTruth(JSON.stringify(one!.truth), 'one');
    expect(truthOne.pageType).toBe('collection');
    expect(truthOne.url).toBe('http://example.test/list');
    expect(truthOne.body).toBeNull();
    const truthTwo = parseTruth(JSON.stringify(two!.truth), 'two');
    expect(truthTwo.pageType).toBe('article');
    expect(truthTwo.url).toBeNull();
    expect(truthOf({ case: 'x' })).toMatchObject({ input: 'page.html', lang: null, pageType: null });
  });

  it('reports the cases whose page is missing, and leaves written pages alone', () => {
    const out = mkdtempSync(join(tmpdir(), 'scaffold-out-'));
    const cases = unseenCases(labelsDir());
    mkdirSync(join(out, 'demo', 'two'), { recursive: true });
    writeFileSync(join(out, 'demo', 'two', 'page.html'), '<main>kept</main>');
    const missing = scaffold(out, cases);
    expect(missing.map((c) => c.id)).toEqual(['one']);
    expect(existsSync(join(out, 'demo', 'one', 'truth.json'))).toBe(true);
    expect(readFileSync(join(out, 'demo', 'two', 'page.html'), 'utf8')).toBe('<main>kept</main>');
    // a second run finds the same, and a page written since drops off the list
    writeFileSync(join(out, 'demo', 'one', 'page.html'), '<main>x</main>');
    expect(scaffold(out, cases)).toEqual([]);
  });

  it('fails naming the file when a line has no source', () => {
    const dir = labelsDir();
    writeFileSync(join(dir, 'demo.cases.jsonl'), `${JSON.stringify({ case: 'one', lang: 'en' })}\n`);
    expect(() => unseenCases(dir)).toThrow(/demo\.cases\.jsonl:1: "source"/);
  });
});
