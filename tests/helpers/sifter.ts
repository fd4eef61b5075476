import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSifter, type Report, type Sifter } from '../../src/index.js';
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

/** The page's type and, for the segment whose text is `text` (it must exist), its label and the rules that hit it. */
export function segmentOf(sifter: Sifter, html: string, text: string): { type: string; label: string | undefined; rules: string[] } {
  const report = sifter.sift({ html });
  const segment = report.segments.find((s) => s.text === text);
  expect(segment).toBeDefined();
  return { type: report.pageType.type, label: segment?.label, rules: segment?.hits.map((h) => h.rule) ?? [] };
}

/** The first segment of the report whose text contains `text` (undefined when none does). */
export function segmentWith(report: Report, text: string): Report['segments'][number] | undefined {
  return report.segments.find((s) => s.text.includes(text));
}
