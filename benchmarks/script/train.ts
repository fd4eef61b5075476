/**
 * Which Simplified characters Traditional-Chinese text does not use:
 *   npm run train:script -- POOL_DIR [--out data/models/script-chars.json]
 *
 * Data: the clean documents of the labelled pool's training folds (benchmarks/pool/split.ts; the
 * held-back fold is never read) whose text is Traditional (tokenize/variant.ts); the count is
 * foreign-chars.ts's. Nothing is learned from spam documents. `npm run eval:pool:oof` makes the
 * same count without each fold in turn.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SCRIPT_CHARS_FILE, type ScriptChars } from '../../src/tokenize/foreign-chars.js';
import { loadTraditionalToSimplified } from '../../src/tokenize/traditional.js';
import { loadPoolDocs } from '../pool/cases.js';
import { HELD_BACK_FOLD, TRAIN_FOLDS } from '../pool/split.js';
import { countForeignChars, MAX_SHARE } from './foreign-chars.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: `data/models/${SCRIPT_CHARS_FILE}` } } });
const poolDir = positionals[0];
if (poolDir === undefined || positionals.length > 1) {
  process.stderr.write('usage: npm run train:script -- POOL_DIR [--out FILE]\n');
  process.exit(2);
}
const pool = loadPoolDocs(poolDir);
const count = countForeignChars(
  pool.docs.filter((d) => d.fold !== HELD_BACK_FOLD && !d.spam).map((d) => d.text),
  loadTraditionalToSimplified(),
);

const file: ScriptChars = {
  $comment: 'Made by `npm run train:script` (benchmarks/script/train.ts); do not edit by hand. See src/tokenize/foreign-chars.ts.',
  version: 1,
  trainedAt: new Date().toISOString().slice(0, 10),
  trainedOn: {
    sources: ['HPLT v2 pool (hplt-project/release2_inspection, MIT): clean Traditional-Chinese documents of the training folds, benchmarks/labels/hplt'],
    dataHash: pool.dataHash,
    folds: [...TRAIN_FOLDS],
    heldBackFold: HELD_BACK_FOLD,
    documents: count.documents,
    chars: count.characters,
  },
  maxShare: MAX_SHARE,
  foreignToTraditional: count.chars,
};
writeFileSync(values.out, `${JSON.stringify(file, null, 1)}\n`);
process.stdout.write(`${values.out}: ${count.chars.length} Simplified forms foreign to Traditional text (${count.documents} documents, ${count.characters} characters)\n`);
