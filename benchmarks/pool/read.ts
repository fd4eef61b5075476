/**
 * Reads the unlabelled HPLT pool (`../shared/corpus-pool/hplt/*.tsv`): TSV as Python's csv module
 * writes it (tab-separated, double-quoted fields with `""` escapes, newlines inside fields), parsed
 * with csv-parse. A row is addressed by its file name and its 1-based data row (the header is row 0).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface PoolRow {
  file: string;
  /** 1-based data row; the header line is row 0. */
  row: number;
  id: string;
  text: string;
}

/** Column order of the pool's TSV files (see the pool README). */
const TEXT_COLUMN = 3;
const ID_COLUMN = 4;

export function readPoolFile(poolDir: string, file: string): PoolRow[] {
  const records = parse(readFileSync(join(poolDir, file), 'utf8'), {
    delimiter: '\t',
    quote: '"',
    relax_column_count: false,
  }) as string[][];
  const [header, ...rows] = records;
  if (header === undefined || header[TEXT_COLUMN] !== 'text_show' || header[ID_COLUMN] !== 'id') {
    throw new Error(`${file}: not a pool file (expected columns text_show and id)`);
  }
  return rows.map((cells, index) => ({
    file,
    row: index + 1,
    id: cells[ID_COLUMN] ?? '',
    text: cells[TEXT_COLUMN] ?? '',
  }));
}
