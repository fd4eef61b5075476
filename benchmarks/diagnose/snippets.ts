/**
 * Snippet misses on the wcxb-dev TRAINING folds, with the segment that holds each one.
 *
 *   npx tsx benchmarks/diagnose/snippets.ts CORPUS_DIR [--out FILE.jsonl] [--kinds]
 *
 * Only the training folds (1-4) are read: fold 0 is held back and never opened here (the folds
 * are checked before a case's truth.json is read). Snippets are matched as the eval matches them
 * (benchmarks/metric.ts snippetIn: multiset containment of the snippet's tokens in the page's
 * predicted body).
 *
 * One line per miss, JSON:
 *   - `body-missed`: a gold body snippet not contained in the predicted body; `segment` is the
 *     segment whose tokens cover the most of the snippet (any label) and `missing` the snippet's
 *     tokens the predicted body lacks;
 *   - `boilerplate-kept`: a gold boilerplate snippet contained in the predicted body; `segment` is
 *     the body segment that covers the most of it.
 * Each segment comes with its label, rule hits (rule ids), source kind and element path, and the
 * page's gold page type, detected page type and host.
 *
 * --kinds prints the misses classified by kind (kinds.ts: text and path cues, a first cut to read,
 * not a metric), per page type, with the number of sites each kind spans.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { caseFold } from '../corpus/folds.js';
import { corrected } from '../corpus/corrections.js';
import { HELD_BACK_FOLD } from '../pool/split.js';
import { bagContains, bagOf, bagOfTexts, bagOverlap, bagSize, tokens, type Bag } from '../metric.js';
import { siteHost } from '../eval/page.js';
import { listDirs, parseTruth, readInput, TRUTH_FILE } from '../eval/truth.js';
import { createSifter } from '../../src/index.js';
import type { Report, Segment } from '../../src/report/schema.js';
import { GOLD_KIND_PREFIX, isPhrase, missKind } from './kinds.js';

const SET = 'wcxb-dev';
const SNIPPET_CHARS = 160;
const SEGMENT_CHARS = 200;
/** A segment with at most this many times the snippet's tokens (plus OWN_SEGMENT_SLACK) is the snippet's own element. */
const OWN_SEGMENT_RATIO = 2;
const OWN_SEGMENT_SLACK = 3;

export type MissSide = 'body-missed' | 'boilerplate-kept';

export interface MissSegment {
  index: number;
  label: string;
  hits: string[];
  kind: string;
  path: string | null;
  text: string;
  /** Share of the snippet's tokens this segment covers. */
  cover: number;
  /** The segment is about the snippet's size (at most OWN_SEGMENT_RATIO times its tokens): the snippet's own element. */
  own: boolean;
}

export interface Miss {
  side: MissSide;
  id: string;
  fold: number;
  host: string | null;
  goldType: string | null;
  siftType: string;
  snippet: string;
  /** body-missed: the snippet's tokens missing from the predicted body. */
  missing: string[];
  segment: MissSegment | null;
  /** The snippet's tokens are all in the gold body too (the gold's own miss: a perfect extractor misses it as well). */
  inGoldBody: boolean;
  /** The snippet's tokens are all on the page's segments, whatever their label (false: no labelling finds it). */
  onPage: boolean;
  /**
   * The snippet's tokens stand in this order, one after the other, in one segment or in up to
   * PHRASE_MAX_SEGMENTS (kinds.ts) consecutive ones — of any label for a missed body snippet, of the body for
   * a kept boilerplate snippet (false there: its words come from other body text, not its own element).
   */
  phrase: boolean;
  kind: string;
}

function short(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= n ? flat : `${flat.slice(0, n)}…`;
}

function missingTokens(body: Bag, snippet: Bag): string[] {
  const out: string[] = [];
  for (const [t, c] of snippet) if ((body.get(t) ?? 0) < c) out.push(t);
  return out;
}

/** Rank of a segment among those with the same overlap: for a missed body snippet the one that lost it (not body), in the page rather than its <title>/<meta>. */
function tieRank(s: Segment, onlyBody: boolean): number {
  const inPage = s.source.kind === 'title' || s.source.kind.startsWith('meta-') ? 0 : 1;
  return onlyBody ? inPage : (s.label === 'body' ? 0 : 2) + inPage;
}

function bestSegment(segments: readonly Segment[], bags: readonly Bag[], snippet: Bag, onlyBody: boolean): MissSegment | null {
  const size = bagSize(snippet);
  let best = -1;
  let bestOverlap = 0;
  for (let i = 0; i < segments.length; i++) {
    if (onlyBody && segments[i]!.label !== 'body') continue;
    const o = bagOverlap(bags[i]!, snippet);
    if (o > bestOverlap || (o === bestOverlap && o > 0 && tieRank(segments[i]!, onlyBody) > tieRank(segments[best]!, onlyBody))) {
      best = i;
      bestOverlap = o;
    }
  }
  if (best < 0) return null;
  const s = segments[best]!;
  return {
    index: best,
    label: s.label,
    hits: s.hits.filter((h) => h.scope !== 'page').map((h) => h.rule),
    kind: s.source.kind,
    path: s.source.path ?? null,
    text: short(s.text, SEGMENT_CHARS),
    cover: size === 0 ? 0 : bestOverlap / size,
    own: bagSize(bags[best]!) <= OWN_SEGMENT_RATIO * size + OWN_SEGMENT_SLACK,
  };
}

function pageMisses(id: string, fold: number, host: string | null, goldType: string | null, report: Report, goldBody: Bag, body: readonly string[], boilerplate: readonly string[]): Miss[] {
  const segments = report.segments;
  const segmentTokens = segments.map((s) => tokens(s.text));
  const bags = segmentTokens.map((t) => bagOf(t));
  const bodyTokens = segmentTokens.filter((_, i) => segments[i]!.label === 'body');
  const predBody = bagOfTexts(segments.filter((s) => s.label === 'body').map((s) => s.text));
  const pageBag = bagOfTexts(segments.map((s) => s.text));
  const base = { id, fold, host, goldType, siftType: report.pageType.type };
  const out: Miss[] = [];
  for (const snippet of body) {
    const bag = bagOf(tokens(snippet));
    if (bagContains(predBody, bag)) continue;
    const segment = bestSegment(segments, bags, bag, false);
    const onPage = bagContains(pageBag, bag);
    const phrase = onPage && isPhrase(segmentTokens, tokens(snippet));
    const miss: Miss = { ...base, side: 'body-missed', snippet: short(snippet, SNIPPET_CHARS), missing: missingTokens(predBody, bag), segment, inGoldBody: bagContains(goldBody, bag), onPage, phrase, kind: '' };
    miss.kind = missKind(miss, snippet);
    out.push(miss);
  }
  for (const snippet of boilerplate) {
    const bag = bagOf(tokens(snippet));
    if (!bagContains(predBody, bag)) continue;
    const segment = bestSegment(segments, bags, bag, true);
    const miss: Miss = { ...base, side: 'boilerplate-kept', snippet: short(snippet, SNIPPET_CHARS), missing: [], segment, inGoldBody: bagContains(goldBody, bag), onPage: true, phrase: isPhrase(bodyTokens, tokens(snippet)), kind: '' };
    miss.kind = missKind(miss, snippet);
    out.push(miss);
  }
  return out;
}

function printKinds(misses: readonly Miss[]): void {
  for (const side of ['body-missed', 'boilerplate-kept'] as const) {
    const rows = misses.filter((m) => m.side === side);
    const byKind = new Map<string, Miss[]>();
    for (const m of rows) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);
    const types = [...new Set(rows.map((m) => m.goldType ?? '?'))].sort();
    const gold = rows.filter((m) => m.kind.startsWith(GOLD_KIND_PREFIX));
    process.stdout.write(`\n${side}: ${rows.length} snippets — the gold's own ${gold.length} on ${new Set(gold.map((m) => m.host ?? m.id)).size} sites, pagesift's ${rows.length - gold.length}\n`);
    process.stdout.write(`${'kind'.padEnd(34)}${'n'.padStart(6)}${'sites'.padStart(7)}${'pages'.padStart(7)}  ${types.map((t) => t.padStart(14)).join('')}\n`);
    for (const [kind, ms] of [...byKind].sort((a, b) => b[1].length - a[1].length)) {
      const sites = new Set(ms.map((m) => m.host ?? m.id)).size;
      const pages = new Set(ms.map((m) => m.id)).size;
      const perType = types.map((t) => String(ms.filter((m) => (m.goldType ?? '?') === t).length).padStart(14)).join('');
      process.stdout.write(`${kind.padEnd(34)}${String(ms.length).padStart(6)}${String(sites).padStart(7)}${String(pages).padStart(7)}  ${perType}\n`);
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const corpus = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--out');
  if (corpus === undefined) {
    process.stderr.write('usage: npx tsx benchmarks/diagnose/snippets.ts CORPUS_DIR [--out FILE.jsonl] [--kinds]\n');
    process.exit(2);
  }
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
  const sifter = await createSifter();
  const misses: Miss[] = [];
  const dir = join(corpus, SET);
  for (const id of await listDirs(dir)) {
    const fold = caseFold(SET, id);
    if (fold === HELD_BACK_FOLD) continue; // held back: never opened
    const caseDir = join(dir, id);
    const truth = corrected(SET, id, parseTruth(await readFile(join(caseDir, TRUTH_FILE), 'utf8'), `${SET}/${id}/${TRUTH_FILE}`));
    if (truth.snippets === null) continue;
    const report = sifter.sift(await readInput(caseDir, truth));
    misses.push(...pageMisses(id, fold, siteHost(truth.url), truth.pageType, report, bagOfTexts([truth.body ?? '']), truth.snippets.body, truth.snippets.boilerplate));
  }
  if (out !== undefined) await writeFile(out, misses.map((m) => JSON.stringify(m)).join('\n') + '\n');
  if (args.includes('--kinds') || out === undefined) printKinds(misses);
}

await main();
