import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shipped rule files (data/rules). */
export const RULES_DIR = fileURLToPath(new URL('../../data/rules/', import.meta.url));

/** Every rule of the shipped rule files, by file name order then order in the file, with the file it stands in. */
export function rulesOnDisk(): { id: string; file: string }[] {
  const rules: { id: string; file: string }[] = [];
  for (const file of readdirSync(RULES_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const parsed = JSON.parse(readFileSync(join(RULES_DIR, file), 'utf8')) as { rules: { id: string }[] };
    for (const rule of parsed.rules) rules.push({ id: rule.id, file });
  }
  return rules;
}
