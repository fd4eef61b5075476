/**
 * Every segment of the wcxb-dev TRAINING pages, with its label, its hits, where it sits and
 * whether the gold body holds it: the per-segment dump that sessions 15 to 28 each rebuilt outside
 * the repository to read pages and to simulate a relabelling before building it.
 *
 *   npx tsx benchmarks/diagnose/segments.ts CORPUS_DIR --out FILE.jsonl [--set NAME] [--type TYPE]... [--fit]
 *
 * Only the training folds (1-4) are read: fold 0 is held back and never opened here (the fold is
 * checked before a case's truth.json is read). `--set` reads another set of CORPUS_DIR (default
 * wcxb-dev): a set that is not split is read whole, with its body from the set's body labels where it
 * has them (benchmarks/labels/body: the unseen check sets; read only the half meant for diagnosis).
 * `--type` keeps the pages of the set's page type TYPE (WCXB's for wcxb-dev: product, collection,
 * listing …; repeatable); without it every training page is written.
 *
 * One line per page, JSON: `id`, `fold`, `type` (WCXB's), `predictedType` (pagesift's), `host`,
 * `goldTokens` (the gold body in the metric's tokens, benchmarks/metric.ts) and `segments`, each
 * with `label`, `hits` (rule ids), `kind`, `path`, `text`, `tokens` (its metric tokens), `gold`
 * (benchmarks/corpus/gold-body.ts: half of its token trigrams are in the gold body; null for a
 * segment without tokens) and, for HTML blocks, `ancestors` (the ids of the block-level elements
 * that hold it, outermost first: two segments share a container when they share a prefix — the
 * report's `path` is cut to its last labels on deep pages, the ancestry is not) and `cues` (class,
 * id and role tokens, nearest element first).
 *
 * With `--fit` (the fitted last stage's simulation, benchmarks/fit/relabel.ts), each segment also
 * carries `scores` (its body / navigation / spam scores) and `features` (its feature values, the
 * report's includeFeatures), and each page `goldBag` (the gold body's metric tokens with their
 * counts), so that a relabelling is scored without reading truth.json again.
 *
 * A relabelling is simulated by changing `label` on some segments and scoring each page as the eval
 * does: the multiset of the body segments' tokens against the gold's (precision, recall), then F1
 * of the mean precision and the mean recall over pages. Session 28 (body-28b) reproduced every
 * page type's F1 of the eval to five decimals that way.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseCommandLine } from '../cli-args.js';
import { goldBodyTest } from '../corpus/gold-body.js';
import { bagOf, tokens } from '../metric.js';
import { siteHost } from '../eval/page.js';
import { readInput } from '../eval/truth.js';
import { trainingCases } from './training-cases.js';
import type { LabelledSegment } from '../../src/classify/classify.js';
import { parseOptions } from '../../src/options.js';
import { siftPage, type LatePassObserver } from '../../src/pipeline.js';
import { loadResources } from '../../src/resources.js';

const DEFAULT_SET = 'wcxb-dev';
const USAGE = 'usage: npx tsx benchmarks/diagnose/segments.ts CORPUS_DIR --out FILE.jsonl [--set NAME] [--type TYPE]... [--fit]';

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

interface BlockFacts {
  ancestors: readonly number[] | undefined;
  cues: readonly (readonly string[])[];
}

/** A key that finds a report segment's block again: its span and kind (the report keeps them as `source`). */
function spanKey(start: number, end: number, kind: string): string {
  return `${start}:${end}:${kind}`;
}

/** An observer that records, from the segments every late demotion is given, each block's ancestry and cues. */
function blockRecorder(): { observer: LatePassObserver; facts: Map<string, BlockFacts> } {
  const facts = new Map<string, BlockFacts>();
  const record = (segments: readonly LabelledSegment[]): void => {
    for (const { block } of segments) facts.set(spanKey(block.start, block.end, block.kind), { ancestors: block.ancestors, cues: block.cues });
  };
  return { observer: { demoted: (_pass, before) => record(before) }, facts };
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine({ allowPositionals: true, options: { out: { type: 'string' }, set: { type: 'string', default: DEFAULT_SET }, type: { type: 'string', multiple: true }, fit: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } }, usage);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const corpus = positionals[0];
  if (positionals.length !== 1 || corpus === undefined) usage('expected exactly one corpus directory');
  if (values.out === undefined) usage('--out FILE.jsonl is required');
  const types = values.type ?? [];
  const fit = values.fit === true;
  const options = parseOptions({ includeFeatures: fit });
  const resources = await loadResources(options);
  // one line at a time: with --fit the dump is over the longest string V8 can join
  const out = openSync(values.out, 'w');
  let written = 0;
  for await (const { id, fold, caseDir, truth } of trainingCases(corpus, values.set, types.length > 0 ? types : undefined)) {
    const { observer, facts } = blockRecorder();
    const report = siftPage(resources, options, await readInput(caseDir, truth), undefined, observer);
    const inGold = goldBodyTest(truth.body);
    const segments = report.segments.map((s) => {
      const found = facts.get(spanKey(s.source.start, s.source.end, s.source.kind));
      return { label: s.label, hits: s.hits.map((h) => h.rule), kind: s.source.kind, path: s.source.path ?? null, text: s.text, tokens: tokens(s.text), gold: inGold(s.text) ?? null, ancestors: found?.ancestors ?? null, cues: found?.cues ?? null, ...(fit ? { scores: s.scores, features: s.features } : {}) };
    });
    const goldBag = fit ? { goldBag: Object.fromEntries(bagOf(tokens(truth.body))) } : {};
    written++;
    writeSync(out, `${JSON.stringify({ id, fold, type: truth.pageType, predictedType: report.pageType.type, host: siteHost(truth.url), goldTokens: tokens(truth.body).length, ...goldBag, segments })}\n`);
  }
  closeSync(out);
  process.stderr.write(`${written} pages written to ${values.out}\n`);
}

await main();
