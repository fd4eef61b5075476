/**
 * How much of a page's body each late demotion takes, and whether the gold agrees.
 *
 *   npx tsx benchmarks/diagnose/late-passes.ts <corpus-dir> [--set NAME]... [--folds train]
 *                                              [--min-share 0.3] [--cv-page-types] [--type-as TYPE]
 *                                              [--out FILE]
 *
 *   --set NAME       sets to read (repeatable); default wcxb-dev
 *   --folds train    required whenever wcxb-dev is read: only its training folds (1-4) are sifted;
 *                    the held-back fold is never opened (benchmarks/corpus/folds.ts)
 *   --min-share X    list every page where one pass, or the late demotions together, took at least
 *                    this share of the body's tokens (default 0.3)
 *   --cv-page-types  pages the page-type model is fitted on are typed by a model fitted without
 *                    them (benchmarks/eval/cv-page-types.ts), as an unseen page is typed: the
 *                    page-type passes then fire on the pages a new page's type would send them to
 *   --type-as TYPE   a probe of the page type's errors: every page is typed TYPE (article, forum,
 *                    listing, product, other; the page-type model's TYPE intercept raised far
 *                    above the others), so that TYPE's passes run on pages of every kind
 *   --out FILE       the per-page, per-pass records as JSON
 *
 * Every page is sifted once with a LatePassObserver (src/pipeline.ts), which sees each late
 * demotion's segments before and after it. For each pass that fired on a page:
 *   tokens   the tokens (the eval's tokens, benchmarks/metric.ts) of the segments it turned from
 *            body to navigation;
 *   share    those tokens over the tokens of the body just before the pass;
 *   inGold   how many of them the body was matching in the gold: the overlap of the body with the
 *            gold before the pass minus the overlap after it (a token the body holds more often than
 *            the gold does was not matching, so removing it costs nothing);
 *   F1       the page's body F1 (P and R as the eval computes them) on the body before and after the
 *            pass: "right" when the pass raised it, "wrong" when it lowered it;
 *   chars    the share by characters, as the demotion limit measures it (src/classify/demotion-limit.ts),
 *   held     and whether the limit held the pass back on the page (its demotions not made: the
 *            record then says what the pass would have done).
 * "together" is every late demotion on the page at once: the tokens they took over the final body
 * plus those tokens (the body the page would have had without them, read off the final labels), and
 * the page's F1 with and without them.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { onlyPositional, parseCommandLine } from '../cli-args.js';
import { corrected } from '../corpus/corrections.js';
import { caseFold, inSelection, SPLIT_SETS } from '../corpus/folds.js';
import { bagOfTexts, bagOverlap, bagSize, f1, pageScore, type Bag } from '../metric.js';
import { listDirs, parseTruth, readInput, TRUTH_FILE } from '../eval/truth.js';
import { siteHost } from '../eval/page.js';
import { textTable } from '../eval/tables.js';
import { cvPageTypeResources } from '../eval/cv-page-types.js';
import { parseOptions as parseSifterOptions } from '../../src/options.js';
import { siftPage, type LatePassObserver } from '../../src/pipeline.js';
import { LATE_DEMOTIONS, type LateDemotion } from '../../src/classify/late-demotions.js';
import { demotedBodyShare, exceedsDemotionLimit, LATE_DEMOTION_MAX_BODY_SHARE } from '../../src/classify/demotion-limit.js';
import { loadResources } from '../../src/resources.js';
import { PAGE_TYPES } from '../../src/pagetype/model.js';
import { isPageType, typedAs } from './forced-type.js';
import type { LabelledSegment } from '../../src/classify/classify.js';

const EXIT_USAGE = 2;
const DEFAULT_SET = 'wcxb-dev';
const DEFAULT_MIN_SHARE = 0.3;
/** Shares the summary counts pages over. */
const SHARE_STEPS = [0.3, 0.5] as const;
/** A change of page F1 smaller than this is "no change" (rounding). */
const F1_EPSILON = 1e-9;
const TOGETHER = 'together';

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npx tsx benchmarks/diagnose/late-passes.ts <corpus-dir> [--set NAME]... [--folds train] [--min-share ${DEFAULT_MIN_SHARE}] [--cv-page-types] [--type-as TYPE] [--out FILE]\n`);
  process.exit(EXIT_USAGE);
}

interface PassRecord {
  pass: LateDemotion | typeof TOGETHER;
  segments: number;
  tokens: number;
  chars: number;
  bodyTokens: number;
  share: number;
  /** The share by characters, as the demotion limit measures it (src/classify/demotion-limit.ts). */
  charShare: number;
  /** The demotion limit held the pass back on this page (its demotions were not made). */
  held: boolean;
  /** Gold-matching tokens lost; null when the page has no body gold. */
  inGold: number | null;
  f1Before: number | null;
  f1After: number | null;
  /** The first demoted segment's text, cut short: what the pass took. */
  sample: string;
}

interface PageRecord {
  set: string;
  id: string;
  fold: number | null;
  goldType: string | null;
  pageType: string;
  host: string | null;
  passes: PassRecord[];
}

const SAMPLE_CHARS = 80;

function bodyTexts(segments: readonly LabelledSegment[]): string[] {
  return segments.filter((s) => s.label === 'body').map((s) => s.block.text);
}

function pageF1(body: Bag, gold: Bag | null): number | null {
  if (gold === null) return null;
  const s = pageScore(body, gold);
  return f1(s.precision, s.recall);
}

function record(pass: PassRecord['pass'], demoted: readonly LabelledSegment[], before: Bag, after: Bag, gold: Bag | null, limit: { charShare: number; held: boolean }): PassRecord {
  const tokens = bagSize(bagOfTexts(demoted.map((s) => s.block.text)));
  const bodyTokens = bagSize(before);
  return {
    pass,
    segments: demoted.length,
    tokens,
    chars: demoted.reduce((n, s) => n + s.block.text.length, 0),
    bodyTokens,
    share: bodyTokens === 0 ? 0 : tokens / bodyTokens,
    ...limit,
    inGold: gold === null ? null : bagOverlap(before, gold) - bagOverlap(after, gold),
    f1Before: pageF1(before, gold),
    f1After: pageF1(after, gold),
    sample: (demoted[0]?.block.text ?? '').replace(/\s+/gu, ' ').slice(0, SAMPLE_CHARS),
  };
}

/** An observer that keeps a record for each late demotion that turned body to navigation, the indices it turned, and the last pass's segments (the final labels). */
function recorder(gold: Bag | null): { observer: LatePassObserver; records: PassRecord[]; together: () => PassRecord | undefined } {
  const records: PassRecord[] = [];
  const demoted = new Set<number>();
  let final: readonly LabelledSegment[] = [];
  const observer: LatePassObserver = {
    demoted(pass, before, after) {
      // the labels the pass leaves, as the demotion limit lets it (the last pass's are the page's final labels)
      final = exceedsDemotionLimit(pass, before, after) ? before : after;
      const taken: number[] = [];
      before.forEach((s, i) => {
        if (s.label === 'body' && after[i]?.label === 'navigation') taken.push(i);
      });
      if (taken.length === 0) return;
      const held = exceedsDemotionLimit(pass, before, after);
      if (!held) for (const i of taken) demoted.add(i);
      const limit = { charShare: demotedBodyShare(before, after), held };
      records.push(record(pass, taken.map((i) => before[i]!), bagOfTexts(bodyTexts(before)), bagOfTexts(bodyTexts(after)), gold, limit));
    },
  };
  // every late demotion at once, read off the final labels: what they took that is still navigation
  const together = (): PassRecord | undefined => {
    const taken = [...demoted].filter((i) => final[i]?.label === 'navigation').map((i) => final[i]!);
    if (taken.length === 0) return undefined;
    const body = bodyTexts(final);
    const chars = (texts: readonly string[]): number => texts.reduce((n, t) => n + t.length, 0);
    const takenChars = chars(taken.map((s) => s.block.text));
    const charShare = takenChars === 0 ? 0 : takenChars / (takenChars + chars(body));
    return record(TOGETHER, taken, bagOfTexts([...body, ...taken.map((s) => s.block.text)]), bagOfTexts(body), gold, { charShare, held: false });
  };
  return { observer, records, together };
}

interface Row {
  pass: string;
  pages: number;
  tokens: number;
  inGold: number;
  byShare: { pages: number; right: number; wrong: number }[];
  right: number;
  wrong: number;
  /** Pages where the demotion limit held the pass back, and of them those where the pass would have raised / lowered F1. */
  held: { pages: number; right: number; wrong: number };
}

function summarise(pages: readonly PageRecord[]): Row[] {
  const rows = new Map<string, Row>();
  for (const name of [...LATE_DEMOTIONS, TOGETHER]) rows.set(name, { pass: name, pages: 0, tokens: 0, inGold: 0, byShare: SHARE_STEPS.map(() => ({ pages: 0, right: 0, wrong: 0 })), right: 0, wrong: 0, held: { pages: 0, right: 0, wrong: 0 } });
  for (const page of pages) {
    for (const r of page.passes) {
      const row = rows.get(r.pass)!;
      row.pages++;
      row.tokens += r.tokens;
      row.inGold += r.inGold ?? 0;
      const delta = r.f1Before === null || r.f1After === null ? 0 : r.f1After - r.f1Before;
      const right = delta > F1_EPSILON;
      const wrong = delta < -F1_EPSILON;
      if (right) row.right++;
      if (wrong) row.wrong++;
      if (r.held) {
        row.held.pages++;
        if (right) row.held.right++;
        if (wrong) row.held.wrong++;
      }
      SHARE_STEPS.forEach((step, k) => {
        if (r.share < step) return;
        const cell = row.byShare[k]!;
        cell.pages++;
        if (right) cell.right++;
        if (wrong) cell.wrong++;
      });
    }
  }
  return [...rows.values()].filter((r) => r.pages > 0);
}

function table(rows: readonly Row[]): string {
  const head = ['pass', 'pages', 'F1 up', 'F1 down', 'tokens', 'in gold', ...SHARE_STEPS.flatMap((s) => [`≥${s} pages`, 'up', 'down']), 'held', 'up', 'down'];
  const body = rows.map((r) => [r.pass, String(r.pages), String(r.right), String(r.wrong), String(r.tokens), r.tokens === 0 ? '-' : `${((100 * r.inGold) / r.tokens).toFixed(0)} %`, ...r.byShare.flatMap((c) => [String(c.pages), String(c.right), String(c.wrong)]), String(r.held.pages), String(r.held.right), String(r.held.wrong)]);
  return textTable(body, head, false);
}

const fixed = (x: number | null, digits = 3): string => (x === null ? '-' : x.toFixed(digits));

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine(
    { args: process.argv.slice(2), allowPositionals: true, options: { set: { type: 'string', multiple: true }, folds: { type: 'string' }, 'min-share': { type: 'string' }, 'cv-page-types': { type: 'boolean' }, 'type-as': { type: 'string' }, out: { type: 'string' } } },
    usage,
  );
  const corpus = resolve(onlyPositional(positionals, usage, 'corpus directory'));
  const sets = values.set ?? [DEFAULT_SET];
  if (values.folds !== undefined && values.folds !== 'train') usage('--folds: only train (the held-back fold is not read)');
  if (sets.some((s) => SPLIT_SETS.includes(s)) && values.folds !== 'train') usage(`--folds train is required for ${SPLIT_SETS.join(', ')} (its held-back fold is not read)`);
  const minShare = Number(values['min-share'] ?? DEFAULT_MIN_SHARE);
  if (!(minShare >= 0 && minShare <= 1)) usage('--min-share must be a number from 0 to 1');

  const typeAs = values['type-as'];
  if (typeAs !== undefined && !isPageType(typeAs)) usage(`--type-as must be one of ${PAGE_TYPES.join(', ')}`);
  if (typeAs !== undefined && values['cv-page-types'] === true) usage('--type-as and --cv-page-types: one or the other');

  const options = parseSifterOptions({});
  const loaded = await loadResources(options);
  const model = loaded.pageType.model;
  if (typeAs !== undefined && model === undefined) usage('--type-as needs a fitted page-type model (data/weights/pagetype.json)');
  const resources = typeAs === undefined || model === undefined ? loaded : { ...loaded, pageType: { ...loaded.pageType, model: typedAs(model, typeAs) } };
  const resourcesFor = values['cv-page-types'] === true ? await cvPageTypeResources(corpus) : undefined;
  const pages: PageRecord[] = [];
  for (const set of sets) {
    for (const id of await listDirs(join(corpus, set))) {
      if (!inSelection(set, id, 'train')) continue;
      const caseDir = join(corpus, set, id);
      const truth = corrected(set, id, parseTruth(await readFile(join(caseDir, TRUTH_FILE), 'utf8'), `${set}/${id}/${TRUTH_FILE}`));
      const gold = truth.body === null ? null : bagOfTexts([truth.body]);
      const { observer, records, together } = recorder(gold);
      const report = siftPage(resourcesFor?.(set, id) ?? resources, options, await readInput(caseDir, truth), undefined, observer);
      const all = together();
      if (all !== undefined) records.push(all);
      pages.push({ set, id, fold: SPLIT_SETS.includes(set) ? caseFold(set, id) : null, goldType: truth.pageType, pageType: report.pageType.type, host: siteHost(truth.url), passes: records });
    }
  }

  for (const set of sets) {
    const ofSet = pages.filter((p) => p.set === set);
    process.stdout.write(`\n${set}${SPLIT_SETS.includes(set) ? ' (training folds)' : ''}${resourcesFor === undefined ? '' : ', page types cross-validated'}${typeAs === undefined ? '' : `, every page typed ${typeAs}`}: ${ofSet.length} pages; late demotions that turned body to navigation, per pass\n`);
    process.stdout.write(
      `(F1 up/down: the page's body F1 after the pass vs before it; in gold: share of the demoted tokens the body was matching in the gold; ≥s: pages where the pass took at least s of the body's tokens; held: pages where the demotion limit kept the pass's demotions from being made, more than ${LATE_DEMOTION_MAX_BODY_SHARE} of the body's characters — up/down there: what the pass would have done)\n`,
    );
    process.stdout.write(`${table(summarise(ofSet))}\n`);
  }
  const big = pages.flatMap((p) => p.passes.filter((r) => r.share >= minShare).map((r) => ({ p, r })));
  big.sort((a, b) => b.r.share - a.r.share);
  process.stdout.write(`\npasses that took ≥ ${minShare} of a page's body tokens (${big.length}):\n`);
  for (const { p, r } of big) {
    const delta = r.f1Before === null || r.f1After === null ? '' : ` ΔF1 ${(r.f1After - r.f1Before >= 0 ? '+' : '')}${(r.f1After - r.f1Before).toFixed(3)}`;
    process.stdout.write(
      `  ${p.set}/${p.id} f${p.fold ?? '-'} ${p.goldType ?? '-'}→${p.pageType} ${p.host ?? '-'}  ${r.pass}: ${r.tokens}/${r.bodyTokens} tok (${(100 * r.share).toFixed(0)} %, chars ${(100 * r.charShare).toFixed(0)} %${r.held ? ', HELD by the limit' : ''}), in gold ${r.inGold ?? '-'}, F1 ${fixed(r.f1Before)} → ${fixed(r.f1After)}${delta}  «${r.sample}»\n`,
    );
  }
  if (values.out !== undefined) {
    await mkdir(dirname(resolve(values.out)), { recursive: true });
    await writeFile(values.out, `${JSON.stringify({ corpus, sets, minShare, pages }, null, 1)}\n`);
    process.stdout.write(`\nwrote ${values.out}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`late-passes failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
