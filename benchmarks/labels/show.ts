/**
 * Prints pool rows for reading: `tsx benchmarks/labels/show.ts POOL_DIR FILE FROM [TO] [--held-back]`.
 * A labelling aid only: it shows the text as it is, it decides nothing.
 *
 * Rows of the held-back fold (benchmarks/pool/split.ts) are not printed unless `--held-back` is
 * given: tuning reads only the training folds, and a range of rows mixes the folds. TO defaults to
 * FROM (one row), so that a forgotten TO prints no more than was asked for.
 */
import { foldOf, HELD_BACK_FOLD } from '../pool/split.js';
import { readPoolFile } from '../pool/read.js';

const args = process.argv.slice(2);
const heldBack = args.includes('--held-back');
const [poolDir, file, from, to] = args.filter((a) => a !== '--held-back');
if (poolDir === undefined || file === undefined || from === undefined) {
  process.stderr.write('usage: show.ts POOL_DIR FILE FROM [TO] [--held-back]\n');
  process.exit(2);
}
const first = Number(from);
const last = Number(to ?? from);
if (!Number.isInteger(first) || !Number.isInteger(last)) {
  process.stderr.write(`show.ts: rows must be whole numbers, got ${from} ${to ?? ''}\n`);
  process.exit(2);
}
let skipped = 0;
for (const row of readPoolFile(poolDir, file)) {
  if (row.row < first || row.row > last) continue;
  if (!heldBack && foldOf(row.id) === HELD_BACK_FOLD) {
    skipped++;
    continue;
  }
  process.stdout.write(`===== ${row.file} row ${row.row} id ${row.id}\n${row.text}\n\n`);
}
if (skipped > 0) process.stderr.write(`show.ts: ${skipped} held-back row(s) not shown (--held-back to show them)\n`);
