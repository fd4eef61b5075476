import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { groupByHalf, halvesOf, hashedHalf } from '../benchmarks/eval/halves.js';
import { foldOf } from '../benchmarks/pool/split.js';
import type { PageResult } from '../benchmarks/eval/page.js';

const dir = mkdtempSync(join(tmpdir(), 'pagesift-halves-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A page result with only what grouping reads. */
function page(set: string, id: string): PageResult {
  return { set, id, body: { precision: 1, recall: 1, overlap: 1, predTokens: 1, goldTokens: 1, f1: 1 } } as unknown as PageResult;
}

describe('halves of the unseen check sets', () => {
  it('a case without a half field is in A exactly when its FNV-1a fold is even', () => {
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      expect(hashedHalf('some-set', id)).toBe(foldOf(`some-set/${id}`) % 2 === 0 ? 'A' : 'B');
    }
  });

  it('reads the half field where there is one and hashes the rest', () => {
    writeFileSync(join(dir, 'mixed.cases.jsonl'), ['{"case": "x", "half": "B"}', '{"case": "y", "half": "A"}', '{"case": "z"}', ''].join('\n'));
    const halves = halvesOf('mixed', dir);
    expect(halves?.get('x')).toBe('B');
    expect(halves?.get('y')).toBe('A');
    expect(halves?.get('z')).toBe(hashedHalf('mixed', 'z'));
  });

  it('a set without a cases file has no halves; a bad half is an error naming the line', () => {
    expect(halvesOf('no-such-set', dir)).toBeNull();
    writeFileSync(join(dir, 'bad.cases.jsonl'), '{"case": "x"}\n{"case": "y", "half": "C"}\n');
    expect(() => halvesOf('bad', dir)).toThrow(/bad\.cases\.jsonl:2: "half" must be "A" or "B"/);
  });

  it('groups pages by set and half, A before B, whole sets as "-"', () => {
    writeFileSync(join(dir, 'split.cases.jsonl'), '{"case": "p", "half": "B"}\n{"case": "q", "half": "A"}\n{"case": "r", "half": "B"}\n');
    const groups = groupByHalf([page('split', 'p'), page('whole', 'w'), page('split', 'q'), page('split', 'r')], dir);
    expect(groups.map((g) => [g.set, g.half, g.results.map((r) => r.id)])).toEqual([
      ['split', 'A', ['q']],
      ['split', 'B', ['p', 'r']],
      ['whole', '-', ['w']],
    ]);
  });
});
