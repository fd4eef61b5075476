/**
 * Every segment of the wcxb-dev TRAINING pages of the folds asked for, with its label, whether the
 * gold body holds it and whether each peer extractor's main text holds it: where pagesift and a
 * peer part ways, segment by segment, instead of the page's F1 that `eval --peers` gives. Written
 * for session 42 (helper peers-42: pages where Readability.js or Defuddle beat pagesift on folds
 * 1-2, and what they keep or drop that pagesift does not).
 *
 *   npx tsx benchmarks/diagnose/peer-segments.ts CORPUS_DIR --out FILE.jsonl [--fold N]... [--peers LIST]
 *
 * Only the training folds are read (training-cases.ts: fold 0's truth is never opened); `--fold`
 * keeps those folds (1-4, repeatable; default 1 and 2, the development folds: folds 3-4 are the
 * check, read as an aggregate only). `--peers` as in the eval (default: every peer). The peers
 * get the page's bytes (the eval's `<peer>` column, not `-pd`); a .txt page as the eval gives it.
 *
 * One line per page, JSON: `id`, `fold`, `type` (WCXB's), `predictedType`, `host`, `peerText`
 * (each peer's main text, '' when it found none) and `segments`, each with `label`, `hits`, `text`,
 * `tokens` (its count of metric tokens), `gold` and `peers` ({ peer: held }): both tests are
 * benchmarks/corpus/gold-body.ts's (half of the segment's token trigrams in the text; null for a
 * segment without tokens), against the gold body and against the peer's text. A segment that is
 * not body here, gold, and held by a peer is one the peer recovers; one that is body here, not
 * gold and not held by a peer is one the peer drops. The trigram test counts no repeats: a
 * segment whose text the page repeats (context.duplicate) or whose text the page also shows
 * elsewhere (the meta description, nav.meta) reads as held though the metric's token counts
 * would not credit it twice; simulate a relabelling on segments.ts's dump before believing it.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { goldBodyTest } from '../corpus/gold-body.js';
import { tokens } from '../metric.js';
import { siteHost } from '../eval/page.js';
import { readInput } from '../eval/truth.js';
import type { PeerInput } from '../peers/input.js';
import { createPeerRunners, parsePeerList, PEERS } from '../peers/registry.js';
import { trainingCases } from './training-cases.js';
import { parseOptions } from '../../src/options.js';
import { siftPage } from '../../src/pipeline.js';
import { loadResources } from '../../src/resources.js';

const SET = 'wcxb-dev';
/** The development folds, the default: folds 3 and 4 are the check and are read as an aggregate only. */
const DEFAULT_FOLDS = [1, 2];
const TRAINING_FOLDS = new Set([1, 2, 3, 4]);

/** The page as the eval's `<peer>` column gives it: the bytes of an HTML page, the text of a .txt page. */
function peerInputOf(input: Awaited<ReturnType<typeof readInput>>): PeerInput {
  if (typeof input === 'string') return { kind: 'html', html: input };
  if (input instanceof Uint8Array) return { kind: 'bytes', bytes: input };
  if ('bytes' in input && input.bytes !== undefined) return { kind: 'bytes', bytes: input.bytes };
  if ('text' in input && input.text !== undefined) return { kind: 'text', text: input.text };
  throw new Error('readInput gave neither bytes nor text');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, fold: { type: 'string', multiple: true }, peers: { type: 'string' } } });
  const corpus = positionals[0];
  const folds = (values.fold ?? DEFAULT_FOLDS.map(String)).map(Number);
  const peers = values.peers === undefined ? [...PEERS] : parsePeerList(values.peers);
  if (corpus === undefined || values.out === undefined || folds.some((f) => !TRAINING_FOLDS.has(f)) || typeof peers === 'string') {
    process.stderr.write(`usage: npx tsx benchmarks/diagnose/peer-segments.ts CORPUS_DIR --out FILE.jsonl [--fold 1|2|3|4]... [--peers ${PEERS.join(',')}]\n`);
    if (typeof peers === 'string') process.stderr.write(`${peers}\n`);
    process.exit(2);
  }
  const options = parseOptions({});
  const resources = await loadResources(options);
  const runners = await createPeerRunners(peers);
  const out = openSync(values.out, 'w');
  let written = 0;
  for await (const { id, fold, caseDir, truth } of trainingCases(corpus, SET)) {
    if (!folds.includes(fold)) continue;
    const input = await readInput(caseDir, truth);
    const report = siftPage(resources, options, input);
    const peerText = Object.fromEntries([...runners].map(([name, runner]) => [name, runner.run(peerInputOf(input)).body]));
    const inGold = goldBodyTest(truth.body);
    const inPeer = Object.entries(peerText).map(([name, text]) => [name, goldBodyTest(text)] as const);
    const segments = report.segments.map((s) => ({
      label: s.label,
      hits: s.hits.map((h) => h.rule),
      text: s.text,
      tokens: tokens(s.text).length,
      gold: inGold(s.text) ?? null,
      peers: Object.fromEntries(inPeer.map(([name, test]) => [name, test(s.text) ?? null])),
    }));
    written++;
    writeSync(out, `${JSON.stringify({ id, fold, type: truth.pageType, predictedType: report.pageType.type, host: siteHost(truth.url), peerText, segments })}\n`);
  }
  closeSync(out);
  process.stderr.write(`${written} pages written to ${values.out}\n`);
}

await main();
