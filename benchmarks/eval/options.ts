/** The command line of the evaluation (its options are documented in main.ts). */
import { resolve } from 'node:path';
import { onlyPositional, parseCommandLine } from '../cli-args.js';
import { FOLD_SELECTIONS, isFoldSelection, type FoldSelection } from '../corpus/folds.js';

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
  peers: boolean;
  folds: FoldSelection;
  /** Type the pages the page-type model is fitted on with cross-validated models (cv-page-types.ts). */
  cvPageTypes: boolean;
}

export function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npm run eval -- <corpus-dir> [--set name]... [--out ${DEFAULT_OUT}] [--verbose] [--markdown FILE] [--oracle] [--peers] [--folds ${FOLD_SELECTIONS.join('|')}] [--cv-page-types]\n`,
  );
  process.exit(EXIT_USAGE);
}

export function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseCommandLine(
    {
      args: argv,
      allowPositionals: true,
      options: {
        set: { type: 'string', multiple: true },
        out: { type: 'string' },
        verbose: { type: 'boolean' },
        markdown: { type: 'string' },
        section: { type: 'string' },
        oracle: { type: 'boolean' },
        peers: { type: 'boolean' },
        folds: { type: 'string' },
        'cv-page-types': { type: 'boolean' },
      },
    },
    usage,
  );
  const corpus = onlyPositional(positionals, usage, 'corpus directory');
  const folds = values.folds ?? 'all';
  if (!isFoldSelection(folds)) usage(`--folds must be one of ${FOLD_SELECTIONS.join(', ')}`);
  if (values.oracle === true && values['cv-page-types'] === true) usage('--cv-page-types needs the library; not with --oracle');
  if (values.oracle === true && values.peers === true) usage('--peers needs the library (pagesift decodes pages for the peers); not with --oracle');
  return {
    corpus: resolve(corpus),
    sets: values.set ?? [],
    out: values.out ?? DEFAULT_OUT,
    verbose: values.verbose ?? false,
    markdown: values.markdown ?? null,
    section: values.section ?? SECTION,
    oracle: values.oracle ?? false,
    peers: values.peers ?? false,
    folds,
    cvPageTypes: values['cv-page-types'] ?? false,
  };
}
