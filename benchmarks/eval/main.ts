/**
 * Evaluate pagesift on a labelled page corpus (format and metric: the corpus README).
 *
 *   npm run eval -- <corpus-dir> [--set name]... [--out benchmarks/results/eval.json]
 *                              [--verbose] [--markdown FILE] [--oracle] [--peers [LIST]]
 *                              [--folds all|held-back|train] [--cv-page-types]
 *
 *   --set NAME      evaluate only this set (repeatable); default: every set folder of the corpus
 *   --folds WHICH   split sets (../corpus/folds.ts: wcxb-dev, five folds by a hash of
 *                   set/case-id, fold 0 held back) are evaluated on these folds only: `held-back`
 *                   (fold 0: read only to report), `train` (folds 1-4), or `all` (default). Results
 *                   name the parts `wcxb-dev/held-back` and `wcxb-dev/train`; with `all` the whole
 *                   set and both parts are reported. Sets that are not split are always whole.
 *   --out FILE      JSON results (directories are created); default benchmarks/results/eval.json
 *   --verbose       also list the 10 worst pages per set by body F1
 *   --markdown FILE write/replace the section between <!-- eval:start --> and <!-- eval:end -->
 *   --section NAME  with --markdown: the section's marker name instead of `eval` (<!-- NAME:start -->)
 *   --oracle        score the gold labels themselves instead of the library (self-check of the
 *                   metric and the corpus reader: every score must be 1, every FPR 0)
 *   --body-convention full|text
 *                   the gold of sets whose body is labelled by CSS selectors (benchmarks/labels/body/,
 *                   zh-news-clean): `full` (default; the project's convention: headline, byline
 *                   and article text) or `text` (zh-gbk's: article text only, the labels'
 *                   headSelectors left out). Other sets are scored on their truth.json either way.
 *   --cv-page-types the pages the page-type model is fitted on are typed by models fitted without
 *                   their cross-validation fold, as unseen pages are typed (cv-page-types.ts):
 *                   for tuning passes that depend on the page type on the training folds
 *   --peers [LIST]  also run peer extractors on every page with body gold, in the same run, and
 *                   report their body P/R/F1, snippets, time, null articles and errors beside
 *                   pagesift's, per set and per page type. `--peers` alone runs every peer;
 *                   `--peers readability,defuddle` (or `--peers=defuddle`) runs those. Peers
 *                   (../peers/): `readability` = Readability.js on jsdom (0.3-0.5 s/page
 *                   here), `defuddle` = Defuddle on linkedom, fed the text jsdom decodes (its
 *                   Node default DOM; on jsdom it took 2-3 s a page). Each peer has two columns:
 *                   jsdom's decoding of the bytes, and the text pagesift decoded (`-pd`); see
 *                   ../peers/input.ts for how pages are fed, ../peers/<peer>.ts for what each
 *                   one's text is. The JSON keys are the column names (`readability`,
 *                   `readability-pd`, `defuddle`, `defuddle-pd`); only the columns run appear.
 *
 * Labels corrected after reading (benchmarks/labels/corrections.json: a "clean" page that carries
 * spam nobody labelled) replace the set's own.
 *
 * Choices on points the metric leaves open (see also ../metric.ts):
 * - Body metric: pages whose truth.json body is not null (`""` = gold with no tokens).
 * - Spam metric: every page with a `spam` array, i.e. all pages; `spam: []` is gold "no spam", so
 *   clean pages score spam R = 1 and spam P = 1 only if nothing is labelled spam.
 * - Pages on which the library throws (or returns something that is not a report) are counted in
 *   `errors`, reported on stderr and in the JSON, and scored as an empty report (no segments,
 *   verdict not spam): the library must never throw on content, so a throw must cost score.
 * - ms/page: wall time of `sift()` only (createSifter is timed once, separately), errors included.
 * - "overall" pools all evaluated pages; per-set numbers are the ones to compare (gold styles differ).
 * - Per page type: pages of sets whose truth.json names a page type (wcxb-dev's own `wcxbPageType`,
 *   else `pageType`) are also summarised per type, for every row of a split set (and its parts),
 *   with the share of pages whose body recall is under LOW_RECALL (the article missed).
 * - Peers are scored with the same functions (bagOfTexts/pageScore/aggregate/tallySnippets) on the
 *   same pages; "Δ" = pagesift body F1 − peer body F1 (positive: pagesift is better).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { inSelection } from '../corpus/folds.js';
import { writeSection } from '../markdown.js';
import { createPeerRunners, PEER_COLUMNS, PEER_DEFUDDLE, PEER_DEFUDDLE_PD, PEER_LABELS, PEER_READABILITY, PEER_READABILITY_PD, PEER_SHORT, peerColumnsOf, peerVersions, type Peer, type PeerName } from '../peers/registry.js';
import { parseOptions, usage } from './options.js';
import { cvPageTypeSifters } from './cv-page-types.js';
import { evaluateCase, type PageResult } from './page.js';
import type { Sifter } from './report.js';
import { LOW_RECALL, pageTypeSummaries, resultGroups, summarise, type Summary } from './summary.js';
import { markdownTable, num, peerColumns, peerRow, tableRow, textTable, typeColumns, typeRows, WORST_PAGES, worstPages } from './tables.js';
import { listDirs } from './truth.js';
import { TYPE_ACCURACY_COLUMNS, typeAccuracy, typeAccuracyRows } from './type-accuracy.js';
import { FOLD_GAP_COLUMNS, FOLD_GAP_TITLE, foldGapRows, foldGaps } from './fold-gap.js';

const OVERALL = 'overall';

/** How each column's page reached the peer (results metadata; `readability*` and `text` as before session 30). */
const PEER_DECODING: Record<PeerName | 'text', string> = {
  [PEER_READABILITY]: "raw bytes to jsdom as a Buffer with contentType 'text/html' (jsdom sniffs: BOM, <meta> in the first 1024 bytes, else windows-1252)",
  [PEER_READABILITY_PD]: 'bytes decoded with the charset of pagesift\'s report (input.charset), passed to jsdom as a string; reused from the first column when both decodings give the same text (same encoding, or ASCII-only bytes)',
  [PEER_DEFUDDLE]: 'raw bytes decoded as jsdom decodes them for readability (jsdom\'s sniffer html-encoding-sniffer, then TextDecoder), parsed with linkedom',
  [PEER_DEFUDDLE_PD]: 'as readability-pd, parsed with linkedom',
  text: 'page.txt wrapped as <html><body> with one <p> per non-blank line (same input in both columns)',
};

/** What text of each peer is scored (results metadata). */
const PEER_OUTPUT: Record<Peer, string> = {
  [PEER_READABILITY]: 'article.textContent; null article or a throw = empty body',
  [PEER_DEFUDDLE]: 'textContent of the result\'s content HTML parsed as a fragment (useAsync false, no URL, fetch refused); a throw = empty body; Defuddle\'s own caught failure = an error, its whole-body fallback scored',
};

/** What each peer's ms times (results metadata). */
const PEER_MS: Record<Peer, string> = {
  [PEER_READABILITY]: 'jsdom parse + Readability parse, per page',
  [PEER_DEFUDDLE]: 'decoding + linkedom parse + Defuddle parse + fragment parse of its content, per page',
};

async function loadSifter(): Promise<{ sifter: Sifter; ms: number }> {
  const start = performance.now();
  const lib = await import('../../src/index.js');
  const sifter: Sifter = await lib.createSifter();
  return { sifter, ms: performance.now() - start };
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const available = await listDirs(opts.corpus);
  const unknown = opts.sets.filter((s) => !available.includes(s));
  if (unknown.length > 0) usage(`unknown set(s): ${unknown.join(', ')} (corpus has: ${available.join(', ')})`);
  const sets = opts.sets.length > 0 ? [...new Set(opts.sets)].sort() : available;

  const loaded = opts.oracle ? null : await loadSifter();
  const sifter = loaded?.sifter ?? null;
  const withPeers = opts.peers.length > 0;
  const columns = peerColumnsOf(opts.peers);
  const peerRunners = withPeers ? await createPeerRunners(opts.peers) : null;
  const sifterFor = opts.cvPageTypes ? await cvPageTypeSifters(opts.corpus) : undefined;

  const bySet = new Map<string, PageResult[]>();
  for (const set of sets) {
    const setStart = performance.now();
    const results: PageResult[] = [];
    for (const id of await listDirs(join(opts.corpus, set))) {
      if (!inSelection(set, id, opts.folds)) continue;
      results.push(await evaluateCase(sifterFor?.(set, id) ?? sifter, peerRunners, opts.corpus, set, id, opts.bodyConvention));
    }
    bySet.set(set, results);
    if (withPeers) process.stderr.write(`${set}: ${results.length} pages in ${((performance.now() - setStart) / 1000).toFixed(1)} s\n`);
  }
  const everything = [...bySet.values()].flat();

  const groups = resultGroups(bySet, opts.folds);
  const summaries = new Map<string, Summary>([...groups].map(([name, results]) => [name, summarise(results, columns)]));
  const typeSummaries = pageTypeSummaries(groups, columns);
  const overall = summarise(everything, columns);
  const rows = [...[...summaries].map(([set, s]) => tableRow(set, s)), tableRow(OVERALL, overall)];
  const peerRows = withPeers
    ? [...[...summaries].map(([set, s]) => peerRow(set, s, opts.peers)), peerRow(OVERALL, overall, opts.peers)].filter((r): r is string[] => r !== null)
    : [];
  const cpuList = cpus();
  const machine = `${cpuList.length} cores${cpuList[0] ? ` (${cpuList[0].model.trim()})` : ''}, Node ${process.version}, ${process.platform}-${process.arch}`;
  const versions = withPeers ? await peerVersions(opts.peers) : null;
  const peerTitle = versions === null ? '' : `Body extraction beside peers: ${columns.map((n) => `${PEER_SHORT[n]} = ${PEER_LABELS[n]}`).join(', ')} (${Object.entries(versions).map(([k, v]) => `${k} ${v ?? '?'}`).join(', ')})`;

  const corpusName = basename(opts.corpus);
  const date = new Date().toISOString();
  const baseMode = opts.oracle ? ' [ORACLE: gold labels scored against themselves]' : opts.cvPageTypes ? ' [page types of the pages the page-type model is fitted on: cross-validated]' : '';
  const mode = `${baseMode}${opts.bodyConvention === 'full' ? '' : ` [body convention: ${opts.bodyConvention} (selector-labelled sets without headline/byline)]`}`;
  process.stdout.write(`pagesift eval on ${corpusName} (${everything.length} pages, node ${process.version})${mode}\n`);
  process.stdout.write(`${textTable(rows)}\n`);
  if (overall.errors > 0) {
    process.stdout.write(`\n${overall.errors} page(s) threw (scored as empty reports); see stderr and the JSON.\n`);
  }
  if (peerRows.length > 0) {
    process.stdout.write(`\n${peerTitle}\n${textTable(peerRows, peerColumns(opts.peers))}\n`);
    for (const name of columns) {
      const peerErrors = overall.peers?.[name]?.errors ?? 0;
      if (peerErrors > 0) process.stdout.write(`${peerErrors} page(s) where ${PEER_LABELS[name]} failed (a throw: empty body; Defuddle's own caught failure: its whole-body fallback); see stderr.\n`);
    }
  }

  const pageTypeRows = typeRows(typeSummaries, summaries, opts.peers);
  const typePeers = opts.peers.map((p) => `${PEER_SHORT[PEER_COLUMNS[p].bytes]} = ${PEER_LABELS[PEER_COLUMNS[p].bytes]} on the bytes`);
  const typeTitle = `By page type (wcxb-dev: WCXB's own type; R<${LOW_RECALL} = pages whose body recall is under ${LOW_RECALL})${typePeers.length > 0 ? `, ${typePeers.join(', ')}` : ''}`;
  if (pageTypeRows.length > 0) process.stdout.write(`\n${typeTitle}\n${textTable(pageTypeRows, typeColumns(opts.peers), false)}\n`);
  const typeAccuracies = new Map([...groups].map(([name, results]) => [name, typeAccuracy(results)]));
  const typeAccuracyTable = typeAccuracyRows(typeAccuracies);
  const typeAccuracyTitle = 'report.pageType against the set\'s gold type (wcxb-dev: collection as listing, documentation and service as other; sets whose pages are all one type show how often that type is missed)';
  if (typeAccuracyTable.length > 0) process.stdout.write(`\n${typeAccuracyTitle}\n${textTable(typeAccuracyTable, TYPE_ACCURACY_COLUMNS, false)}\n`);
  const gaps = foldGaps(groups);
  const gapRows = foldGapRows(gaps, (x) => num(x));
  if (gapRows.length > 0) process.stdout.write(`\n${FOLD_GAP_TITLE}\n${textTable(gapRows, FOLD_GAP_COLUMNS, false)}\n`);

  if (opts.verbose) {
    for (const [set, results] of groups) {
      const worst = worstPages(results);
      if (worst.length > 0) process.stdout.write(`\nworst ${WORST_PAGES} by body F1 in ${set}:\n${worst}\n`);
    }
  }

  const json = {
    meta: {
      date,
      node: process.version,
      corpus: corpusName,
      sets,
      oracle: opts.oracle,
      cvPageTypes: opts.cvPageTypes,
      folds: opts.folds,
      bodyConvention: opts.bodyConvention,
      machine,
      cores: cpuList.length,
      createSifterMs: loaded?.ms ?? null,
      peers:
        versions === null
          ? null
          : {
              versions,
              columns: Object.fromEntries(columns.map((n) => [n, PEER_LABELS[n]])),
              decoding: Object.fromEntries(Object.entries(PEER_DECODING).filter(([k]) => k === 'text' || (columns as string[]).includes(k))),
              // `output` and `ms` as before session 30 (Readability's), when it runs; every peer's in `outputs` and `times`
              ...(opts.peers.includes(PEER_READABILITY) ? { output: PEER_OUTPUT[PEER_READABILITY], ms: PEER_MS[PEER_READABILITY] } : {}),
              outputs: Object.fromEntries(opts.peers.map((p) => [p, PEER_OUTPUT[p]])),
              times: Object.fromEntries(opts.peers.map((p) => [p, PEER_MS[p]])),
            },
    },
    overall,
    sets: Object.fromEntries(summaries),
    pageTypes: Object.fromEntries([...typeSummaries].map(([set, byType]) => [set, Object.fromEntries(byType)])),
    typeAccuracy: Object.fromEntries(typeAccuracies),
    foldGaps: gaps,
    pages: everything,
  };
  await mkdir(dirname(resolve(opts.out)), { recursive: true });
  await writeFile(opts.out, `${JSON.stringify(json, null, 2)}\n`);
  process.stdout.write(`\nwrote ${opts.out}\n`);

  if (opts.markdown !== null) {
    const peerSection =
      peerRows.length === 0
        ? []
        : [
            '',
            `${peerTitle}.`,
            '',
            markdownTable(peerRows, peerColumns(opts.peers)),
            '',
            'Δ = pagesift body F1 − peer body F1 (positive: pagesift better); snip = snippet accuracy (l3s-gn1 only). RB, DF get the raw bytes decoded as jsdom decodes them (RB on jsdom, DF on linkedom); ' +
              'RB-pd, DF-pd get the text pagesift decoded. ms = mean per page over the same pages (DOM parse + the peer). ' +
              'null = pages where the peer found no article; err = pages where it failed; decode≠ = pages where jsdom\'s own decoding of the bytes gave other text than pagesift\'s (a peer\'s two columns differ only on those).',
          ];
    const section = [
      `Evaluation on corpus \`${corpusName}\`${mode} — ${date.slice(0, 10)}; machine: ${machine}.`,
      '',
      markdownTable(rows),
      '',
      'Body/spam: mean P and mean R over pages with gold, F1 of the means. Snippet accuracy pooled over all snippets.',
      ...peerSection,
      ...(pageTypeRows.length === 0 ? [] : ['', `${typeTitle}.`, '', markdownTable(pageTypeRows, typeColumns(opts.peers))]),
      ...(typeAccuracyTable.length === 0 ? [] : ['', `${typeAccuracyTitle}.`, '', markdownTable(typeAccuracyTable, TYPE_ACCURACY_COLUMNS)]),
      ...(gapRows.length === 0 ? [] : ['', `${FOLD_GAP_TITLE}.`, '', markdownTable(gapRows, FOLD_GAP_COLUMNS)]),
    ].join('\n');
    await mkdir(dirname(resolve(opts.markdown)), { recursive: true });
    await writeSection(opts.markdown, opts.section, section);
    process.stdout.write(`wrote section in ${opts.markdown}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`eval failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
