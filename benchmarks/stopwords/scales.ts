/**
 * Fits data/stopwords/scales.json: how much less of a language's running text its stopword list
 * covers than the English list covers of English text, measured on real crawled text (the HPLT
 * pool, training folds only: benchmarks/pool/split.ts).
 *
 *   npx tsx benchmarks/stopwords/scales.ts POOL_DIR [--out data/stopwords/scales.json]
 *
 * The body rule `body.stopwords` (data/rules/30_body.json) asks for a stopword ratio of 0.2, a line
 * drawn on English prose, whose median line is 0.4. Vietnamese counts syllables (a word is one to
 * three of them) and Indonesian glues its function words to stems, so their lists cover about half
 * as much of the same kind of text and the rule fired on half their prose lines. The scale is the
 * English median over the language's median, over lines of MIN_LINE_WORDS or more words (running
 * text, not menus); pagesift multiplies a page's ratio by its language's scale
 * (src/features/stopwords.ts). A language with no text in the pool has no scale (1).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readPoolFile } from '../pool/read.js';
import { foldOf, TRAIN_FOLDS } from '../pool/split.js';
import { DATA_DIR } from '../../src/data-dir.js';
import { loadStopwords, stopwordRatio } from '../../src/features/stopwords.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

/** A line of at least this many words is running text (a menu or a title line is shorter). */
export const MIN_LINE_WORDS = 12;
/** The pool's file prefix of each language that has a stopword list (data/stopwords/<lang>.txt). */
const POOL_LANGUAGES: Readonly<Record<string, string>> = { en: 'eng_Latn', vi: 'vie_Latn', id: 'ind_Latn' };

const normalize = (s: string): string => s.normalize('NFKC').toLowerCase();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const pool = positionals[0];
  if (pool === undefined) throw new Error('usage: npx tsx benchmarks/stopwords/scales.ts POOL_DIR [--out FILE]');
  const out = values.out ?? join(DATA_DIR, 'stopwords', 'scales.json');
  const lists = await loadStopwords(join(DATA_DIR, 'stopwords'), normalize);
  const files = readdirSync(pool).filter((f) => f.endsWith('.tsv')).sort();
  const medians: Record<string, { lines: number; documents: number; median: number }> = {};
  for (const [language, prefix] of Object.entries(POOL_LANGUAGES)) {
    const set = language === 'en' ? lists.everyPage : lists.languages.find((l) => l.language === language)?.counted;
    if (set === undefined) throw new Error(`no stopword list for ${language}`);
    const ratios: number[] = [];
    let documents = 0;
    for (const file of files.filter((f) => f.startsWith(prefix))) {
      for (const row of readPoolFile(pool, file)) {
        if (!(TRAIN_FOLDS as readonly number[]).includes(foldOf(row.id))) continue;
        documents++;
        for (const line of row.text.split('\n')) {
          const words = tokenize(normalize(line)).words;
          if (words.length >= MIN_LINE_WORDS) ratios.push(stopwordRatio(words, set));
        }
      }
    }
    medians[language] = { lines: ratios.length, documents, median: median(ratios) };
  }
  const english = medians.en!.median;
  const scales = Object.fromEntries(Object.entries(medians).filter(([l]) => l !== 'en').map(([l, m]) => [l, Math.round((english / m.median) * 100) / 100]));
  const data = {
    $comment: 'Made by benchmarks/stopwords/scales.ts: for each language, the median stopword ratio of English lines over its own, on lines of running text of the HPLT pool (training folds). src/features/stopwords.ts multiplies a page\'s stopword ratio by its language\'s scale. Do not edit by hand: re-run the script.',
    trainedOn: { pool: 'shared/corpus-pool/hplt (HPLT v2, annot_round1), folds 1-4 of benchmarks/pool/split.ts', minLineWords: MIN_LINE_WORDS, medians },
    scales,
  };
  writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
  process.stdout.write(`wrote ${out}: ${JSON.stringify(scales)} (${JSON.stringify(medians)})\n`);
}

await main();
