/** What a run prints: the markdown section of RESULTS.md and the one-line summary per family. */
import { FAMILIES } from './families.js';
import type { RegexSite } from './regex-sites.js';
import { DOUBLINGS, familyRegexes, NON_LINEAR_RATIO, type FamilyResult } from './run.js';

function fmtUnits(units: number): string {
  if (units >= 1e6) return `${(units / 1e6).toFixed(units >= 1e7 ? 0 : 1)} M`;
  if (units >= 1e3) return `${(units / 1e3).toFixed(units >= 1e4 ? 0 : 1)} k`;
  return String(units);
}

function fmtMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The section between the pathological markers of RESULTS.md: the families table, then every regex of src/ and the families built against it. */
export function markdownSection(
  results: readonly FamilyResult[],
  sites: readonly RegexSite[],
  meta: Record<string, string | number>,
  /** What the ReDoS check (benchmarks/regex-safety) says of a site no family targets ("safe", "allow-listed"), if it judged it. */
  staticVerdict: (siteKey: string) => string | undefined = () => undefined,
): string {
  const lines: string[] = [];
  const flagged = results.filter((r) => r.verdict === 'NON-LINEAR');
  const failed = results.filter((r) => r.verdict === 'THREW' || r.verdict === 'CRASHED');
  lines.push('## Pathological inputs');
  lines.push('');
  lines.push(`Written by \`npx tsx benchmarks/pathological/main.ts --markdown benchmarks/RESULTS.md\` (${meta['date']}, Node ${meta['node']}, ${meta['cpus']}). ` +
    `Each family is sifted at sizes n, 2n, 4n, 8n in a child process of its own; ms = median wall time of \`sift()\` (the sifter is created before the clock starts); ` +
    `×/doubling = t(2n)/t(n), t(4n)/t(2n), t(8n)/t(4n) (linear ≈ 2, quadratic ≈ 4); peak RSS = the child's maximum resident set after 8n (baseline after createSifter in brackets); report MB = the 8n report as JSON. ` +
    `Sizes are UTF-16 units for string input, bytes for byte input. **NON-LINEAR** = more than ${NON_LINEAR_RATIO}× per doubling at the top sizes, or a size that did not finish within the timeout (${meta['timeout']} s). ` +
    `"direct" families time one regex that only sees configuration (lexicon/rule files, options, CLI names) on its crafted input; "dependency" runs htmlparser2 alone.`);
  lines.push('');
  lines.push(flagged.length > 0 ? `NON-LINEAR: ${flagged.map((r) => `\`${r.id}\``).join(', ')}.` : 'No family is non-linear.');
  if (failed.length > 0) lines.push('', `THREW or CRASHED (sift must never throw): ${failed.map((r) => `\`${r.id}\` (${escapeCell(r.failed?.reason ?? '')})`).join(', ')}.`);
  lines.push('');
  lines.push('| family | input | size at 8n | ms at n / 2n / 4n / 8n | ×/doubling | peak RSS MB | report MB | verdict |');
  lines.push('|---|---|---:|---|---|---:|---:|---|');
  for (const r of results) {
    const times = DOUBLINGS.map((_, i) => {
      const s = r.sizes[i];
      if (s) return fmtMs(s.ms);
      return r.failed && i === r.sizes.length ? `**${r.failed.reason.startsWith('timeout') ? 'timeout' : r.failed.reason.startsWith('threw') ? 'threw' : 'crash'}**` : '–';
    }).join(' / ');
    const top = r.sizes[r.sizes.length - 1];
    const size = top ? fmtUnits(top.units * (r.sizes.length < 4 ? 2 ** (4 - r.sizes.length) : 1)) : '–';
    const verdict = (r.verdict === 'linear' || r.verdict === 'too fast to judge' ? r.verdict : `**${r.verdict}**`) + (r.failed ? ` (${escapeCell(r.failed.reason)} at n = ${r.failed.n})` : '');
    const reportMb = top?.reportMb ?? '–';
    lines.push(`| \`${r.id}\` (${r.group}) | ${escapeCell(r.what)} | ${size} | ${times} | ${r.ratios.map((x) => x.toFixed(1)).join(', ') || '–'} | ${r.peakRssMb ?? '–'} (${r.baselineRssMb ?? '–'}) | ${reportMb} | ${verdict}${r.confirmed ? ' (confirmed by a second run)' : ''} |`);
  }
  lines.push('');
  lines.push('### Every regex of src/ and the family built against it');
  lines.push('');
  lines.push('| where | regex | families | verdict |');
  lines.push('|---|---|---|---|');
  const ran = new Map(results.map((r) => [r.id, r]));
  for (const site of sites) {
    const targeting = FAMILIES.filter((f) => familyRegexes(f).includes(site.key));
    const measured = targeting.map((f) => ran.get(f.id)).filter((r): r is FamilyResult => r !== undefined);
    const verdict =
      targeting.length === 0 ? (staticVerdict(site.key) !== undefined ? `no family; ReDoS check: ${staticVerdict(site.key)}` : '**not covered**')
      : measured.some((f) => f.verdict === 'NON-LINEAR') ? '**NON-LINEAR**'
      : measured.some((f) => f.verdict === 'THREW' || f.verdict === 'CRASHED') ? '**failed** (see the family)'
      : measured.length === 0 ? 'not run'
      : measured.every((f) => f.verdict === 'too fast to judge') ? 'too fast to judge'
      : 'linear';
    lines.push(`| ${site.file}:${site.line} | \`${escapeCell(site.literal.length > 90 ? `${site.literal.slice(0, 87)}…` : site.literal)}\` | ${targeting.map((f) => `\`${f.id}\``).join(', ') || '–'} | ${verdict} |`);
  }
  return lines.join('\n');
}


/** One family's line on stdout: verdict, id, the times, the ratios, the peak RSS. */
export function summaryLine(r: FamilyResult): string {
  return `${r.verdict.padEnd(17)}  ${r.id.padEnd(30)} ${r.sizes.map((s) => fmtMs(s.ms)).join(' / ')}${r.failed ? ` / ${r.failed.reason}` : ''}  ×${r.ratios.join(', ')}  peak ${r.peakRssMb ?? '?'} MB\n`;
}
