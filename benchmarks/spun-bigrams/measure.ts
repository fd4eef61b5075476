/**
 * Does word-pair statistics see spun English? (issue 12; session 25, branch spam-25a) A measurement
 * only, on the training folds: it ships nothing, and its answer in session 25 was no (benchmarks/RESULTS.md).
 *   npx tsx benchmarks/spun-bigrams/measure.ts POOL_DIR --corpus CORPUS_DIR
 *
 * Reference: word and word-pair counts of the clean English gold body text of the development corpus
 * (wcxb-dev training folds, readability's and l3s-gn1's English pages). Text is cut into runs of plain
 * lower-case words at punctuation, digits and any token that is not a word, so a pair never straddles
 * a full stop or a list item. Per document: of its adjacent pairs whose two words are both among the
 * reference's N most common, the share never seen in the reference, on the runs that look like
 * prose (at least MIN words, at least FW of the reference's 60 commonest words) or on every run;
 * or the mean smoothed -log P(second | first) over the same pairs.
 *
 * Judged: the pool's English training-fold documents (folds 1–4): spun (labelled category `spun`)
 * against clean; and the development pages' gold bodies (first 1,000 characters, the pool's excerpt
 * size), each scored against the reference without its own pairs (leave one out). Printed per
 * variant: AUC spun vs clean pool, spun documents above every clean pool document, development
 * pages at or above the fifth highest spun document, and the half/half check (threshold at the
 * highest clean document of pool folds 1–2, read on folds 3–4).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { onlyPositional, parseCommandLine } from '../cli-args.js';
import { inSelection } from '../corpus/folds.js';
import { loadPoolDocs } from '../pool/cases.js';
import { HELD_BACK_FOLD } from '../pool/split.js';

const REFERENCE_SETS = ['wcxb-dev', 'readability', 'l3s-gn1'] as const;
const FUNCTION_WORDS = 60;
const MIN_PAIRS = 8;
const EXCERPT_CHARS = 1000;
/** Add-β smoothing of P(second | first) toward the second word's unigram probability. */
const SMOOTHING = 10;
type Measure = 'unseen share' | 'mean -log P(w2 given w1)';
const VARIANTS: readonly { measure: Measure; common: number; minWords: number; minFunctionWords: number }[] = [
  { measure: 'unseen share', common: 1000, minWords: 1, minFunctionWords: 0 },
  { measure: 'unseen share', common: 3000, minWords: 1, minFunctionWords: 0 },
  { measure: 'unseen share', common: 10000, minWords: 1, minFunctionWords: 0 },
  { measure: 'unseen share', common: 3000, minWords: 6, minFunctionWords: 2 },
  { measure: 'unseen share', common: 10000, minWords: 6, minFunctionWords: 2 },
  { measure: 'unseen share', common: 10000, minWords: 10, minFunctionWords: 3 },
  { measure: 'mean -log P(w2 given w1)', common: 3000, minWords: 1, minFunctionWords: 0 },
  { measure: 'mean -log P(w2 given w1)', common: 10000, minWords: 1, minFunctionWords: 0 },
  { measure: 'mean -log P(w2 given w1)', common: 10000, minWords: 6, minFunctionWords: 2 },
];

const CLAUSE_BREAK = /[.,;:!?()[\]{}"“”«»/|…—–\n\t•·]+|\s-\s/u;
const WORD = /^[a-z]+(?:'[a-z]+)?$/;

/** Runs of plain words, cut at punctuation and at any token that is not a plain word. */
function wordRuns(text: string): string[][] {
  const runs: string[][] = [];
  for (const clause of text.toLowerCase().replaceAll('’', "'").split(CLAUSE_BREAK)) {
    let run: string[] = [];
    for (const raw of clause.split(/\s+/)) {
      const token = raw.replace(/^['-]+|['-]+$/g, '');
      if (token === '') continue;
      if (WORD.test(token)) run.push(token);
      else {
        if (run.length > 0) runs.push(run);
        run = [];
      }
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

function pairCounts(runs: readonly string[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const run of runs) for (let i = 0; i + 1 < run.length; i++) {
    const key = `${run[i]} ${run[i + 1]}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function auc(positives: readonly number[], negatives: readonly number[]): number {
  let sum = 0;
  for (const p of positives) for (const n of negatives) sum += p > n ? 1 : p === n ? 0.5 : 0;
  return sum / (positives.length * negatives.length);
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npx tsx benchmarks/spun-bigrams/measure.ts POOL_DIR --corpus CORPUS_DIR\n`);
  process.exit(2);
}

function main(): void {
  const { values, positionals } = parseCommandLine({ allowPositionals: true, options: { corpus: { type: 'string' } } }, usage);
  const poolDir = onlyPositional(positionals, usage, 'pool directory');
  const corpus = values.corpus ?? usage('--corpus is required');

  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  const devPages: { name: string; excerpt: string[][]; own: Map<string, number> }[] = [];
  let wordTotal = 0;
  for (const set of REFERENCE_SETS) {
    const dir = join(corpus, set);
    for (const id of readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort()) {
      if (!inSelection(set, id, 'train')) continue;
      const truth = JSON.parse(readFileSync(join(dir, id, 'truth.json'), 'utf8')) as { lang?: string | null; body?: string | null; pageSpam?: boolean };
      if (truth.lang !== 'en' || !truth.body || truth.pageSpam) continue;
      const runs = wordRuns(truth.body);
      for (const run of runs) for (const word of run) words.set(word, (words.get(word) ?? 0) + 1), wordTotal++;
      const own = pairCounts(runs);
      for (const [key, n] of own) pairs.set(key, (pairs.get(key) ?? 0) + n);
      devPages.push({ name: `${set}/${id}`, excerpt: wordRuns(truth.body.slice(0, EXCERPT_CHARS)), own });
    }
  }
  const byCount = [...words].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const functionWords = new Set(byCount.slice(0, FUNCTION_WORDS));
  process.stdout.write(`reference: ${devPages.length} English development pages (${REFERENCE_SETS.join(', ')}; wcxb-dev training folds), ${wordTotal} words, ${pairs.size} distinct pairs\n`);

  const pool = loadPoolDocs(poolDir).docs.filter((doc) => doc.lang === 'en' && doc.fold !== HELD_BACK_FOLD);
  const judged = pool.map((doc) => ({ fold: doc.fold, spun: doc.spam && doc.categories.includes('spun'), clean: !doc.spam, runs: wordRuns(doc.text) }));
  process.stdout.write(`pool: ${judged.filter((d) => d.spun).length} spun and ${judged.filter((d) => d.clean).length} clean English training-fold documents\n\n`);
  process.stdout.write('| measure | common words | prose runs (words, function words) | AUC spun vs clean | spun > every clean | dev pages ≥ 5th spun | half/half: spun found f1–2, f3–4; clean flagged f3–4 |\n|---|---|---|---|---|---|---|\n');

  for (const variant of VARIANTS) {
    const common = new Set(byCount.slice(0, variant.common));
    const score = (runs: readonly string[][], without?: ReadonlyMap<string, number>): number => {
      let seen = 0;
      let unseen = 0;
      let surprise = 0;
      for (const run of runs) {
        if (run.length < variant.minWords || run.filter((w) => functionWords.has(w)).length < variant.minFunctionWords) continue;
        for (let i = 0; i + 1 < run.length; i++) {
          if (!common.has(run[i]!) || !common.has(run[i + 1]!)) continue;
          const key = `${run[i]} ${run[i + 1]}`;
          const n = (pairs.get(key) ?? 0) - (without?.get(key) ?? 0);
          if (n > 0) seen++;
          else unseen++;
          const second = (words.get(run[i + 1]!) ?? 0) / wordTotal;
          surprise -= Math.log((n + SMOOTHING * second) / ((words.get(run[i]!) ?? 0) + SMOOTHING));
        }
      }
      if (seen + unseen < MIN_PAIRS) return -Infinity;
      return variant.measure === 'unseen share' ? unseen / (seen + unseen) : surprise / (seen + unseen);
    };
    const scored = judged.map((doc) => ({ ...doc, value: score(doc.runs) }));
    const spun = scored.filter((d) => d.spun).map((d) => d.value);
    const clean = scored.filter((d) => d.clean).map((d) => d.value);
    const maxClean = Math.max(...clean);
    const fifthSpun = [...spun].sort((a, b) => b - a)[4] ?? Infinity;
    const devAtOrAbove = devPages.filter((page) => score(page.excerpt, page.own) >= fifthSpun).length;
    const firstHalf = scored.filter((d) => d.fold === 1 || d.fold === 2);
    const secondHalf = scored.filter((d) => d.fold === 3 || d.fold === 4);
    const threshold = Math.max(...firstHalf.filter((d) => d.clean).map((d) => d.value));
    const found = (docs: typeof scored): string => `${docs.filter((d) => d.spun && d.value > threshold).length}/${docs.filter((d) => d.spun).length}`;
    process.stdout.write(
      `| ${variant.measure} | ${variant.common} | ${variant.minWords}, ${variant.minFunctionWords} | ${auc(spun, clean).toFixed(3)} | ${spun.filter((v) => v > maxClean).length}/${spun.length} | ${devAtOrAbove}/${devPages.length} | ${found(firstHalf)}, ${found(secondHalf)}; ${secondHalf.filter((d) => d.clean && d.value > threshold).length}/${secondHalf.filter((d) => d.clean).length} |\n`,
    );
  }
}

main();
