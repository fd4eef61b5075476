/**
 * What each page-type error costs the body: every training page sifted with the shipped page-type
 * model and once under each type forced (forced-type.ts), read by confusion cell.
 *
 *   npx tsx benchmarks/diagnose/type-oracle.ts <corpus-dir> --folds train [--min-pages 4] [--out FILE]
 *
 *   --folds train    required: only wcxb-dev's training folds (1-4) are sifted; the held-back fold
 *                    is never opened (benchmarks/corpus/folds.ts)
 *   --min-pages N    list the pages of the off-diagonal cells with at least N pages (default 4)
 *   --out FILE       per page: WCXB's type, the shipped type, body F1 shipped and under each type
 *
 * WCXB's types are read as pagesift's (TYPE_OF_WCXB: collection is a listing, documentation and
 * service pages are `other`). For each cell (WCXB type → shipped type): pages, mean body F1 as
 * shipped, mean body F1 with the page typed WCXB's type, and what the set's body F1 (F1 of mean P
 * and mean R, as the eval) would gain if only that cell's pages got WCXB's type. Also the set's F1
 * with WCXB's type on every page and with each page's best type (an upper bound no model reaches).
 * Forced to listing, a page is a clear listing call (forced-type.ts), the strongest listing routing.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { onlyPositional, parseCommandLine } from '../cli-args.js';
import { inSelection } from '../corpus/folds.js';
import { aggregate } from '../metric.js';
import { evaluateCase, type PageResult } from '../eval/page.js';
import type { Sifter } from '../eval/report.js';
import { listDirs } from '../eval/truth.js';
import { parseOptions } from '../../src/options.js';
import { siftPage } from '../../src/pipeline.js';
import { loadResources, type Resources } from '../../src/resources.js';
import { PAGE_TYPES, type PageType } from '../../src/pagetype/model.js';
import { isPageType, typedAs } from './forced-type.js';

const EXIT_USAGE = 2;
const SET = 'wcxb-dev';
const DEFAULT_MIN_PAGES = 4;
/** A page's F1 moved by more than this counts as up or down (the eval's cmp convention). */
const MOVED = 0.02;
/** WCXB's own types that are not pagesift's, as truth.json `pageType` maps them. */
const TYPE_OF_WCXB: Readonly<Record<string, PageType>> = { collection: 'listing', documentation: 'other', service: 'other' };

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npx tsx benchmarks/diagnose/type-oracle.ts <corpus-dir> --folds train [--min-pages ${DEFAULT_MIN_PAGES}] [--out FILE]\n`);
  process.exit(EXIT_USAGE);
}

function pagesiftType(wcxb: string | null): PageType | undefined {
  if (wcxb === null) return undefined;
  return TYPE_OF_WCXB[wcxb] ?? (isPageType(wcxb) ? wcxb : undefined);
}

interface OraclePage {
  id: string;
  fold: number | null;
  host: string | null;
  wcxbType: string;
  goldType: PageType;
  shippedType: string;
  shipped: PageResult;
  forced: Record<PageType, PageResult>;
}

type Scored = Pick<PageResult, 'body'>;

/** Body F1 of mean P and mean R over the pages (the eval's figure); null without pages. */
function setF1(results: readonly Scored[]): number | null {
  return aggregate(results.flatMap((r) => (r.body === null ? [] : [r.body]))).f1;
}

function bodyF1(r: Scored): number {
  return r.body?.f1 ?? 0;
}

const fixed = (x: number | null, digits = 3): string => (x === null ? '-' : x.toFixed(digits));
const signed = (x: number | null, digits = 5): string => (x === null ? '-' : `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`);

function sifterOf(resources: Resources): Sifter {
  const options = parseOptions({});
  return { sift: (input) => siftPage(resources, options, input) };
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine(
    { args: process.argv.slice(2), allowPositionals: true, options: { folds: { type: 'string' }, 'min-pages': { type: 'string' }, out: { type: 'string' } } },
    usage,
  );
  const corpus = resolve(onlyPositional(positionals, usage, 'corpus directory'));
  if (values.folds !== 'train') usage('--folds train is required (the held-back fold is not read)');
  const minPages = Number(values['min-pages'] ?? DEFAULT_MIN_PAGES);
  if (!(Number.isInteger(minPages) && minPages > 0)) usage('--min-pages must be a positive integer');

  const shipped = await loadResources(parseOptions({}));
  const model = shipped.pageType.model;
  if (model === undefined) usage('needs a fitted page-type model (data/weights/pagetype.json)');
  const shippedSifter = sifterOf(shipped);
  const forcedSifters = Object.fromEntries(PAGE_TYPES.map((t) => [t, sifterOf({ ...shipped, pageType: { ...shipped.pageType, model: typedAs(model, t) } })])) as Record<PageType, Sifter>;

  const pages: OraclePage[] = [];
  for (const id of await listDirs(join(corpus, SET))) {
    if (!inSelection(SET, id, 'train')) continue;
    const result = await evaluateCase(shippedSifter, null, corpus, SET, id);
    const goldType = pagesiftType(result.pageType);
    if (result.body === null || result.body.goldTokens === 0 || goldType === undefined || result.predictedPageType === null) continue;
    const forced = {} as Record<PageType, PageResult>;
    for (const t of PAGE_TYPES) forced[t] = await evaluateCase(forcedSifters[t], null, corpus, SET, id);
    pages.push({ id, fold: result.fold, host: result.host, wcxbType: result.pageType ?? '-', goldType, shippedType: result.predictedPageType, shipped: result, forced });
  }

  const asShipped = pages.map((p) => p.shipped);
  const base = setF1(asShipped);
  const right = pages.filter((p) => p.goldType === p.shippedType).length;
  const best = pages.map((p) => [p.shipped, ...PAGE_TYPES.map((t) => p.forced[t])].reduce((a, b) => (bodyF1(b) > bodyF1(a) ? b : a)));
  process.stdout.write(`${SET} training folds: ${pages.length} pages with body gold; type right (WCXB's, mapped) on ${right} (${((100 * right) / pages.length).toFixed(1)} %)\n`);
  process.stdout.write(`body F1: shipped types ${fixed(base, 5)}; WCXB's type on every page ${fixed(setF1(pages.map((p) => p.forced[p.goldType])), 5)}; each page's best type ${fixed(setF1(best), 5)} (an upper bound)\n`);
  for (const t of PAGE_TYPES) process.stdout.write(`  every page typed ${t}: ${fixed(setF1(pages.map((p) => p.forced[t])), 5)}\n`);

  const cells = new Map<string, OraclePage[]>();
  for (const p of pages) {
    const key = `${p.wcxbType}\t${p.shippedType}`;
    cells.set(key, [...(cells.get(key) ?? []), p]);
  }
  process.stdout.write('\nWCXB type -> shipped type: pages, mean F1 shipped, mean F1 under WCXB\'s type, set F1 if only this cell got WCXB\'s type, pages up / down by more than 0.02\n');
  const listed: OraclePage[][] = [];
  for (const [key, ofCell] of [...cells.entries()].sort()) {
    const [wcxb, type] = key.split('\t');
    const mean = (f: (p: OraclePage) => number): number => ofCell.reduce((a, p) => a + f(p), 0) / ofCell.length;
    const line = `  ${wcxb!.padEnd(14)} -> ${type!.padEnd(8)} ${String(ofCell.length).padStart(4)}  shipped ${fixed(mean((p) => bodyF1(p.shipped)))}`;
    if (ofCell[0]!.goldType === type) {
      process.stdout.write(`${line}  (right)\n`);
      continue;
    }
    const inCell = new Set(ofCell);
    const moved = setF1(pages.map((p) => (inCell.has(p) ? p.forced[p.goldType] : p.shipped)));
    const deltas = ofCell.map((p) => bodyF1(p.forced[p.goldType]) - bodyF1(p.shipped));
    process.stdout.write(`${line}  as ${ofCell[0]!.goldType} ${fixed(mean((p) => bodyF1(p.forced[p.goldType])))}  set ${signed(moved === null || base === null ? null : moved - base)}  up ${deltas.filter((d) => d > MOVED).length} down ${deltas.filter((d) => d < -MOVED).length}\n`);
    if (ofCell.length >= minPages) listed.push(ofCell);
  }
  for (const ofCell of listed) {
    const first = ofCell[0]!;
    process.stdout.write(`\n${first.wcxbType} -> ${first.shippedType}: body F1 shipped, then under each type forced\n`);
    for (const p of ofCell) {
      process.stdout.write(`  ${p.id} f${p.fold ?? '-'} ${(p.host ?? '-').slice(0, 28).padEnd(28)} shipped ${fixed(bodyF1(p.shipped))}  ${PAGE_TYPES.map((t) => `${t} ${fixed(bodyF1(p.forced[t]))}`).join('  ')}\n`);
    }
  }
  if (values.out !== undefined) {
    const out = pages.map((p) => ({ id: p.id, fold: p.fold, host: p.host, wcxbType: p.wcxbType, goldType: p.goldType, shippedType: p.shippedType, shipped: bodyF1(p.shipped), forced: Object.fromEntries(PAGE_TYPES.map((t) => [t, bodyF1(p.forced[t])])) }));
    await mkdir(dirname(resolve(values.out)), { recursive: true });
    await writeFile(values.out, `${JSON.stringify({ corpus, set: SET, pages: out }, null, 1)}\n`);
    process.stdout.write(`\nwrote ${values.out}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`type-oracle failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
