/**
 * Labelled pages for the body fits (benchmarks/fit/body.ts): every page of the trainable sets
 * (benchmarks/corpus/clean-pages.ts TRAINABLE_SETS: licences that let us learn from them) with body
 * gold, its fold (benchmarks/corpus/folds.ts: fold 0 held back, never read here unless asked) and
 * its page type (wcxb-dev's truth.json `pageType`; the other sets' pages are articles unless their
 * truth says otherwise). The fits run each page through sift()'s own stages with
 * benchmarks/train/page-segments.ts (pageSegments, typedSegmentsOf), as the spam fits do.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SiftInput } from '../../src/decode/input.js';
import { caseFold } from '../corpus/folds.js';
import { corrected } from '../corpus/corrections.js';
import { HELD_BACK_FOLD } from '../pool/split.js';

export interface BodyPage {
  set: string;
  id: string;
  fold: number;
  /** truth.json pageType (article, forum, listing, product, other; readability/zh-gbk: as written there). */
  pageType: string;
  body: string;
  input: SiftInput;
}

/** Pages with body gold of the given sets; the held-back fold only when `heldBack` is true. */
export function loadBodyPages(corpus: string, sets: readonly string[], heldBack = false): { pages: BodyPage[]; dataHash: string } {
  const hash = createHash('sha256');
  const pages: BodyPage[] = [];
  for (const set of sets) {
    const dir = join(corpus, set);
    const ids = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort();
    for (const id of ids) {
      const fold = caseFold(set, id);
      if ((fold === HELD_BACK_FOLD) !== heldBack) continue;
      const truthText = readFileSync(join(dir, id, 'truth.json'), 'utf8');
      const truth = corrected(set, id, JSON.parse(truthText) as { input: string; body: string | null; pageType?: string; spam: string[]; pageSpam: boolean });
      if (truth.body === null || truth.pageSpam) continue;
      const bytes = new Uint8Array(readFileSync(join(dir, id, truth.input)));
      hash.update(`${set}/${id}\n`).update(truthText).update(bytes);
      const input: SiftInput = truth.input.endsWith('.txt') ? { text: new TextDecoder().decode(bytes) } : { bytes };
      pages.push({ set, id, fold, pageType: truth.pageType ?? 'article', body: truth.body, input });
    }
  }
  return { pages, dataHash: hash.digest('hex') };
}
