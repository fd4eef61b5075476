/** The tables of a run (printed as text, written as markdown). */
import { RSS_SAMPLE_EVERY } from './memory.js';
import { PEER_MAX_BYTES, WARMUP_PEER, type PeerRunResult, type PeerSetRun } from './peers.js';
import type { BenchRun } from './results.js';
import { LINEAR_MAX_RATIO, SCALES } from './scaling.js';
import { WARMUP_PASSES, type SetRun, type StageBreakdown, type Throughput } from './single-thread.js';
import { STAGE_COLUMNS } from './stages.js';
import { fmt, fmtInt, MB, verdict } from './stats.js';
import type { Target } from './targets.js';

export function textTable(columns: readonly string[], rows: readonly string[][]): string {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(columns: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(columns), `|${columns.map((_, i) => (i === 0 ? ':---' : '---:')).join('|')}|`, ...rows.map(line)].join('\n');
}

export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
  note?: string;
}

export function buildTables(run: BenchRun, targets: readonly Target[]): Table[] {
  const { opts, cold, createSifterMs, single, scale, pool, machineScaling, memory, peers, peerSkipped, versions } = run;
  const overallRate = single.overall.throughput.pagesPerSecond;
  const setNames = [...single.sets.keys()];
  const throughputRow = (name: string, t: Throughput): string[] => [
    name,
    String(t.pages),
    fmt(t.bytes / MB, 2),
    fmt(t.pagesPerSecond),
    fmt(t.mbPerSecond, 2),
    fmt(t.meanMs, 2),
    fmt(t.p50Ms, 2),
    fmt(t.p95Ms, 2),
    fmt(t.maxMs, 1),
    String(t.errors),
  ];
  const tables: Table[] = [];
  tables.push({
    title: `Single thread (sifter.sift, median of ${opts.rounds} rounds after ${WARMUP_PASSES} warm-up passes)`,
    columns: ['set', 'pages', 'MB', 'pages/s', 'MB/s', 'mean ms', 'p50 ms', 'p95 ms', 'max ms', 'errors'],
    rows: [...setNames.map((s) => throughputRow(s, (single.sets.get(s) as SetRun).throughput)), throughputRow('overall', single.overall.throughput)],
    note: 'pages/s, MB/s and mean ms: the median round. p50/p95/max: over pages, of each page\'s median time across rounds. MB = 10^6 bytes of page input.',
  });
  const stageRow = (name: string, st: StageBreakdown): string[] => [name, ...STAGE_COLUMNS.map((s) => fmt(st.msPerPage[s], 2)), fmt(st.totalMsPerPage, 2)];
  const shareRow = (st: StageBreakdown): string[] => ['share', ...STAGE_COLUMNS.map((s) => `${fmt((100 * st.msPerPage[s]) / st.totalMsPerPage, 0)}%`), '100%'];
  tables.push({
    title: `Time per stage, ms per page (StageTimer; the median of ${opts.rounds} rounds, each right after an untimed one)`,
    columns: ['set', 'decode', 'segment', 'tokenize', 'features excl. tokenize', 'classify', 'report', 'total'],
    rows: [...setNames.map((s) => stageRow(s, (single.sets.get(s) as SetRun).stages)), stageRow('overall', single.overall.stages), shareRow(single.overall.stages)],
    note: `features excl. tokenize = normalisation, lexicon matching and feature computation. The timer's own cost: ${fmt(100 * single.overall.stages.timerOverhead, 1)}% of wall time.`,
  });
  if (peers.size > 0) {
    const peerRow = (name: string, pagesiftRate: number, get: (r: PeerRunResult) => PeerSetRun | undefined): string[] => {
      const j = peers.get('jsdom');
      const l = peers.get('linkedom');
      const js = j ? get(j) : undefined;
      const lk = l ? get(l) : undefined;
      return [
        name,
        String(js?.pages ?? lk?.pages ?? '-'),
        fmt(pagesiftRate),
        fmt(js?.pagesPerSecond),
        fmt(js?.pairedRatio),
        fmt(js?.ratio),
        String(js?.errors ?? '-'),
        fmt(lk?.pagesPerSecond),
        fmt(lk?.pairedRatio),
        fmt(lk?.ratio),
        String(lk?.errors ?? '-'),
      ];
    };
    tables.push({
      title: `Beside Readability.js (same pages, same run; peers: ${opts.peerRounds} round${opts.peerRounds > 1 ? 's' : ''} after ${WARMUP_PEER} warm-up pages)`,
      columns: ['set', 'pages', 'pagesift p/s', 'RB jsdom p/s', '× jsdom paired', '× jsdom', 'jsdom err', 'RB linkedom p/s', '× linkedom paired', '× linkedom', 'linkedom err'],
      rows: [
        ...setNames.map((s) => peerRow(s, (single.sets.get(s) as SetRun).throughput.pagesPerSecond, (r) => r.sets.get(s))),
        peerRow('overall', overallRate, (r) => r.overall),
      ],
      note:
        `${Object.entries(versions).map(([k, v]) => `${k} ${v ?? '?'}`).join(', ')}. ` +
        '× = pagesift pages/s of the single-thread table ÷ peer pages/s (the one judged). ' +
        `× paired = peer time ÷ pagesift time with pagesift timed on each page right before the peer in the same pass: load changes hit both alike, but pagesift then runs in the peer's heap and caches and slows down (paired pagesift rate beside jsdom ${fmt(peers.get('jsdom')?.overall.pairedPagesiftPagesPerSecond)} pages/s, beside linkedom ${fmt(peers.get('linkedom')?.overall.pairedPagesiftPagesPerSecond)} pages/s), so it understates pagesift. ` +
        'jsdom gets the raw bytes and sniffs the charset (as eval --peers, column RB); linkedom gets the bytes decoded with pagesift\'s charset (decoding timed). ' +
        (peerSkipped > 0 ? `${peerSkipped} page(s) over ${PEER_MAX_BYTES / 2 ** 20} MB were not given to the peers. ` : '') +
        `Peer mean ms/page: jsdom ${fmt(peers.get('jsdom')?.overall.meanMs)}, linkedom ${fmt(peers.get('linkedom')?.overall.meanMs)}; null articles per pass: jsdom ${fmt(peers.get('jsdom')?.overall.nullArticles, 0)}, linkedom ${fmt(peers.get('linkedom')?.overall.nullArticles, 0)}.`,
    });
  }
  if (scale !== null) {
    tables.push({
      title: `Scaling: ${scale.page} (body content ${fmt(scale.bodyBytes / 1000, 1)} kB repeated; ${scale.charset ?? 'text'})`,
      columns: ['size', 'bytes', 'segments', 'reps', 'ms (min)', 'ms (median)', 'ms/MB', 'GC ms/MB', ...STAGE_COLUMNS.map((c) => `${c === 'features' ? 'features excl. tok.' : c} ms/MB`)],
      rows: scale.points.map((p) => [
        `${p.scale}×`,
        fmtInt(p.bytes),
        fmtInt(p.segments),
        String(p.reps),
        fmt(p.ms, 1),
        fmt(p.medianMs, 1),
        fmt(p.msPerMb, 1),
        fmt(p.gcMsPerMb, 1),
        ...STAGE_COLUMNS.map((c) => fmt(p.stageMsPerMb[c], 1)),
      ]),
      note: `ms/MB at ${SCALES[SCALES.length - 1] ?? '?'}× ÷ ms/MB at 1× = ${fmt(scale.ratio, 2)} → ${scale.linear ? 'linear' : 'NON-LINEAR'} (flagged above ${LINEAR_MAX_RATIO}). ms/MB from the fastest rep. GC: collector time during the reps (inside the ms). Stage columns: one extra rep with a StageTimer.${scale.points.some((p) => p.truncated) ? ' WARNING: a scaled page was truncated.' : ''}`,
    });
  }
  tables.push({
    title: 'Start-up, memory and pool',
    columns: ['measure', 'value'],
    rows: [
      [`cold start: import dist/index.js (median of ${cold.runs} fresh processes)`, `${fmt(cold.importMs, 0)} ms`],
      ['cold start: await createSifter()', `${fmt(cold.createSifterMs, 0)} ms`],
      ['cold start: import + createSifter', `${fmt(cold.importAndCreateMs, 0)} ms`],
      ['cold start: whole process (spawn to exit; node boot alone)', `${fmt(cold.processMs, 0)} ms (${fmt(cold.nodeBootMs, 0)} ms)`],
      ['RSS after createSifter (fresh process)', `${fmt(cold.rssAfterCreateMb, 0)} MB`],
      ['createSifter in the bench process (modules already imported)', `${fmt(createSifterMs, 0)} ms`],
      ...(memory === null
        ? []
        : [
            [`memory run: pages (fresh process, reports dropped)`, fmtInt(memory.pages)],
            ['memory run: peak RSS (maxRSS)', `${fmt(memory.peakRssMb, 0)} MB`],
            ['memory run: RSS after createSifter', `${fmt(memory.baselineRssMb, 0)} MB`],
            [`memory run: RSS sampled every ${RSS_SAMPLE_EVERY} pages (min–max after the first sample)`, `${fmt(Math.min(...memory.samples.slice(1).map((x) => x.rssMb)), 0)}–${fmt(Math.max(...memory.samples.slice(1).map((x) => x.rssMb)), 0)} MB`],
            ['memory run: slope of the sampled RSS over the second half', `${fmt(memory.rssSlopeMbPer1000, 2)} MB per 1,000 pages`],
            [
              'memory run: after a full GC at the midpoint → at the end: heap / external / RSS',
              memory.afterGc === null
                ? '-'
                : `${fmt(memory.afterGc.mid.heapUsedMb, 1)} → ${fmt(memory.afterGc.end.heapUsedMb, 1)} MB / ${fmt(memory.afterGc.mid.externalMb, 1)} → ${fmt(memory.afterGc.end.externalMb, 1)} MB / ${fmt(memory.afterGc.mid.rssMb, 0)} → ${fmt(memory.afterGc.end.rssMb, 0)} MB`,
            ],
            ['memory run: rate (pages read from disk as it goes)', `${fmt(memory.pagesPerSecond)} pages/s`],
          ]),
      [`pool: createPool({ threads: ${pool.threads} })`, `${fmt(pool.createPoolMs, 0)} ms`],
      [`pool: siftMany, median of ${pool.rounds} rounds after a warm-up pass`, `${fmt(pool.pagesPerSecond)} pages/s, ${fmt(pool.mbPerSecond, 2)} MB/s${pool.errors > 0 ? `, ${pool.errors} errors` : ''}`],
      ['pool ÷ single thread, each pool pass ÷ a single-thread pass right before it (median; judged)', `${fmt(pool.pairedRatio, 2)}× (rounds: ${pool.pairedRatios.map((r) => fmt(r, 2)).join(', ')})`],
      ['pool ÷ the single-thread rate of the table above (measured minutes earlier)', `${fmt(pool.ratio, 2)}×`],
      ...(machineScaling === null
        ? []
        : [
            [
              `machine: ${machineScaling.threads} workers ÷ 1 on the same fixed work (thread-scaling.ts): arithmetic loop / allocating loop`,
              `${fmt(machineScaling.arithmetic, 2)}× / ${fmt(machineScaling.allocation, 2)}×`,
            ],
          ]),
    ],
  });
  const targetTable: Table = {
    title: 'Targets',
    columns: ['target', 'wanted', 'measured', 'result'],
    rows: targets.map((t) => [t.name, t.target, t.measured, verdict(t.pass)]),
  };
  tables.push(targetTable);
  return tables;
}
