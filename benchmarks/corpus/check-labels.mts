/**
 * Check a check set's body labels against its transcribed pages without running any extractor:
 * every present case's selectors must match and choose text (the eval's own loading,
 * readCaseTruth), and the gold's length is printed. For whoever transcribes a half that is read
 * only to report (half B): it shows the labels hold on the pages and nothing about any tool's output.
 *
 *   npx tsx benchmarks/corpus/check-labels.mts CORPUS_DIR SET...
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from '../cli-args.js';
import { errorMessage } from '../error-message.js';
import { listDirs, readCaseTruth } from '../eval/truth.js';

const USAGE = 'usage: npx tsx benchmarks/corpus/check-labels.mts CORPUS_DIR SET...';

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h', default: false } } }, usage);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [corpus, ...sets] = positionals;
  if (corpus === undefined || sets.length === 0) usage('expected a corpus folder and at least one set');
  let failed = 0;
  for (const set of sets) {
    for (const id of await listDirs(join(corpus, set))) {
      try {
        const truth = await readCaseTruth(corpus, set, id, 'full');
        const chars = truth.body?.length ?? 0;
        process.stdout.write(`${set}/${id}\t${chars} gold chars\n`);
      } catch (e) {
        failed++;
        process.stdout.write(`${set}/${id}\tFAILED: ${errorMessage(e)}\n`);
      }
    }
  }
  if (failed > 0) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
