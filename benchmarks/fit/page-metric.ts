/**
 * The eval's body metric over cached pages (page-cache.ts) for one set of resources (one score
 * vector): each page is labelled again (src/pipeline.ts labelPage) and scored as the eval scores it
 * (benchmarks/eval/page.ts: the tokens of the segments labelled body against the gold body,
 * benchmarks/metric.ts pageScore), then the pages' mean P and mean R give the F1 (metric.ts aggregate).
 */
import { labelPage } from '../../src/pipeline.js';
import type { SifterOptions } from '../../src/options.js';
import type { Resources } from '../../src/resources.js';
import { LABEL_BODY } from '../eval/report.js';
import { aggregate, bagOfTexts, pageScore, type PageScore } from '../metric.js';
import type { CachedPage } from './page-cache.js';

/** One page's body score under one score vector. */
export function scoreCachedPage(resources: Resources, options: SifterOptions, page: CachedPage): PageScore {
  const report = labelPage(resources, options, page.analysed);
  return pageScore(bagOfTexts(report.segments.filter((s) => s.label === LABEL_BODY).map((s) => s.text)), page.gold);
}

/** Body F1 of mean P and mean R over the pages' scores (0 for no pages). */
export function bodyF1(scores: readonly Pick<PageScore, 'precision' | 'recall'>[]): number {
  return aggregate(scores).f1 ?? 0;
}
