/**
 * `npm run eval -- … --cv-page-types`: the training pages typed as an unseen page is typed.
 *
 * The shipped page-type model (data/weights/pagetype.json, `npm run fit:body`) is fitted on the
 * training folds' pages, so on those pages it is right more often than on a page it never saw:
 * a pass that depends on the page type (the list promotion on listing pages, the forum passes,
 * the product tabs) looks better on the training folds than on the held-back fold (session 19,
 * helper 60: listing 0.8378 with the shipped model, 0.8223 with cross-validated types). With this
 * option every page the model is fitted on is sifted with a page-type model fitted without that
 * page's cross-validation fold (the folds `fit:body` uses for its confusion matrix); every other
 * page (the held-back fold, sets the model does not learn from) with the shipped model.
 */
import { parseOptions } from '../../src/options.js';
import { siftPage } from '../../src/pipeline.js';
import { loadResources, type Resources } from '../../src/resources.js';
import { TRAINABLE_SETS } from '../corpus/clean-pages.js';
import { loadBodyPages } from '../fit/body-pages.js';
import { CV_FOLDS, fitPageTypeModel, pageTypeRows } from '../fit/body-pagetype.js';
import { foldOf } from '../pool/split.js';
import type { Sifter } from './report.js';

/** The sifter each case is to be evaluated with: a cross-validated page-type model's for a page the shipped model was fitted on, else undefined (the shipped sifter). */
export type SifterFor = (set: string, id: string) => Sifter | undefined;

export async function cvPageTypeSifters(corpus: string): Promise<SifterFor> {
  const options = parseOptions({});
  const resourcesFor = await cvPageTypeResources(corpus);
  const sifters = new Map<Resources, Sifter>();
  return (set, id) => {
    const resources = resourcesFor(set, id);
    if (resources === undefined) return undefined;
    const known = sifters.get(resources);
    if (known !== undefined) return known;
    const sifter: Sifter = { sift: (input) => siftPage(resources, options, input) };
    sifters.set(resources, sifter);
    return sifter;
  };
}

/** The resources each case is to be sifted with: a cross-validated page-type model's for a page the shipped model was fitted on, else undefined (the shipped resources). */
export async function cvPageTypeResources(corpus: string): Promise<(set: string, id: string) => Resources | undefined> {
  const resources = await loadResources(parseOptions({}));
  const { pages, dataHash } = loadBodyPages(corpus, TRAINABLE_SETS);
  const rows = pageTypeRows(resources, resources.pageType.cues, pages);
  const fold = (key: string): number => foldOf(`cv:${key}`);
  const perFold: Resources[] = [];
  for (let k = 0; k < CV_FOLDS; k++) {
    const model = fitPageTypeModel(
      rows.filter((r) => fold(r.key) !== k),
      [`cross-validation fold ${k} left out (benchmarks/eval/cv-page-types.ts)`],
      dataHash,
    );
    perFold.push({ ...resources, pageType: { ...resources.pageType, model } });
  }
  const fitted = new Set(rows.map((r) => r.key));
  return (set, id) => (fitted.has(`${set}/${id}`) ? perFold[fold(`${set}/${id}`)] : undefined);
}
