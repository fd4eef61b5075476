/** The gate's table and the list of floor changes, as text (pure). */
import type { Row, Status } from './compare.js';
import { FLOOR_DECIMALS } from './metrics.js';
import type { FloorChange } from './update.js';

const STATUS_TEXT: Record<Status, string> = {
  ok: 'ok',
  'within-tolerance': 'ok (within tolerance)',
  below: 'BELOW FLOOR',
  missing: 'MISSING',
  unpinned: 'unpinned',
};

function fmt(x: number | null): string {
  return x === null ? '-' : x.toFixed(FLOOR_DECIMALS);
}

function delta(row: Row): string {
  if (row.floor === null || row.value === null) return '-';
  const d = row.value - row.floor;
  const s = d.toFixed(FLOOR_DECIMALS);
  return d > 0 && Number(s) !== 0 ? `+${s}` : Number(s) === 0 ? (0).toFixed(FLOOR_DECIMALS) : s;
}

export function formatTable(rows: readonly Row[], failuresAreWarnings = false): string {
  const header = ['set', 'metric', 'floor', 'value', 'Δ', 'status'];
  const body = rows.map((r) => {
    const bound = r.kind === 'min' ? '≥' : '≤';
    let status = STATUS_TEXT[r.status];
    if (failuresAreWarnings && (r.status === 'below' || r.status === 'missing')) status += ' (allowed)';
    return [r.set, r.metric, r.floor === null ? '-' : `${bound} ${fmt(r.floor)}`, fmt(r.value), delta(r), status];
  });
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((cell, i) => (i < 2 || i === 5 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function formatChanges(changes: readonly FloorChange[]): string {
  if (changes.length === 0) return 'floors unchanged';
  return changes
    .map((c) => {
      const what = `${c.set}.${c.metric}`;
      switch (c.change) {
        case 'added':
          return `  added   ${what} = ${fmt(c.to)}`;
        case 'raised':
          return `  raised  ${what} ${fmt(c.from)} → ${fmt(c.to)}`;
        case 'lowered':
          return `  LOWERED ${what} ${fmt(c.from)} → ${fmt(c.to)} (--allow-lower)`;
        case 'kept':
          return `  kept    ${what} = ${fmt(c.from)} (the results are lower; pass --allow-lower to pin them)`;
      }
    })
    .join('\n');
}
