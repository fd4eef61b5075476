#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { createSifter, type Report, type Sifter } from '../index.js';
import { formatText } from '../report/format.js';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args.js';

/** Exit statuses, as grep and friends use them. */
const EXIT_OK = 0;
const EXIT_SPAM = 1;
const EXIT_ERROR = 2;
const TEXT_WIDTH = 100; // terminal columns for segment text
const TEXT_REASONS = 2;

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describeReadError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'No such file or directory' : code === 'EISDIR' ? 'Is a directory' : code === 'EACCES' ? 'Permission denied' : (error as Error).message;
  return `pagesift: ${file}: ${reason}`;
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function write(text: string): void {
  process.stdout.write(text);
}

function render(args: CliArgs, name: string, report: Report, color: boolean): string {
  switch (args.format) {
    case 'text':
      return formatText(report, name, { color, width: TEXT_WIDTH, reasons: TEXT_REASONS });
    case 'jsonl':
      return `${JSON.stringify({ file: name, ...report })}\n`;
    case 'json':
      return JSON.stringify({ file: name, ...report }, null, 2);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`pagesift: ${error.message}\nTry 'pagesift --help'.\n`);
      return EXIT_ERROR;
    }
    throw error;
  }
  if (args.help) {
    write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (args.version) {
    write(`${await version()}\n`);
    return EXIT_OK;
  }
  if (args.files.length === 0) {
    process.stderr.write(`pagesift: no input files (use - for standard input)\nTry 'pagesift --help'.\n`);
    return EXIT_ERROR;
  }

  let sifter: Sifter;
  try {
    sifter = await createSifter({
      ...(args.spamThreshold !== undefined ? { spamThreshold: args.spamThreshold } : {}),
      ...(args.maxBytes !== undefined ? { maxBytes: args.maxBytes } : {}),
      ruleFiles: args.rules,
      lexiconFiles: args.lexicons,
      includeFeatures: args.features,
    });
  } catch (error) {
    process.stderr.write(`pagesift: ${(error as Error).message}\n`);
    return EXIT_ERROR;
  }

  const color = args.color ?? (process.stdout.isTTY === true && !process.env['NO_COLOR']);
  let status = EXIT_OK;
  let anySpam = false;
  const jsonArray = args.format === 'json' && args.files.length > 1;
  if (jsonArray) write('[\n');
  let written = 0;
  for (const file of args.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readInput(file);
    } catch (error) {
      process.stderr.write(`${describeReadError(file, error)}\n`);
      status = EXIT_ERROR;
      continue;
    }
    const name = file === '-' ? '(stdin)' : file;
    const report = sifter.sift({ bytes });
    anySpam ||= report.verdict.spam;
    const out = render(args, name, report, color);
    if (args.format === 'json') write(`${jsonArray && written > 0 ? ',\n' : ''}${out}${jsonArray ? '' : '\n'}`);
    else write(out);
    written++;
  }
  if (jsonArray) write('\n]\n');
  if (status === EXIT_OK && args.failOnSpam && anySpam) status = EXIT_SPAM;
  return status;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (pagesift … | head) is a normal way to stop reading.
  if (error.code === 'EPIPE') process.exit(EXIT_OK);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`pagesift: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT_ERROR;
  },
);
