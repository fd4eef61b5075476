/**
 * How often report.pageType names the page's gold type, per result row (set, or part of a split
 * set): issue 13 point 4 (moderation pipelines route on the type). The gold type is the set's own
 * (wcxb-dev: WCXB's type, mapped to the report's five types as wcxb-dev's truth.json `pageType`
 * maps it: collection → listing, documentation and service → other). Pages whose gold type is none
 * of the report's types or their WCXB names (the spam sets' excerpts, a homepage) are left out.
 */
import { PAGE_TYPES, type PageType } from '../../src/pagetype/model.js';
import type { PageResult } from './page.js';

/** WCXB's own types that the report names differently (the corpus README, wcxb-dev). */
const WCXB_TYPES: Readonly<Record<string, PageType>> = { collection: 'listing', documentation: 'other', service: 'other' };

export function reportType(goldType: string | null): PageType | null {
  if (goldType === null) return null;
  if ((PAGE_TYPES as readonly string[]).includes(goldType)) return goldType as PageType;
  return WCXB_TYPES[goldType] ?? null;
}

export interface TypeAccuracy {
  /** Pages with a gold type the report can name and a report. */
  pages: number;
  correct: number;
  accuracy: number | null;
  /** gold type → predicted type → pages. */
  confusion: Record<string, Record<string, number>>;
}

/** Tallies pages by gold and predicted type (an eval's page results, or any pairs of the two). */
export function typeAccuracy(results: readonly Pick<PageResult, 'pageType' | 'predictedPageType'>[]): TypeAccuracy {
  const confusion: Record<string, Record<string, number>> = {};
  let pages = 0;
  let correct = 0;
  for (const r of results) {
    const gold = reportType(r.pageType);
    if (gold === null || r.predictedPageType === null) continue;
    pages++;
    if (r.predictedPageType === gold) correct++;
    const row = (confusion[gold] ??= {});
    row[r.predictedPageType] = (row[r.predictedPageType] ?? 0) + 1;
  }
  return { pages, correct, accuracy: pages === 0 ? null : correct / pages, confusion };
}

/** The table's rows: set, pages, accuracy, then per gold type "correct/pages" and its commonest wrong type. */
export const TYPE_ACCURACY_COLUMNS = ['set', 'pages typed', 'accuracy', ...PAGE_TYPES.map((t) => `${t} (most often wrong as)`)] as const;

export function typeAccuracyRows(groups: ReadonlyMap<string, TypeAccuracy>): string[][] {
  const rows: string[][] = [];
  for (const [set, a] of groups) {
    if (a.pages === 0) continue;
    rows.push([
      set,
      String(a.pages),
      a.accuracy === null ? '-' : a.accuracy.toFixed(3),
      ...PAGE_TYPES.map((type) => {
        const row = a.confusion[type];
        if (row === undefined) return '-';
        const total = Object.values(row).reduce((x, y) => x + y, 0);
        const wrong = Object.entries(row)
          .filter(([t]) => t !== type)
          .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
        return `${row[type] ?? 0}/${total}${wrong === undefined ? '' : ` (${wrong[0]} ${wrong[1]})`}`;
      }),
    ]);
  }
  return rows;
}
