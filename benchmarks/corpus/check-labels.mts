/**
 * Check a check set's body labels against its transcribed pages without running any extractor:
 * every present case's selectors must match and choose text (the eval's own loading,
 * readCaseTruth), and the gold's length is printed. For whoever transcribes a half that is read
 * only to report (half B): it shows the labels hold on the pages and nothing about any tool's output.
 *
 *   npx tsx benchmarks/corpus/check-labels.ts CORPUS_DIR SET...
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../error-message.js';
import { listDirs, readCaseTruth } from '../eval/truth.js';

async function main(): Promise<void> {
  const [corpus, ...sets] = process.argv.slice(2);
  if (corpus === undefined || sets.length === 0 || corpus === '--help' || corpus === '-h') {
    process.stderr.write('usage: npx tsx benchmarks/corpus/check-labels.ts CORPUS_DIR SET...\n');
    process.exit(corpus === '--help' || corpus === '-h' ? 0 : 2);
  }
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
