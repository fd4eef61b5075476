/**
 * Which Simplified characters Traditional-Chinese text does not use:
 *   npm run train:script -- POOL_DIR [--out data/models/script-chars.json]
 *
 * Data: the clean documents of the labelled pool's training folds (benchmarks/pool/split.ts; the
 * held-back fold is never read) whose text is Traditional (tokenize/variant.ts). For each character
 * that OpenCC gives as the Simplified form of another, its uses are counted beside its Traditional
 * forms' uses. A character is foreign to Traditional text when it makes at most MAX_SHARE of them;
 * a character seen in neither form is taken as OpenCC gives it (Simplified). Nothing is learned
 * from spam documents.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadTraditionalToSimplified } from '../../src/tokenize/traditional.js';
import { createVariantCounter, variantOf } from '../../src/tokenize/variant.js';
import { SCRIPT_CHARS_FILE, type ScriptChars } from '../../src/tokenize/foreign-chars.js';
import { loadPoolDocs } from '../pool/cases.js';
import { HELD_BACK_FOLD, TRAIN_FOLDS } from '../pool/split.js';

/**
 * A Simplified form making at most this share of its uses beside its Traditional forms' in clean
 * Traditional text is foreign to it. On the training folds' Traditional pages the ordinary shared
 * characters sit far above (出 ~100 %, 台 ~80 %, 于 ~15 %) and the Simplified-only ones at 0–2 %
 * (crawled pages quote some Simplified text).
 */
const MAX_SHARE = 0.05;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: `data/models/${SCRIPT_CHARS_FILE}` } } });
const poolDir = positionals[0];
if (poolDir === undefined || positionals.length > 1) {
  process.stderr.write('usage: npm run train:script -- POOL_DIR [--out FILE]\n');
  process.exit(2);
}
const t2s = loadTraditionalToSimplified();
const countVariants = createVariantCounter(t2s);
const pool = loadPoolDocs(poolDir);
const docs = pool.docs.filter((d) => d.fold !== HELD_BACK_FOLD && !d.spam && variantOf(countVariants(d.text)) === 'traditional');

const uses = new Map<string, number>();
let chars = 0;
for (const doc of docs) {
  for (const ch of doc.text) {
    uses.set(ch, (uses.get(ch) ?? 0) + 1);
    chars++;
  }
}
const traditionalForms = new Map<string, string[]>();
for (const [traditional, simplified] of t2s) traditionalForms.set(simplified, [...(traditionalForms.get(simplified) ?? []), traditional]);
const foreign: string[] = [];
for (const [simplified, forms] of traditionalForms) {
  // a character that is itself the Traditional form of another is Traditional
  if (t2s.has(simplified)) continue;
  const own = uses.get(simplified) ?? 0;
  const all = own + forms.reduce((sum, t) => sum + (uses.get(t) ?? 0), 0);
  if (own <= MAX_SHARE * all) foreign.push(simplified);
}
foreign.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);

const file: ScriptChars = {
  $comment: 'Made by `npm run train:script` (benchmarks/script/train.ts); do not edit by hand. See src/tokenize/foreign-chars.ts.',
  version: 1,
  trainedAt: new Date().toISOString().slice(0, 10),
  trainedOn: {
    sources: ['HPLT v2 pool (hplt-project/release2_inspection, MIT): clean Traditional-Chinese documents of the training folds, benchmarks/labels/hplt'],
    dataHash: pool.dataHash,
    folds: [...TRAIN_FOLDS],
    heldBackFold: HELD_BACK_FOLD,
    documents: docs.length,
    chars,
  },
  maxShare: MAX_SHARE,
  foreignToTraditional: foreign.join(''),
};
writeFileSync(values.out, `${JSON.stringify(file, null, 1)}\n`);
process.stdout.write(`${values.out}: ${foreign.length} of ${traditionalForms.size} Simplified forms foreign to Traditional text (${docs.length} documents, ${chars} characters)\n`);
