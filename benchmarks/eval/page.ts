/** One case of the corpus sifted and scored: pagesift's body and spam against the gold, and the peers beside it (peer-page.ts). */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bagOfTexts, f1, pageScore, tallySnippets, type PageScore, type SnippetTally } from '../metric.js';
import type { BodyConvention } from '../corpus/body-labels.js';
import { errorMessage } from '../error-message.js';
import { caseFold, SPLIT_SETS } from '../corpus/folds.js';
import type { PeerRunner } from '../peers/input.js';
import type { Peer, PeerName } from '../peers/registry.js';
import { runPeers, type PeerPageResult } from './peer-page.js';
import { checkReport, EMPTY_REPORT, LABEL_BODY, LABEL_SPAM, oracleReport, type SiftReport, type Sifter } from './report.js';
import { isStringArray, readCaseTruth, readInput, type Truth } from './truth.js';

export interface ScoreWithF1 extends PageScore {
  f1: number;
}

export interface PageResult {
  set: string;
  id: string;
  /** The case's fold in a split set (benchmarks/corpus/folds.ts); null for sets that are not split. */
  fold: number | null;
  pageType: string | null;
  /** The page type pagesift gave the page (report.pageType.type); null without a report. Lets a run be read by confusion cell (gold type × predicted type). */
  predictedPageType: string | null;
  lang: string | null;
  /** Host of the page's address (truth.json `url`, without a leading `www.`); null when the case gives none. Lets a change be read site by site. */
  host: string | null;
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
  /** Peer results on pages with body or snippet gold (only with --peers). */
  peers: Partial<Record<PeerName, PeerPageResult>> | null;
}

export function withF1(s: PageScore): ScoreWithF1 {
  return { ...s, f1: f1(s.precision, s.recall) };
}

const WWW_PREFIX = 'www.';

/** Host of a case's address without a leading `www.`, or null when there is none or it does not parse. */
export function siteHost(url: string | null): string | null {
  if (url === null || !URL.canParse(url)) return null;
  const host = new URL(url).hostname.toLowerCase();
  return host.startsWith(WWW_PREFIX) ? host.slice(WWW_PREFIX.length) : host;
}

function textsLabelled(report: SiftReport, label: string): string[] {
  return report.segments.filter((s) => s.label === label).map((s) => s.text);
}

/** One page's report scored against its truth, as the eval scores it (also benchmarks/diagnose/ablation.ts). */
export function scorePage(set: string, id: string, truth: Truth, report: SiftReport, ms: number, error: string | null): PageResult {
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
    predictedPageType: error === null && typeof report.pageType?.type === 'string' ? report.pageType.type : null,
    lang: truth.lang,
    host: siteHost(truth.url),
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


export async function evaluateCase(
  sifter: Sifter | null,
  peers: ReadonlyMap<Peer, PeerRunner> | null,
  corpus: string,
  set: string,
  id: string,
  convention: BodyConvention = 'full',
): Promise<PageResult> {
  const caseDir = join(corpus, set, id);
  // labels corrected after reading (benchmarks/labels/corrections.json) replace the set's own;
  // sets with body labels (benchmarks/labels/body/) get their body from the page
  const truth = await readCaseTruth(corpus, set, id, convention);
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
  if (peers !== null && peers.size > 0 && (truth.body !== null || truth.snippets !== null)) result.peers = runPeers(peers, truth, input, result.charset, set, id);
  return result;
}
