/** Pages' results summed up: per set (or part of a split set), per page type, per peer. */
import { aggregate, pageLevel, snippetAccuracy, type MeanScores, type PageLevel, type SnippetAccuracy } from '../metric.js';
import { inSelection, partName, SPLIT_SETS, type FoldSelection } from '../corpus/folds.js';
import { PEER_COLUMNS, PEERS, type PeerName } from '../peers/registry.js';
import { bootstrapF1, type Interval } from './interval.js';
import type { PageResult } from './page.js';

/** A page whose body recall is under this "missed the article" (issue 13's target: fewer than 2 % of pages). */
export const LOW_RECALL = 0.05;

export interface Summary {
  pages: number;
  errors: number;
  errorPages: { id: string; error: string }[];
  body: MeanScores;
  /** The body F1's 95 % bootstrap interval over the pages (interval.ts); null under two pages. */
  bodyInterval: Interval | null;
  /** Pages with body gold whose body recall is under LOW_RECALL. */
  lowRecall: number;
  spam: MeanScores;
  snippets: SnippetAccuracy;
  pageLevel: PageLevel;
  meanMs: number | null;
  maxMs: number | null;
  /** Per peer (only with --peers): body scores over the pages with body gold, snippets over the pages with snippet gold. */
  peers?: Partial<Record<PeerName, PeerSummary>>;
}

interface PeerSummary {
  pages: number;
  errors: number;
  nullArticles: number;
  /** Pages where jsdom's own decoding of the bytes gave other text than pagesift's decoding (the peer's `-pd` column ran on its own). */
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

/** The `-pd` column of the peer a column belongs to. */
function decodedColumn(name: PeerName): PeerName {
  const peer = PEERS.find((p) => PEER_COLUMNS[p].bytes === name || PEER_COLUMNS[p].decoded === name);
  return peer === undefined ? name : PEER_COLUMNS[peer].decoded;
}

function summarisePeer(results: readonly PageResult[], name: PeerName): PeerSummary {
  const pdName = decodedColumn(name);
  const runs = results.flatMap((r) => {
    const p = r.peers?.[name];
    return p === undefined ? [] : [{ r, p }];
  });
  const ms = runs.map(({ p }) => p.ms);
  // a page with snippet gold only (body null) counts for the snippets, not for the body
  const withBody = runs.filter(({ r }) => r.body !== null);
  return {
    pages: runs.length,
    errors: runs.filter(({ p }) => p.error !== null).length,
    nullArticles: runs.filter(({ p }) => p.nullArticle).length,
    decodingDiffers: results.filter((r) => {
      const pd = r.peers?.[pdName];
      return pd !== undefined && pd.fed === 'pagesift-decoded' && pd.sameAs === null;
    }).length,
    body: aggregate(withBody.map(({ p }) => p.body)),
    lowRecall: withBody.filter(({ p }) => p.body.recall < LOW_RECALL).length,
    snippets: snippetAccuracy(runs.flatMap(({ p }) => (p.snippets === null ? [] : [p.snippets]))),
    meanMs: meanOf(ms),
    maxMs: ms.length === 0 ? null : Math.max(...ms),
    oursMeanMs: meanOf(runs.map(({ r }) => r.ms)),
  };
}

/** Sums up pages; `peerColumns`: the peer columns run (PEER_NAMES order), none without --peers. */
export function summarise(results: readonly PageResult[], peerColumns: readonly PeerName[] = []): Summary {
  const errored = results.filter((r) => r.error !== null);
  const ms = results.map((r) => r.ms);
  const peers = peerColumns.length > 0 ? { peers: Object.fromEntries(peerColumns.map((name) => [name, summarisePeer(results, name)])) } : {};
  const bodies = results.flatMap((r) => (r.body === null ? [] : [r.body]));
  return {
    pages: results.length,
    errors: errored.length,
    errorPages: errored.map((r) => ({ id: `${r.set}/${r.id}`, error: r.error ?? '' })),
    body: aggregate(bodies),
    bodyInterval: bootstrapF1(bodies),
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
export function resultGroups(bySet: ReadonlyMap<string, PageResult[]>, folds: FoldSelection): Map<string, PageResult[]> {
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
export function pageTypeSummaries(groups: ReadonlyMap<string, PageResult[]>, peerColumns: readonly PeerName[] = []): Map<string, Map<string, Summary>> {
  const out = new Map<string, Map<string, Summary>>();
  for (const [name, results] of groups) {
    const byType = new Map<string, PageResult[]>();
    for (const r of results) if (r.pageType !== null && r.body !== null) byType.set(r.pageType, [...(byType.get(r.pageType) ?? []), r]);
    if (byType.size < 2) continue;
    const sorted = [...byType].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    out.set(name, new Map(sorted.map(([type, rs]) => [type, summarise(rs, peerColumns)])));
  }
  return out;
}
