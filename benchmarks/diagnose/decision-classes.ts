/**
 * Which classes of pagesift's decisions the gold disagrees with, site by site.
 *
 *   npx tsx benchmarks/diagnose/decision-classes.ts <corpus-dir> --folds train [--by hit|rules|type|section]
 *       [--type TYPE]... [--min-tokens 100] [--top 40] [--wrong] [--out FILE.jsonl]
 *
 * Only wcxb-dev's training folds are read: fold 0 is held back and skipped before its truth is
 * opened (benchmarks/corpus/folds.ts). Every training page is sifted and the gold's tokens are
 * handed to its segments (gold-share.ts attributeGold: body segments first, then the rest). Each
 * segment falls in a class of decision, by its label and
 *   --by hit      the pass that decided it last (its last context/constraint hit, or `first pass`) and its kind;
 *   --by rules    the navigation and body rules that fired on it (nav.*, body.*);
 *   --by type     the page type pagesift gave the page and the deciding hit;
 *   --by section  the kind of the section it sits in, by the heading that opens it (gold-share.ts
 *                 SECTION_KINDS: faq, testimonials, insights, contact, team, partners, other, none).
 * For each class: its segments, pages and sites, its gold and non-gold tokens, the sites whose text
 * of the class the gold mostly holds / leaves out, and what the class costs the mean precision
 * (body classes: tokens the gold leaves out) or the mean recall (navigation and spam classes: gold
 * tokens) of each WCXB type (--type restricts the pages to those types). Rows are sorted by the
 * tokens the class's label gets wrong minus those it gets right; --wrong keeps the classes whose
 * label the gold contradicts on more tokens and on more sites than it confirms — a rule's candidates,
 * to be read page by page (`--out` writes every segment with its class and gold share).
 *
 * Session 28 (helper body-28c) read service and documentation pages with it: no class of either
 * type is contradicted by the gold on most sites (RESULTS.md, session 28).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { onlyPositional, parseCommandLine } from '../cli-args.js';
import { bagOfTexts } from '../metric.js';
import { readInput } from '../eval/truth.js';
import { siteHost } from '../eval/page.js';
import { createSifter } from '../../src/index.js';
import { trainingCases } from './training-cases.js';
import { attributeGold, decidingHit, sectionKinds, tallyClasses, type ClassifiedPage, type ClassRow } from './gold-share.js';

const EXIT_USAGE = 2;
const SET = 'wcxb-dev';
const BY = ['hit', 'rules', 'type', 'section'] as const;
type By = (typeof BY)[number];
const DEFAULT_MIN_TOKENS = 100;
const DEFAULT_TOP = 40;
const TEXT_CHARS = 120;

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npx tsx benchmarks/diagnose/decision-classes.ts <corpus-dir> --folds train [--by ${BY.join('|')}] [--type TYPE]... [--min-tokens ${DEFAULT_MIN_TOKENS}] [--top ${DEFAULT_TOP}] [--wrong] [--out FILE.jsonl]\n`);
  process.exit(EXIT_USAGE);
}

function isBy(value: string): value is By {
  return (BY as readonly string[]).includes(value);
}

interface ReportSegment {
  label: string;
  text: string;
  hits: readonly { rule: string }[];
  source: { kind: string; path?: string };
}

function classKeys(segments: readonly ReportSegment[], by: By, pageType: string): string[] {
  if (by === 'section') return sectionKinds(segments.map((s) => ({ kind: s.source.kind, path: s.source.path, text: s.text })));
  return segments.map((s) => {
    const hits = s.hits.map((h) => h.rule);
    if (by === 'rules') return hits.filter((h) => h.startsWith('nav.') || h.startsWith('body.')).sort().join(' ') || '(no rule)';
    if (by === 'type') return `${pageType} | ${decidingHit(hits)}`;
    return `${decidingHit(hits)} | ${s.source.kind}`;
  });
}

function lossCell(losses: Record<string, number>): string {
  return Object.entries(losses)
    .filter(([, v]) => v >= 0.00005)
    .sort((a, b) => b[1] - a[1])
    .map(([t, v]) => `${t} ${v.toFixed(4)}`)
    .join(', ');
}

function table(rows: readonly ClassRow[]): string {
  const head = ['class', 'segs', 'pages', 'gold', 'not gold', 'sites gold/not', 'mean-P loss', 'mean-R loss'];
  const body = rows.map((r) => [r.key, String(r.segments), String(r.pages), String(r.gold), String(r.notGold), `${r.sitesGold}/${r.sitesNotGold}`, lossCell(r.meanPLoss), lossCell(r.meanRLoss)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 || i >= 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine(
    { args: process.argv.slice(2), allowPositionals: true, options: { folds: { type: 'string' }, by: { type: 'string' }, type: { type: 'string', multiple: true }, 'min-tokens': { type: 'string' }, top: { type: 'string' }, wrong: { type: 'boolean' }, out: { type: 'string' } } },
    usage,
  );
  const corpus = resolve(onlyPositional(positionals, usage, 'corpus directory'));
  if (values.folds !== 'train') usage('--folds train is required (the held-back fold is not read)');
  const by = values.by ?? 'hit';
  if (!isBy(by)) usage(`--by must be one of ${BY.join(', ')}`);
  const minTokens = Number(values['min-tokens'] ?? DEFAULT_MIN_TOKENS);
  const top = Number(values.top ?? DEFAULT_TOP);
  if (!(minTokens >= 0) || !(top >= 1)) usage('--min-tokens and --top must be numbers (≥ 0, ≥ 1)');
  const types = values.type;

  const sifter = await createSifter();
  const pages: ClassifiedPage[] = [];
  const records: string[] = [];
  for await (const { id, caseDir, truth } of trainingCases(corpus, SET, types)) {
    const report = sifter.sift(await readInput(caseDir, truth));
    const segments = report.segments as readonly ReportSegment[];
    const shares = attributeGold(segments, bagOfTexts([truth.body]));
    const keys = classKeys(segments, by, report.pageType.type);
    const host = siteHost(truth.url) ?? id;
    const classified = segments.map((s, i) => ({ key: keys[i]!, label: s.label, tokens: shares[i]!.tokens, gold: shares[i]!.gold }));
    pages.push({
      id,
      host,
      type: truth.pageType,
      bodyTokens: classified.reduce((n, s) => (s.label === 'body' ? n + s.tokens : n), 0),
      goldTokens: [...bagOfTexts([truth.body]).values()].reduce((a, b) => a + b, 0),
      segments: classified,
    });
    if (values.out !== undefined) {
      segments.forEach((s, i) => records.push(JSON.stringify({ id, host, type: truth.pageType, pageType: report.pageType.type, index: i, label: s.label, class: keys[i], tokens: shares[i]!.tokens, gold: shares[i]!.gold, path: s.source.path ?? null, text: s.text.replace(/\s+/gu, ' ').slice(0, TEXT_CHARS) })));
    }
  }

  let rows = tallyClasses(pages).filter((r) => r.gold + r.notGold >= minTokens);
  if (values.wrong === true) rows = rows.filter((r) => 2 * r.wrong > r.gold + r.notGold && 2 * r.sitesWrong > r.sitesGold + r.sitesNotGold);
  rows.sort((a, b) => b.wrong - (b.gold + b.notGold - b.wrong) - (a.wrong - (a.gold + a.notGold - a.wrong)));
  const sites = new Set(pages.map((p) => p.host)).size;
  process.stdout.write(`${SET} training folds${types === undefined ? '' : `, WCXB types ${types.join(', ')}`}: ${pages.length} pages of ${sites} sites; segments by class (--by ${by})${values.wrong === true ? ', classes the gold contradicts on most tokens and sites' : ''}\n`);
  process.stdout.write('(gold / not gold: tokens of the class that the gold holds / leaves out; sites gold/not: sites where the gold holds most / least of the class\'s text; mean-P loss: what the body classes cost each type\'s mean precision; mean-R loss: what the other classes cost its mean recall)\n');
  process.stdout.write(`${table(rows.slice(0, top))}\n`);
  if (values.out !== undefined) {
    await mkdir(dirname(resolve(values.out)), { recursive: true });
    await writeFile(values.out, `${records.join('\n')}\n`);
    process.stdout.write(`\nwrote ${values.out}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`decision-classes failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
