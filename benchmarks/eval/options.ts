/** The command line of the evaluation (its options are documented in main.ts). */
import { resolve } from 'node:path';
import { onlyPositional, parseCommandLine } from '../cli-args.js';
import { BODY_CONVENTIONS, isBodyConvention, type BodyConvention } from '../corpus/body-labels.js';
import { FOLD_SELECTIONS, isFoldSelection, type FoldSelection } from '../corpus/folds.js';
import { isPeer, parsePeerList, PEERS, type Peer } from '../peers/registry.js';

const DEFAULT_OUT = 'benchmarks/results/eval.json';
/** Name of this script's section in RESULTS.md (markers <!-- eval:start/end -->). */
const SECTION = 'eval';
const EXIT_USAGE = 2;

export interface Options {
  corpus: string;
  sets: string[];
  out: string;
  verbose: boolean;
  markdown: string | null;
  section: string;
  oracle: boolean;
  /** Peers to run beside pagesift (empty: none). */
  peers: Peer[];
  folds: FoldSelection;
  /** Type the pages the page-type model is fitted on with cross-validated models (cv-page-types.ts). */
  cvPageTypes: boolean;
  /** Body gold convention for sets with selector labels (benchmarks/labels/body/): `full` or `text` (without headline and byline). */
  bodyConvention: BodyConvention;
}

export function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npm run eval -- <corpus-dir> [--set name]... [--out ${DEFAULT_OUT}] [--verbose] [--markdown FILE] [--oracle] [--peers [${PEERS.join(',')}]] [--folds ${FOLD_SELECTIONS.join('|')}] [--cv-page-types] [--body-convention ${BODY_CONVENTIONS.join('|')}]\n`,
  );
  process.exit(EXIT_USAGE);
}

const PEERS_FLAG = '--peers';

function isPeerList(arg: string): boolean {
  const names = arg.split(',').filter((s) => s.length > 0);
  return names.length > 0 && names.every(isPeer);
}

/**
 * Takes `--peers` (every peer), `--peers=a,b` and `--peers a,b` (those) out of the command line:
 * node's parseArgs has no option whose value may be left out. The argument after a bare `--peers`
 * is its list only when it is made of peer names alone (a corpus directory named `readability`
 * is then read as the list: give the corpus first). Null when no `--peers` is given.
 */
export function takePeers(argv: readonly string[]): { peers: Peer[] | null; rest: string[] } {
  let peers: Peer[] | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg !== PEERS_FLAG && !arg.startsWith(`${PEERS_FLAG}=`)) {
      rest.push(arg);
      continue;
    }
    let list = arg === PEERS_FLAG ? null : arg.slice(PEERS_FLAG.length + 1);
    // `--peers readability,defuddle`: the next argument is the list when it names peers only
    const next = argv[i + 1];
    if (list === null && next !== undefined && isPeerList(next)) {
      list = next;
      i++;
    }
    const parsed = parsePeerList(list);
    if (typeof parsed === 'string') usage(parsed);
    peers = [...new Set([...(peers ?? []), ...parsed])];
  }
  return { peers: peers === null ? null : PEERS.filter((p) => peers?.includes(p)), rest };
}

export function parseOptions(argv: string[]): Options {
  const { peers, rest } = takePeers(argv);
  const { values, positionals } = parseCommandLine(
    {
      args: rest,
      allowPositionals: true,
      options: {
        set: { type: 'string', multiple: true },
        out: { type: 'string' },
        verbose: { type: 'boolean' },
        markdown: { type: 'string' },
        section: { type: 'string' },
        oracle: { type: 'boolean' },
        folds: { type: 'string' },
        'cv-page-types': { type: 'boolean' },
        'body-convention': { type: 'string' },
      },
    },
    usage,
  );
  const corpus = onlyPositional(positionals, usage, 'corpus directory');
  const folds = values.folds ?? 'all';
  if (!isFoldSelection(folds)) usage(`--folds must be one of ${FOLD_SELECTIONS.join(', ')}`);
  const bodyConvention = values['body-convention'] ?? 'full';
  if (!isBodyConvention(bodyConvention)) usage(`--body-convention must be one of ${BODY_CONVENTIONS.join(', ')}`);
  if (values.oracle === true && values['cv-page-types'] === true) usage('--cv-page-types needs the library; not with --oracle');
  if (values.oracle === true && peers !== null) usage('--peers needs the library (pagesift decodes pages for the peers); not with --oracle');
  return {
    corpus: resolve(corpus),
    sets: values.set ?? [],
    out: values.out ?? DEFAULT_OUT,
    verbose: values.verbose ?? false,
    markdown: values.markdown ?? null,
    section: values.section ?? SECTION,
    oracle: values.oracle ?? false,
    peers: peers ?? [],
    folds,
    cvPageTypes: values['cv-page-types'] ?? false,
    bodyConvention,
  };
}
