/**
 * How far a candidate lexicon reaches, before it is shipped (training folds only):
 *   npx tsx benchmarks/pool/lexicon-reach.ts LEXICON_FILE --pool POOL_DIR --corpus CORPUS_DIR [--min-terms N] [--list]
 *
 * A list of terms that each stand on one spam document is what has repeatedly failed to carry to
 * the held-back fold (benchmarks/RESULTS.md). This tool says, for a lexicon file in the
 * data/lexicons format kept outside data/ (so nothing loads it), per term:
 *   - the clean texts it fires in: clean pool documents of the training folds and clean pages of
 *     every development set (benchmarks/corpus/clean-pages.ts CLEAN_SETS) outside fold 0;
 *   - the spam documents of the pool it reaches, on folds 1–2 and on folds 3–4 apart (the
 *     half/half check: choose on one half, look at the other);
 * then how many terms reach 0, 1, 2 or more spam documents, and per half how many documents hold
 * at least `--min-terms` distinct terms, with their distinct terms per 1,000 characters.
 *
 * Texts are matched as sift() matches them: the segments' text of a sift() report (so HTML is read
 * the way the pipeline reads it), normalised (Traditional to Simplified), through the lexicon
 * matcher with the tokenizer's boundaries. Fold 0 (held back) is never read.
 */
import { createSifter } from '../../src/index.js';
import { loadLexiconFile } from '../../src/lexicon/load.js';
import { createLexiconMatcher } from '../../src/lexicon/matcher.js';
import { createNormalizer } from '../../src/tokenize/normalize.js';
import { tokenize } from '../../src/tokenize/tokenize.js';
import { loadTraditionalToSimplified } from '../../src/tokenize/traditional.js';
import { parseCommandLine, onlyPositional } from '../cli-args.js';
import { CLEAN_SETS, loadCleanPages } from '../corpus/clean-pages.js';
import { loadPoolDocs } from './cases.js';
import { HELD_BACK_FOLD } from './split.js';

const USAGE = 'usage: npx tsx benchmarks/pool/lexicon-reach.ts LEXICON_FILE --pool POOL_DIR --corpus CORPUS_DIR [--min-terms N] [--list]';

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

/** Folds 1–2 and 3–4: the two halves of the training folds. */
type Half = '1-2' | '3-4';
const halfOf = (fold: number): Half => (fold <= 2 ? '1-2' : '3-4');

interface Text {
  key: string;
  kind: 'clean' | 'spam';
  half: Half;
  categories: readonly string[];
  chars: number;
  terms: Map<string, number>;
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine(
    { allowPositionals: true, options: { pool: { type: 'string' }, corpus: { type: 'string' }, 'min-terms': { type: 'string', default: '2' }, list: { type: 'boolean', default: false } } },
    usage,
  );
  const file = onlyPositional(positionals, usage, 'lexicon file');
  if (values.pool === undefined || values.corpus === undefined) usage('--pool and --corpus are required');
  const minTerms = Number(values['min-terms']);
  if (!Number.isInteger(minTerms) || minTerms < 1) usage(`--min-terms: expected a positive integer, got "${values['min-terms']}"`);

  const lexicon = await loadLexiconFile(file);
  const normalize = createNormalizer(loadTraditionalToSimplified());
  const matcher = createLexiconMatcher([lexicon], normalize);
  const sifter = await createSifter();
  const termsOf = (input: Parameters<typeof sifter.sift>[0]): { chars: number; terms: Map<string, number> } => {
    const terms = new Map<string, number>();
    let chars = 0;
    for (const segment of sifter.sift(input).segments) {
      chars += segment.text.length;
      const normalized = normalize(segment.text);
      for (const hit of matcher.match(normalized, tokenize(normalized).boundary)) terms.set(hit.term, (terms.get(hit.term) ?? 0) + 1);
    }
    return { chars, terms };
  };

  const texts: Text[] = [];
  for (const doc of loadPoolDocs(values.pool).docs) {
    if (doc.fold === HELD_BACK_FOLD) continue;
    texts.push({ key: doc.key, kind: doc.spam ? 'spam' : 'clean', half: halfOf(doc.fold), categories: doc.categories, ...termsOf({ text: doc.text }) });
  }
  for (const page of loadCleanPages(values.corpus, CLEAN_SETS)) {
    if (page.fold === HELD_BACK_FOLD) continue;
    texts.push({ key: `${page.set}/${page.id}`, kind: 'clean', half: halfOf(page.fold), categories: [], ...termsOf(page.input) });
  }

  const out = (line: string): boolean => process.stdout.write(`${line}\n`);
  out(`${file}: ${lexicon.terms.length} terms; ${texts.filter((t) => t.kind === 'clean').length} clean texts, ${texts.filter((t) => t.kind === 'spam').length} spam documents (folds 1-4)`);
  out('');
  out('| term | clean texts | spam docs folds 1-2 | spam docs folds 3-4 | where |');
  out('|---|---:|---:|---:|---|');
  const reach = new Map<number, number>();
  let firesClean = 0;
  for (const { term } of lexicon.terms) {
    const t = normalize(term);
    const holding = texts.filter((x) => x.terms.has(t));
    const clean = holding.filter((x) => x.kind === 'clean');
    const spam = holding.filter((x) => x.kind === 'spam');
    if (clean.length > 0) firesClean++;
    else reach.set(spam.length, (reach.get(spam.length) ?? 0) + 1);
    if (holding.length === 0) continue;
    const where = [...clean.map((x) => `clean ${x.key}`), ...spam.map((x) => x.key)].slice(0, 6).join(', ');
    out(`| ${term} | ${clean.length} | ${spam.filter((x) => x.half === '1-2').length} | ${spam.filter((x) => x.half === '3-4').length} | ${where} |`);
  }
  out('');
  out(`terms that fire in clean text: ${firesClean}`);
  for (const [n, count] of [...reach].sort((a, b) => a[0] - b[0])) out(`terms with no clean hit reaching ${n} spam document(s): ${count}`);
  out('');
  for (const half of ['1-2', '3-4'] as const) {
    const holding = texts.filter((x) => x.half === half && x.terms.size >= minTerms);
    const perK = (x: Text): string => ((1000 * x.terms.size) / Math.max(1, x.chars)).toFixed(2);
    out(`folds ${half}: ${holding.filter((x) => x.kind === 'spam').length} spam and ${holding.filter((x) => x.kind === 'clean').length} clean texts hold ${minTerms}+ distinct terms`);
    if (values.list) for (const x of holding) out(`  ${x.kind} ${x.key} [${x.categories.join(',')}] distinct ${x.terms.size}, ${perK(x)} per 1,000 chars: ${[...x.terms.keys()].join(' ')}`);
  }
}

await main();
