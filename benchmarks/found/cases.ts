/**
 * Real pages found through the search tool's stored web pages (issue 12: "add real hijacked pages
 * that you find among the search tool's stored pages"), labelled by reading. The repository keeps
 * only the annotations (benchmarks/labels/found/pages.jsonl: URL, the exact spam strings, a note);
 * the page texts are third-party and stay outside it, in a directory of `NNN.txt` files named by
 * the labels (each the stored text of its URL as the search tool returned it). The eval takes
 * that directory as an argument.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { z } from 'zod';
import { mergeRegions, occurrences } from '../pool/cases.js';
import { readJsonl, SPAM_CATEGORIES } from '../pool/labels.js';

export const DEFAULT_FOUND_LABELS = fileURLToPath(new URL('../labels/found/pages.jsonl', import.meta.url));
/** The test batches (batch 1, the default, and test2.jsonl): read only to report, never tuned on. The other label files are development batches. */
export const FOUND_TEST_LABELS: readonly string[] = [DEFAULT_FOUND_LABELS, fileURLToPath(new URL('../labels/found/test2.jsonl', import.meta.url))];

export const FOUND_KINDS = ['title-hijack', 'injected', 'hidden-links', 'link-farm', 'doorway', 'clean'] as const;

export const foundLabelSchema = z.strictObject({
  file: z.string().regex(/^\d{3}\.txt$/),
  url: z.string().min(1),
  query: z.string().default(''),
  lang: z.enum(['zh-Hans', 'zh-Hant', 'ja', 'en', 'vi', 'id', 'other']),
  label: z.enum(['spam', 'clean']),
  kind: z.enum(FOUND_KINDS),
  categories: z.array(z.enum(SPAM_CATEGORIES)).default([]),
  spans: z.array(z.string().min(1)).default([]),
  note: z.string().default(''),
  by: z.string().default(''),
  /** The stored text was longer; the file keeps its first this many characters. */
  truncatedAt: z.int().positive().optional(),
  checked: z.boolean().optional(),
});
export type FoundLabel = z.infer<typeof foundLabelSchema>;

export interface FoundDoc {
  label: FoundLabel;
  text: string;
  spam: boolean;
  doorway: boolean;
  /** Spam regions, sorted and disjoint: every occurrence of every span (the whole text for a doorway page). */
  regions: [number, number][];
}

export interface LoadedFound {
  docs: FoundDoc[];
  /** Labels whose text file is not in the directory. */
  missing: string[];
  /** Labels that do not hold: a bad line, a span that is not in its text, a spam page without spans, a clean page with spans. */
  errors: string[];
}

export function loadFoundPages(textDir: string, labelFile: string = DEFAULT_FOUND_LABELS): LoadedFound {
  const docs: FoundDoc[] = [];
  const missing: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const read = readJsonl(labelFile, foundLabelSchema);
  errors.push(...read.errors.map((error) => `${labelFile}: ${error}`));
  for (const { line, value: label } of read.entries) {
    const where = `${labelFile}:${line}`;
    if (seen.has(label.file)) errors.push(`${where}: ${label.file} labelled twice`);
    seen.add(label.file);
    const path = join(textDir, label.file);
    if (!existsSync(path)) {
      missing.push(label.file);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const spam = label.label === 'spam';
    const doorway = label.kind === 'doorway';
    if (spam !== (label.kind !== 'clean')) errors.push(`${where}: label ${label.label} with kind ${label.kind}`);
    if (!spam && label.spans.length > 0) errors.push(`${where}: a clean page with spans`);
    if (spam && !doorway && label.spans.length === 0) errors.push(`${where}: a spam page without spans`);
    const absent = label.spans.filter((span) => !text.includes(span));
    if (absent.length > 0) errors.push(`${where}: span not in ${label.file}: ${absent.map((s) => JSON.stringify(s.slice(0, 40))).join(', ')}`);
    const regions: [number, number][] = !spam ? [] : doorway ? [[0, text.length]] : mergeRegions(label.spans.flatMap((span) => occurrences(text, span)));
    docs.push({ label, text, spam, doorway, regions });
  }
  return { docs, missing, errors };
}
