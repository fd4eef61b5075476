/**
 * What each late pass is worth today, with all the others in place: an ablation.
 *
 *   npx tsx benchmarks/diagnose/ablation.ts <corpus-dir> [--set NAME]... [--folds train] [--out FILE]
 *
 *   --set NAME   a set of the corpus (repeatable; default wcxb-dev); a split set (wcxb-dev) needs
 *                --folds train: its held-back fold is skipped by the case id, never opened
 *   --out FILE   the per-pass rows and every changed page (set, id, fold, host, F1 with all passes
 *                and with the pass skipped) as JSON
 *
 * Each page is analysed once (src/pipeline.ts analysePage) and labelled once with every late pass
 * (labelPage, as the eval's sift() labels it), with a LatePassObserver that notes the passes that
 * changed a segment on the page. Then it is labelled again once per such pass, with the observer
 * skipping that pass (its `replace` hook returns the segments before the pass). A pass that changed
 * no segment on a page cannot change the page when skipped (everything before it is the same), so it
 * is not run again there. Pages are scored as the eval scores them (benchmarks/eval/page.ts
 * scorePage: the body tokens against the gold body, benchmarks/metric.ts) and a group's body F1 is
 * the eval's (mean P, mean R, F1 of the two: metric.ts aggregate), over the pages with body gold.
 *
 * Groups: a split set's training folds whole, folds 1-2 (developed on) and folds 3-4 (the check);
 * every other set whole. Per pass and group: pages whose labels it changes, the group's body F1
 * with the pass skipped minus with all passes (negative: the pass carries that much), and pages
 * whose F1 moves by more than PAGE_MOVE when skipped, with their sites. The "all passes" row is the
 * eval's number: check it against `benchmarks/eval/main.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { onlyPositional, parseCommandLine } from '../cli-args.js';
import { caseFold, inSelection, SPLIT_SETS } from '../corpus/folds.js';
import { aggregate } from '../metric.js';
import { scorePage, siteHost } from '../eval/page.js';
import { textTable } from '../eval/tables.js';
import { checkReport } from '../eval/report.js';
import { listDirs, readCaseTruth, readInput } from '../eval/truth.js';
import { parseOptions as parseSifterOptions } from '../../src/options.js';
import { analysePage, labelPage, type LatePass, type LatePassObserver } from '../../src/pipeline.js';
import { LATE_DEMOTIONS } from '../../src/classify/late-demotions.js';
import { LATE_PROMOTIONS } from '../../src/classify/late-promotions.js';
import { loadResources } from '../../src/resources.js';
import type { LabelledSegment } from '../../src/classify/classify.js';

const EXIT_USAGE = 2;
const DEFAULT_SET = 'wcxb-dev';
/** A page whose body F1 moves by more than this when a pass is skipped is counted up or down (the brief's unit of a visible page change). */
const PAGE_MOVE = 0.01;
/** The body convention the eval uses by default (benchmarks/eval/options.ts). */
const CONVENTION = 'full';
/** A pass whose skipping lowers neither folds 1-2 nor folds 3-4 by more than this, and no other set by more than WEIGHTLESS_GUARD_DROP, carries no measurable weight (session 43's removal bound, set by the lead before the run). */
const WEIGHTLESS_TRAIN_DROP = 0.00003;
const WEIGHTLESS_GUARD_DROP = 0.0002;
/** A split set's folds read as developed-on and as the check (benchmarks/corpus/folds.ts; fold 0 is held back). */
const FOLD_GROUPS: readonly { name: string; folds: readonly number[] }[] = [
  { name: 'folds 1-2', folds: [1, 2] },
  { name: 'folds 3-4', folds: [3, 4] },
];

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npx tsx benchmarks/diagnose/ablation.ts <corpus-dir> [--set NAME]... [--folds train] [--out FILE]\n`);
  process.exit(EXIT_USAGE);
}

interface PageScores {
  set: string;
  id: string;
  fold: number | null;
  host: string | null;
  /** Body P and R with every pass (null: no body gold). */
  all: { precision: number; recall: number; f1: number } | null;
  /** Per pass that changed a segment on the page: the page's labels with the pass skipped differ from the final ones, and its body P/R then. */
  skipped: Map<LatePass, { changed: boolean; body: { precision: number; recall: number; f1: number } | null }>;
}

/** Whether a pass left some segment other than it found it (a late pass relabels; it never adds or drops a segment). */
function touched(before: readonly LabelledSegment[], after: readonly LabelledSegment[]): boolean {
  return before.length !== after.length || after.some((s, i) => s !== before[i]);
}

interface Cell {
  pages: number;
  changed: number;
  f1All: number | null;
  delta: number | null;
  up: number;
  down: number;
  upSites: number;
  downSites: number;
}

function cell(pages: readonly PageScores[], pass: LatePass | null): Cell {
  const scored = pages.filter((p) => p.all !== null);
  const allF1 = aggregate(scored.map((p) => p.all!)).f1;
  if (pass === null) return { pages: pages.length, changed: 0, f1All: allF1, delta: 0, up: 0, down: 0, upSites: 0, downSites: 0 };
  const withSkip = scored.map((p) => p.skipped.get(pass)?.body ?? p.all!);
  const f1Skip = aggregate(withSkip).f1;
  const up = new Set<string>();
  const down = new Set<string>();
  let ups = 0;
  let downs = 0;
  scored.forEach((p, i) => {
    const d = withSkip[i]!.f1 - p.all!.f1;
    if (d > PAGE_MOVE) {
      ups++;
      up.add(p.host ?? `${p.set}/${p.id}`);
    } else if (d < -PAGE_MOVE) {
      downs++;
      down.add(p.host ?? `${p.set}/${p.id}`);
    }
  });
  return {
    pages: pages.length,
    changed: pages.filter((p) => p.skipped.get(pass)?.changed === true).length,
    f1All: allF1,
    delta: allF1 === null || f1Skip === null ? null : f1Skip - allF1,
    up: ups,
    down: downs,
    upSites: up.size,
    downSites: down.size,
  };
}

function groupsOf(sets: readonly string[], pages: readonly PageScores[]): { name: string; pages: PageScores[] }[] {
  return sets.flatMap((set) => {
    const ofSet = pages.filter((p) => p.set === set);
    if (!SPLIT_SETS.includes(set)) return [{ name: set, pages: ofSet }];
    return [{ name: `${set} training folds`, pages: ofSet }, ...FOLD_GROUPS.map((g) => ({ name: g.name, pages: ofSet.filter((p) => p.fold !== null && g.folds.includes(p.fold)) }))];
  });
}

const signed = (x: number | null): string => (x === null ? '-' : `${x >= 0 ? '+' : ''}${x.toFixed(5)}`);

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine(
    { args: process.argv.slice(2), allowPositionals: true, options: { set: { type: 'string', multiple: true }, folds: { type: 'string' }, out: { type: 'string' } } },
    usage,
  );
  const corpus = resolve(onlyPositional(positionals, usage, 'corpus directory'));
  const sets = values.set ?? [DEFAULT_SET];
  if (values.folds !== undefined && values.folds !== 'train') usage('--folds: only train (the held-back fold is not read)');
  if (sets.some((s) => SPLIT_SETS.includes(s)) && values.folds !== 'train') usage(`--folds train is required for ${SPLIT_SETS.join(', ')} (its held-back fold is not read)`);

  const options = parseSifterOptions({});
  const resources = await loadResources(options);
  const passes: readonly LatePass[] = [...LATE_PROMOTIONS, ...LATE_DEMOTIONS];
  const pages: PageScores[] = [];
  for (const set of sets) {
    for (const id of await listDirs(join(corpus, set))) {
      if (!inSelection(set, id, 'train')) continue;
      const truth = await readCaseTruth(corpus, set, id, CONVENTION);
      const analysed = analysePage(resources, options, await readInput(join(corpus, set, id), truth));
      const fired = new Set<LatePass>();
      const noting: LatePassObserver = {
        replace(pass, before, after) {
          if (touched(before, after)) fired.add(pass);
          return undefined;
        },
      };
      const score = (observer: LatePassObserver): { labels: string; body: PageScores['all'] } => {
        const report = checkReport(labelPage(resources, options, analysed, observer));
        return { labels: report.segments.map((s) => s.label).join(), body: scorePage(set, id, truth, report, 0, null).body };
      };
      const all = score(noting);
      const skipped: PageScores['skipped'] = new Map();
      for (const pass of fired) {
        const without = score({ replace: (p, before) => (p === pass ? before : undefined) });
        skipped.set(pass, { changed: without.labels !== all.labels, body: without.body });
      }
      pages.push({ set, id, fold: SPLIT_SETS.includes(set) ? caseFold(set, id) : null, host: siteHost(truth.url), all: all.body, skipped });
    }
  }

  const groups = groupsOf(sets, pages);
  process.stdout.write(`\nlate-pass ablation: ${pages.length} pages; body F1 with every pass (mean P, mean R, F1 as the eval reports it):\n`);
  process.stdout.write(`${textTable(groups.map((g) => [g.name, String(g.pages.length), String(g.pages.filter((p) => p.all !== null).length), cell(g.pages, null).f1All?.toFixed(5) ?? '-']), ['group', 'pages', 'body n', 'body F1'], false)}\n`);
  const rows = passes.map((pass) => ({ pass, kind: (LATE_PROMOTIONS as readonly string[]).includes(pass) ? 'promotion' : 'demotion', cells: groups.map((g) => ({ group: g.name, ...cell(g.pages, pass) })) }));
  process.stdout.write(`\nper pass and group: ΔF1 = the group's body F1 with the pass skipped minus with every pass (negative: what the pass carries), and in brackets the pages whose labels change when it is skipped\n`);
  const names = groups.map((g) => g.name);
  const kindOf = (r: (typeof rows)[number]): string[] => [r.pass, r.kind];
  process.stdout.write(`${textTable(rows.map((r) => [...kindOf(r), ...r.cells.map((c) => `${signed(c.delta)} (${c.changed})`)]), ['pass', 'kind', ...names], false)}\n`);
  process.stdout.write(`\nper pass and group: pages whose body F1 goes up / down by more than ${PAGE_MOVE} when the pass is skipped, and on how many sites (up/down pages, [up/down sites])\n`);
  process.stdout.write(`${textTable(rows.map((r) => [...kindOf(r), ...r.cells.map((c) => `${c.up}/${c.down} [${c.upSites}/${c.downSites}]`)]), ['pass', 'kind', ...names], false)}\n`);
  // the removal candidates: passes that carry nothing measurable, and passes whose skipping raises both fold groups
  const deltaOf = (r: (typeof rows)[number], name: string): number => r.cells.find((c) => c.group === name)?.delta ?? 0;
  const [developed, check] = FOLD_GROUPS.map((g) => g.name);
  const guards = groups.filter((g) => !g.pages.some((p) => p.fold !== null)).map((g) => g.name);
  if (developed !== undefined && check !== undefined && groups.some((g) => g.name === developed)) {
    const weightless = rows.filter((r) => deltaOf(r, developed) >= -WEIGHTLESS_TRAIN_DROP && deltaOf(r, check) >= -WEIGHTLESS_TRAIN_DROP && guards.every((g) => deltaOf(r, g) >= -WEIGHTLESS_GUARD_DROP));
    const costly = rows.filter((r) => deltaOf(r, developed) > 0 && deltaOf(r, check) > 0);
    process.stdout.write(`\nno measurable weight (skipped: ${developed} and ${check} down by at most ${WEIGHTLESS_TRAIN_DROP}, ${guards.join(', ') || 'no other set'} by at most ${WEIGHTLESS_GUARD_DROP}): ${weightless.map((r) => r.pass).join(', ') || 'none'}\n`);
    process.stdout.write(`skipping raises both ${developed} and ${check}: ${costly.map((r) => `${r.pass} (${guards.every((g) => deltaOf(r, g) >= -WEIGHTLESS_GUARD_DROP) ? 'guards hold' : 'a guard falls'})`).join(', ') || 'none'}\n`);
  }
  if (values.out !== undefined) {
    const changedPages = pages.flatMap((p) =>
      [...p.skipped].filter(([, s]) => s.changed).map(([pass, s]) => ({ pass, set: p.set, id: p.id, fold: p.fold, host: p.host, f1All: p.all?.f1 ?? null, f1Skipped: s.body?.f1 ?? null })),
    );
    await mkdir(dirname(resolve(values.out)), { recursive: true });
    await writeFile(values.out, `${JSON.stringify({ corpus, sets, pageMove: PAGE_MOVE, groups: groups.map((g) => ({ name: g.name, pages: g.pages.length, f1All: cell(g.pages, null).f1All })), rows, changedPages }, null, 1)}\n`);
    process.stdout.write(`\nwrote ${values.out}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`ablation failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
