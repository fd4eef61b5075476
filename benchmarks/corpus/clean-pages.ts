/**
 * Clean pages of the development corpus (`../shared/corpus`, truth.json `pageSpam: false`, after the
 * corrections of benchmarks/labels/corrections.json), with a
 * fold fixed by the hash of `set/case-id` (benchmarks/pool/split.ts: fold 0 held back). Used as
 * negatives when the spam weights are fitted, and to measure the false-positive rate.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SiftInput } from '../../src/index.js';
import { caseFold } from './folds.js';
import { corrected } from './corrections.js';

/**
 * Sets whose licence lets the fits learn from them (truth.json licence): CC-BY-4.0, Apache-2.0,
 * MIT. l3s-gn1 (research-use licence), zh-news-clean (GPL-3.0) and clean-text (unknown) are only
 * ever measured on. zh-news-clean's body gold (session 34: CSS selectors chosen by reading,
 * benchmarks/labels/body/zh-news-clean.json, made into text by body-labels.ts for the eval only)
 * does not change this: it is a check set of modern Chinese news pages, never a training set.
 */
export const TRAINABLE_SETS = ['wcxb-dev', 'readability', 'zh-gbk'] as const;
/** Every set with clean pages, for the false-positive rate. */
export const CLEAN_SETS = ['wcxb-dev', 'readability', 'zh-gbk', 'l3s-gn1', 'zh-news-clean', 'clean-text'] as const;

export interface CleanPage {
  set: string;
  id: string;
  fold: number;
  lang: string | null;
  input: SiftInput;
}

export function loadCleanPages(corpus: string, sets: readonly string[]): CleanPage[] {
  const out: CleanPage[] = [];
  for (const set of sets) {
    const dir = join(corpus, set);
    let ids: string[];
    try {
      ids = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory()).sort();
    } catch (error) {
      throw new Error(`${dir}: not a corpus set (${(error as Error).message})`);
    }
    for (const id of ids) {
      const truth = corrected(set, id, JSON.parse(readFileSync(join(dir, id, 'truth.json'), 'utf8')) as { input: string; spam: string[]; pageSpam: boolean; lang: string | null });
      if (truth.pageSpam) continue;
      const bytes = new Uint8Array(readFileSync(join(dir, id, truth.input)));
      const input: SiftInput = truth.input.endsWith('.txt') ? { text: new TextDecoder().decode(bytes) } : { bytes };
      out.push({ set, id, fold: caseFold(set, id), lang: truth.lang, input });
    }
  }
  return out;
}
