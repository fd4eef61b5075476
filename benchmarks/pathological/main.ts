/**
 * Pathological inputs: does `sift()` stay linear in the size of what an attacker can send?
 *
 *   npx tsx benchmarks/pathological/main.ts [--out benchmarks/results/pathological.json]
 *                                           [--markdown benchmarks/RESULTS.md] [--only REGEX]
 *                                           [--scale F] [--timeout SECONDS]
 *
 *   --out FILE      JSON results (directories are created); default benchmarks/results/pathological.json,
 *                   except with --only: a partial run writes JSON only where --out says
 *   --markdown FILE write/replace the section between <!-- pathological:start --> and
 *                   <!-- pathological:end --> (appended when the markers are missing; nothing else in
 *                   the file is touched)
 *   --only REGEX    run only the families whose id matches (not with --markdown: merge partial runs
 *                   into the full JSON and write the table with --from-json)
 *   --scale F       multiply every base size by F (e.g. 0.25 for a quick run)
 *   --timeout S     a single measurement taking longer than this is killed and counted as a
 *                   timeout (default 60)
 *   --from-json F   do not measure: write --markdown from the JSON of an earlier run
 *
 * Every family is an input shape (deep nesting, a line with no break, a million separators, …) or
 * an input crafted against one regex of src/. Each family runs in its own child process (one
 * sifter, created before the clock starts; a warm-up sift at n/8), which sifts the shape at sizes
 * n, 2n, 4n, 8n: the time of `sift()` (median of up to 5 runs when a run is short), the child's
 * peak RSS after that size, and the growth ratio per doubling. A family is NON-LINEAR when the
 * time grows by more than NON_LINEAR_RATIO per doubling at the top sizes (8n vs 4n), or when a
 * measurement times out.
 *
 * The regexes are found in src/ with the TypeScript parser (every regex literal and every
 * `new RegExp`); each must be the target of some family, or be judged safe (or allow-listed with
 * its reason) by the ReDoS check of benchmarks/regex-safety — the report lists any that is neither.
 * Regexes that only ever see configuration (lexicon/rule files, options, CLI file names) are
 * timed directly on their crafted input ("direct" families); all others through `sift()`.
 *
 * One phase per file: families.ts (and families/*.ts) the inputs, regex-sites.ts the regexes of
 * src/, measure.ts the child that times one family, run.ts the parent that runs and judges the
 * children, report.ts the JSON's markdown and the summary lines, this file the arguments and the
 * main flow (and the `--child` entry the parent forks).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSection } from '../markdown.js';
import { lookedAt, readAllowList, readVerdicts } from '../regex-safety/judge.js';
import { checkedRegexes } from '../regex-safety/regexes.js';
import { FAMILIES } from './families.js';
import { child } from './measure.js';
import { findRegexes } from './regex-sites.js';
import { markdownSection, summaryLine } from './report.js';
import { familyRegexes, judge, NON_LINEAR_RATIO, runFamily, type FamilyResult } from './run.js';

const DEFAULT_OUT = 'benchmarks/results/pathological.json';

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        child: { type: 'string' },
        out: { type: 'string' },
        markdown: { type: 'string' },
        only: { type: 'string' },
        scale: { type: 'string', default: '1' },
        timeout: { type: 'string', default: '60' },
        'from-json': { type: 'string' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: npx tsx benchmarks/pathological/main.ts [--only REGEX] [--scale N] [--timeout S] [--out FILE] [--markdown FILE] [--from-json FILE]\n`);
    process.exitCode = 2;
    return;
  }
  const { values } = parsed;
  if (values.child !== undefined) {
    const sizes = JSON.parse(process.argv[process.argv.length - 1]!) as number[];
    await child(values.child, sizes);
    return;
  }
  const scale = Number(values.scale);
  const timeoutS = Number(values.timeout);
  if (!(scale > 0) || !(timeoutS > 0)) throw new Error('--scale and --timeout take positive numbers');
  const only = values.only !== undefined ? new RegExp(values.only) : undefined;
  // a partial run must not replace the full results: it writes JSON only where --out says, and no table
  if (only && values.markdown !== undefined && values['from-json'] === undefined) {
    throw new Error('--markdown with --only would replace the full table with a partial one: write the partial run with --out, merge it into the full JSON, then use --from-json');
  }

  const sites = findRegexes();
  // a regex no family targets is accepted when the ReDoS check (benchmarks/regex-safety) judged it
  // safe or its allow-list says why it is safe in practice: the warnings name what nobody looked at
  const checked = checkedRegexes();
  const verdicts = readVerdicts();
  const allowList = readAllowList();
  const looked = lookedAt(checked, verdicts, allowList);
  const allowed = new Set(allowList.entries.map((e) => e.key));
  const staticVerdict = (key: string): string | undefined => {
    const derived = checked.filter((r) => r.site === key);
    if (!derived.every((r) => looked.has(r.key))) return undefined;
    return derived.some((r) => allowed.has(r.key)) ? 'allow-listed' : 'safe';
  };
  if (values['from-json'] !== undefined) {
    if (values.markdown === undefined) throw new Error('--from-json needs --markdown');
    const saved = JSON.parse(await readFile(values['from-json'], 'utf8')) as { families: FamilyResult[]; date: string; node: string; cpus: string; timeout: number; scale: number };
    const file = resolve(values.markdown);
    const meta = { date: saved.date, node: saved.node, cpus: saved.cpus, timeout: saved.timeout, scale: saved.scale };
    await writeSection(file, 'pathological', markdownSection(saved.families, sites, meta, staticVerdict));
    process.stdout.write(`wrote section in ${values.markdown} from ${values['from-json']}\n`);
    return;
  }
  const known = new Set(sites.map((s) => s.key));
  for (const family of FAMILIES) {
    for (const key of familyRegexes(family)) {
      if (!known.has(key)) process.stderr.write(`warning: family ${family.id} targets ${key}, which is no longer in src/\n`);
    }
  }
  const covered = new Set(FAMILIES.flatMap(familyRegexes));
  const untargeted = sites.filter((s) => !covered.has(s.key));
  const uncovered = untargeted.filter((s) => staticVerdict(s.key) === undefined);
  for (const site of uncovered) process.stderr.write(`warning: no family targets ${site.file}:${site.line} ${site.literal}, and the ReDoS check (npx tsx benchmarks/regex-safety/main.ts) has no safe verdict or allow-list entry for it\n`);
  process.stderr.write(`${untargeted.length - uncovered.length} regexes no family targets are judged safe or allow-listed by the ReDoS check\n`);

  const results: FamilyResult[] = [];
  for (const family of FAMILIES) {
    if (only && !only.test(family.id)) continue;
    process.stderr.write(`${family.id}…\n`);
    let result = judge(await runFamily(family, scale, timeoutS * 1000));
    if (result.verdict === 'NON-LINEAR' && !result.failed) {
      // one more run in a fresh process before calling it: keep the faster time of each size (noise only slows down)
      process.stderr.write(`${family.id}: confirming…\n`);
      const again = await runFamily(family, scale, timeoutS * 1000);
      const sizes = result.sizes.map((s, i) => {
        const other = again.sizes[i];
        return other && other.ms < s.ms ? { ...other, peakRssMb: Math.max(other.peakRssMb, s.peakRssMb) } : s;
      });
      result = judge({ ...result, sizes, confirmed: true });
    }
    results.push(result);
  }

  const meta = { date: new Date().toISOString().slice(0, 10), node: process.versions.node, cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}`, timeout: timeoutS, scale };
  if (values.out !== undefined || !only) {
    const out = resolve(values.out ?? DEFAULT_OUT);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify({ ...meta, nonLinearRatio: NON_LINEAR_RATIO, families: results, regexes: sites, uncovered }, null, 2)}\n`);
    process.stdout.write(`wrote ${relative(process.cwd(), out)}\n`);
  } else process.stdout.write(`--only without --out: ${DEFAULT_OUT} (the full run) left as it was\n`);

  for (const r of results) {
    process.stdout.write(summaryLine(r));
  }
  if (values.markdown !== undefined) {
    const file = resolve(values.markdown);
    await mkdir(dirname(file), { recursive: true });
    await writeSection(file, 'pathological', markdownSection(results, sites, meta, staticVerdict));
    process.stdout.write(`wrote section in ${values.markdown}\n`);
  }
}

await main();
