/**
 * Labelled pool documents, made at run time from the label files (benchmarks/labels/hplt) and the
 * pool itself (../shared/corpus-pool/hplt): no pool text lives in the repository. Spam regions are
 * every occurrence of every labelled span; a doorway document is spam from end to end.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLabels, type PoolLabel } from './labels.js';
import { readPoolFile } from './read.js';
import { foldOf } from './split.js';

export const DEFAULT_LABEL_DIR = fileURLToPath(new URL('../labels/hplt/', import.meta.url));

/** Pool file prefix → the corpus format's language code. */
const LANGUAGES: Record<string, string> = {
  zho_Hans: 'zh-Hans',
  zho_Hant: 'zh-Hant',
  jpn_Jpan: 'ja',
  eng_Latn: 'en',
  vie_Latn: 'vi',
  ind_Latn: 'id',
};

export interface PoolDoc {
  key: string;
  file: string;
  row: number;
  id: string;
  lang: string;
  fold: number;
  spam: boolean;
  doorway: boolean;
  categories: string[];
  text: string;
  /** Spam regions, sorted and disjoint: [start, end) into `text`. */
  regions: [number, number][];
  label: PoolLabel;
}

export function languageOf(file: string): string {
  return LANGUAGES[file.slice(0, 8)] ?? 'und';
}

/** Every occurrence of `span` in `text`, as [start, end) (non-overlapping, left to right). */
export function occurrences(text: string, span: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(span); at !== -1; at = text.indexOf(span, at + span.length)) out.push([at, at + span.length]);
  return out;
}

/** Sort and merge overlapping regions. */
export function mergeRegions(regions: [number, number][]): [number, number][] {
  const sorted = [...regions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

export interface LoadedPool {
  docs: PoolDoc[];
  /** Labels left out: unsure, or pointing at a row that does not match. */
  leftOut: { key: string; reason: string }[];
  /** sha256 over the label files and the pool files they name, in sorted order. */
  dataHash: string;
}

export function loadPoolDocs(poolDir: string, labelDir: string = DEFAULT_LABEL_DIR): LoadedPool {
  const docs: PoolDoc[] = [];
  const leftOut: LoadedPool['leftOut'] = [];
  const hash = createHash('sha256');
  const labelFiles = readdirSync(labelDir).filter((name) => name.endsWith('.jsonl')).sort();
  const poolFiles = new Set<string>();
  const labels: PoolLabel[] = [];
  for (const name of labelFiles) {
    hash.update(readFileSync(join(labelDir, name)));
    const { labels: inFile, errors } = loadLabels(join(labelDir, name));
    if (errors.length > 0) throw new Error(`${name}: ${errors.join('; ')}`);
    for (const label of inFile) {
      labels.push(label);
      poolFiles.add(label.file);
    }
  }
  const rows = new Map<string, ReturnType<typeof readPoolFile>[number]>();
  const missing = [...poolFiles].filter((file) => !existsSync(join(poolDir, file)));
  if (missing.length > 0) throw new Error(`${poolDir}: not the pool's folder of TSV files (no ${missing[0]}${missing.length > 1 ? ` and ${missing.length - 1} more` : ''}; the labels name files of ../shared/corpus-pool/hplt)`);
  for (const file of [...poolFiles].sort()) {
    hash.update(readFileSync(join(poolDir, file)));
    for (const row of readPoolFile(poolDir, file)) rows.set(`${file}:${row.row}`, row);
  }
  for (const label of labels) {
    const key = `${label.file}:${label.row}`;
    const row = rows.get(key);
    if (row === undefined || row.id !== label.id) {
      leftOut.push({ key, reason: 'no pool row with this id' });
      continue;
    }
    if (label.label === 'unsure') {
      leftOut.push({ key, reason: label.note || 'unsure' });
      continue;
    }
    const spam = label.label === 'spam';
    const regions = !spam ? [] : label.doorway ? [[0, row.text.length] as [number, number]] : mergeRegions(label.spans.flatMap((span) => occurrences(row.text, span)));
    docs.push({ key, file: label.file, row: label.row, id: label.id, lang: languageOf(label.file), fold: foldOf(label.id), spam, doorway: label.doorway, categories: label.categories, text: row.text, regions, label });
  }
  return { docs, leftOut, dataHash: hash.digest('hex') };
}

/** The gold spam texts of a document (a pool document, or any with the same regions), as the corpus format's `spam` array. */
export function spamTexts(doc: Pick<PoolDoc, 'text' | 'regions'>): string[] {
  return doc.regions.map(([start, end]) => doc.text.slice(start, end));
}
