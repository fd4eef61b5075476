/**
 * Set up a folder for the unseen check sets' pages: every case of `<set>.cases.jsonl` gets its
 * `truth.json` (corpus format, `body: null`: the body is the set's selector labels), and the cases
 * whose `page.html` is still missing are printed as a work list for whoever transcribes them.
 *
 *   npx tsx benchmarks/corpus/unseen-scaffold.ts DIR [--half A|B|all] [--set NAME]... [--labels DIR]
 *
 * The pages themselves are third-party and live outside the repository; a new machine starts
 * without them (sessions 37, 45 and 46 each wrote them again). The work list is one line per
 * missing page, `set<TAB>case<TAB>half<TAB>owner/repo@commit:path`, on stdout: the source to read
 * (16,000 characters at a time from the search tool's stored copy) and where it goes,
 * `DIR/<set>/<case>/page.html`. Only labelled cases (those with selectors in `<set>.json`) are
 * set up: the eval cannot score the others. An existing `truth.json` is rewritten only when it
 * differs. Check each page once written with check-labels.mts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from '../cli-args.js';
import { BODY_LABELS_DIR, bodyLabelsOf } from './body-labels.js';
import { HALVES, halvesOf, type Half } from '../eval/halves.js';
import { TRUTH_FILE } from '../eval/truth.js';

const USAGE = 'usage: npx tsx benchmarks/corpus/unseen-scaffold.ts DIR [--half A|B|all] [--set NAME]... [--labels DIR]';
const CASES_SUFFIX = '.cases.jsonl';
const PAGE_FILE = 'page.html';

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

/** One line of a cases file, as far as the scaffold reads it. */
export interface UnseenCase {
  set: string;
  id: string;
  half: Half;
  /** `owner/repo@commit:path` of the stored copy the page is transcribed from. */
  source: string;
  truth: Record<string, unknown>;
}

function field(entry: Record<string, unknown>, name: string, where: string): string {
  const value = entry[name];
  if (typeof value !== 'string' || value === '') throw new Error(`${where}: "${name}" must be a non-empty string`);
  return value;
}

/** The truth.json of a case: the eval's corpus format with the body left to the selector labels. */
export function truthOf(entry: Record<string, unknown>): Record<string, unknown> {
  const truth: Record<string, unknown> = { input: PAGE_FILE, lang: entry.lang ?? null, pageType: entry.pageType ?? null, body: null, snippets: null, spam: [], pageSpam: false };
  if (typeof entry.wcxbPageType === 'string') truth.wcxbPageType = entry.wcxbPageType;
  if (typeof entry.url === 'string') truth.url = entry.url;
  return truth;
}

/** The labelled cases of every cases file in `labelsDir` (or of `sets`), in file order. */
export function unseenCases(labelsDir: string, sets?: readonly string[]): UnseenCase[] {
  const names = sets ?? readdirSync(labelsDir).filter((f) => f.endsWith(CASES_SUFFIX)).map((f) => f.slice(0, -CASES_SUFFIX.length)).sort();
  const out: UnseenCase[] = [];
  for (const set of names) {
    const file = join(labelsDir, `${set}${CASES_SUFFIX}`);
    if (!existsSync(file)) throw new Error(`${file}: no cases file for set ${set}`);
    const halves = halvesOf(set, labelsDir)!;
    const labelled = bodyLabelsOf(set, labelsDir)?.cases ?? new Map<string, unknown>();
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${file}:${i + 1}`;
      const entry = JSON.parse(line) as Record<string, unknown>;
      const id = field(entry, 'case', where);
      if (!labelled.has(id)) return;
      out.push({ set, id, half: halves.get(id)!, source: field(entry, 'source', where), truth: truthOf(entry) });
    });
  }
  return out;
}

/** Writes each case's truth.json under `dir` (only when it differs) and returns the cases whose page is missing. */
export function scaffold(dir: string, cases: readonly UnseenCase[]): UnseenCase[] {
  const missing: UnseenCase[] = [];
  for (const c of cases) {
    const caseDir = join(dir, c.set, c.id);
    mkdirSync(caseDir, { recursive: true });
    const truthFile = join(caseDir, TRUTH_FILE);
    const text = `${JSON.stringify(c.truth, null, 1)}\n`;
    if (!existsSync(truthFile) || readFileSync(truthFile, 'utf8') !== text) writeFileSync(truthFile, text);
    if (!existsSync(join(caseDir, PAGE_FILE))) missing.push(c);
  }
  return missing;
}

function main(): void {
  const { values, positionals } = parseCommandLine(
    {
      allowPositionals: true,
      options: {
        half: { type: 'string', default: 'all' },
        set: { type: 'string', multiple: true },
        labels: { type: 'string', default: BODY_LABELS_DIR },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    usage,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) usage('expected one folder for the pages');
  const half = values.half;
  if (half !== 'all' && !(HALVES as readonly string[]).includes(half)) usage('--half must be A, B or all');
  let cases: UnseenCase[];
  try {
    cases = unseenCases(values.labels, values.set).filter((c) => half === 'all' || c.half === half);
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const missing = scaffold(positionals[0]!, cases);
  // a work list read by `| head` stops early: a closed pipe is not an error
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  for (const c of missing) process.stdout.write(`${c.set}\t${c.id}\t${c.half}\t${c.source}\n`);
  process.stderr.write(`${cases.length} cases set up, ${missing.length} pages missing\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
