/**
 * Page typing on sets the page-type model was never fitted on: each case sifted as a user sifts it
 * (createSifter().sift({ bytes })), its report.pageType.type against truth.json `pageType` (article,
 * forum, listing, product; any other value is `other`, as the fit reads it: body-pagetype.ts modelType).
 *
 *   npx tsx benchmarks/diagnose/page-types.ts <corpus-dir> --set l3s-gn1 --set zh-news-clean [--list]
 *
 * The sets the model is fitted on (TRAINABLE_SETS) are refused: their training pages are no test,
 * and wcxb-dev's held-back fold is never opened. --list prints every mistyped case.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { onlyPositional, parseCommandLine } from '../cli-args.js';
import { TRAINABLE_SETS } from '../corpus/clean-pages.js';
import { listDirs } from '../eval/truth.js';
import { typeAccuracy, type TypeAccuracy } from '../eval/type-accuracy.js';
import { modelType } from '../fit/body-pagetype.js';
import { createSifter } from '../../src/index.js';
import { PAGE_TYPES, type PageType } from '../../src/pagetype/model.js';

const EXIT_USAGE = 2;

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npx tsx benchmarks/diagnose/page-types.ts <corpus-dir> --set NAME [--set NAME]... [--list]\n`);
  process.exit(EXIT_USAGE);
}

/** One line per gold type present: right/all, and where the rest went ("article 135/150 (listing 9, other 6)"). */
function tallyLines(confusion: TypeAccuracy['confusion']): string[] {
  return PAGE_TYPES.flatMap((gold) => {
    const row = confusion[gold];
    if (row === undefined) return [];
    const all = PAGE_TYPES.reduce((a, p) => a + (row[p] ?? 0), 0);
    const wrong = PAGE_TYPES.filter((p) => p !== gold && (row[p] ?? 0) > 0).map((p) => `${p} ${row[p]}`);
    return [`${gold} ${row[gold] ?? 0}/${all}${wrong.length > 0 ? ` (${wrong.join(', ')})` : ''}`];
  });
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine({ allowPositionals: true, options: { set: { type: 'string', multiple: true }, list: { type: 'boolean' } } }, usage);
  const corpus = onlyPositional(positionals, usage, 'corpus directory');
  const sets = values.set ?? [];
  if (sets.length === 0) usage('name at least one --set');
  const trained = sets.filter((s) => (TRAINABLE_SETS as readonly string[]).includes(s));
  if (trained.length > 0) usage(`${trained.join(', ')}: the page-type model is fitted on these sets; name sets it never saw`);
  const sifter = await createSifter();
  for (const set of sets) {
    const typed: { pageType: PageType; predictedPageType: PageType }[] = [];
    const wrong: string[] = [];
    for (const id of await listDirs(join(corpus, set))) {
      const truth = JSON.parse(await readFile(join(corpus, set, id, 'truth.json'), 'utf8')) as { input: string; pageType?: string };
      const bytes = new Uint8Array(await readFile(join(corpus, set, id, truth.input)));
      const gold = modelType(truth.pageType ?? 'other');
      const got = sifter.sift({ bytes }).pageType.type;
      typed.push({ pageType: gold, predictedPageType: got });
      if (got !== gold) wrong.push(`  ${id}: ${gold} typed ${got}`);
    }
    process.stdout.write(`${set}: ${tallyLines(typeAccuracy(typed).confusion).join('; ')}\n`);
    if (values.list === true) for (const line of wrong) process.stdout.write(`${line}\n`);
  }
}

await main();
