/**
 * The ceiling of a better main-container choice (issue #13 point 3): every training page is
 * analysed once and labelled again with each candidate element as the main container
 * (main-candidates.ts: the shipped choice, none, the top element alone, the elements above it, the
 * next best-scoring elements), everything else in the pipeline unchanged (src/pipeline.ts labelPage's
 * `chooseMain` hook). The oracle takes each page's best candidate: its body F1 over the set is the
 * most any choice of the container could give.
 *
 *   npx tsx benchmarks/diagnose/main-oracle.ts <corpus-dir> --folds train [--out FILE.jsonl]
 *
 *   --folds train    required: only wcxb-dev's training folds (1-4) are read; a case of the held-back
 *                    fold 0 is skipped by its id before any of its files is opened
 *   --out FILE       one JSON line per page: id, fold, host, WCXB type, and per candidate its key,
 *                    body P/R/F1 and readable features (main-candidates.ts), for a ranking fit
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { onlyPositional, parseCommandLine } from '../cli-args.js';
import { siteHost } from '../eval/page.js';
import { LABEL_BODY } from '../eval/report.js';
import { readInput } from '../eval/truth.js';
import { aggregate, bagOfTexts, f1, pageScore, type PageScore } from '../metric.js';
import { parseOptions } from '../../src/options.js';
import { analysePage, labelPage, type AnalysedPage } from '../../src/pipeline.js';
import { loadResources, type Resources } from '../../src/resources.js';
import type { MainContentInput } from '../../src/classify/main-content.js';
import type { SifterOptions } from '../../src/options.js';
import { trainingCases } from './training-cases.js';
import { candidateFeatures, candidatesOf, type Candidate, type CandidateFeatures, type CandidateSegment } from './main-candidates.js';

const EXIT_USAGE = 2;
const SET = 'wcxb-dev';
/** A candidate within this of the page's best F1 counts as best too. */
const TIE = 1e-9;

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npx tsx benchmarks/diagnose/main-oracle.ts <corpus-dir> --folds train [--out FILE.jsonl]\n`);
  process.exit(EXIT_USAGE);
}

interface Scored {
  key: string;
  precision: number;
  recall: number;
  f1: number;
  features: CandidateFeatures;
}

export interface OraclePage {
  id: string;
  fold: number;
  host: string | null;
  type: string;
  candidates: Scored[];
}

function scoreOf(resources: Resources, options: SifterOptions, analysed: AnalysedPage, gold: ReturnType<typeof bagOfTexts>, choose: Parameters<typeof labelPage>[4]): PageScore {
  const report = labelPage(resources, options, analysed, undefined, choose);
  return pageScore(bagOfTexts(report.segments.filter((s) => s.label === LABEL_BODY).map((s) => s.text)), gold);
}

function candidateSegments(resources: Resources, analysed: AnalysedPage, inputs: readonly MainContentInput[]): CandidateSegment[] {
  const at = (name: string): number => resources.space.indexOf(name);
  const [chars, sentence, clause, stop, level, headline] = ['chars', 'sentencePunct', 'clausePunct', 'stopwordRatio', 'headingLevel', 'page.headline'].map(at) as [number, number, number, number, number, number];
  return analysed.analyzed.map((s, i) => {
    const f = s.features;
    const c = f[chars] ?? 0;
    return {
      ...inputs[i]!,
      chars: c,
      linkChars: s.block.linkChars,
      punct: (f[sentence] ?? 0) + (f[clause] ?? 0),
      stopChars: (f[stop] ?? 0) * c,
      headline: s.block.ancestors !== undefined && (f[level] === 1 || (f[headline] === 1 && s.block.kind === 'heading')),
    };
  });
}

function f1Of(pages: readonly { precision: number; recall: number }[]): number {
  return aggregate(pages).f1 ?? 0;
}

function summary(pages: readonly OraclePage[], label: string): string {
  const shipped = pages.map((p) => p.candidates[0]!);
  const best = pages.map((p) => p.candidates.reduce((a, b) => (b.f1 > a.f1 + TIE ? b : a)));
  const already = pages.filter((p, i) => shipped[i]!.f1 >= best[i]!.f1 - TIE).length;
  const s = f1Of(shipped);
  const o = f1Of(best);
  return `${label.padEnd(16)} ${String(pages.length).padStart(4)}  shipped ${s.toFixed(5)}  oracle ${o.toFixed(5)}  ceiling ${(o - s >= 0 ? '+' : '') + (o - s).toFixed(5)}  shipped is best on ${already} (${((100 * already) / Math.max(1, pages.length)).toFixed(1)} %)  better by >0.02 on ${pages.filter((_, i) => best[i]!.f1 - shipped[i]!.f1 > 0.02).length}`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine({ args: process.argv.slice(2), allowPositionals: true, options: { folds: { type: 'string' }, out: { type: 'string' } } }, usage);
  const corpus = resolve(onlyPositional(positionals, usage, 'corpus directory'));
  if (values.folds !== 'train') usage('--folds train is required (the held-back fold is not read)');
  const options = parseOptions({});
  const resources = await loadResources(options);
  const pages: OraclePage[] = [];
  const lines: string[] = [];
  for await (const { id, fold, caseDir, truth } of trainingCases(corpus, SET)) {
    const gold = bagOfTexts([truth.body]);
    const analysed = analysePage(resources, options, await readInput(caseDir, truth));
    let inputs: readonly MainContentInput[] = [];
    let shippedMain: Set<number> | undefined;
    const shippedScore = scoreOf(resources, options, analysed, gold, (seen, shipped) => {
      inputs = seen;
      shippedMain = shipped;
      return shipped;
    });
    const candidates: Candidate[] = candidatesOf(inputs, shippedMain);
    const features = candidateFeatures(candidateSegments(resources, analysed, inputs), candidates);
    const scored: Scored[] = candidates.map((c, i) => {
      const score = i === 0 ? shippedScore : scoreOf(resources, options, analysed, gold, () => c.main);
      return { key: c.key, precision: score.precision, recall: score.recall, f1: f1(score.precision, score.recall), features: features[i]! };
    });
    const page: OraclePage = { id, fold, host: siteHost(truth.url), type: truth.pageType, candidates: scored };
    pages.push(page);
    lines.push(JSON.stringify(page));
    if (pages.length % 100 === 0) process.stderr.write(`${pages.length} pages\n`);
  }
  process.stdout.write(`${SET} training folds: body F1 with the shipped main container and with each page's best candidate (an upper bound)\n`);
  process.stdout.write(`${summary(pages, 'all')}\n`);
  process.stdout.write(`${summary(pages.filter((p) => p.fold <= 2), 'folds 1-2')}\n`);
  process.stdout.write(`${summary(pages.filter((p) => p.fold >= 3), 'folds 3-4')}\n`);
  for (const type of [...new Set(pages.map((p) => p.type))].sort()) process.stdout.write(`${summary(pages.filter((p) => p.type === type), type)}\n`);
  const keys = new Map<string, number>();
  for (const p of pages) {
    const best = p.candidates.reduce((a, b) => (b.f1 > a.f1 + TIE ? b : a));
    if (best.key === 'shipped') continue;
    const k = best.key.replace(/\d+$/, 'N');
    keys.set(k, (keys.get(k) ?? 0) + 1);
  }
  process.stdout.write(`oracle's choice where it beats shipped: ${[...keys.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
  const gains = pages.map((p) => ({ p, gain: Math.max(...p.candidates.map((c) => c.f1)) - p.candidates[0]!.f1 })).sort((a, b) => b.gain - a.gain);
  process.stdout.write('largest gains:\n');
  for (const { p, gain } of gains.slice(0, 25)) {
    const best = p.candidates.reduce((a, b) => (b.f1 > a.f1 + TIE ? b : a));
    process.stdout.write(`  ${p.id} f${p.fold} ${(p.host ?? '-').slice(0, 30).padEnd(30)} ${p.type.padEnd(13)} shipped ${p.candidates[0]!.f1.toFixed(3)} best ${best.key} ${best.f1.toFixed(3)} (+${gain.toFixed(3)})\n`);
  }
  if (values.out !== undefined) {
    await writeFile(values.out, `${lines.join('\n')}\n`);
    process.stdout.write(`wrote ${values.out}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`main-oracle failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
