/**
 * Spam detection on real pages found through the search tool (cases.ts):
 * `npm run eval:found -- TEXT_DIR [--labels FILE] [--markdown FILE] [--list]`.
 *
 * The test batches (batch 1, the default labels, and test2.jsonl: FOUND_TEST_LABELS) were never
 * used to train, fit or tune anything, and may not be: they are read only to report. `--labels`
 * names another batch (the development batches dev.jsonl and dev2.jsonl, and the news-digest probe
 * digest.jsonl, in benchmarks/labels/found/, are for tuning). Each page is sifted as text input (the stored text of a page, as the pool's
 * documents are). Reported per language, per kind of spam and overall: page recall over spam
 * pages, false-positive rate over the clean look-alikes, spam-token P/R/F1 (pool/tables.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createSifter } from '../../src/index.js';
import { writeSection } from '../markdown.js';
import { spamTexts } from '../pool/cases.js';
import { scoredReport, summarise, table, type ScoredDoc } from '../pool/tables.js';
import { DEFAULT_FOUND_LABELS, FOUND_KINDS, FOUND_TEST_LABELS, loadFoundPages, type FoundDoc } from './cases.js';

const SECTION = 'found-eval';

interface PageResult extends ScoredDoc {
  doc: FoundDoc;
  score: number;
  rules: string[];
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run eval:found -- TEXT_DIR [--labels FILE] [--markdown FILE] [--list]\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { labels: { type: 'string', default: DEFAULT_FOUND_LABELS }, markdown: { type: 'string' }, list: { type: 'boolean', default: false } } });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  const textDir = positionals[0];
  if (textDir === undefined || positionals.length > 1) usage('TEXT_DIR (the directory of the pages\' texts) is missing');
  let loaded;
  try {
    loaded = loadFoundPages(textDir, values.labels);
  } catch (error) {
    usage((error as Error).message);
  }
  if (loaded.errors.length > 0) {
    process.stderr.write(`${loaded.errors.join('\n')}\n${loaded.errors.length} label error(s): fix the labels first\n`);
    process.exit(1);
  }
  if (loaded.docs.length === 0) usage(`no page of ${values.labels} has its text in ${textDir}`);
  const sifter = await createSifter();
  const results: PageResult[] = loaded.docs.map((doc) => {
    const report = sifter.sift({ text: doc.text });
    const rules = [...new Set(report.segments.flatMap((s) => s.hits.filter((h) => h.label === 'spam').map((h) => h.rule)))];
    return { doc, ...scoredReport(report, doc.spam, spamTexts(doc)), rules };
  });
  const languages = [...new Set(results.map((r) => r.doc.label.lang))].sort();
  const kinds = FOUND_KINDS.filter((k) => k !== 'clean' && results.some((r) => r.doc.label.kind === k));
  const text = [
    `Real pages found through the search tool's stored web pages, labelled by reading (${results.length} pages${loaded.missing.length > 0 ? `; ${loaded.missing.length} labelled pages without their text in ${textDir} left out` : ''}). ${FOUND_TEST_LABELS.includes(resolve(values.labels)) ? `Labels ${values.labels}: a test batch, never trained or tuned on.` : `Labels ${values.labels}: a development batch is tuned on, its figures are no result.`}`,
    '',
    table([...languages.map((lang) => summarise(lang, results.filter((r) => r.doc.label.lang === lang))), summarise('overall', results)]),
    '',
    'By kind of spam (spam pages only):',
    '',
    table(kinds.map((kind) => summarise(kind, results.filter((r) => r.doc.label.kind === kind)))),
  ].join('\n');
  process.stdout.write(`${text}\n`);
  if (values.list) {
    for (const r of results) {
      const mark = r.spam ? (r.flagged ? 'caught' : 'MISSED') : r.flagged ? 'FALSE POSITIVE' : 'clean';
      process.stdout.write(`  ${r.doc.label.file} ${r.doc.label.lang} ${r.doc.label.kind} ${mark} score ${r.score} [${r.rules.join(',')}] — ${r.doc.label.note}\n`);
    }
  }
  if (values.markdown !== undefined) await writeSection(values.markdown, SECTION, text);
}

await main();
