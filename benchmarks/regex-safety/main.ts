/**
 * The ReDoS check of every regex src/ runs (regexes.ts), with recheck (judge.ts):
 *
 *   npx tsx benchmarks/regex-safety/main.ts [--all] [--jobs N]
 *
 * Judges the regexes that verdicts.json has no verdict for (with --all: every regex afresh) and
 * writes verdicts.json; then prints every regex judged vulnerable or undecided, and whether the
 * allow-list explains it. tests/regex-safety.test.ts reads the same two files and judges afresh a
 * regex the file has no verdict for, so a new regex is checked in CI without running this.
 * Time: all 168 regexes take ~60 s with 2 jobs on 2 cores (session 30).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { judge, readAllowList, readVerdicts, RECHECK_PARAMS, RECHECK_VERSION, VERDICTS_FILE, verdictKey, type Verdict } from './judge.js';
import { checkedRegexes } from './regexes.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { all: { type: 'boolean', default: false }, jobs: { type: 'string', default: '2' } } });
  const jobs = Number(values.jobs);
  if (!(jobs >= 1)) throw new Error('--jobs takes a positive number');
  const regexes = checkedRegexes();
  const recorded = values.all ? new Map<string, Verdict>() : readVerdicts();
  const todo = [...new Set(regexes.map((r) => verdictKey(r.source, r.flags)))].filter((k) => !recorded.has(k));
  const sources = new Map(regexes.map((r) => [verdictKey(r.source, r.flags), r]));
  const verdicts = new Map(recorded);
  let next = 0;
  const started = Date.now();
  // the native backend runs the checks of one agent process in parallel
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (next < todo.length) {
        const key = todo[next++]!;
        const r = sources.get(key)!;
        const t = Date.now();
        const verdict = await judge(r.source, r.flags);
        verdicts.set(key, verdict);
        process.stderr.write(`${verdict.status.padEnd(10)} ${String(Date.now() - t).padStart(6)} ms  ${r.where}\n`);
      }
    }),
  );
  const live = new Set(regexes.map((r) => verdictKey(r.source, r.flags)));
  const sorted = Object.fromEntries([...verdicts].filter(([k]) => live.has(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const $comment = 'recheck verdicts of every regex src/ runs, keyed by /source/flags; written by npx tsx benchmarks/regex-safety/main.ts, read by tests/regex-safety.test.ts (a regex missing here is judged afresh there)';
  await writeFile(VERDICTS_FILE, `${JSON.stringify({ $comment, recheck: RECHECK_VERSION, params: RECHECK_PARAMS, verdicts: sorted }, null, 2)}\n`);
  process.stdout.write(`judged ${todo.length} regexes in ${((Date.now() - started) / 1000).toFixed(1)} s; ${Object.keys(sorted).length} verdicts in ${VERDICTS_FILE}\n`);

  const allowed = new Set(readAllowList().entries.map((e) => e.key));
  for (const r of regexes) {
    const v = verdicts.get(verdictKey(r.source, r.flags))!;
    if (v.status === 'safe') continue;
    process.stdout.write(`${allowed.has(r.key) ? 'allowed ' : 'FLAGGED '} ${v.status} (${v.summary}) ${r.where} /${r.source}/${r.flags}${v.attack ? `  attack: ${v.attack}` : ''}\n`);
  }
  process.exit(0);
}

await main();
