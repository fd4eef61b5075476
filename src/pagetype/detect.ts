import { join } from 'node:path';
import type { LabelledSegment } from '../classify/classify.js';
import { DATA_DIR } from '../data-dir.js';
import type { SegmentedPage } from '../segment/block.js';
import { loadPageTypeCues, type PageTypeCues } from './cues.js';
import { pageTypeFeatures } from './features.js';
import { classifyPage, loadPageTypeModel, pageTypeScores, type PageTypeModel, type PageTypeResult, type PageTypeScores } from './model.js';

/** What the page-type stage needs, loaded once. */
export interface PageTypeResources {
  cues: PageTypeCues;
  /** Undefined in a checkout where the model has not been fitted yet: every page is then `other`. */
  model: PageTypeModel | undefined;
}

export const PAGE_TYPE_CUES_FILE = join('pagetype', 'cues.json');
export const PAGE_TYPE_MODEL_FILE = join('weights', 'pagetype.json');

export function loadPageTypeResources(dataDir: string = DATA_DIR): PageTypeResources {
  return { cues: loadPageTypeCues(join(dataDir, PAGE_TYPE_CUES_FILE)), model: loadPageTypeModel(join(dataDir, PAGE_TYPE_MODEL_FILE)) };
}

/** The page type for the report, and every type's score for stages that need to know how clear it was. */
export interface PageTypeDecision {
  result: PageTypeResult;
  /** Undefined when there is no fitted model. */
  scores: PageTypeScores | undefined;
}

const UNFITTED: PageTypeDecision = { result: { type: 'other', hits: [] }, scores: undefined };

/**
 * A page with no segment at all (an empty file, blank lines, markup with no text) has nothing to
 * type: it is `other`, the type of pages that are none of the four kinds. The model read its
 * all-zero features as `forum` with no hits, the type its intercepts favour (session-30 audit):
 * a pipeline routing by type sent empty pages to its forum handler.
 */
const NO_CONTENT: PageTypeDecision = { result: { type: 'other', hits: [] }, scores: undefined };

/** The page type of a sifted page, with the features that decided it and the scores of every type. */
export function detectPageType(page: SegmentedPage, segments: readonly LabelledSegment[], resources: PageTypeResources): PageTypeDecision {
  if (resources.model === undefined) return UNFITTED;
  if (segments.length === 0) return NO_CONTENT;
  const features = pageTypeFeatures(page, segments, resources.cues);
  const scores = pageTypeScores(resources.model, features);
  return { result: classifyPage(resources.model, features, scores), scores };
}
