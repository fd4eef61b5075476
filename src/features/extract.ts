import type { Block, SegmentedPage } from '../segment/block.js';
import type { LexiconHit, LexiconMatcher } from '../lexicon/matcher.js';
import type { Normalize } from '../tokenize/normalize.js';
import { countScripts } from '../tokenize/script.js';
import { tokenize } from '../tokenize/tokenize.js';
import { domFeatures, type CueLists } from './dom.js';
import type { Features } from './feature-set.js';
import { headlineCandidates, isHeadline } from './headline.js';
import { lexiconFeatures } from './lexicon.js';
import { listFeatures } from './list.js';
import { stopwordRatio } from './stopwords.js';
import { textFeatures } from './text.js';

/** What the feature stage needs, loaded once per sifter. */
export interface FeatureResources {
  normalize: Normalize;
  matcher: LexiconMatcher;
  stopwords: ReadonlySet<string>;
  cues: CueLists;
}

/** A segment with everything the classifier looks at. */
export interface AnalyzedSegment {
  block: Block;
  /** Same length as block.text (offset-preserving normalisation). */
  normalized: string;
  lexiconHits: LexiconHit[];
  features: Features;
}

/** A page is "Han" when at least this share of its characters are Han (sets `page.hanPage`). */
export const HAN_PAGE_MIN_SHARE = 0.3;

/** Tokenize, match lexicons and compute features for every segment of the page. */
export function extractFeatures(page: SegmentedPage, blocks: readonly Block[], resources: FeatureResources): AnalyzedSegment[] {
  const { normalize, matcher, stopwords, cues } = resources;
  let pageChars = 0;
  let pageHan = 0;
  const analyzed = blocks.map((block): AnalyzedSegment => {
    const normalized = normalize(block.text);
    const tokens = tokenize(normalized);
    const hits = matcher.match(normalized, tokens.boundary);
    const scripts = countScripts(block.text);
    pageChars += scripts.chars;
    pageHan += scripts.han;
    const text = textFeatures(block.text, scripts);
    const features: Features = {
      ...text,
      words: tokens.words.length,
      stopwordRatio: stopwordRatio(tokens.words, stopwords),
      linkDensity: scripts.chars === 0 ? 0 : Math.min(1, block.linkChars / scripts.chars),
      linkCount: block.linkCount,
      ...domFeatures(block, cues),
      ...listFeatures(block, hits),
      ...lexiconFeatures(hits, matcher, scripts.chars),
    };
    return { block, normalized, lexiconHits: hits, features };
  });

  // Page-level context: headline candidates, script of the page, position.
  const breadcrumbTails = analyzed
    .filter((s) => s.block.list?.separator === '>')
    .map((s) => {
      const items = s.block.list!.items;
      return normalize(items[items.length - 1] ?? '');
    });
  const candidates = headlineCandidates(page.title === undefined ? undefined : normalize(page.title), breadcrumbTails);
  const hanPage = pageChars > 0 && pageHan / pageChars >= HAN_PAGE_MIN_SHARE ? 1 : 0;
  const last = Math.max(1, analyzed.length - 1);
  analyzed.forEach((segment, index) => {
    const f = segment.features;
    f['page.isText'] = page.inputKind === 'text' ? 1 : 0;
    f['page.position'] = index / last;
    f['page.hanPage'] = hanPage;
    f['page.headline'] = f['kind.title'] === 0 && segment.block.kind !== 'list' && isHeadline(segment.normalized, candidates) ? 1 : 0;
  });
  return analyzed;
}
