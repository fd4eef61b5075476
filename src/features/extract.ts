import type { BayesModel } from '../bayes/model.js';
import type { SegmentBayes } from '../bayes/score.js';
import type { Block, SegmentedPage } from '../segment/block.js';
import type { LexiconHit, LexiconMatcher } from '../lexicon/matcher.js';
import type { Normalize } from '../tokenize/normalize.js';
import type { CountVariants } from '../tokenize/variant.js';
import type { CueLists } from './dom.js';
import type { StageTimer } from '../pipeline.js';
import type { Features, FeatureSpace } from './feature-set.js';
import { analyzeSegments } from './segment-features.js';
import type { StopwordLists } from './stopwords.js';
import { setPageFeatures } from './page-features.js';

/** What the feature stage needs, loaded once per sifter. */
export interface FeatureResources {
  normalize: Normalize;
  countVariants: CountVariants;
  matcher: LexiconMatcher;
  stopwords: StopwordLists;
  cues: CueLists;
  space: FeatureSpace;
  /** The `hasDate` pattern, built from data/cues/month-names.json (features/text.ts datePattern). */
  datePattern: RegExp;
  /** The spam Bayes model (undefined: no model loaded, `bayes.p` stays 0). */
  bayes: BayesModel | undefined;
}

/** A segment with everything the classifier looks at. */
export interface AnalyzedSegment {
  block: Block;
  /** Same length as block.text (offset-preserving normalisation). */
  normalized: string;
  lexiconHits: LexiconHit[];
  features: Features;
  /** The Bayes model's view of the segment (per-character scores for the inline stage, top tokens for hits). */
  bayes: SegmentBayes | undefined;
  /**
   * A list that is not prose but mixes Traditional text with characters foreign to it: its
   * per-character scores are there only so that the inline stage can cut a kit string written in
   * them (inline/evidence.ts isForeignKit), and nothing else (see kitOnlyList).
   */
  kitOnly: boolean;
}

/**
 * Tokenize, match lexicons and compute features for every segment of the page: first each segment
 * on its own (segment-features.ts), then what only the whole page tells, set on every segment
 * (page-features.ts).
 */
export function extractFeatures(page: SegmentedPage, blocks: readonly Block[], resources: FeatureResources, timer?: StageTimer): AnalyzedSegment[] {
  const { analyzed, tally } = analyzeSegments(blocks, resources, timer);
  setPageFeatures(page, analyzed, tally, resources);
  return analyzed;
}
