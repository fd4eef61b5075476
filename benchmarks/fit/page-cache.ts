/**
 * The training pages of the page-metric search (page-search.ts), analysed once: each page is read
 * as the eval reads it (benchmarks/eval/truth.ts, corrections applied), run through the stages that
 * do not depend on the rules' scores (src/pipeline.ts analysePage: decode, segment, features) and
 * kept in memory with its gold body bag, so a candidate score vector only reruns labelPage.
 *
 * Only the training folds are read: a case of fold 0 (held back) is skipped by its id before any of
 * its files is opened (benchmarks/corpus/folds.ts caseFold).
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { analysePage, type AnalysedPage } from '../../src/pipeline.js';
import type { SiftInput } from '../../src/decode/input.js';
import type { SifterOptions } from '../../src/options.js';
import type { Resources } from '../../src/resources.js';
import { caseFold } from '../corpus/folds.js';
import { corrected } from '../corpus/corrections.js';
import { siteHost } from '../eval/page.js';
import { listDirs, parseTruth, readInput, TRUTH_FILE } from '../eval/truth.js';
import { bagOfTexts, type Bag } from '../metric.js';
import { HELD_BACK_FOLD } from '../pool/split.js';

export interface CachedPage {
  set: string;
  id: string;
  fold: number;
  /** WCXB's own page type (as the eval reports it), else truth.json pageType; '?' when neither. */
  pageType: string;
  host: string | null;
  /** The gold body text, and its tokens as the metric counts them. */
  goldText: string;
  gold: Bag;
  analysed: AnalysedPage;
  /** Body and navigation rules that fire on some segment of the page (segment scope): a change of any other rule's score cannot change the page. */
  fired: ReadonlySet<string>;
}

/** Training-fold pages with body gold of `sets` (folds 1-4 of each; the held-back fold is never opened), analysed once. */
export async function loadCachedPages(corpus: string, sets: readonly string[], resources: Resources, options: SifterOptions): Promise<{ pages: CachedPage[]; dataHash: string }> {
  const hash = createHash('sha256');
  const pages: CachedPage[] = [];
  for (const set of sets) {
    for (const id of await listDirs(join(corpus, set))) {
      const fold = caseFold(set, id);
      if (fold === HELD_BACK_FOLD) continue;
      const caseDir = join(corpus, set, id);
      const truthText = await readFile(join(caseDir, TRUTH_FILE), 'utf8');
      const truth = corrected(set, id, parseTruth(truthText, `${set}/${id}/${TRUTH_FILE}`));
      if (truth.body === null) continue;
      const input = await readInput(caseDir, truth);
      hash.update(`${set}/${id}\n`).update(truthText).update('bytes' in input ? input.bytes : input.text);
      pages.push(cachePage(resources, options, { set, id, fold, pageType: truth.pageType ?? '?', host: siteHost(truth.url) }, input, truth.body));
    }
  }
  return { pages, dataHash: hash.digest('hex') };
}

/** One page analysed and kept with its gold body. */
export function cachePage(resources: Resources, options: SifterOptions, meta: Pick<CachedPage, 'set' | 'id' | 'fold' | 'pageType' | 'host'>, input: SiftInput, goldText: string): CachedPage {
  const analysed = analysePage(resources, options, input);
  return { ...meta, goldText, gold: bagOfTexts([goldText]), analysed, fired: firedRules(resources, analysed) };
}

function firedRules(resources: Resources, analysed: AnalysedPage): Set<string> {
  const fired = new Set<string>();
  for (const rule of resources.rules) {
    if (rule.scope === 'page' || rule.label === 'spam') continue;
    if (analysed.analyzed.some((s) => rule.test(s.features))) fired.add(rule.id);
  }
  return fired;
}
