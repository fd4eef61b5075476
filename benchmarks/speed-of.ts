/**
 * Single-thread pages/s of a checkout of pagesift, for side-by-side comparisons of two builds:
 *
 *   npx tsx benchmarks/speed-of.ts <checkout> <corpus-dir> [--rounds 3]
 *
 * Loads `<checkout>/src/index.ts` (so an older commit, checked out with `git worktree add`, is
 * measured with its own code), reads the readability and zh-gbk pages of the corpus into memory,
 * sifts them once to warm up, then --rounds timed passes; prints the median and every round.
 * Run two checkouts alternately, several times: on a shared VM the speed drifts by a third within
 * minutes, so only ratios of neighbouring runs mean anything (npm run bench measures the rest).
 *
 * `--rounds 0` loads and warms up only: under `valgrind --tool=callgrind`, the instruction count
 * of a run with N rounds minus that of a run with 0 is the cost of N passes, repeatable whatever
 * else the machine is doing (the time is not: callgrind counts instructions, not seconds).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const SETS = ['readability', 'zh-gbk'];
const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '3' } } });
const [checkout, corpus] = positionals;
const rounds = Number(values.rounds);
if (checkout === undefined || corpus === undefined || !Number.isInteger(rounds) || rounds < 0) {
  process.stderr.write('usage: npx tsx benchmarks/speed-of.ts <checkout> <corpus-dir> [--rounds N]\n');
  process.exit(2);
}
const { createSifter } = (await import(resolve(checkout, 'src/index.ts'))) as typeof import('../src/index.js');
const pages: { bytes: Uint8Array }[] = [];
for (const set of SETS) {
  for (const id of readdirSync(join(corpus, set)).sort()) {
    const file = join(corpus, set, id, 'page.html');
    if (existsSync(file)) pages.push({ bytes: readFileSync(file) });
  }
}
const sifter = await createSifter();
for (const page of pages) sifter.sift(page);
const rates: number[] = [];
for (let r = 0; r < rounds; r++) {
  const start = performance.now();
  for (const page of pages) sifter.sift(page);
  rates.push(pages.length / ((performance.now() - start) / 1000));
}
const sorted = [...rates].sort((a, b) => a - b);
if (rounds === 0) process.stdout.write(`${checkout}: ${pages.length} pages, loaded and warmed up (no timed rounds)\n`);
else process.stdout.write(`${checkout}: ${pages.length} pages, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} pages/s (rounds ${rates.map((x) => x.toFixed(1)).join(' ')})\n`);
