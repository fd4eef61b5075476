import { isHeadBlock, type SegmentedPage } from '../segment/block.js';
import { variantOf } from '../tokenize/variant.js';
import type { AnalyzedSegment, FeatureResources } from './extract.js';
import { headlineCandidates, headlineRepeats, isSquashedHeadline, repeatedLines, squash } from './headline.js';
import { reportingTerms } from './lexicon.js';
import { countEllipses } from './ellipses.js';
import { queryShare } from './query-share.js';
import { mixedScriptEntries } from './script-mix.js';
import type { SegmentTally } from './segment-features.js';

/**
 * The page pass of the feature stage: what only the whole page tells (its headline candidates, its
 * script and variant, whether it reports, its snippet cuts, query share and mixed-script entries,
 * the sites it shows), set on every segment with the segment's place in it.
 */

/** A page is "Han" when at least this share of its characters are Han (sets `page.hanPage`). */
export const HAN_PAGE_MIN_SHARE = 0.3;
/**
 * A page is "Latin" when at least this share of its characters are Latin letters (sets
 * `page.latinPage`): English, Indonesian or Vietnamese prose runs 0.75–0.85 (the rest digits,
 * punctuation), a Chinese or Japanese page stays under 0.3 however many Latin names it quotes.
 */
export const LATIN_PAGE_MIN_SHARE = 0.5;
/** Title/page overlap is measured on titles of at least this many words. */
export const TITLE_MIN_WORDS = 3;

/** Set the page's features on every segment, from the segments and what the segment pass counted. */
export function setPageFeatures(page: SegmentedPage, analyzed: readonly AnalyzedSegment[], tally: SegmentTally, resources: Pick<FeatureResources, 'normalize' | 'countVariants' | 'space'>): void {
  const { normalize, countVariants, space } = resources;
  // Page-level context: headline candidates, script of the page, position.
  const breadcrumbTails = analyzed
    .filter((s) => s.block.list?.separator === '>')
    .map((s) => {
      const items = s.block.list!.items;
      return normalize(items[items.length - 1] ?? '');
    });
  const navCue = space.indexOf('dom.navCue');
  const commentCue = space.indexOf('dom.commentCue');
  const plainLines = analyzed
    .filter((s) => s.block.kind !== 'title' && s.block.kind !== 'script-title' && !s.block.list && s.block.linkCount === 0 && !s.lexiconHits.some((h) => h.label === 'navigation'))
    .map((s) => ({ text: s.normalized, boilerplateCue: s.features[navCue] === 1 || s.features[commentCue] === 1 }));
  const candidates = headlineCandidates(page.title === undefined ? undefined : normalize(page.title), breadcrumbTails, repeatedLines(plainLines));
  const hanPage = tally.chars > 0 && tally.han / tally.chars >= HAN_PAGE_MIN_SHARE ? 1 : 0;
  const latinPage = tally.chars > 0 && tally.latin / tally.chars >= LATIN_PAGE_MIN_SHARE ? 1 : 0;
  const last = Math.max(1, analyzed.length - 1);
  const [isText, position, hanPageIndex, latinPageIndex, headline, isTitle, isList, repeats, mismatch, reporting, snippetCuts] = ['page.isText', 'page.position', 'page.hanPage', 'page.latinPage', 'page.headline', 'kind.title', 'kind.list', 'page.headlineRepeats', 'script.mismatch', 'page.reportingTerms', 'page.snippetCuts'].map((n) => space.indexOf(n)) as [number, number, number, number, number, number, number, number, number, number, number];
  const pageReporting = reportingTerms(analyzed);
  const resultSites = space.indexOf('page.resultSites');
  const queryShareIndex = space.indexOf('page.queryShare');
  // the page's own text: a title or meta description cut with "…" is not a snippet, nor an entry of a results page
  const own = analyzed.filter((s) => !isHeadBlock(s.block));
  const ownTexts = own.map((s) => s.normalized);
  const segmentCuts = space.indexOf('marker.snippetCuts');
  let pageCuts = 0;
  let ownChars = 0;
  for (const segment of own) {
    const cuts = countEllipses(segment.normalized);
    segment.features[segmentCuts] = cuts;
    pageCuts += cuts;
    ownChars += segment.block.text.length;
  }
  const cutsPer1k = space.indexOf('page.snippetCutsPer1k');
  const pageCutsPer1k = ownChars === 0 ? 0 : (1000 * pageCuts) / ownChars;
  const pageQueryShare = queryShare(ownTexts);
  // the variant of each entry is read from the text as written (the normalised one is all Simplified)
  const pageMixedEntries = mixedScriptEntries(own.map((s) => s.block.text), countVariants);
  const mixedEntries = space.indexOf('page.mixedScriptEntries');
  // the page's variant is that of most of its segments (counting characters would let a long
  // injected spam block outvote the page it was injected into)
  const segmentVariantsOf = tally.variants.map(variantOf);
  const titleOverlap = space.indexOf('page.titleOverlap');
  const overlap = tally.titleWords.length < TITLE_MIN_WORDS ? 1 : tally.titleWords.filter((w) => tally.pageWords.has(w)).length / tally.titleWords.length;
  const pageVariant = variantOf({
    traditional: segmentVariantsOf.filter((v) => v === 'traditional').length,
    simplified: segmentVariantsOf.filter((v) => v === 'simplified').length,
  });
  analyzed.forEach((segment, index) => {
    const f = segment.features;
    f[isText] = page.inputKind === 'text' ? 1 : 0;
    f[reporting] = pageReporting;
    f[snippetCuts] = pageCuts;
    f[resultSites] = tally.sites.size;
    f[queryShareIndex] = pageQueryShare;
    f[mixedEntries] = pageMixedEntries;
    f[cutsPer1k] = pageCutsPer1k;
    f[position] = index / last;
    f[hanPageIndex] = hanPage;
    f[latinPageIndex] = latinPage;
    // both headline checks compare the text without whitespace: squash it once
    const squashed = f[isTitle] === 0 ? squash(segment.normalized) : '';
    f[headline] = f[isTitle] === 0 && f[isList] === 0 && isSquashedHeadline(squashed, candidates) ? 1 : 0;
    f[repeats] = f[isTitle] === 0 ? headlineRepeats(squashed, candidates) : 0;
    const variant = segmentVariantsOf[index];
    f[mismatch] = pageVariant !== undefined && variant !== undefined && variant !== pageVariant ? 1 : 0;
    f[titleOverlap] = f[isTitle] === 1 ? overlap : 1;
  });
}
