/**
 * Prints pool rows for reading: `tsx benchmarks/labels/show.ts POOL_DIR FILE FROM TO`.
 * A labelling aid only: it shows the text as it is, it decides nothing.
 */
import { readPoolFile } from '../pool/read.js';

const [poolDir, file, from, to] = process.argv.slice(2);
if (poolDir === undefined || file === undefined) {
  process.stderr.write('usage: show.ts POOL_DIR FILE [FROM [TO]]\n');
  process.exit(2);
}
const first = Number(from ?? 1);
const last = Number(to ?? first + 19);
for (const row of readPoolFile(poolDir, file)) {
  if (row.row < first || row.row > last) continue;
  process.stdout.write(`===== ${row.file} row ${row.row} id ${row.id}\n${row.text}\n\n`);
}
