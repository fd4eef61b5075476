/**
 * What the gold keeps of a promoted list's items, part by part, and what each policy of keeping
 * parts would score (item-parts.ts), on the wcxb-dev TRAINING folds.
 *
 *   npx tsx benchmarks/diagnose/list-items.ts CORPUS_DIR --folds train [--type TYPE]... [--pages]
 *
 *   --folds train   required: fold 0 is held back and never opened (checked before truth.json is read)
 *   --type          only pages of WCXB's type TYPE (repeatable); without it every training page
 *   --pages         also print each page's F1 under every policy (a row per page)
 *
 * Only pages that pagesift types `listing` and on which the listing promotion made some segment
 * body (hit `context.listing-item`) are scored: the policies change nothing elsewhere, so a policy's
 * effect on the whole training set is its effect on these pages. Printed:
 *   - per part (title, teaser, date/byline, price, label, action, other): the promoted segments'
 *     tokens the gold holds and leaves out (gold-share.ts's attribution: body segments first) and
 *     the sites whose text of the part is mostly gold / mostly not;
 *   - per policy (all parts = what ships, all but one part, titles only, …, none): F1 of the mean P
 *     and mean R over the pages, and per WCXB type, as the eval computes them;
 *   - the per-page oracle over those policies (each page under the policy that suits it): how much
 *     a page-by-page choice of parts is worth, which no one rule makes when the sites disagree.
 *
 * Session 33 (helper listing-33) wrote it to measure the listing gap of issue 13 (RESULTS.md).
 */
import { resolve } from 'node:path';
import { onlyPositional, parseCommandLine } from '../cli-args.js';
import { bagOfTexts, tokens, type MeanScores } from '../metric.js';
import { readInput } from '../eval/truth.js';
import { siteHost } from '../eval/page.js';
import { createSifter } from '../../src/index.js';
import { trainingCases } from './training-cases.js';
import { attributeGold } from './gold-share.js';
import { comparePolicies, itemPart, LISTING_ITEM_HIT, scorePolicy, standardPolicies, tallyParts, type ItemPart, type PolicyPage } from './item-parts.js';

const EXIT_USAGE = 2;
const SET = 'wcxb-dev';

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npx tsx benchmarks/diagnose/list-items.ts <corpus-dir> --folds train [--type TYPE]... [--pages]\n`);
  process.exit(EXIT_USAGE);
}

function cell(m: MeanScores | undefined): string {
  return m === undefined || m.f1 === null ? '' : m.f1.toFixed(4);
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine(
    { args: process.argv.slice(2), allowPositionals: true, options: { folds: { type: 'string' }, type: { type: 'string', multiple: true }, pages: { type: 'boolean' } } },
    usage,
  );
  const corpus = resolve(onlyPositional(positionals, usage, 'corpus directory'));
  if (values.folds !== 'train') usage('--folds train is required (the held-back fold is not read)');
  const types = values.type;

  const sifter = await createSifter({ includeFeatures: true });
  const pages: PolicyPage[] = [];
  const partRows: { host: string; part: ItemPart; tokens: number; gold: number }[] = [];
  for await (const { id, caseDir, truth } of trainingCases(corpus, SET, types)) {
    const report = sifter.sift(await readInput(caseDir, truth));
    if (report.pageType.type !== 'listing') continue;
    const promoted = report.segments.map((s) => s.label === 'body' && s.hits.some((h) => h.rule === LISTING_ITEM_HIT));
    if (!promoted.includes(true)) continue;
    const gold = bagOfTexts([truth.body]);
    const host = siteHost(truth.url) ?? id;
    const shares = attributeGold(report.segments, gold);
    const segments = report.segments.map((s, i) => {
      const part = promoted[i] ? itemPart({ text: s.text, kind: s.source.kind, tokens: tokens(s.text).length, linkShare: s.features?.linkDensity ?? 0 }) : undefined;
      if (part !== undefined) partRows.push({ host, part, tokens: shares[i]!.tokens, gold: shares[i]!.gold });
      return { label: s.label, text: s.text, part };
    });
    pages.push({ id, host, type: truth.pageType, gold, segments });
  }

  const wcxbTypes = [...new Set(pages.map((p) => p.type))].sort();
  const sites = new Set(pages.map((p) => p.host)).size;
  const out: string[] = [];
  out.push(`${SET} training folds${types === undefined ? '' : `, WCXB types ${types.join(', ')}`}: ${pages.length} pages typed listing with a promoted list, ${sites} sites (${wcxbTypes.map((t) => `${t} ${pages.filter((p) => p.type === t).length}`).join(', ')})`);
  out.push('');
  out.push('part of a promoted item   segments  gold tokens  not gold  sites mostly gold / mostly not');
  for (const r of tallyParts(partRows)) {
    out.push(`${r.part.padEnd(24)}  ${String(r.segments).padStart(8)}  ${String(r.gold).padStart(11)}  ${String(r.notGold).padStart(8)}  ${r.sitesGold} / ${r.sitesNotGold}`);
  }
  out.push('');
  const policies = standardPolicies();
  const { rows, oracle, preferred } = comparePolicies(pages, policies);
  out.push(`policy (parts kept as body)   all     ${wcxbTypes.map((t) => t.padEnd(13)).join(' ')}`);
  for (const r of [...rows, oracle]) out.push(`${r.name.padEnd(28)}  ${cell(r.all)}  ${wcxbTypes.map((t) => cell(r.byType[t]).padEnd(13)).join(' ')}`);
  out.push('');
  out.push(`pages whose best policy it is (ties to what ships): ${Object.entries(preferred).sort((a, b) => b[1] - a[1]).map(([n, k]) => `${n} ${k}`).join(', ')}`);
  if (values.pages === true) {
    out.push('');
    out.push(`page  host  type  ${policies.map(([n]) => n).join(' | ')}`);
    for (const p of pages) {
      const f = policies.map(([, pol]) => {
        const s = scorePolicy(p, pol);
        return s.precision + s.recall === 0 ? '0.00' : ((2 * s.precision * s.recall) / (s.precision + s.recall)).toFixed(2);
      });
      out.push(`${p.id}  ${p.host}  ${p.type}  ${f.join(' ')}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`list-items failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
