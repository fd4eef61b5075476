import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSifter, type Sifter } from '../../src/index.js';
import { DATA_DIR } from '../../src/data-dir.js';

let shared: Promise<Sifter> | undefined;

/** One default sifter for the whole test file (loading jieba costs ~0.5 s). */
export function defaultSifter(): Promise<Sifter> {
  shared ??= createSifter();
  return shared;
}

export function sample(name: string): string {
  return readFileSync(join(DATA_DIR, 'samples', name), 'utf8');
}
