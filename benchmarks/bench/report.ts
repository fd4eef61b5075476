/** What a run writes: the tables on stdout, the JSON results and the markdown section. */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { writeSection } from '../markdown.js';
import type { BenchRun } from './results.js';
import { fmt, MB } from './stats.js';
import { markdownTable, textTable, type Table } from './tables.js';
import type { Target } from './targets.js';

const SECTION_HEADING = '## Speed and memory (`npm run bench`)';

function loadNote(run: BenchRun): string {
  const { loadStart, loadEnd } = run;
  return `1-minute load average ${loadStart.toFixed(2)} at the start, ${loadEnd.toFixed(2)} at the end (the bench itself adds about 1)`;
}

/** The header line and every table, on stdout. */
export function printTables(run: BenchRun, tables: readonly Table[]): void {
  const { opts, sets, pages, totalBytes, date, machine } = run;
  const corpusName = basename(opts.corpus);
  const header = `pagesift bench on corpus \`${corpusName}\`, sets ${sets.join(', ')} (${pages.length} pages, ${fmt(totalBytes / MB, 1)} MB) — ${date.slice(0, 10)}; machine: ${machine}.`;
  process.stdout.write(`${header}\n${loadNote(run)}.\n`);
  for (const t of tables) process.stdout.write(`\n${t.title}\n${textTable(t.columns, t.rows)}\n${t.note ? `${t.note}\n` : ''}`);
}

export async function writeJson(run: BenchRun, targets: readonly Target[]): Promise<void> {
  const { opts, sets, pages, totalBytes, date, cores, cpuModel, loadStart, loadEnd, cold, createSifterMs, single, scale, pool, machineScaling, memory, peers, versions } = run;
  const corpusName = basename(opts.corpus);
  const json = {
    meta: {
      date,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cores,
      cpuCount: cpus().length,
      cpuModel,
      totalMemGiB: totalmem() / 2 ** 30,
      loadavg1Start: loadStart,
      loadavg1End: loadEnd,
      corpus: corpusName,
      sets,
      pages: pages.length,
      bytes: totalBytes,
      rounds: opts.rounds,
      peerRounds: opts.peerRounds,
      library: 'dist/ (npm run build)',
      peers: opts.peers ? versions : null,
    },
    targets,
    coldStart: cold,
    singleThread: { overall: single.overall, sets: Object.fromEntries(single.sets), createSifterMsWarmProcess: createSifterMs, warmupErrors: single.warmupErrors },
    scaling: scale,
    pool,
    machineScaling,
    memory,
    peers: Object.fromEntries([...peers].map(([name, r]) => [name, { overall: r.overall, sets: Object.fromEntries(r.sets) }])),
  };
  await mkdir(dirname(resolve(opts.out)), { recursive: true });
  await writeFile(opts.out, `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`\nwrote ${opts.out}\n`);
}

/** Writes/replaces the bench section of `file` (--markdown). */
export async function writeMarkdown(run: BenchRun, tables: readonly Table[], file: string): Promise<void> {
  const { opts, sets, pages, totalBytes, date, cores, cpuModel } = run;
  const corpusName = basename(opts.corpus);
  const section = [
    `Benchmark on corpus \`${corpusName}\`, sets ${sets.map((s) => `\`${s}\``).join(', ')} (${pages.length} pages, ${fmt(totalBytes / MB, 1)} MB) — ${date.slice(0, 10)}.`,
    '',
    `Machine: **${cores} cores** (os.availableParallelism()), ${cpuModel}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}-${process.arch}. ` +
      `${loadNote(run)}. Library: the build (\`dist/\`). Reproduce: \`npm run bench -- /path/to/corpus --markdown benchmarks/RESULTS.md\` (method: the header of \`benchmarks/bench/main.ts\`).`,
    ...tables.flatMap((t) => ['', `**${t.title}**`, '', markdownTable(t.columns, t.rows), ...(t.note ? ['', t.note] : [])]),
  ].join('\n');
  await mkdir(dirname(resolve(file)), { recursive: true });
  await writeSection(file, 'bench', section, SECTION_HEADING);
  process.stdout.write(`wrote section in ${file}\n`);
}
