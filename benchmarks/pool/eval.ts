/**
 * Spam detection on the labelled pool: `npm run eval:pool -- POOL_DIR [--folds held-back|train|all]
 * [--out FILE] [--markdown FILE] [--list-misses N]`.
 *
 * Cases are made at run time from benchmarks/labels/hplt and the pool (cases.ts); each document is
 * sifted as text input. Reported per language and per spam category:
 * - page recall over spam documents, false-positive rate over clean documents (verdict.spam);
 * - spam-token P/R/F1 over spam documents (the corpus metric: bags of tokens of the segments
 *   labelled spam against the gold spam regions; mean P and mean R, F1 of the means).
 * The held-back fold (split.ts) is the result; the training folds are printed for comparison only.
 *
 * With `--corpus DIR`: the false-positive rate on the clean pages of the development corpus too —
 * of the sets the fits learn from (TRAINABLE_SETS) only the pages of the chosen folds, of the
 * other sets every page (nothing is trained on them).
 *
 * With `--keyword-list FILE` (repeatable): the same tables for a keyword-list baseline on the same
 * documents (keyword-baseline.ts; on development pages it reads the decoded page source).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeInput } from '../../src/decode/input.js';
import { createSifter, DEFAULT_MAX_BYTES } from '../../src/index.js';
import { writeSection } from '../markdown.js';
import { scoreTexts } from '../metric.js';
import { loadPoolDocs, spamTexts, type PoolDoc } from './cases.js';
import { keywordMatches, loadKeywordList } from './keyword-baseline.js';
import { HELD_BACK_FOLD } from './split.js';
import { cleanRow, scoredReport, summarise, table, type Row, type ScoredDoc } from './tables.js';
import { CLEAN_SETS, loadCleanPages, TRAINABLE_SETS } from '../corpus/clean-pages.js';

const FOLD_CHOICES = ['held-back', 'train', 'all'] as const;
type FoldChoice = (typeof FOLD_CHOICES)[number];
const SECTION = 'pool-eval';

/** A pool document as sifted (tables.ts reads `spam` from the label). */
interface DocResult extends ScoredDoc {
  doc: PoolDoc;
  score: number;
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run eval:pool -- POOL_DIR [--folds ${FOLD_CHOICES.join('|')}] [--out FILE] [--markdown FILE] [--list-misses N] [--corpus DIR] [--keyword-list FILE]...\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { corpus: { type: 'string' }, folds: { type: 'string', default: 'held-back' }, out: { type: 'string', default: 'benchmarks/results/pool-eval.json' }, markdown: { type: 'string' }, 'list-misses': { type: 'string', default: '0' }, 'keyword-list': { type: 'string', multiple: true, default: [] } },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  const poolDir = positionals[0];
  if (poolDir === undefined) usage('POOL_DIR is missing');
  const folds = values.folds as FoldChoice;
  if (!FOLD_CHOICES.includes(folds)) usage(`--folds: one of ${FOLD_CHOICES.join(', ')}`);
  let pool;
  try {
    pool = loadPoolDocs(poolDir);
  } catch (error) {
    usage((error as Error).message);
  }
  const docs = pool.docs.filter((d) => (folds === 'all' ? true : folds === 'held-back' ? d.fold === HELD_BACK_FOLD : d.fold !== HELD_BACK_FOLD));
  const sifter = await createSifter();
  const results: DocResult[] = docs.map((doc) => {
    return { doc, ...scoredReport(sifter.sift({ text: doc.text }), doc.spam, spamTexts(doc)) };
  });
  const keywordLists = (values['keyword-list'] ?? []).map((path) => loadKeywordList(path));
  const baseline: DocResult[] = docs.map((doc) => {
    const matches = keywordMatches(keywordLists, doc.text);
    const score = scoreTexts(matches, spamTexts(doc));
    return { doc, spam: doc.spam, flagged: matches.length > 0, score: matches.length, precision: score.precision, recall: score.recall };
  });
  const inFolds = (fold: number): boolean => (folds === 'all' ? true : folds === 'held-back' ? fold === HELD_BACK_FOLD : fold !== HELD_BACK_FOLD);
  const cleanRows: Row[] = [];
  const cleanFlagged: string[] = [];
  const baselineBySet = new Map<string, [number, number]>();
  if (values.corpus !== undefined) {
    const pages = loadCleanPages(values.corpus, CLEAN_SETS).filter((page) => !(TRAINABLE_SETS as readonly string[]).includes(page.set) || inFolds(page.fold));
    const flaggedBySet = new Map<string, [number, number]>();
    for (const page of pages) {
      if (keywordLists.length > 0) {
        const [k, n] = baselineBySet.get(page.set) ?? [0, 0];
        baselineBySet.set(page.set, [k + (keywordMatches(keywordLists, decodeInput(page.input, DEFAULT_MAX_BYTES).text).length > 0 ? 1 : 0), n + 1]);
      }
      const report = sifter.sift(page.input);
      const [k, n] = flaggedBySet.get(page.set) ?? [0, 0];
      flaggedBySet.set(page.set, [k + (report.verdict.spam ? 1 : 0), n + 1]);
      if (report.verdict.spam) cleanFlagged.push(`${page.set}/${page.id} score ${report.verdict.score} [${report.verdict.categories.join(',')}]`);
    }
    const poolClean = results.filter((r) => !r.doc.spam);
    flaggedBySet.set('pool (clean documents)', [poolClean.filter((r) => r.flagged).length, poolClean.length]);
    let allK = 0;
    let allN = 0;
    for (const [set, [k, n]] of flaggedBySet) {
      allK += k;
      allN += n;
      cleanRows.push(cleanRow(set, k, n));
    }
    cleanRows.push(cleanRow('all clean pages', allK, allN));
  }
  const baselineClean = baseline.filter((r) => !r.doc.spam);
  if (values.corpus !== undefined && keywordLists.length > 0) baselineBySet.set('pool (clean documents)', [baselineClean.filter((r) => r.flagged).length, baselineClean.length]);
  const baselineCleanAll = [...baselineBySet.values()].reduce(([k, n], [a, b]) => [k + a, n + b], [0, 0]);
  const languages = [...new Set(docs.map((d) => d.lang))].sort();
  const byLanguage = languages.map((lang) => summarise(lang, results.filter((r) => r.doc.lang === lang)));
  const overall = summarise('overall', results);
  const categories = [...new Set(docs.flatMap((d) => d.categories))].sort();
  const byCategory = categories.map((c) => summarise(c, results.filter((r) => r.doc.categories.includes(c))));
  // spam documents only (categories belong to spam documents too): these rows have no clean side
  const shapes = [
    summarise('doorway', results.filter((r) => r.doc.spam && r.doc.doorway)),
    summarise('injected (not doorway)', results.filter((r) => r.doc.spam && !r.doc.doorway)),
  ];
  const title = `Pool spam eval, ${folds === 'held-back' ? `held-back fold ${HELD_BACK_FOLD}` : folds === 'train' ? 'training folds (trained on: not a result)' : 'all folds (includes training data: not a result)'}`;
  const text = [
    `${title}: ${docs.length} documents (${pool.leftOut.length} labels left out as unsure), labels ${pool.dataHash.slice(0, 12)}`,
    '',
    table([...byLanguage, overall]),
    '',
    'By spam shape and category (recall and spam-token scores over the spam documents of each):',
    '',
    table([...shapes, ...byCategory]),
    ...(cleanRows.length > 0
      ? ['', `False positives on clean pages (${folds === 'held-back' ? 'held-back fold of the sets the fits learn from, every page of the others' : folds}):`, '', table(cleanRows)]
      : []),
    ...(keywordLists.length > 0
      ? [
          '',
          `Baseline on the same documents: the keyword list${keywordLists.length > 1 ? 's' : ''} ${keywordLists.map((l) => `${l.name} (${l.terms.length} terms)`).join(', ')}, matched as lower-cased substrings:`,
          '',
          table([...languages.map((lang) => summarise(lang, baseline.filter((r) => r.doc.lang === lang))), summarise('overall', baseline), ...(baselineBySet.size > 0 ? [cleanRow('all clean pages', baselineCleanAll[0], baselineCleanAll[1])] : [])]),
        ]
      : []),
  ].join('\n');
  process.stdout.write(`${text}\n`);
  const misses = Number(values['list-misses']);
  if (misses > 0) {
    process.stdout.write('\nmissed spam:\n');
    for (const r of results.filter((x) => x.doc.spam && !x.flagged).slice(0, misses)) process.stdout.write(`  ${r.doc.key} ${r.doc.lang} [${r.doc.categories.join(',')}] ${r.doc.doorway ? 'doorway' : 'injected'} score ${r.score} — ${r.doc.label.note}\n`);
    process.stdout.write('false positives:\n');
    for (const r of results.filter((x) => !x.doc.spam && x.flagged)) process.stdout.write(`  ${r.doc.key} ${r.doc.lang} score ${r.score} — ${r.doc.label.note}\n`);
    for (const line of cleanFlagged) process.stdout.write(`  ${line}\n`);
  }
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, `${JSON.stringify({ folds, dataHash: pool.dataHash, overall, byLanguage, byCategory, shapes, clean: cleanRows, cleanFlagged }, null, 2)}\n`);
  if (values.markdown) await writeSection(values.markdown, SECTION, text);
}

await main();
