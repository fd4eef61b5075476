import type { LabelledSegment } from '../classify/classify.js';
import { STATIC_FEATURES } from '../features/feature-set.js';
import { isHeadBlock, type SegmentedPage } from '../segment/block.js';
import { pageTypeCuesSchema, type PageTypeCues } from './cues.js';
import { countPrices } from './prices.js';
import { countPhraseGroups } from './terms.js';

/**
 * Page features the page type is told from: what the markup declares, how the sifted page is
 * shaped (how much of it is body and in how many pieces, teaser units, comment blocks, dated
 * posts, linked headings) and which words its class names and text use. Every one can be read
 * off a report by a person; counts enter as log(1 + n) so that one huge page does not dominate.
 */
export const PAGE_TYPE_FEATURES = {
  'declared.article': 'the markup declares an article (schema.org NewsArticle/BlogPosting…, og:type article)',
  'declared.forum': 'the markup declares a discussion (DiscussionForumPosting, QAPage, Comment)',
  'declared.product': 'the markup declares a product or offer (schema.org Product, Offer)',
  'declared.listing': 'the markup declares a collection (CollectionPage, ItemList, SearchResultsPage)',
  'declared.other': 'the markup declares a service, business, application or FAQ page',
  'body.share': 'share of the page\'s visible characters labelled body',
  'body.chars': 'log(1 + characters labelled body, a Han/kana/Hangul character counted as 3)',
  'body.segments': 'log(1 + segments labelled body)',
  'body.longestShare': 'the longest body segment\'s share of the body characters (one article: a few long paragraphs)',
  'body.meanChars': 'log(1 + mean characters per body segment, a Han/kana/Hangul character counted as 3)',
  'body.linkShare': 'share of the body\'s characters inside links (a list\'s items are linked titles; an article\'s paragraphs are prose)',
  teasers: 'log(1 + teaser summaries: linked headline + summary units repeated on the page)',
  commentShare: 'share of visible segments under a comment cue',
  datedSegments: 'log(1 + visible segments holding a date: posts and list items carry one each)',
  headings: 'log(1 + headings)',
  linkedHeadings: 'log(1 + headings that are links: the titles of a list of other pages)',
  prices: 'log(1 + prices in the visible text: $12.99, €5, 34,90 €, 1 290 ₽, rp 125.000, 120 元)',
  buyBox: 'a price within a few segments after the page\'s first <h1> (one product\'s name, then its price: a buy box; a grid\'s <h1> names the category and its prices come later, one per item)',
  'terms.commerce': 'log(1 + shop phrases: add to cart, in stock, 加入购物车…)',
  'terms.forum': 'log(1 + discussion phrases: reply, joined, quote, 回复, 楼主…)',
  'terms.docs': 'log(1 + documentation phrases: parameters, returns, installation…)',
  'class.forum': 'share of visible segments whose class names say thread, reply, message, answer…',
  'class.product': 'share of visible segments whose class names say product, price, cart…',
  'class.listing': 'share of visible segments whose class names say card, tile, grid, result…',
  'class.article': 'share of visible segments whose class names say article, story, entry-content…',
  'class.docs': 'share of visible segments whose class names say docs, toc, highlight, language-…',
  codeBlocks: 'log(1 + code blocks: <pre>/<code> elements holding text)',
} as const satisfies Record<string, string>;
export type PageTypeFeature = keyof typeof PAGE_TYPE_FEATURES;
export const PAGE_TYPE_FEATURE_NAMES = Object.keys(PAGE_TYPE_FEATURES) as PageTypeFeature[];

/**
 * Segment features read by index: the static features come first in every sifter's feature space,
 * in STATIC_FEATURES order (resources.ts builds the space that way), so their indexes are fixed.
 */
const STATIC_NAMES = Object.keys(STATIC_FEATURES);
function staticIndex(name: keyof typeof STATIC_FEATURES): number {
  return STATIC_NAMES.indexOf(name);
}
const CHARS = staticIndex('chars');
/** Characters with each Han/kana/Hangul one counted as HAN_CHAR_WEIGHT (3): a Chinese paragraph has about a third of the characters of an English one saying as much. */
const WEIGHTED_CHARS = staticIndex('weightedChars');
const HAS_DATE = staticIndex('hasDate');
const LINK_DENSITY = staticIndex('linkDensity');
const COMMENT_CUE = staticIndex('dom.commentCue');
const HIDDEN = staticIndex('dom.hidden');

/** A heading is a link when at least this share of it is link text (as teasers.ts tells a linked headline). */
export const LINKED_HEADING_MIN_DENSITY = 0.9;
/**
 * A price at most this many visible segments after the page's first `<h1>` makes a buy box (feature
 * `buyBox`). Chosen on wcxb-dev's training folds (session 33, branch ptype-33): a price sits 1-3
 * segments below the `<h1>` on 15 of 40 product pages, 6 of 104 listing and collection pages, 11 of
 * 532 articles; 1, 2, 4, 5, 6, 8 and 12 were measured too (RESULTS.md, Session 33 ptype-33).
 */
export const BUY_BOX_MAX_SEGMENTS = 3;
const CODE_TAG = /(?:^|>)(?:pre|code)(?:[.#][^>]*)?$/;

function log1p(n: number): number {
  return Math.log1p(n);
}

type ClassKey = keyof PageTypeCues['classTokens'];
/** The groups of class-name cues (the cue file's schema, cues.ts), in its order. */
const CLASS_KEYS = Object.keys(pageTypeCuesSchema.shape.classTokens.shape) as ClassKey[];

/**
 * Which of the page-type class cues (cues.classTokens) each class or id token holds, as one bit per
 * CLASS_KEYS entry. A page's blocks share their ancestors' tokens, so each token is looked at once a page.
 */
function classCueBits(classTokens: Readonly<Record<ClassKey, readonly string[]>>): (cues: readonly (readonly string[])[]) => number {
  const byToken = new Map<string, number>();
  const bitsOf = (token: string): number => {
    let bits = byToken.get(token);
    if (bits === undefined) {
      bits = 0;
      CLASS_KEYS.forEach((key, i) => {
        if (classTokens[key].some((word) => token.includes(word))) bits! |= 1 << i;
      });
      byToken.set(token, bits);
    }
    return bits;
  };
  return (cues) => {
    let bits = 0;
    for (const group of cues) for (const token of group) bits |= bitsOf(token);
    return bits;
  };
}

/** The page's feature values, in PAGE_TYPE_FEATURE_NAMES order. */
export function pageTypeFeatures(page: SegmentedPage, segments: readonly LabelledSegment[], cues: PageTypeCues): number[] {
  const values: Record<PageTypeFeature, number> = Object.fromEntries(PAGE_TYPE_FEATURE_NAMES.map((n) => [n, 0])) as Record<PageTypeFeature, number>;
  const declared = new Set(page.declaredTypes ?? []);
  for (const type of ['article', 'forum', 'product', 'listing', 'other'] as const) {
    values[`declared.${type}`] = cues.declared[type].some((t) => declared.has(t)) ? 1 : 0;
  }
  let visible = 0;
  let visibleChars = 0;
  let bodyChars = 0;
  let bodyWeightedChars = 0;
  let bodySegments = 0;
  let bodyLinkChars = 0;
  let longest = 0;
  let teasers = 0;
  let comments = 0;
  let dated = 0;
  let headings = 0;
  let linkedHeadings = 0;
  let codeBlocks = 0;
  /** Visible segments since the first <h1> (-1 before it) and whether a price came within BUY_BOX_MAX_SEGMENTS of it. */
  let sinceTitle = -1;
  let buyBox = false;
  const classCounts = Object.fromEntries(CLASS_KEYS.map((key) => [key, 0])) as Record<ClassKey, number>;
  const blockClassBits = classCueBits(cues.classTokens);
  const texts: string[] = [];
  for (const segment of segments) {
    const { block, features } = segment;
    if (isHeadBlock(block) || block.kind === 'inline' || features[HIDDEN] === 1) continue;
    const chars = features[CHARS] ?? 0;
    visible++;
    visibleChars += chars;
    const lower = block.text.toLowerCase();
    texts.push(lower);
    if (segment.label === 'body') {
      bodyChars += chars;
      bodyWeightedChars += features[WEIGHTED_CHARS] ?? chars;
      bodySegments++;
      bodyLinkChars += chars * (features[LINK_DENSITY] ?? 0);
      longest = Math.max(longest, chars);
    }
    if (segment.hits.some((h) => h.rule === 'context.teaser')) teasers++;
    if (features[COMMENT_CUE] === 1) comments++;
    if (features[HAS_DATE] === 1) dated++;
    if (sinceTitle >= 0 && !buyBox && ++sinceTitle <= BUY_BOX_MAX_SEGMENTS && countPrices(lower) > 0) buyBox = true;
    if (sinceTitle < 0 && block.kind === 'heading' && block.headingLevel === 1) sinceTitle = 0;
    if (block.kind === 'heading') {
      headings++;
      if ((features[LINK_DENSITY] ?? 0) >= LINKED_HEADING_MIN_DENSITY) linkedHeadings++;
    }
    if (block.path !== undefined && CODE_TAG.test(block.path)) codeBlocks++;
    const bits = blockClassBits(block.cues);
    CLASS_KEYS.forEach((key, i) => {
      if (bits & (1 << i)) classCounts[key]++;
    });
  }
  const text = texts.join('\n');
  const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);
  values['body.share'] = share(bodyChars, visibleChars);
  values['body.chars'] = log1p(bodyWeightedChars);
  values['body.segments'] = log1p(bodySegments);
  values['body.longestShare'] = share(longest, bodyChars);
  values['body.meanChars'] = log1p(share(bodyWeightedChars, bodySegments));
  values['body.linkShare'] = share(bodyLinkChars, bodyChars);
  values.teasers = log1p(teasers);
  values.commentShare = share(comments, visible);
  values.datedSegments = log1p(dated);
  values.headings = log1p(headings);
  values.linkedHeadings = log1p(linkedHeadings);
  values.prices = log1p(countPrices(text));
  values.buyBox = buyBox ? 1 : 0;
  const terms = countPhraseGroups(text, cues.terms);
  values['terms.commerce'] = log1p(terms.commerce);
  values['terms.forum'] = log1p(terms.forum);
  values['terms.docs'] = log1p(terms.docs);
  for (const key of CLASS_KEYS) values[`class.${key}`] = share(classCounts[key], visible);
  values.codeBlocks = log1p(codeBlocks);
  return PAGE_TYPE_FEATURE_NAMES.map((n) => values[n]);
}
