/**
 * Evaluate pagesift on a labelled page corpus (format and metric: the corpus README).
 *
 *   npx tsx benchmarks/eval.ts <corpus-dir> [--set name]... [--out benchmarks/results/eval.json]
 *                              [--verbose] [--markdown FILE] [--oracle] [--peers]
 *                              [--folds all|held-back|train]
 *
 *   --set NAME      evaluate only this set (repeatable); default: every set folder of the corpus
 *   --folds WHICH   split sets (benchmarks/corpus/folds.ts: wcxb-dev, five folds by a hash of
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
 *   --peers         also run Readability.js (on jsdom) on every page with body gold, in the same run,
 *                   and report its body P/R/F1 and time beside pagesift's (see benchmarks/peers.ts for
 *                   how pages are decoded and fed to it; two columns: jsdom's own decoding of the
 *                   bytes, and the text pagesift decoded)
 *
 * Labels corrected after reading (benchmarks/labels/corrections.json: a "clean" page that carries
 * spam nobody labelled) replace the set's own.
 *
 * Choices on points the metric leaves open (see also benchmarks/metric.ts):
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
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  aggregate,
  bagOfTexts,
  f1,
  pageLevel,
  pageScore,
  snippetAccuracy,
  tallySnippets,
  type MeanScores,
  type PageLevel,
  type PageScore,
  type SnippetAccuracy,
  type SnippetGold,
  type SnippetTally,
} from './metric.js';
import { corrected } from './corpus/corrections.js';
import { caseFold, FOLD_SELECTIONS, inSelection, isFoldSelection, partName, SPLIT_SETS, type FoldSelection } from './corpus/folds.js';
import { writeSection } from './markdown.js';
import {
  PEER_LABELS,
  PEER_NAMES,
  PEER_READABILITY,
  PEER_READABILITY_PD,
  createReadabilityRunner,
  decodeWith,
  peerVersions,
  type PeerInput,
  type PeerName,
  type PeerOutput,
  type PeerRunner,
} from './peers.js';

// ---------------------------------------------------------------------------------------------
// Constants

const DEFAULT_OUT = 'benchmarks/results/eval.json';
const TRUTH_FILE = 'truth.json';
/** Name of this script's section in RESULTS.md (markers <!-- eval:start/end -->). */
const SECTION = 'eval';
const WORST_PAGES = 10;
const DECIMALS = 3;
const OVERALL = 'overall';
const LABEL_BODY = 'body';
const LABEL_SPAM = 'spam';
const INPUT_HTML = 'page.html';
const INPUT_TEXT = 'page.txt';
const EXIT_USAGE = 2;
/** A page whose body recall is under this "missed the article" (issue 13's target: fewer than 2 % of pages). */
const LOW_RECALL = 0.05;

// ---------------------------------------------------------------------------------------------
// Library contract (only what the evaluation uses)

type SiftInput = { bytes: Uint8Array } | { text: string };

interface SiftSegment {
  text: string;
  label: string;
}

interface SiftReport {
  /** The charset pagesift decoded bytes with (absent for text input or an empty report). */
  input?: { charset?: unknown };
  segments: readonly SiftSegment[];
  verdict: { spam: boolean; score: number; categories: readonly string[] };
}

interface Sifter {
  sift(input: SiftInput): SiftReport;
}

/** A sifter stand-in that answers with the gold labels (for --oracle). */
function oracleReport(truth: Truth): SiftReport {
  const segments: SiftSegment[] = [];
  if (truth.body !== null) segments.push({ text: truth.body, label: LABEL_BODY });
  for (const region of truth.spam) segments.push({ text: region, label: LABEL_SPAM });
  return { segments, verdict: { spam: truth.pageSpam, score: truth.pageSpam ? 1 : 0, categories: [] } };
}

const EMPTY_REPORT: SiftReport = { segments: [], verdict: { spam: false, score: 0, categories: [] } };

/** Throws when the value returned by sift() is not shaped like a report. */
function checkReport(value: unknown): SiftReport {
  const fail = (what: string): never => {
    throw new Error(`malformed report: ${what}`);
  };
  if (typeof value !== 'object' || value === null) fail(`not an object (${typeof value})`);
  const r = value as { segments?: unknown; verdict?: unknown };
  if (!Array.isArray(r.segments)) fail('segments is not an array');
  for (const s of r.segments as unknown[]) {
    const seg = s as { text?: unknown; label?: unknown } | null;
    if (typeof seg?.text !== 'string' || typeof seg.label !== 'string') fail('segment without text/label');
  }
  const v = r.verdict as { spam?: unknown; score?: unknown; categories?: unknown } | undefined;
  if (typeof v?.spam !== 'boolean') fail('verdict.spam is not a boolean');
  return value as SiftReport;
}

// ---------------------------------------------------------------------------------------------
// Corpus reading

interface Truth {
  input: string;
  lang: string | null;
  /** WCXB's own type when the set keeps it (`wcxbPageType`), else truth.json `pageType`. */
  pageType: string | null;
  body: string | null;
  snippets: SnippetGold | null;
  spam: string[];
  pageSpam: boolean;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function parseTruth(json: string, where: string): Truth {
  const bad = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  const t = JSON.parse(json) as Record<string, unknown>;
  const { input, lang, body, snippets, spam, pageSpam, pageType, wcxbPageType } = t;
  if (input !== INPUT_HTML && input !== INPUT_TEXT) bad(`input must be ${INPUT_HTML} or ${INPUT_TEXT}`);
  if (lang !== null && typeof lang !== 'string') bad('lang must be a string or null');
  if (body !== null && typeof body !== 'string') bad('body must be a string or null');
  let snippetGold: SnippetGold | null = null;
  if (snippets !== null && snippets !== undefined) {
    const s = snippets as Record<string, unknown>;
    if (!isStringArray(s.body) || !isStringArray(s.boilerplate)) bad('snippets.body/boilerplate must be string arrays');
    snippetGold = { body: s.body as string[], boilerplate: s.boilerplate as string[] };
  }
  if (!isStringArray(spam)) bad('spam must be a string array');
  if (typeof pageSpam !== 'boolean') bad('pageSpam must be a boolean');
  return {
    input: input as string,
    lang: (lang as string | null) ?? null,
    pageType: typeof wcxbPageType === 'string' ? wcxbPageType : typeof pageType === 'string' ? pageType : null,
    body: body as string | null,
    snippets: snippetGold,
    spam: spam as string[],
    pageSpam: pageSpam as boolean,
  };
}

async function listDirs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

const utf8 = new TextDecoder('utf-8');

async function readInput(caseDir: string, truth: Truth): Promise<SiftInput> {
  const bytes = new Uint8Array(await readFile(join(caseDir, truth.input)));
  return truth.input === INPUT_HTML ? { bytes } : { text: utf8.decode(bytes) };
}

// ---------------------------------------------------------------------------------------------
// Per-page evaluation

interface ScoreWithF1 extends PageScore {
  f1: number;
}

/** One peer's outcome on one page (body metric only; peers do not label spam). */
interface PeerPageResult {
  /** What the peer was given: raw bytes (jsdom decodes), text pagesift decoded, or a .txt page. */
  fed: 'bytes' | 'pagesift-decoded' | 'text';
  /** Encoding jsdom used (document.characterSet). */
  charset: string | null;
  /** Same input as another column, so its result was reused instead of run twice. */
  sameAs: PeerName | null;
  ms: number;
  error: string | null;
  nullArticle: boolean;
  body: ScoreWithF1;
  snippets: SnippetTally | null;
}

interface PageResult {
  set: string;
  id: string;
  /** The case's fold in a split set (benchmarks/corpus/folds.ts); null for sets that are not split. */
  fold: number | null;
  pageType: string | null;
  lang: string | null;
  input: string;
  /** Charset pagesift decoded the bytes with (report.input.charset); null for text or no report. */
  charset: string | null;
  ms: number;
  error: string | null;
  body: ScoreWithF1 | null;
  spam: ScoreWithF1;
  snippets: SnippetTally | null;
  pageSpam: boolean;
  flagged: boolean;
  verdictScore: number | null;
  categories: readonly string[];
  /** Peer results on pages with body gold (only with --peers). */
  peers: Partial<Record<PeerName, PeerPageResult>> | null;
}

function withF1(s: PageScore): ScoreWithF1 {
  return { ...s, f1: f1(s.precision, s.recall) };
}

function textsLabelled(report: SiftReport, label: string): string[] {
  return report.segments.filter((s) => s.label === label).map((s) => s.text);
}

function scorePage(set: string, id: string, truth: Truth, report: SiftReport, ms: number, error: string | null): PageResult {
  const predBody = bagOfTexts(textsLabelled(report, LABEL_BODY));
  const predSpam = bagOfTexts(textsLabelled(report, LABEL_SPAM));
  const body = truth.body === null ? null : withF1(pageScore(predBody, bagOfTexts([truth.body])));
  const spam = withF1(pageScore(predSpam, bagOfTexts(truth.spam)));
  const snippets = truth.snippets === null ? null : tallySnippets(predBody, truth.snippets);
  return {
    set,
    id,
    fold: SPLIT_SETS.includes(set) ? caseFold(set, id) : null,
    pageType: truth.pageType,
    lang: truth.lang,
    input: truth.input,
    ms,
    error,
    body,
    spam,
    snippets,
    pageSpam: truth.pageSpam,
    flagged: report.verdict.spam,
    charset: typeof report.input?.charset === 'string' ? report.input.charset : null,
    verdictScore: error === null && typeof report.verdict.score === 'number' ? report.verdict.score : null,
    categories: error === null && isStringArray(report.verdict.categories) ? report.verdict.categories : [],
    peers: null,
  };
}

function scorePeer(truth: Truth, fed: PeerPageResult['fed'], out: PeerOutput, sameAs: PeerName | null): PeerPageResult {
  const predBody = bagOfTexts([out.body]);
  return {
    fed,
    charset: out.charset,
    sameAs,
    ms: out.ms,
    error: out.error,
    nullArticle: out.nullArticle,
    body: withF1(pageScore(predBody, bagOfTexts([truth.body ?? '']))),
    snippets: truth.snippets === null ? null : tallySnippets(predBody, truth.snippets),
  };
}

/** WHATWG canonical name of an encoding label (jsdom says "UTF-8"/"GBK", TextDecoder "utf-8"/"gbk"). */
function encodingName(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return label.toLowerCase();
  }
}

/** Encodings in which bytes below 0x80 are plain ASCII (all WHATWG encodings but these few). */
function asciiCompatible(encoding: string): boolean {
  return !encoding.startsWith('utf-16') && encoding !== 'replacement' && encoding !== 'iso-2022-jp';
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return false;
  return true;
}

/** Whether two encodings turn these bytes into the same text (same encoding, or ASCII-only bytes). */
function sameDecoding(bytes: Uint8Array, a: string, b: string): boolean {
  const ea = encodingName(a);
  const eb = encodingName(b);
  return ea === eb || (asciiCompatible(ea) && asciiCompatible(eb) && isAscii(bytes));
}

/**
 * Runs the peers on one page with body gold. Column `readability` gets the bytes (jsdom decodes);
 * `readability-pd` gets the text decoded with pagesift's charset. When both decodings give the
 * same text (same encoding, or ASCII-only bytes) the inputs are the same string, so the first
 * result is reused (sameAs) instead of running Readability twice. Text pages are the same input
 * for both columns.
 */
function runPeers(runner: PeerRunner, truth: Truth, input: SiftInput, pagesiftCharset: string | null, set: string, id: string): Record<PeerName, PeerPageResult> {
  const warn = (name: PeerName, out: PeerOutput): PeerOutput => {
    if (out.error !== null) process.stderr.write(`PEER ERROR ${set}/${id}: ${name} threw: ${out.error}\n`);
    return out;
  };
  if ('text' in input) {
    const peerInput: PeerInput = { kind: 'text', text: input.text };
    const out = warn(PEER_READABILITY, runner.run(peerInput));
    return {
      [PEER_READABILITY]: scorePeer(truth, 'text', out, null),
      [PEER_READABILITY_PD]: scorePeer(truth, 'text', out, PEER_READABILITY),
    };
  }
  const own = warn(PEER_READABILITY, runner.run({ kind: 'bytes', bytes: input.bytes }));
  // A page pagesift threw on has no charset in its (empty) report: UTF-8 then.
  const charset = pagesiftCharset ?? 'utf-8';
  const same = own.charset !== null && sameDecoding(input.bytes, own.charset, charset);
  const decoded = same ? own : warn(PEER_READABILITY_PD, runner.run({ kind: 'html', html: decodeWith(input.bytes, charset) }));
  return {
    [PEER_READABILITY]: scorePeer(truth, 'bytes', own, null),
    [PEER_READABILITY_PD]: scorePeer(truth, 'pagesift-decoded', decoded, same ? PEER_READABILITY : null),
  };
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

async function evaluateCase(sifter: Sifter | null, peers: PeerRunner | null, corpus: string, set: string, id: string): Promise<PageResult> {
  const caseDir = join(corpus, set, id);
  // labels corrected after reading (benchmarks/labels/corrections.json) replace the set's own
  const truth = corrected(set, id, parseTruth(await readFile(join(caseDir, TRUTH_FILE), 'utf8'), `${set}/${id}/${TRUTH_FILE}`));
  if (sifter === null) return scorePage(set, id, truth, oracleReport(truth), 0, null);
  const input = await readInput(caseDir, truth);
  const start = performance.now();
  let report: SiftReport;
  let error: string | null = null;
  try {
    report = checkReport(sifter.sift(input));
  } catch (e) {
    error = errorMessage(e);
    report = EMPTY_REPORT;
    process.stderr.write(`ERROR ${set}/${id}: pagesift threw: ${error}\n`);
    if (e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  }
  const ms = performance.now() - start;
  const result = scorePage(set, id, truth, report, ms, error);
  if (peers !== null && truth.body !== null) result.peers = runPeers(peers, truth, input, result.charset, set, id);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Aggregation

interface Summary {
  pages: number;
  errors: number;
  errorPages: { id: string; error: string }[];
  body: MeanScores;
  /** Pages with body gold whose body recall is under LOW_RECALL. */
  lowRecall: number;
  spam: MeanScores;
  snippets: SnippetAccuracy;
  pageLevel: PageLevel;
  meanMs: number | null;
  maxMs: number | null;
  /** Per peer (only with --peers): body scores over the pages with body gold. */
  peers?: Partial<Record<PeerName, PeerSummary>>;
}

interface PeerSummary {
  pages: number;
  errors: number;
  nullArticles: number;
  /** Pages where jsdom's own decoding of the bytes gave other text than pagesift's decoding. */
  decodingDiffers: number;
  body: MeanScores;
  lowRecall: number;
  snippets: SnippetAccuracy;
  meanMs: number | null;
  maxMs: number | null;
  /** pagesift's mean ms/page over the same pages (for the side-by-side table). */
  oursMeanMs: number | null;
}

function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function summarisePeer(results: readonly PageResult[], name: PeerName): PeerSummary {
  const runs = results.flatMap((r) => {
    const p = r.peers?.[name];
    return p === undefined ? [] : [{ r, p }];
  });
  const ms = runs.map(({ p }) => p.ms);
  return {
    pages: runs.length,
    errors: runs.filter(({ p }) => p.error !== null).length,
    nullArticles: runs.filter(({ p }) => p.nullArticle).length,
    decodingDiffers: results.filter((r) => {
      const pd = r.peers?.[PEER_READABILITY_PD];
      return pd !== undefined && pd.fed === 'pagesift-decoded' && pd.sameAs === null;
    }).length,
    body: aggregate(runs.map(({ p }) => p.body)),
    lowRecall: runs.filter(({ p }) => p.body.recall < LOW_RECALL).length,
    snippets: snippetAccuracy(runs.flatMap(({ p }) => (p.snippets === null ? [] : [p.snippets]))),
    meanMs: meanOf(ms),
    maxMs: ms.length === 0 ? null : Math.max(...ms),
    oursMeanMs: meanOf(runs.map(({ r }) => r.ms)),
  };
}

function summarise(results: readonly PageResult[], withPeers: boolean): Summary {
  const errored = results.filter((r) => r.error !== null);
  const ms = results.map((r) => r.ms);
  const peers = withPeers ? { peers: Object.fromEntries(PEER_NAMES.map((name) => [name, summarisePeer(results, name)])) } : {};
  return {
    pages: results.length,
    errors: errored.length,
    errorPages: errored.map((r) => ({ id: `${r.set}/${r.id}`, error: r.error ?? '' })),
    body: aggregate(results.flatMap((r) => (r.body === null ? [] : [r.body]))),
    lowRecall: results.filter((r) => r.body !== null && r.body.recall < LOW_RECALL).length,
    spam: aggregate(results.map((r) => r.spam)),
    snippets: snippetAccuracy(results.flatMap((r) => (r.snippets === null ? [] : [r.snippets]))),
    pageLevel: pageLevel(results),
    meanMs: meanOf(ms),
    maxMs: ms.length === 0 ? null : Math.max(...ms),
    ...peers,
  };
}

/**
 * The rows of the result: every set whole, except split sets, which are reported by part
 * (`wcxb-dev/held-back`, `wcxb-dev/train`) and, with `--folds all`, also whole.
 */
function resultGroups(bySet: ReadonlyMap<string, PageResult[]>, folds: FoldSelection): Map<string, PageResult[]> {
  const groups = new Map<string, PageResult[]>();
  for (const [set, results] of bySet) {
    if (!SPLIT_SETS.includes(set)) {
      groups.set(set, results);
      continue;
    }
    if (folds === 'all') groups.set(set, results);
    for (const part of ['held-back', 'train'] as const) {
      if (folds !== 'all' && folds !== part) continue;
      groups.set(partName(set, part), results.filter((r) => inSelection(set, r.id, part)));
    }
  }
  return groups;
}

/** Per row with more than one page type: a summary per type (types in order of page count). */
function pageTypeSummaries(groups: ReadonlyMap<string, PageResult[]>, withPeers: boolean): Map<string, Map<string, Summary>> {
  const out = new Map<string, Map<string, Summary>>();
  for (const [name, results] of groups) {
    const byType = new Map<string, PageResult[]>();
    for (const r of results) if (r.pageType !== null && r.body !== null) byType.set(r.pageType, [...(byType.get(r.pageType) ?? []), r]);
    if (byType.size < 2) continue;
    const sorted = [...byType].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    out.set(name, new Map(sorted.map(([type, rs]) => [type, summarise(rs, withPeers)])));
  }
  return out;
}

const TYPE_COLUMNS = ['set', 'type', 'body n', 'body P', 'body R', 'body F1', `R<${LOW_RECALL}`, 'snip acc (n)'] as const;

function typeColumns(withPeers: boolean): string[] {
  return withPeers ? [...TYPE_COLUMNS, 'RB P', 'RB R', 'RB F1', 'Δ RB', 'snip RB', `RB R<${LOW_RECALL}`] : [...TYPE_COLUMNS];
}

function typeRow(set: string, type: string, s: Summary, withPeers: boolean): string[] {
  const row = [
    set,
    type,
    String(s.body.pages),
    num(s.body.precision),
    num(s.body.recall),
    num(s.body.f1),
    String(s.lowRecall),
    s.snippets.accuracy === null ? '-' : `${num(s.snippets.accuracy)} (${s.snippets.bodyTotal + s.snippets.boilerplateTotal})`,
  ];
  if (!withPeers) return row;
  const rb = s.peers?.[PEER_READABILITY];
  const delta = rb?.body.f1 == null || s.body.f1 === null ? null : s.body.f1 - rb.body.f1;
  row.push(num(rb?.body.precision ?? null), num(rb?.body.recall ?? null), num(rb?.body.f1 ?? null), signed(delta), num(rb?.snippets.accuracy ?? null), String(rb?.lowRecall ?? '-'));
  return row;
}

function typeRows(types: ReadonlyMap<string, Map<string, Summary>>, summaries: ReadonlyMap<string, Summary>, withPeers: boolean): string[][] {
  const rows: string[][] = [];
  for (const [set, byType] of types) {
    for (const [type, s] of byType) rows.push(typeRow(set, type, s, withPeers));
    const all = summaries.get(set);
    if (all !== undefined) rows.push(typeRow(set, 'all', all, withPeers));
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Output

const COLUMNS = [
  'set',
  'pages',
  'err',
  'body n',
  'body P',
  'body R',
  'body F1',
  'spam P',
  'spam R',
  'spam F1',
  'snip acc (n)',
  'page recall',
  'page FPR',
  'ms/page',
] as const;

function num(x: number | null, decimals = DECIMALS): string {
  return x === null ? '-' : x.toFixed(decimals);
}

function rate(x: number | null, k: number, n: number): string {
  return x === null ? '-' : `${num(x)} (${k}/${n})`;
}

function tableRow(name: string, s: Summary): string[] {
  return [
    name,
    String(s.pages),
    String(s.errors),
    String(s.body.pages),
    num(s.body.precision),
    num(s.body.recall),
    num(s.body.f1),
    num(s.spam.precision),
    num(s.spam.recall),
    num(s.spam.f1),
    s.snippets.accuracy === null ? '-' : `${num(s.snippets.accuracy)} (${s.snippets.bodyTotal + s.snippets.boilerplateTotal})`,
    rate(s.pageLevel.recall, s.pageLevel.truePositives, s.pageLevel.positives),
    rate(s.pageLevel.falsePositiveRate, s.pageLevel.falsePositives, s.pageLevel.negatives),
    num(s.meanMs, 1),
  ];
}

const PEER_SHORT: Record<PeerName, string> = { [PEER_READABILITY]: 'RB', [PEER_READABILITY_PD]: 'RB-pd' };

/** Side-by-side body table: pagesift vs each peer (sets without body gold are left out). */
function peerColumns(): string[] {
  const cols = ['set', 'body n', 'ours P', 'ours R', 'ours F1'];
  for (const name of PEER_NAMES) {
    const short = PEER_SHORT[name];
    cols.push(`${short} P`, `${short} R`, `${short} F1`, `Δ ${short}`);
  }
  cols.push('snip ours', ...PEER_NAMES.map((n) => `snip ${PEER_SHORT[n]}`), 'ours ms', 'RB ms', 'RB null', 'decode≠');
  return cols;
}

function peerRow(name: string, s: Summary): string[] | null {
  if (s.peers === undefined || s.body.pages === 0) return null;
  const row = [name, String(s.body.pages), num(s.body.precision), num(s.body.recall), num(s.body.f1)];
  for (const peer of PEER_NAMES) {
    const p = s.peers[peer];
    const delta = p?.body.f1 == null || s.body.f1 === null ? null : s.body.f1 - p.body.f1;
    row.push(num(p?.body.precision ?? null), num(p?.body.recall ?? null), num(p?.body.f1 ?? null), signed(delta));
  }
  row.push(num(s.snippets.accuracy), ...PEER_NAMES.map((n) => num(s.peers?.[n]?.snippets.accuracy ?? null)));
  const rb = s.peers[PEER_READABILITY];
  row.push(num(rb?.oursMeanMs ?? null, 1), num(rb?.meanMs ?? null, 1), String(rb?.nullArticles ?? '-'), String(rb?.decodingDiffers ?? '-'));
  return row;
}

function signed(x: number | null): string {
  if (x === null) return '-';
  const s = x.toFixed(DECIMALS);
  return x > 0 && s !== (0).toFixed(DECIMALS) ? `+${s}` : s === `-${(0).toFixed(DECIMALS)}` ? (0).toFixed(DECIMALS) : s;
}

function textTable(rows: readonly string[][], columns: readonly string[] = COLUMNS, footer = true): string {
  const all = [[...columns], ...rows];
  const widths = columns.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  if (!footer) return [line(all[0] ?? []), rule, ...rows.map(line)].join('\n');
  return [line(all[0] ?? []), rule, ...rows.slice(0, -1).map(line), rule, line(rows[rows.length - 1] ?? [])].join('\n');
}

function markdownTable(rows: readonly string[][], columns: readonly string[] = COLUMNS): string {
  const header = `| ${columns.join(' | ')} |`;
  const align = `|${columns.map((_, i) => (i === 0 ? ':---' : '---:')).join('|')}|`;
  return [header, align, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function worstPages(results: readonly PageResult[]): string {
  const scored = results
    .flatMap((r) => (r.body === null ? [] : [{ r, body: r.body }]))
    .sort((a, b) => a.body.f1 - b.body.f1 || a.r.id.localeCompare(b.r.id))
    .slice(0, WORST_PAGES);
  return scored
    .map(({ r, body }) => {
      const err = r.error === null ? '' : `  ERROR ${r.error}`;
      return `  F1 ${num(body.f1)}  P ${num(body.precision)}  R ${num(body.recall)}  pred ${body.predTokens} gold ${body.goldTokens} tokens  ${r.id}${err}`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

interface Options {
  corpus: string;
  sets: string[];
  out: string;
  verbose: boolean;
  markdown: string | null;
  section: string;
  oracle: boolean;
  peers: boolean;
  folds: FoldSelection;
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npx tsx benchmarks/eval.ts <corpus-dir> [--set name]... [--out ${DEFAULT_OUT}] [--verbose] [--markdown FILE] [--oracle] [--peers] [--folds ${FOLD_SELECTIONS.join('|')}]\n`,
  );
  process.exit(EXIT_USAGE);
}

function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        set: { type: 'string', multiple: true },
        out: { type: 'string' },
        verbose: { type: 'boolean' },
        markdown: { type: 'string' },
        section: { type: 'string' },
        oracle: { type: 'boolean' },
        peers: { type: 'boolean' },
        folds: { type: 'string' },
      },
    });
  } catch (e) {
    usage(errorMessage(e));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || positionals[0] === undefined) usage('expected exactly one corpus directory');
  const folds = values.folds ?? 'all';
  if (!isFoldSelection(folds)) usage(`--folds must be one of ${FOLD_SELECTIONS.join(', ')}`);
  if (values.oracle === true && values.peers === true) usage('--peers needs the library (pagesift decodes pages for the peers); not with --oracle');
  return {
    corpus: resolve(positionals[0]),
    sets: values.set ?? [],
    out: values.out ?? DEFAULT_OUT,
    verbose: values.verbose ?? false,
    markdown: values.markdown ?? null,
    section: values.section ?? SECTION,
    oracle: values.oracle ?? false,
    peers: values.peers ?? false,
    folds,
  };
}

async function loadSifter(): Promise<{ sifter: Sifter; ms: number }> {
  const start = performance.now();
  const lib = await import('../src/index.js');
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
  const peerRunner = opts.peers ? await createReadabilityRunner() : null;

  const bySet = new Map<string, PageResult[]>();
  for (const set of sets) {
    const setStart = performance.now();
    const results: PageResult[] = [];
    for (const id of await listDirs(join(opts.corpus, set))) {
      if (!inSelection(set, id, opts.folds)) continue;
      results.push(await evaluateCase(sifter, peerRunner, opts.corpus, set, id));
    }
    bySet.set(set, results);
    if (opts.peers) process.stderr.write(`${set}: ${results.length} pages in ${((performance.now() - setStart) / 1000).toFixed(1)} s\n`);
  }
  const everything = [...bySet.values()].flat();

  const groups = resultGroups(bySet, opts.folds);
  const summaries = new Map<string, Summary>([...groups].map(([name, results]) => [name, summarise(results, opts.peers)]));
  const typeSummaries = pageTypeSummaries(groups, opts.peers);
  const overall = summarise(everything, opts.peers);
  const rows = [...[...summaries].map(([set, s]) => tableRow(set, s)), tableRow(OVERALL, overall)];
  const peerRows = opts.peers
    ? [...[...summaries].map(([set, s]) => peerRow(set, s)), peerRow(OVERALL, overall)].filter((r): r is string[] => r !== null)
    : [];
  const cpuList = cpus();
  const machine = `${cpuList.length} cores${cpuList[0] ? ` (${cpuList[0].model.trim()})` : ''}, Node ${process.version}, ${process.platform}-${process.arch}`;
  const versions = opts.peers ? await peerVersions() : null;
  const peerTitle = versions === null ? '' : `Body extraction beside peers: ${PEER_NAMES.map((n) => `${PEER_SHORT[n]} = ${PEER_LABELS[n]}`).join(', ')} (${Object.entries(versions).map(([k, v]) => `${k} ${v ?? '?'}`).join(', ')})`;

  const corpusName = basename(opts.corpus);
  const date = new Date().toISOString();
  const mode = opts.oracle ? ' [ORACLE: gold labels scored against themselves]' : '';
  process.stdout.write(`pagesift eval on ${corpusName} (${everything.length} pages, node ${process.version})${mode}\n`);
  process.stdout.write(`${textTable(rows)}\n`);
  if (overall.errors > 0) {
    process.stdout.write(`\n${overall.errors} page(s) threw (scored as empty reports); see stderr and the JSON.\n`);
  }
  if (peerRows.length > 0) {
    process.stdout.write(`\n${peerTitle}\n${textTable(peerRows, peerColumns())}\n`);
    const peerErrors = overall.peers?.[PEER_READABILITY]?.errors ?? 0;
    if (peerErrors > 0) process.stdout.write(`${peerErrors} page(s) where Readability threw (scored as empty body); see stderr.\n`);
  }

  const pageTypeRows = typeRows(typeSummaries, summaries, opts.peers);
  const typeTitle = `By page type (wcxb-dev: WCXB's own type; R<${LOW_RECALL} = pages whose body recall is under ${LOW_RECALL})${opts.peers ? ', RB = Readability.js on the bytes' : ''}`;
  if (pageTypeRows.length > 0) process.stdout.write(`\n${typeTitle}\n${textTable(pageTypeRows, typeColumns(opts.peers), false)}\n`);

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
      folds: opts.folds,
      machine,
      cores: cpuList.length,
      createSifterMs: loaded?.ms ?? null,
      peers:
        versions === null
          ? null
          : {
              versions,
              columns: PEER_LABELS,
              decoding: {
                [PEER_READABILITY]: "raw bytes to jsdom as a Buffer with contentType 'text/html' (jsdom sniffs: BOM, <meta> in the first 1024 bytes, else windows-1252)",
                [PEER_READABILITY_PD]: 'bytes decoded with the charset of pagesift\'s report (input.charset), passed to jsdom as a string; reused from the first column when both decodings give the same text (same encoding, or ASCII-only bytes)',
                text: 'page.txt wrapped as <html><body> with one <p> per non-blank line (same input in both columns)',
              },
              output: 'article.textContent; null article or a throw = empty body',
              ms: 'jsdom parse + Readability parse, per page',
            },
    },
    overall,
    sets: Object.fromEntries(summaries),
    pageTypes: Object.fromEntries([...typeSummaries].map(([set, byType]) => [set, Object.fromEntries(byType)])),
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
            markdownTable(peerRows, peerColumns()),
            '',
            'Δ = pagesift body F1 − peer body F1 (positive: pagesift better); snip = snippet accuracy (l3s-gn1 only). RB gets the raw bytes and jsdom decodes them; ' +
              'RB-pd gets the text pagesift decoded. ms = mean per page over the same pages (RB: jsdom parse + Readability). ' +
              'RB null = pages where Readability returned no article; decode≠ = pages where jsdom\'s own decoding of the bytes gave other text than pagesift\'s (RB and RB-pd differ only on those).',
          ];
    const section = [
      `Evaluation on corpus \`${corpusName}\`${mode} — ${date.slice(0, 10)}; machine: ${machine}.`,
      '',
      markdownTable(rows),
      '',
      'Body/spam: mean P and mean R over pages with gold, F1 of the means. Snippet accuracy pooled over all snippets.',
      ...peerSection,
      ...(pageTypeRows.length === 0 ? [] : ['', `${typeTitle}.`, '', markdownTable(pageTypeRows, typeColumns(opts.peers))]),
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
