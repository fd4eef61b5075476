import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BALANCE_POWER, fitPageTypeModel, PAGE_TYPE_L2, pageTypeFitChoices, type PageTypeRow } from '../benchmarks/fit/body-pagetype.js';
import { DATA_DIR } from '../src/data-dir.js';
import { PAGE_TYPE_MODEL_FILE } from '../src/pagetype/detect.js';
import { PAGE_TYPE_FEATURE_NAMES } from '../src/pagetype/features.js';
import { loadPageTypeModel, PAGE_TYPES, pageTypeModelSchema, type PageType } from '../src/pagetype/model.js';

/**
 * The page-type model file (data/weights/pagetype.json, `npm run fit:body -- CORPUS --step
 * pagetype`): its schema, and a stamp that says what it was fitted on and how.
 */

const SHIPPED = join(DATA_DIR, PAGE_TYPE_MODEL_FILE);
const shippedJson = (): Record<string, unknown> => JSON.parse(readFileSync(SHIPPED, 'utf8')) as Record<string, unknown>;

function writeTemp(value: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pagesift-pagetype-')), 'pagetype.json');
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('the shipped page-type model', () => {
  const model = loadPageTypeModel(SHIPPED);

  it('loads through the schema, fitted on the features the code computes', () => {
    expect(model).toBeDefined();
    expect(model!.features).toEqual(PAGE_TYPE_FEATURE_NAMES);
    expect(model!.means).toHaveLength(PAGE_TYPE_FEATURE_NAMES.length);
    for (const type of PAGE_TYPES) expect(model!.types[type].weights).toHaveLength(PAGE_TYPE_FEATURE_NAMES.length);
  });

  it('says it was fitted on the training folds only, with the fit choices the fit script makes', () => {
    const sources = model!.trainedOn.sources.join('\n');
    expect(sources).toMatch(/training folds 1-4/);
    expect(sources).not.toMatch(/held.back|fold 0|folds 0/i);
    expect(model!.trainedOn.sources).toContain(pageTypeFitChoices({ balance: BALANCE_POWER }));
    expect(sources).toContain(`L2 ${PAGE_TYPE_L2}`);
    expect(model!.trainedOn.dataHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('carries a cross-validated confusion matrix of the pages it counts, and its accuracy', () => {
    const { confusion, accuracy } = model!.crossValidation;
    let all = 0;
    let right = 0;
    for (const gold of PAGE_TYPES) {
      const row = confusion[gold] ?? {};
      const n = PAGE_TYPES.reduce((a, p) => a + (row[p] ?? 0), 0);
      expect(n).toBe(model!.trainedOn.pages[gold]);
      all += n;
      right += row[gold] ?? 0;
    }
    expect(accuracy).toBeCloseTo(right / all, 4);
  });
});

describe('the page-type model schema', () => {
  it('refuses a file without a type, with a non-finite weight or with an unknown key', () => {
    const noProduct = shippedJson();
    delete (noProduct['types'] as Record<string, unknown>)['product'];
    expect(pageTypeModelSchema.safeParse(noProduct).success).toBe(false);
    const nan = shippedJson() as { types: Record<PageType, { weights: (number | null)[] }> };
    nan.types.forum.weights[0] = null;
    expect(pageTypeModelSchema.safeParse(nan).success).toBe(false);
    expect(pageTypeModelSchema.safeParse({ ...shippedJson(), l2: 0.03 }).success).toBe(false);
    expect(pageTypeModelSchema.safeParse(shippedJson()).success).toBe(true);
  });

  it('refuses a model fitted on other features than the code computes', () => {
    const renamed = shippedJson() as { features: string[] };
    renamed.features[0] = 'declared.somethingElse';
    expect(() => loadPageTypeModel(writeTemp(renamed))).toThrow(/refit/);
    expect(loadPageTypeModel(writeTemp(shippedJson()))).toBeDefined();
  });
});

describe('fitPageTypeModel', () => {
  // two types told apart by one feature, the others absent; rows written here
  const prices = PAGE_TYPE_FEATURE_NAMES.indexOf('prices');
  const rows: PageTypeRow[] = Array.from({ length: 40 }, (_, i) => {
    const product = i % 4 === 0;
    const features = new Array<number>(PAGE_TYPE_FEATURE_NAMES.length).fill(0);
    features[prices] = product ? 2 + (i % 3) * 0.1 : (i % 5) * 0.1;
    return { key: `test/${i}`, type: product ? 'product' : 'article', features };
  });

  it('stamps the model with the sources it is given and counts the pages by type', () => {
    const model = fitPageTypeModel(rows, ['rows written in a test', pageTypeFitChoices()], 'x'.repeat(64));
    expect(model.trainedOn.sources).toEqual(['rows written in a test', pageTypeFitChoices()]);
    expect(model.trainedOn.pages).toEqual({ article: 30, product: 10 });
    expect(pageTypeModelSchema.safeParse(model).success).toBe(true);
  });

  it('learns the feature that separates the types: it counts for product, against article', () => {
    const model = fitPageTypeModel(rows, [], '');
    expect(model.types.product.weights[prices]).toBeGreaterThan(0);
    expect(model.types.article.weights[prices]).toBeLessThan(0);
    expect(model.crossValidation.accuracy).toBe(1);
  });
});
