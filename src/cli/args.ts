import { parseArgs } from 'node:util';

export const USAGE = `Usage: pagesift [options] FILE... | -

Sift web pages into body, navigation and SEO spam segments.
FILE is an HTML or text page (any charset); - reads one page from standard input.

Options:
  -f, --format FORMAT     text (default), json or jsonl
      --fail-on-spam      exit with status 1 when a page is spam
      --spam-threshold N  page verdict threshold (default 5)
      --max-bytes N       cut pages larger than N bytes (default 10485760)
      --rules FILE        extra rule file (repeatable)
      --lexicon FILE      extra lexicon file (repeatable)
      --features          include feature values in json/jsonl output
      --color, --no-color force or forbid colour (default: colour on a terminal only)
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 done; 1 a page is spam and --fail-on-spam was given; 2 usage error,
unreadable file or bad options/rules.`;

export type Format = 'text' | 'json' | 'jsonl';

export interface CliArgs {
  files: string[];
  format: Format;
  failOnSpam: boolean;
  spamThreshold?: number;
  maxBytes?: number;
  rules: string[];
  lexicons: string[];
  features: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} needs a number, got "${value}"`);
  return n;
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        'fail-on-spam': { type: 'boolean', default: false },
        'spam-threshold': { type: 'string' },
        'max-bytes': { type: 'string' },
        rules: { type: 'string', multiple: true, default: [] },
        lexicon: { type: 'string', multiple: true, default: [] },
        features: { type: 'boolean', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'jsonl') throw new UsageError(`--format must be text, json or jsonl, got "${format}"`);
  const spamThreshold = numberOption(values['spam-threshold'], 'spam-threshold');
  const maxBytes = numberOption(values['max-bytes'], 'max-bytes');
  const color = values['no-color'] ? false : values.color;
  return {
    files: positionals,
    format,
    failOnSpam: values['fail-on-spam'],
    ...(spamThreshold !== undefined ? { spamThreshold } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    rules: values.rules,
    lexicons: values.lexicon,
    features: values.features,
    ...(color !== undefined ? { color } : {}),
    help: values.help,
    version: values.version,
  };
}
