import type { BayesModel } from '../bayes/model.js';
import { scoreSegment } from '../bayes/score.js';
import { isHeadBlock, type Block } from '../segment/block.js';
import { countScripts } from '../tokenize/script.js';
import { tokenize } from '../tokenize/tokenize.js';
import type { VariantCounts } from '../tokenize/variant.js';
import { domFeatures, isFooterCue, type GroupBitsMemo } from './dom.js';
import type { StageTimer } from '../pipeline.js';
import type { SetFeature } from './feature-set.js';
import type { AnalyzedSegment, FeatureResources } from './extract.js';
import { pageWideTokens, wideCuesAmong } from './page-cues.js';
import { lexiconFeatures } from './lexicon.js';
import { shownHosts, siteOf } from './result-sites.js';
import { listFeatures } from './list.js';
import { markerFeatures } from './markers.js';
import { pageStopwords, stopwordRatio } from './stopwords.js';
import { textFeatures } from './text.js';

/**
 * The segment pass of the feature stage: each segment tokenized, matched against the lexicons,
 * scored by the Bayes model and given the features it has on its own (text, DOM, list, lexicon,
 * markers). What the page pass (page-features.ts) needs of them is counted on the way (SegmentTally).
 */

/** What the segment pass counts for the page pass, over every segment of the page. */
export interface SegmentTally {
  /** Characters, Han characters and Latin letters (tokenize/script.ts countScripts). */
  chars: number;
  han: number;
  latin: number;
  /** Each segment's counts of Traditional, Simplified and foreign characters, in page order. */
  variants: VariantCounts[];
  /** The distinct words of each title segment, in order. */
  titleWords: string[];
  /** Title words seen elsewhere on the page. Only those are kept (a set of every word of a 10 MB page cost seconds): the segmenters put title segments first. */
  pageWords: Set<string>;
  /** Sites of the host names shown as text outside the page's head (page.resultSites). */
  sites: Set<string>;
}

/** Repetition is measured on texts of at least this many words (short texts repeat by chance). */
export const REPETITION_MIN_WORDS = 20;

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

/** Tokenize, match lexicons and compute the features of every segment that need no other segment. */
export function analyzeSegments(blocks: readonly Block[], resources: FeatureResources, timer?: StageTimer): { analyzed: AnalyzedSegment[]; tally: SegmentTally } {
  const { normalize, countVariants, matcher, stopwords, cues, space, datePattern, bayes: model } = resources;
  const bayesP = space.indexOf('bayes.p');
  const cutsLatin = model !== undefined && canCutLatin(model);
  const tally: SegmentTally = { chars: 0, han: 0, latin: 0, variants: [], titleWords: [], pageWords: new Set(), sites: new Set() };
  const titleWordSet = new Set<string>();
  const vectors = space.vectors(blocks.length);
  const groupBits: GroupBitsMemo = new Map();
  // one pass over the page's tokens, read for each kind of cue
  const wideTokens = pageWideTokens(blocks);
  const pageWide = wideCuesAmong(wideTokens, cues);
  const wideFooter = wideCuesAmong(wideTokens, cues, isFooterCue);
  const segmentWords: string[][] = [];
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
    tally.chars += scripts.chars;
    tally.han += scripts.han;
    tally.latin += scripts.latin;
    const variants = scripts.han > 0 ? countVariants(block.text) : { traditional: 0, simplified: 0, foreign: 0 };
    tally.variants.push(variants);
    textFeatures(block.text, scripts, set, datePattern);
    set('words', tokens.words.length);
    segmentWords.push(tokens.words);
    set('repetition', repetition(tokens.words));
    if (block.kind === 'title' || block.kind === 'script-title') {
      for (const word of new Set(tokens.words)) {
        tally.titleWords.push(word);
        titleWordSet.add(word);
      }
    } else if (titleWordSet.size > 0) {
      for (const word of tokens.words) if (titleWordSet.has(word)) tally.pageWords.add(word);
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
    if (!isHeadBlock(block)) for (const host of hosts) tally.sites.add(siteOf(host));
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
  // the stopword ratio counts the page's language's list (features/stopwords.ts), known once every segment is tokenized
  const counted = pageStopwords(stopwords, segmentWords);
  const stopwordIndex = space.indexOf('stopwordRatio');
  analyzed.forEach((segment, index) => {
    segment.features[stopwordIndex] = stopwordRatio(segmentWords[index]!, counted.words, counted.scale);
  });
  return { analyzed, tally };
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
