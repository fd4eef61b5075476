/**
 * Per-rule hit table on a labelled corpus, as SpamAssassin's mass-check / hit-frequencies:
 *
 *   npx tsx benchmarks/mass-check.ts <corpus-dir> [--pool POOL_DIR] [--out benchmarks/results/mass-check.json] [--markdown FILE]
 *
 * With --pool, the labelled pool documents of the training folds (benchmarks/labels/hplt; the
 * held-back fold is never read here, so that no held-back text reaches the table's examples) are
 * cases too. Of a split corpus set (wcxb-dev) only the training folds are read, for the same reason.
 * Each rule's score in use is shown beside its hand-set score and whether it was fitted
 * (data/weights/spam.json, `npm run fit`), as SpamAssassin shows scores beside hit-frequencies.
 * Corrected labels (benchmarks/labels/corrections.json) replace a set's own.
 *
 * Body and navigation rules get a second table: their hit rates on body and boilerplate segments
 * of the pages with body gold (a segment is body when half of its token trigrams are in the gold
 * body, benchmarks/corpus/gold-body.ts, as the body fit labels them) and their score in use beside
 * the fitted one (data/weights/body.json, or the file given with --body-weights: a candidate fit
 * not shipped).
 *
 * Every segment of every page is "spam" when at least SPAM_SEGMENT_MIN_SHARE of its tokens lie in
 * the page's gold spam regions, "ham" otherwise (pages with pageSpam=false are all ham). For each
 * rule: SPAM% = share of spam segments it hits, HAM% = share of ham segments it hits,
 * S/O = SPAM% / (SPAM% + HAM%), and the clean pages (pageSpam=false) it fires on. Spam rules that
 * fire on clean pages are flagged: a spam rule must stay silent on clean pages.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { DATA_DIR } from '../src/data-dir.js';
import { createSifter, type SiftInput } from '../src/index.js';
import { BODY_WEIGHTS_FILE, bodyWeightsSchema, spamWeightsSchema } from '../src/rules/weights.js';
import { goldBodyTest } from './corpus/gold-body.js';
import { corrected } from './corpus/corrections.js';
import { caseFold, SPLIT_SETS } from './corpus/folds.js';
import { loadPoolDocs, spamTexts } from './pool/cases.js';
import { HELD_BACK_FOLD } from './pool/split.js';
import { writeSection } from './markdown.js';
import { bagOfTexts, bagOverlap, bagSize } from './metric.js';

/** A segment counts as spam when at least this share of its tokens are in gold spam regions. */
const SPAM_SEGMENT_MIN_SHARE = 0.5;
const DEFAULT_OUT = 'benchmarks/results/mass-check.json';
/** Name of this script's section in RESULTS.md (markers <!-- mass-check:start/end -->). */
const SECTION = 'mass-check';
const EXAMPLES = 3;

interface Truth {
  input: string;
  body?: string | null;
  spam: string[];
  pageSpam: boolean;
}

interface RuleRow {
  rule: string;
  label: string;
  spamHits: number;
  hamHits: number;
  bodyHits: number;
  boilerplateHits: number;
  /** The score the hit carried (the score in use). */
  score: number;
  cleanPages: string[];
  examples: string[];
}

async function main(): Promise<number> {
  const usage = (message?: string): number => {
    process.stderr.write(`${message ? `${message}\n` : ''}usage: npx tsx benchmarks/mass-check.ts <corpus-dir> [--out FILE] [--markdown FILE]\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string', default: DEFAULT_OUT }, markdown: { type: 'string' }, pool: { type: 'string' }, 'body-weights': { type: 'string' } },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  const corpus = positionals[0];
  if (!corpus || positionals.length > 1) return usage();
  const sifter = await createSifter();
  const rows = new Map<string, RuleRow>();
  let spamSegments = 0;
  let hamSegments = 0;
  let bodySegments = 0;
  let boilerplateSegments = 0;
  const cases: { set: string; kase: string; truth: Truth; input: () => Promise<SiftInput> }[] = [];
  for (const set of (await readdir(corpus, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const kase of (await readdir(join(corpus, set))).sort()) {
      // a split set's held-back fold is never read here (benchmarks/corpus/folds.ts), as the pool's is not
      if (SPLIT_SETS.includes(set) && caseFold(set, kase) === HELD_BACK_FOLD) continue;
      const dir = join(corpus, set, kase);
      const truth = corrected(set, kase, JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as Truth);
      cases.push({ set, kase, truth, input: async () => { const bytes = await readFile(join(dir, truth.input)); return truth.input.endsWith('.txt') ? { text: bytes.toString('utf8') } : { bytes }; } });
    }
  }
  if (values.pool !== undefined) {
    for (const doc of loadPoolDocs(values.pool).docs.filter((d) => d.fold !== HELD_BACK_FOLD)) cases.push({ set: 'pool', kase: doc.key, truth: { input: 'page.txt', spam: spamTexts(doc), pageSpam: doc.spam }, input: async () => ({ text: doc.text }) });
  }
  {
    for (const { set, kase, truth, input } of cases) {
      const report = sifter.sift(await input());
      const gold = bagOfTexts(truth.spam);
      const isBody = typeof truth.body === 'string' && !truth.pageSpam ? goldBodyTest(truth.body) : undefined;
      for (const segment of report.segments) {
        const segmentBag = bagOfTexts([segment.text]);
        const size = bagSize(segmentBag);
        if (size === 0) continue;
        const isSpam = truth.pageSpam && bagOverlap(segmentBag, gold) >= SPAM_SEGMENT_MIN_SHARE * size;
        if (isSpam) spamSegments++;
        else hamSegments++;
        const inFlow = !['title', 'script-title', 'meta-description', 'meta-keywords'].includes(segment.source.kind);
        const body = isBody !== undefined && inFlow ? isBody(segment.text) : undefined;
        if (body === true) bodySegments++;
        else if (body === false) boilerplateSegments++;
        for (const hit of segment.hits) {
          let row = rows.get(hit.rule);
          if (!row) rows.set(hit.rule, (row = { rule: hit.rule, label: hit.label, spamHits: 0, hamHits: 0, bodyHits: 0, boilerplateHits: 0, score: hit.score, cleanPages: [], examples: [] }));
          if (isSpam) row.spamHits++;
          else row.hamHits++;
          if (body === true) row.bodyHits++;
          else if (body === false) row.boilerplateHits++;
          const page = `${set}/${kase}`;
          if (!truth.pageSpam && !row.cleanPages.includes(page)) {
            row.cleanPages.push(page);
            if (hit.label === 'spam' && row.examples.length < EXAMPLES) row.examples.push(`${page}: ${segment.text.slice(0, 80)}`);
          }
        }
      }
    }
  }
  const table = [...rows.values()].map((r) => {
    const spamPct = spamSegments ? (100 * r.spamHits) / spamSegments : 0;
    const hamPct = hamSegments ? (100 * r.hamHits) / hamSegments : 0;
    const so = spamPct + hamPct > 0 ? spamPct / (spamPct + hamPct) : 0;
    return { ...r, spamPct, hamPct, so, flagged: r.label === 'spam' && r.cleanPages.length > 0 };
  });
  table.sort((a, b) => a.label.localeCompare(b.label) || b.so - a.so || a.rule.localeCompare(b.rule));
  const weightsFile = join(DATA_DIR, 'weights', 'spam.json');
  const weights = existsSync(weightsFile) ? spamWeightsSchema.parse(JSON.parse(readFileSync(weightsFile, 'utf8'))).rules : {};
  const scoreOf = (rule: string): string => {
    const w = weights[rule];
    if (w === undefined) return '| | |';
    return `| ${w.score} | ${w.handScore} | ${w.fitted ? 'fitted' : `hand-set: ${w.reason ?? ''}`}`;
  };
  const lines = [
    `segments: ${spamSegments} spam, ${hamSegments} ham (spam = >= ${SPAM_SEGMENT_MIN_SHARE * 100}% of tokens in gold spam regions); cases: ${cases.length}${values.pool !== undefined ? ' (with the training folds of the labelled pool)' : ''}`,
    '',
    '| rule | label | SPAM% | HAM% | S/O | clean pages hit | flag | score | hand score | fitted |',
    '|---|---|---:|---:|---:|---:|---|---:|---:|---|',
    ...table.map((r) => `| ${r.rule} | ${r.label} | ${r.spamPct.toFixed(3)} | ${r.hamPct.toFixed(3)} | ${r.so.toFixed(3)} | ${r.cleanPages.length} | ${r.flagged ? 'FIRES ON CLEAN PAGES' : ''} ${scoreOf(r.rule)} |`),
  ];
  const bodyFile = values['body-weights'] ?? join(DATA_DIR, BODY_WEIGHTS_FILE);
  const bodyWeights = existsSync(bodyFile) ? bodyWeightsSchema.parse(JSON.parse(readFileSync(bodyFile, 'utf8'))) : undefined;
  const bodyScoreOf = (rule: string, inUse: number | undefined): string => {
    const w = bodyWeights?.rules[rule];
    if (w === undefined) return `| ${inUse ?? ''} | | |`;
    return `| ${inUse ?? ''} | ${w.handScore} | ${w.fitted ? w.score : `kept: ${w.reason ?? ''}`} |`;
  };
  const scoreInUse = new Map(table.map((r) => [r.rule, r.score]));
  const pct = (n: number, of: number): string => (of === 0 ? '-' : ((100 * n) / of).toFixed(2));
  lines.push(
    '',
    `Body and navigation rules on the pages with body gold: ${bodySegments} body and ${boilerplateSegments} boilerplate segments (body = half of its token trigrams in the gold body); fitted scores from ${bodyWeights === undefined ? 'no body weights file' : `${bodyFile}${bodyWeights.fittedAt ? ` (${bodyWeights.fittedAt})` : ''}`}`,
    '',
    '| rule | label | BODY% | BOILER% | body share | score in use | hand score | fitted score |',
    '|---|---|---:|---:|---:|---:|---:|---|',
    ...table
      .filter((r) => r.label === 'body' || r.label === 'navigation')
      .map((r) => `| ${r.rule} | ${r.label} | ${pct(r.bodyHits, bodySegments)} | ${pct(r.boilerplateHits, boilerplateSegments)} | ${r.bodyHits + r.boilerplateHits === 0 ? '-' : (r.bodyHits / (r.bodyHits + r.boilerplateHits)).toFixed(3)} ${bodyScoreOf(r.rule, scoreInUse.get(r.rule))}`),
  );
  const flagged = table.filter((r) => r.flagged);
  if (flagged.length > 0) {
    lines.push('', 'Spam rules firing on clean pages:');
    for (const r of flagged) for (const example of r.examples) lines.push(`- ${r.rule}: ${example}`);
  }
  const text = lines.join('\n');
  process.stdout.write(`${text}\n`);
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, `${JSON.stringify({ corpus, spamSegments, hamSegments, rules: table }, null, 2)}\n`);
  if (values.markdown) await writeSection(values.markdown, SECTION, text, '## Rule hit table (mass-check)');
  return 0;
}

process.exitCode = await main();
