/**
 * Per-rule hit table on a labelled corpus, as SpamAssassin's mass-check / hit-frequencies:
 *
 *   npx tsx benchmarks/mass-check.ts <corpus-dir> [--out benchmarks/results/mass-check.json] [--markdown FILE]
 *
 * Every segment of every page is "spam" when at least SPAM_SEGMENT_MIN_SHARE of its tokens lie in
 * the page's gold spam regions, "ham" otherwise (pages with pageSpam=false are all ham). For each
 * rule: SPAM% = share of spam segments it hits, HAM% = share of ham segments it hits,
 * S/O = SPAM% / (SPAM% + HAM%), and the clean pages (pageSpam=false) it fires on. Spam rules that
 * fire on clean pages are flagged: a spam rule must stay silent on clean pages.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSifter } from '../src/index.js';
import { writeSection } from './markdown.js';
import { bagOfTexts, bagOverlap, bagSize } from './metric.js';

/** A segment counts as spam when at least this share of its tokens are in gold spam regions. */
const SPAM_SEGMENT_MIN_SHARE = 0.5;
const DEFAULT_OUT = 'benchmarks/results/mass-check.json';
/** Name of this script's section in RESULTS.md (markers <!-- mass-check:start/end -->). */
const SECTION = 'mass-check';
const EXAMPLES = 3;

interface Truth {
  input: string;
  spam: string[];
  pageSpam: boolean;
}

interface RuleRow {
  rule: string;
  label: string;
  spamHits: number;
  hamHits: number;
  cleanPages: string[];
  examples: string[];
}

async function main(): Promise<number> {
  const usage = (message?: string): number => {
    process.stderr.write(`${message ? `${message}\n` : ''}usage: npx tsx benchmarks/mass-check.ts <corpus-dir> [--out FILE] [--markdown FILE]\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string', default: DEFAULT_OUT }, markdown: { type: 'string' } },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  const corpus = positionals[0];
  if (!corpus || positionals.length > 1) return usage();
  const sifter = await createSifter();
  const rows = new Map<string, RuleRow>();
  let spamSegments = 0;
  let hamSegments = 0;
  for (const set of (await readdir(corpus, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const kase of (await readdir(join(corpus, set))).sort()) {
      const dir = join(corpus, set, kase);
      const truth = JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as Truth;
      const bytes = await readFile(join(dir, truth.input));
      const report = truth.input.endsWith('.txt') ? sifter.sift({ text: bytes.toString('utf8') }) : sifter.sift({ bytes });
      const gold = bagOfTexts(truth.spam);
      for (const segment of report.segments) {
        const segmentBag = bagOfTexts([segment.text]);
        const size = bagSize(segmentBag);
        if (size === 0) continue;
        const isSpam = truth.pageSpam && bagOverlap(segmentBag, gold) >= SPAM_SEGMENT_MIN_SHARE * size;
        if (isSpam) spamSegments++;
        else hamSegments++;
        for (const hit of segment.hits) {
          let row = rows.get(hit.rule);
          if (!row) rows.set(hit.rule, (row = { rule: hit.rule, label: hit.label, spamHits: 0, hamHits: 0, cleanPages: [], examples: [] }));
          if (isSpam) row.spamHits++;
          else row.hamHits++;
          const page = `${set}/${kase}`;
          if (!truth.pageSpam && !row.cleanPages.includes(page)) {
            row.cleanPages.push(page);
            if (hit.label === 'spam' && row.examples.length < EXAMPLES) row.examples.push(`${page}: ${segment.text.slice(0, 80)}`);
          }
        }
      }
    }
  }
  const table = [...rows.values()].map((r) => {
    const spamPct = spamSegments ? (100 * r.spamHits) / spamSegments : 0;
    const hamPct = hamSegments ? (100 * r.hamHits) / hamSegments : 0;
    const so = spamPct + hamPct > 0 ? spamPct / (spamPct + hamPct) : 0;
    return { ...r, spamPct, hamPct, so, flagged: r.label === 'spam' && r.cleanPages.length > 0 };
  });
  table.sort((a, b) => a.label.localeCompare(b.label) || b.so - a.so || a.rule.localeCompare(b.rule));
  const lines = [
    `segments: ${spamSegments} spam, ${hamSegments} ham (spam = >= ${SPAM_SEGMENT_MIN_SHARE * 100}% of tokens in gold spam regions)`,
    '',
    '| rule | label | SPAM% | HAM% | S/O | clean pages hit | flag |',
    '|---|---|---:|---:|---:|---:|---|',
    ...table.map((r) => `| ${r.rule} | ${r.label} | ${r.spamPct.toFixed(3)} | ${r.hamPct.toFixed(3)} | ${r.so.toFixed(3)} | ${r.cleanPages.length} | ${r.flagged ? 'FIRES ON CLEAN PAGES' : ''} |`),
  ];
  const flagged = table.filter((r) => r.flagged);
  if (flagged.length > 0) {
    lines.push('', 'Spam rules firing on clean pages:');
    for (const r of flagged) for (const example of r.examples) lines.push(`- ${r.rule}: ${example}`);
  }
  const text = lines.join('\n');
  process.stdout.write(`${text}\n`);
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, `${JSON.stringify({ corpus, spamSegments, hamSegments, rules: table }, null, 2)}\n`);
  if (values.markdown) await writeSection(values.markdown, SECTION, text, '## Rule hit table (mass-check)');
  return 0;
}

process.exitCode = await main();
