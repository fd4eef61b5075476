import type { BayesModel } from '../bayes/model.js';
import { scoreSegment, type SegmentBayes } from '../bayes/score.js';
import { isHeadBlock, type Block, type SegmentedPage } from '../segment/block.js';
import type { LexiconHit, LexiconMatcher } from '../lexicon/matcher.js';
import type { Normalize } from '../tokenize/normalize.js';
import { countScripts } from '../tokenize/script.js';
import { tokenize } from '../tokenize/tokenize.js';
import { variantOf, type CountVariants, type VariantCounts } from '../tokenize/variant.js';
import { domFeatures, isFooterCue, type CueLists, type GroupBitsMemo } from './dom.js';
import type { StageTimer } from '../pipeline.js';
import type { Features, FeatureSpace, SetFeature } from './feature-set.js';
import { headlineCandidates, headlineRepeats, isSquashedHeadline, repeatedLines, squash } from './headline.js';
import { pageWideTokens, wideCuesAmong } from './page-cues.js';
import { lexiconFeatures, reportingTerms } from './lexicon.js';
import { countEllipses } from './ellipses.js';
import { queryShare } from './query-share.js';
import { mixedScriptEntries } from './script-mix.js';
import { shownHosts, siteOf } from './result-sites.js';
import { listFeatures } from './list.js';
import { markerFeatures } from './markers.js';
import { stopwordRatio } from './stopwords.js';
import { textFeatures } from './text.js';

/** What the feature stage needs, loaded once per sifter. */
export interface FeatureResources {
  normalize: Normalize;
  countVariants: CountVariants;
  matcher: LexiconMatcher;
  stopwords: ReadonlySet<string>;
  cues: CueLists;
  space: FeatureSpace;
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

/** Repetition is measured on texts of at least this many words (short texts repeat by chance). */
export const REPETITION_MIN_WORDS = 20;
/** Title/page overlap is measured on titles of at least this many words. */
export const TITLE_MIN_WORDS = 3;

function repetition(words: readonly string[]): number {
  if (words.length < REPETITION_MIN_WORDS) return 0;
  return 1 - new Set(words).size / words.length;
}

/**
 * Whether the model cuts injections out of text without Han or kana: its fit for runs in such text
 * has a threshold under 1 (repeated stretches are only sought in text with Han or kana, so the
 * `repeat-latin` fit never applies to it).
 */
function canCutLatin(model: BayesModel): boolean {
  return model.file.inline.fits['run-latin'].minP < 1;
}

/** A page is "Han" when at least this share of its characters are Han (sets `page.hanPage`). */
export const HAN_PAGE_MIN_SHARE = 0.3;
/**
 * A page is "Latin" when at least this share of its characters are Latin letters (sets
 * `page.latinPage`): English, Indonesian or Vietnamese prose runs 0.75–0.85 (the rest digits,
 * punctuation), a Chinese or Japanese page stays under 0.3 however many Latin names it quotes.
 */
export const LATIN_PAGE_MIN_SHARE = 0.5;
/**
 * A list is read by the inline stage like a line of text only when it is prose: its items are
 * sentences (on average at least INLINE_LIST_MIN_MEAN_ITEM_CHARS characters, longer than keyword
 * phrases and headlines) and it is not a list of anchors (under INLINE_LIST_MAX_LINK_DENSITY of its
 * text in links). Paragraphs a crawl joined with ` - ` are such lists: with lists left out
 * altogether, 22 of 58 injected training documents the detector missed had their injection in one.
 * Keyword lists and menus are judged whole by the rules: cut into pieces they lose their items
 * (`kw|kw|…`), and cutting inside link lists flagged a forum's hot-topic list of film titles (zh-gbk).
 * 40 is the longest mean item of a breadcrumb (segment/list.ts, a headline crumb included). Out of
 * fold on the training folds: every non-anchor list 203/547 spam documents at 4 clean; a mean item of
 * 20+ characters 200 at 3; 40+ 199 at 3.
 */
export const INLINE_LIST_MIN_MEAN_ITEM_CHARS = 40;
export const INLINE_LIST_MAX_LINK_DENSITY = 0.5;

/** Tokenize, match lexicons and compute features for every segment of the page. */
export function extractFeatures(page: SegmentedPage, blocks: readonly Block[], resources: FeatureResources, timer?: StageTimer): AnalyzedSegment[] {
  const { normalize, countVariants, matcher, stopwords, cues, space, bayes: model } = resources;
  const bayesP = space.indexOf('bayes.p');
  const cutsLatin = model !== undefined && canCutLatin(model);
  const segmentVariants: VariantCounts[] = [];
  let pageChars = 0;
  let pageHan = 0;
  let pageLatin = 0;
  const titleWords: string[] = [];
  const titleWordSet = new Set<string>();
  /** Title words seen elsewhere on the page. Only those are kept (a set of every word of a 10 MB page cost seconds): the segmenters put title segments first. */
  const pageWords = new Set<string>();
  const vectors = space.vectors(blocks.length);
  /** Sites of the host names shown as text outside the page's head (page.resultSites). */
  const pageSites = new Set<string>();
  const groupBits: GroupBitsMemo = new Map();
  // one pass over the page's tokens, read for each kind of cue
  const wideTokens = pageWideTokens(blocks);
  const pageWide = wideCuesAmong(wideTokens, cues);
  const wideFooter = wideCuesAmong(wideTokens, cues, isFooterCue);
  const analyzed = blocks.map((block, index): AnalyzedSegment => {
    const features = vectors[index]!;
    const set: SetFeature = (name, value) => {
      features[space.indexOf(name)] = value;
    };
    const normalized = normalize(block.text);
    const before = timer?.now() ?? 0;
    const tokens = tokenize(normalized);
    if (timer) timer.add('tokenize', timer.now() - before);
    const hits = matcher.match(normalized, tokens.boundary);
    const scripts = countScripts(block.text);
    pageChars += scripts.chars;
    pageHan += scripts.han;
    pageLatin += scripts.latin;
    const variants = scripts.han > 0 ? countVariants(block.text) : { traditional: 0, simplified: 0, foreign: 0 };
    segmentVariants.push(variants);
    textFeatures(block.text, scripts, set);
    set('words', tokens.words.length);
    set('stopwordRatio', stopwordRatio(tokens.words, stopwords));
    set('repetition', repetition(tokens.words));
    if (block.kind === 'title' || block.kind === 'script-title') {
      for (const word of new Set(tokens.words)) {
        titleWords.push(word);
        titleWordSet.add(word);
      }
    } else if (titleWordSet.size > 0) {
      for (const word of tokens.words) if (titleWordSet.has(word)) pageWords.add(word);
    }
    const linkDensity = scripts.chars === 0 ? 0 : Math.min(1, block.linkChars / scripts.chars);
    set('linkDensity', linkDensity);
    set('linkCount', block.linkCount);
    domFeatures(block, cues, set, groupBits, pageWide, wideFooter);
    listFeatures(block, hits, set);
    lexiconFeatures(hits, scripts.chars, set, normalized);
    markerFeatures(block.text, set);
    const hosts = shownHosts(normalized);
    set('marker.shownHosts', hosts.length);
    if (!isHeadBlock(block)) for (const host of hosts) pageSites.add(siteOf(host));
    // per-character scores only where the inline stage could cut something: not in lists other than
    // prose (but for a foreign kit string, kitOnlyList), and in text without Han or kana only if the
    // model has a cut-out threshold for such text
    const prose = block.list === undefined || isProseList(block.list.items, linkDensity);
    const kitOnly = !prose && kitOnlyList(variants);
    const wantCharScores = model !== undefined && (prose || kitOnly) && (scripts.han + scripts.kana > 0 || cutsLatin);
    const bayes = model === undefined ? undefined : scoreSegment(model, normalized, tokens.boundary, wantCharScores);
    if (bayes !== undefined) features[bayesP] = bayes.p;
    return { block, normalized, lexiconHits: hits, features, bayes, kitOnly };
  });

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
  const hanPage = pageChars > 0 && pageHan / pageChars >= HAN_PAGE_MIN_SHARE ? 1 : 0;
  const latinPage = pageChars > 0 && pageLatin / pageChars >= LATIN_PAGE_MIN_SHARE ? 1 : 0;
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
  const segmentVariantsOf = segmentVariants.map(variantOf);
  const titleOverlap = space.indexOf('page.titleOverlap');
  const overlap = titleWords.length < TITLE_MIN_WORDS ? 1 : titleWords.filter((w) => pageWords.has(w)).length / titleWords.length;
  const pageVariant = variantOf({
    traditional: segmentVariantsOf.filter((v) => v === 'traditional').length,
    simplified: segmentVariantsOf.filter((v) => v === 'simplified').length,
  });
  analyzed.forEach((segment, index) => {
    const f = segment.features;
    f[isText] = page.inputKind === 'text' ? 1 : 0;
    f[reporting] = pageReporting;
    f[snippetCuts] = pageCuts;
    f[resultSites] = pageSites.size;
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
  return analyzed;
}

/**
 * Whether a list that is not prose is still read by the inline stage, for kit strings only: it
 * mixes Traditional-only characters with characters foreign to Traditional text
 * (tokenize/foreign-chars.ts). A hijack kit splices its Simplified phrase into a product page's spec
 * list as into its prose ("● 材料:由高品質陽極氧化鋁型嫩草儿16岁,国内…"), a dozen times, so that the
 * copies may outnumber the Traditional text; whether the text around them is Traditional is the
 * cut's own test (inline/candidates.ts foreignScript). A list in one script is never read this way.
 */
export function kitOnlyList(variants: VariantCounts): boolean {
  return variants.foreign > 0 && variants.traditional > 0;
}

/** Whether a list is prose the inline stage reads (see INLINE_LIST_MIN_MEAN_ITEM_CHARS). */
export function isProseList(items: readonly string[], linkDensity: number): boolean {
  let chars = 0;
  for (const item of items) chars += item.length;
  return linkDensity < INLINE_LIST_MAX_LINK_DENSITY && chars >= INLINE_LIST_MIN_MEAN_ITEM_CHARS * items.length;
}
