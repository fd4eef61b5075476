/**
 * Validates the pool label files: `tsx benchmarks/labels/check.ts POOL_DIR [LABEL_DIR]`.
 * Every line parses against the label schema, its id matches the pool row it names, every span
 * occurs in the row's text, and no row is labelled twice. Prints counts per language and label.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLabels } from '../pool/labels.js';
import { readPoolFile, type PoolRow } from '../pool/read.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const [poolDir, labelDir = join(here, 'hplt')] = process.argv.slice(2);
if (poolDir === undefined) {
  process.stderr.write('usage: check.ts POOL_DIR [LABEL_DIR]\n');
  process.exit(2);
}
const problems: string[] = [];
const counts = new Map<string, Map<string, number>>();
const rowsByFile = new Map<string, Map<number, PoolRow>>();
const seen = new Set<string>();
for (const name of readdirSync(labelDir).filter((entry) => entry.endsWith('.jsonl')).sort()) {
  const { labels, errors } = loadLabels(join(labelDir, name));
  problems.push(...errors.map((error) => `${name}: ${error}`));
  for (const label of labels) {
    let rows = rowsByFile.get(label.file);
    if (rows === undefined) {
      rows = new Map(readPoolFile(poolDir, label.file).map((row) => [row.row, row]));
      rowsByFile.set(label.file, rows);
    }
    const row = rows.get(label.row);
    const key = `${label.file}:${label.row}`;
    if (seen.has(key)) problems.push(`${name}: ${key} labelled twice`);
    seen.add(key);
    if (row === undefined) {
      problems.push(`${name}: ${key} no such row`);
      continue;
    }
    if (row.id !== label.id) problems.push(`${name}: ${key} id ${label.id} but the row's id is ${row.id}`);
    for (const span of label.spans) {
      if (!row.text.includes(span)) problems.push(`${name}: ${key} span not in text: ${JSON.stringify(span)}`);
    }
    if (label.label === 'spam' && label.spans.length === 0 && !label.doorway) {
      problems.push(`${name}: ${key} spam without spans and not a doorway`);
    }
    const lang = label.file.slice(0, 8);
    const perLang = counts.get(lang) ?? new Map<string, number>();
    perLang.set(label.label, (perLang.get(label.label) ?? 0) + 1);
    counts.set(lang, perLang);
  }
}
for (const [lang, perLang] of [...counts].sort()) {
  process.stdout.write(`${lang}  ${[...perLang].sort().map(([k, v]) => `${k} ${v}`).join('  ')}\n`);
}
for (const problem of problems) process.stderr.write(`${problem}\n`);
process.stdout.write(`${seen.size} labels, ${problems.length} problems\n`);
process.exit(problems.length === 0 ? 0 : 1);
