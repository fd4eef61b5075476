/**
 * The doorway model of each training fold, kept by `npm run train:doorway` for the out-of-fold
 * eval (benchmarks/doorway/fold-models.ts): used only when it comes from the same training run as
 * the shipped model.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDoorwayFoldModels, type DoorwayFoldModels } from '../benchmarks/doorway/fold-models.js';
import type { DoorwayModel } from '../src/doorway/model.js';

const shipped: DoorwayModel = {
  version: 1,
  trainedAt: '2026-12-03',
  trainedOn: { sources: ['test'], dataHash: 'abc', folds: [1, 2], heldBackFold: 0, pages: { doorway: 1, clean: 1 } },
  weights: { pageP: 1 },
  intercept: -1,
  minP: 0.8,
  threshold: { maxCleanRate: 0, cleanRate: 0, recall: 0, precision: 0 },
};

function write(file: DoorwayFoldModels): string {
  const path = join(mkdtempSync(join(tmpdir(), 'doorway-folds-')), 'doorway-folds.json');
  writeFileSync(path, JSON.stringify(file));
  return path;
}

describe('readDoorwayFoldModels', () => {
  it("gives each fold the shipped model with that fold's weights", () => {
    const path = write({ dataHash: 'abc', minP: 0.8, folds: [{ fold: 1, weights: { pageP: 2 }, intercept: -2 }, { fold: 2, weights: { support: -1 }, intercept: 0.5 }] });
    const byFold = readDoorwayFoldModels(shipped, path);
    expect(typeof byFold).not.toBe('string');
    const models = byFold as Map<number, DoorwayModel>;
    expect(models.get(1)).toEqual({ ...shipped, weights: { pageP: 2 }, intercept: -2 });
    expect(models.get(2)?.minP).toBe(0.8);
  });
  it('refuses a file of another training run (data hash or minP)', () => {
    expect(readDoorwayFoldModels(shipped, write({ dataHash: 'other', minP: 0.8, folds: [] }))).toMatch(/another training run/);
    expect(readDoorwayFoldModels(shipped, write({ dataHash: 'abc', minP: 0.7, folds: [] }))).toMatch(/another training run/);
  });
  it('says why when there is no file', () => {
    expect(readDoorwayFoldModels(shipped, join(tmpdir(), 'no-such-dir', 'doorway-folds.json'))).toMatch(/missing/);
  });
});
