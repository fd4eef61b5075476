/** The result tables, as text for the terminal and as Markdown for RESULTS.md. */
import { PEER_COLUMNS, PEER_SHORT, peerColumnsOf, type Peer } from '../peers/registry.js';
import type { PageResult } from './page.js';
import { LOW_RECALL, type Summary } from './summary.js';

const DECIMALS = 3;
export const WORST_PAGES = 10;

const TYPE_COLUMNS = ['set', 'type', 'body n', 'body P', 'body R', 'body F1', 'F1 95% interval', `R<${LOW_RECALL}`, 'snip acc (n)'] as const;

/** Per page type, each peer's byte-fed column beside pagesift (the `-pd` columns are in the set table). */
export function typeColumns(peers: readonly Peer[]): string[] {
  const cols: string[] = [...TYPE_COLUMNS];
  for (const peer of peers) {
    const short = PEER_SHORT[PEER_COLUMNS[peer].bytes];
    cols.push(`${short} P`, `${short} R`, `${short} F1`, `Δ ${short}`, `snip ${short}`, `${short} R<${LOW_RECALL}`);
  }
  return cols;
}

function typeRow(set: string, type: string, s: Summary, peers: readonly Peer[]): string[] {
  const row = [
    set,
    type,
    String(s.body.pages),
    num(s.body.precision),
    num(s.body.recall),
    num(s.body.f1),
    s.bodyInterval === null ? '-' : `${num(s.bodyInterval[0])}–${num(s.bodyInterval[1])}`,
    String(s.lowRecall),
    s.snippets.accuracy === null ? '-' : `${num(s.snippets.accuracy)} (${s.snippets.bodyTotal + s.snippets.boilerplateTotal})`,
  ];
  for (const peer of peers) {
    const p = s.peers?.[PEER_COLUMNS[peer].bytes];
    const delta = p?.body.f1 == null || s.body.f1 === null ? null : s.body.f1 - p.body.f1;
    row.push(num(p?.body.precision ?? null), num(p?.body.recall ?? null), num(p?.body.f1 ?? null), signed(delta), num(p?.snippets.accuracy ?? null), String(p?.lowRecall ?? '-'));
  }
  return row;
}

export function typeRows(types: ReadonlyMap<string, Map<string, Summary>>, summaries: ReadonlyMap<string, Summary>, peers: readonly Peer[]): string[][] {
  const rows: string[][] = [];
  for (const [set, byType] of types) {
    for (const [type, s] of byType) rows.push(typeRow(set, type, s, peers));
    const all = summaries.get(set);
    if (all !== undefined) rows.push(typeRow(set, 'all', all, peers));
  }
  return rows;
}


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

export function num(x: number | null, decimals = DECIMALS): string {
  return x === null ? '-' : x.toFixed(decimals);
}

export function rate(x: number | null, k: number, n: number): string {
  return x === null ? '-' : `${num(x)} (${k}/${n})`;
}

export function tableRow(name: string, s: Summary): string[] {
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

/**
 * Side-by-side body table: pagesift vs each peer column (sets without body gold are left out).
 * Per column P, R, F1 and Δ; then snippet accuracy; then time, null articles and errors per peer
 * (its byte-fed column); decode≠ is jsdom's, the same for every peer.
 */
export function peerColumns(peers: readonly Peer[]): string[] {
  const columns = peerColumnsOf(peers);
  const cols = ['set', 'body n', 'ours P', 'ours R', 'ours F1'];
  for (const name of columns) {
    const short = PEER_SHORT[name];
    cols.push(`${short} P`, `${short} R`, `${short} F1`, `Δ ${short}`);
  }
  cols.push('snip ours', ...columns.map((n) => `snip ${PEER_SHORT[n]}`), 'ours ms');
  for (const peer of peers) {
    const short = PEER_SHORT[PEER_COLUMNS[peer].bytes];
    cols.push(`${short} ms`, `${short} null`, `${short} err`);
  }
  cols.push('decode≠');
  return cols;
}

export function peerRow(name: string, s: Summary, peers: readonly Peer[]): string[] | null {
  if (s.peers === undefined || s.body.pages === 0) return null;
  const columns = peerColumnsOf(peers);
  const row = [name, String(s.body.pages), num(s.body.precision), num(s.body.recall), num(s.body.f1)];
  for (const column of columns) {
    const p = s.peers[column];
    const delta = p?.body.f1 == null || s.body.f1 === null ? null : s.body.f1 - p.body.f1;
    row.push(num(p?.body.precision ?? null), num(p?.body.recall ?? null), num(p?.body.f1 ?? null), signed(delta));
  }
  row.push(num(s.snippets.accuracy), ...columns.map((n) => num(s.peers?.[n]?.snippets.accuracy ?? null)));
  const first = peers[0] === undefined ? undefined : s.peers[PEER_COLUMNS[peers[0]].bytes];
  row.push(num(first?.oursMeanMs ?? null, 1));
  for (const peer of peers) {
    const p = s.peers[PEER_COLUMNS[peer].bytes];
    row.push(num(p?.meanMs ?? null, 1), String(p?.nullArticles ?? '-'), String(p?.errors ?? '-'));
  }
  row.push(String(first?.decodingDiffers ?? '-'));
  return row;
}

function signed(x: number | null): string {
  if (x === null) return '-';
  const s = x.toFixed(DECIMALS);
  return x > 0 && s !== (0).toFixed(DECIMALS) ? `+${s}` : s === `-${(0).toFixed(DECIMALS)}` ? (0).toFixed(DECIMALS) : s;
}

export function textTable(rows: readonly string[][], columns: readonly string[] = COLUMNS, footer = true): string {
  const all = [[...columns], ...rows];
  const widths = columns.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  if (!footer) return [line(all[0] ?? []), rule, ...rows.map(line)].join('\n');
  return [line(all[0] ?? []), rule, ...rows.slice(0, -1).map(line), rule, line(rows[rows.length - 1] ?? [])].join('\n');
}

export function markdownTable(rows: readonly string[][], columns: readonly string[] = COLUMNS): string {
  const header = `| ${columns.join(' | ')} |`;
  const align = `|${columns.map((_, i) => (i === 0 ? ':---' : '---:')).join('|')}|`;
  return [header, align, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function worstPages(results: readonly PageResult[]): string {
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
