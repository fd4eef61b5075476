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
/** Spam documents per language and category, and per language and shape (doorway or injected). */
const categories = new Map<string, Map<string, number>>();
const bump = (table: Map<string, Map<string, number>>, row: string, column: string): void => {
  const inner = table.get(row) ?? new Map<string, number>();
  inner.set(column, (inner.get(column) ?? 0) + 1);
  table.set(row, inner);
};
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
    // a note that starts with '|' held spans written into it by a conversion defect (20 labels, found on a second reading)
    if (label.note.startsWith('|')) problems.push(`${name}: ${key} note starts with '|': span strings written into the note?`);
    if (label.label === 'spam' && label.spans.length === 0 && !label.doorway) {
      problems.push(`${name}: ${key} spam without spans and not a doorway`);
    }
    const lang = label.file.slice(0, 8);
    bump(counts, lang, label.label);
    if (label.label === 'spam') {
      bump(counts, lang, label.doorway ? 'doorway' : 'injected');
      for (const category of label.categories) bump(categories, category, lang);
    }
  }
}
const languages = [...counts.keys()].sort();
const table = (rows: [string, Map<string, number>][], columns: string[]): string =>
  [`| | ${columns.join(' | ')} |`, `|---|${columns.map(() => '---:').join('|')}|`, ...rows.map(([name, row]) => `| ${name} | ${columns.map((c) => row.get(c) ?? 0).join(' | ')} |`)].join('\n');
process.stdout.write(`Documents labelled, by language (spam = doorway + injected):\n\n${table([...counts].sort(), ['clean', 'spam', 'doorway', 'injected', 'unsure'])}\n\n`);
process.stdout.write(`Spam documents by category and language (a document may have several categories):\n\n${table([...categories].sort(), languages)}\n\n`);
for (const problem of problems) process.stderr.write(`${problem}\n`);
process.stdout.write(`${seen.size} labels, ${problems.length} problems\n`);
process.exit(problems.length === 0 ? 0 : 1);
