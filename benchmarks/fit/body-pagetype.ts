/**
 * The page-type model (data/weights/pagetype.json): one L2-regularised logistic regression per type,
 * one against the rest (benchmarks/train/logistic.ts), over the page features of
 * src/pagetype/features.ts, on the training folds' pages. Five-fold cross-validation by page gives
 * the accuracy and the confusion matrix written into the file. Used by benchmarks/fit/body.ts.
 */
import { PAGE_TYPE_FEATURE_NAMES, pageTypeFeatures } from '../../src/pagetype/features.js';
import { classifyPage as classifyPageType, PAGE_TYPES, type PageType, type PageTypeModel } from '../../src/pagetype/model.js';
import type { PageTypeCues } from '../../src/pagetype/cues.js';
import type { Resources } from '../../src/resources.js';
import { foldOf } from '../pool/split.js';
import { fitLogistic, type LogisticOptions } from '../train/logistic.js';
import { typedSegmentsOf } from '../train/page-segments.js';
import type { BodyPage } from './body-pages.js';

export const CV_FOLDS = 5;
/**
 * L2 on standardised features: PAGE_TYPE_L2. Each type's positives weigh
 * (negatives/positives)^BALANCE_POWER, so that a type with 60 pages is not drowned by 700 articles.
 * Training folds' 5-fold CV: power 0 (no balance) accuracy 0.810, balanced accuracy 0.681 (44 % of
 * `other` pages called articles); power 1 0.755 / 0.734 (20 % of articles called other); power 0.5
 * in between (RESULTS.md, "Page type").
 */
export const BALANCE_POWER = 0.5;
/**
 * L2 penalty on the standardised weights. Set on wcxb-dev's training folds, session 27 (helper
 * body-27b), by the body F1 of the training pages typed by cross-validated models (each typed by
 * a model fitted without its CV fold, as --cv-page-types types it), estimated from every page
 * sifted under each forced type, over four CV partitions (the shipped `cv:` one and three others):
 * mean body F1 0.01 (sessions 13-26) 0.9319, 0.03 0.9329, 0.1 0.9331; type accuracy 0.804 /
 * 0.807 / 0.817, balanced accuracy 0.738 / 0.739 / 0.723. 0.03: the body gain without 0.1's loss
 * of the small types. Measured (eval --cv-page-types): 0.93106 -> 0.93286, halves +0.0017 / +0.0019;
 * with the shipped model 0.93317 -> 0.93323.
 */
export const PAGE_TYPE_L2 = 0.03;
const FIT: LogisticOptions = { l2: PAGE_TYPE_L2, iterations: 2000, learningRate: 0.5 };

/** The fit's choices, for the model's stamp (trainedOn.sources). */
export function pageTypeFitChoices(balance: number = BALANCE_POWER): string {
  return `fit: one-against-rest logistic regression per type, L2 ${FIT.l2} on standardised features, positives weighed (negatives/positives)^${balance}, ${FIT.iterations} iterations`;
}

/** truth.json page types the model learns; everything else (homepage, excerpts) is `other`. */
export function modelType(truthType: string): PageType {
  return (PAGE_TYPES as readonly string[]).includes(truthType) ? (truthType as PageType) : 'other';
}

export interface PageTypeRow {
  key: string;
  type: PageType;
  features: number[];
}

/** Feature rows of the pages, read from the segments sift() gives detectPageType with the given resources (rules and weights as sift() has them). */
export function pageTypeRows(resources: Resources, cues: PageTypeCues, pages: readonly BodyPage[]): PageTypeRow[] {
  return pages.map((p) => {
    const { page, segments } = typedSegmentsOf(resources, p.input);
    return { key: `${p.set}/${p.id}`, type: modelType(p.pageType), features: pageTypeFeatures(page, segments, cues) };
  });
}

function fitTypes(rows: readonly PageTypeRow[], balance: number): PageTypeModel['types'] {
  const out = {} as PageTypeModel['types'];
  for (const type of PAGE_TYPES) {
    const labels = rows.map((r) => (r.type === type ? 1 : 0));
    const positives = labels.filter((y) => y === 1).length;
    const positiveWeight = positives > 0 ? ((rows.length - positives) / positives) ** balance : 1;
    const fit = fitLogistic(rows.map((r) => r.features), labels, { ...FIT, positiveWeight });
    out[type] = { intercept: round(fit.intercept), weights: fit.weights.map(round) };
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function meansOf(rows: readonly PageTypeRow[]): number[] {
  return PAGE_TYPE_FEATURE_NAMES.map((_, j) => round(rows.reduce((a, r) => a + r.features[j]!, 0) / Math.max(1, rows.length)));
}

export type Confusion = Record<PageType, Record<PageType, number>>;

export function emptyConfusion(): Confusion {
  return Object.fromEntries(PAGE_TYPES.map((g) => [g, Object.fromEntries(PAGE_TYPES.map((p) => [p, 0]))])) as Confusion;
}

export function confusionOf(model: PageTypeModel, rows: readonly PageTypeRow[], into: Confusion = emptyConfusion()): Confusion {
  for (const r of rows) into[r.type][classifyPageType(model, r.features).type]++;
  return into;
}

export function accuracyOf(confusion: Confusion): number {
  let right = 0;
  let all = 0;
  for (const g of PAGE_TYPES) for (const p of PAGE_TYPES) {
    all += confusion[g][p];
    if (g === p) right += confusion[g][p];
  }
  return all === 0 ? 0 : right / all;
}

/** Mean per-type recall: every type counts the same however many pages it has. */
export function balancedAccuracyOf(confusion: Confusion): number {
  const recalls = PAGE_TYPES.flatMap((g) => {
    const n = PAGE_TYPES.reduce((a, p) => a + confusion[g][p], 0);
    return n === 0 ? [] : [confusion[g][g] / n];
  });
  return recalls.reduce((a, b) => a + b, 0) / Math.max(1, recalls.length);
}

function modelOf(rows: readonly PageTypeRow[], balance: number, meta: Pick<PageTypeModel, 'fittedAt' | 'trainedOn' | 'crossValidation'>): PageTypeModel {
  return {
    $comment: 'Made by `npm run fit:body` (benchmarks/fit/body.ts, benchmarks/fit/body-pagetype.ts); do not edit by hand. See src/pagetype/model.ts.',
    version: 1,
    ...meta,
    features: [...PAGE_TYPE_FEATURE_NAMES],
    means: meansOf(rows),
    types: fitTypes(rows, balance),
  };
}

/** Fits the model on all rows, with a five-fold cross-validated confusion matrix. */
export function fitPageTypeModel(rows: readonly PageTypeRow[], sources: string[], dataHash: string, balance = BALANCE_POWER): PageTypeModel {
  const confusion = emptyConfusion();
  const blank = { fittedAt: '', trainedOn: { sources, dataHash, pages: {} }, crossValidation: { folds: CV_FOLDS, accuracy: 0, confusion: {} } };
  for (let k = 0; k < CV_FOLDS; k++) {
    const test = rows.filter((r) => foldOf(`cv:${r.key}`) === k);
    const train = rows.filter((r) => foldOf(`cv:${r.key}`) !== k);
    confusionOf(modelOf(train, balance, blank), test, confusion);
  }
  const pages: Record<string, number> = {};
  for (const r of rows) pages[r.type] = (pages[r.type] ?? 0) + 1;
  return modelOf(rows, balance, {
    fittedAt: new Date().toISOString().slice(0, 10),
    trainedOn: { sources, dataHash, pages },
    crossValidation: { folds: CV_FOLDS, accuracy: round(accuracyOf(confusion)), confusion },
  });
}
