/** The command line: flags, defaults and the usage message. */
import { resolve } from 'node:path';
import { onlyPositional, parseCommandLine } from '../cli-args.js';

export const DEFAULT_OUT = 'benchmarks/results/bench.json';
const DEFAULT_ROUNDS = 3;
const DEFAULT_PEER_ROUNDS = 1;
const DEFAULT_JOBS = 2;
const DEFAULT_RSS_PAGES = 10_000;
const EXIT_USAGE = 2;

export interface Options {
  corpus: string;
  /** Sets named with --sets; null: readCorpus chooses. */
  sets: string[] | null;
  rounds: number;
  peerRounds: number;
  jobs: number;
  rssPages: number;
  peers: boolean;
  build: boolean;
  out: string;
  markdown: string | null;
}

export function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npx tsx benchmarks/bench/main.ts <corpus-dir> [--sets readability,zh-gbk] [--rounds N] [--peer-rounds N] [--jobs N] [--rss-pages N] [--no-peers] [--no-build] [--out ${DEFAULT_OUT}] [--markdown FILE]\n`,
  );
  process.exit(EXIT_USAGE);
}

export function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseCommandLine(
    {
      args: argv,
      allowPositionals: true,
      options: {
        sets: { type: 'string', multiple: true },
        rounds: { type: 'string' },
        'peer-rounds': { type: 'string' },
        jobs: { type: 'string' },
        'rss-pages': { type: 'string' },
        'no-peers': { type: 'boolean' },
        'no-build': { type: 'boolean' },
        out: { type: 'string' },
        markdown: { type: 'string' },
      },
    },
    usage,
  );
  const corpus = onlyPositional(positionals, usage, 'corpus directory');
  const int = (name: string, value: string | undefined, fallback: number, min: number): number => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) usage(`--${name} must be an integer ≥ ${min}`);
    return n;
  };
  const sets = (values.sets ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s.length > 0);
  return {
    corpus: resolve(corpus),
    sets: sets.length > 0 ? [...new Set(sets)] : null,
    rounds: int('rounds', values.rounds, DEFAULT_ROUNDS, 1),
    peerRounds: int('peer-rounds', values['peer-rounds'], DEFAULT_PEER_ROUNDS, 1),
    jobs: int('jobs', values.jobs, DEFAULT_JOBS, 1),
    rssPages: int('rss-pages', values['rss-pages'], DEFAULT_RSS_PAGES, 0),
    peers: values['no-peers'] !== true,
    build: values['no-build'] !== true,
    out: values.out ?? DEFAULT_OUT,
    markdown: values.markdown ?? null,
  };
}
