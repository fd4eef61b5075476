import { isHeadBlock, type Block } from '../segment/block.js';
import { isSoftNavigationCue, type CueLists } from './dom.js';

/**
 * Soft navigation cues that mark most of a page's text name the page's framework, not a part of
 * it: a page builder wraps every paragraph of the article in `elementor-widget-container`, and the
 * token `widget`, a sidebar's cue elsewhere, then called the whole article navigation (`widget` is
 * no cue since session 17, data/cues/class-names.json; the measure holds for every soft cue). A soft cue
 * token found among the cues of blocks holding at least PAGE_WIDE_CUE_SHARE of the page's visible
 * characters says nothing about any one block and is not read as a cue on that page. Strong
 * navigation cues (footer, sidebar, related…), comment cues and semantic tags are always read.
 * The same measure, asked about footer tokens (dom.ts isFooterCue), tells the footer cues that
 * nav.footer-cue does not read on a page: read on any recorded ancestor, a footer token above
 * most of the page (`sticky-footer-wrapper` around everything) would make the page navigation.
 * A `<footer>` element is not set aside however much it holds (Block.inFooterElement, dom.ts): a
 * wrapper is a class, and a business's footer listing every town it serves held most of its page
 * (wcxb-dev training folds, session 15: body F1 0.9172 -> 0.9175, listing 0.8108 -> 0.8162, one
 * page 0.29 -> 0.86, no other page of any set changed).
 */

/**
 * Share of the page's visible characters whose blocks must carry a soft navigation cue token for
 * it to count as the page's framework. Measured on the training folds of wcxb-dev (body F1 0.877
 * before): 0.5 gave 0.890 but also set aside cues of real regions on three readability pages
 * (heise's teaser column `…_links` at 0.70 of the page, a `header` at 0.62, a video `widget` at
 * 0.65; readability 0.960 → 0.957); 0.75 gave 0.887 with readability, l3s-gn1 and zh-gbk
 * unchanged; 0.8 gave 0.885. Page-builder wrappers cover 0.75–0.98 of the pages they build.
 */
export const PAGE_WIDE_CUE_SHARE = 0.75;
/**
 * A framework wraps many blocks: a cue above fewer blocks than this is one region however much of
 * the page it holds (a page that is one menu, one signature, one ad). 5: a page builder's article
 * has a heading and paragraphs in a widget each; the training-fold figures are the same with 1.
 */
export const PAGE_WIDE_CUE_MIN_BLOCKS = 5;
/**
 * A large menu or footer dilutes a page builder's share of the page: a SiteOrigin article whose
 * every paragraph sits in `div.so-panel.widget > div.textwidget` held 0.71 of a college page under
 * a mega-menu, and `widget` made the whole article navigation (body recall 0.003). So the share is
 * also measured on the page's text outside its chrome (isChromeBlock): a soft cue above
 * PAGE_WIDE_CUE_SHARE of that text is the page's framework when it also holds at least this share
 * of the whole page. Without this second condition a shop's promo-bar carousel (20 shipping
 * messages, 0.99 of the text outside header, nav and footer, 0.47 of the page) took the place of a
 * terms page's one paragraph. Measured on the training folds of wcxb-dev (body F1 0.913; session
 * 13): 0.3 and 0.4 lost that page (1.00 → 0.43); 0.5 and 0.6 gave the same five pages up (an
 * article 0.007 → 0.976, a service page 0.58 → 0.63, three articles +0.01 to +0.06) and none
 * down; 0.7 only the first. readability, l3s-gn1 and zh-gbk unchanged page for page.
 */
export const CONTENT_WIDE_MIN_PAGE_SHARE = 0.5;

const NONE: ReadonlySet<string> = new Set();

/** Semantic tags whose text is the site's chrome wherever they sit. */
const CHROME_TAGS: ReadonlySet<string> = new Set(['nav', 'footer', 'aside']);

/**
 * A block in the site's chrome: under a `<nav>`, `<footer>` or `<aside>`, or under a `<header>`
 * that no `<main>` or `<article>` holds (the site's header, not an article's). Read off the block's
 * last cue group: the semantic containers above it, outermost first (segment/place.ts), or, on a
 * page without them, the tokens of the outermost recorded element (a `div.nav`, `div.header` is
 * chrome too).
 */
export function isChromeBlock(block: Pick<Block, 'cues'>): boolean {
  const semantic = block.cues[block.cues.length - 1];
  if (semantic === undefined) return false;
  for (const tag of semantic) if (CHROME_TAGS.has(tag)) return true;
  return semantic[0] === 'header';
}

/**
 * The class/id tokens of a page that sit above most of its visible text, over
 * PAGE_WIDE_CUE_MIN_BLOCKS blocks or more: PAGE_WIDE_CUE_SHARE of its characters, or that share of
 * the characters outside its chrome when they are also CONTENT_WIDE_MIN_PAGE_SHARE of the page.
 */
export function pageWideTokens(blocks: readonly Block[]): readonly string[] {
  const charsByToken = new Map<string, number>();
  const contentCharsByToken = new Map<string, number>();
  const blocksByToken = new Map<string, number>();
  let total = 0;
  let contentTotal = 0;
  const seen = new Set<string>();
  for (const block of blocks) {
    if (block.hidden || isHeadBlock(block)) continue;
    const chars = block.text.length;
    const content = !isChromeBlock(block);
    total += chars;
    if (content) contentTotal += chars;
    seen.clear();
    for (const group of block.cues) {
      for (const token of group) {
        if (seen.has(token)) continue;
        seen.add(token);
        charsByToken.set(token, (charsByToken.get(token) ?? 0) + chars);
        if (content) contentCharsByToken.set(token, (contentCharsByToken.get(token) ?? 0) + chars);
        blocksByToken.set(token, (blocksByToken.get(token) ?? 0) + 1);
      }
    }
  }
  if (total === 0) return [];
  const wide: string[] = [];
  for (const [token, chars] of charsByToken) {
    if ((blocksByToken.get(token) ?? 0) < PAGE_WIDE_CUE_MIN_BLOCKS) continue;
    const contentChars = contentCharsByToken.get(token) ?? 0;
    if (chars >= PAGE_WIDE_CUE_SHARE * total || (chars >= CONTENT_WIDE_MIN_PAGE_SHARE * total && contentChars >= PAGE_WIDE_CUE_SHARE * contentTotal)) wide.push(token);
  }
  return wide;
}

/** The cue tokens among a page's wide tokens (pageWideTokens): soft navigation cues, or the tokens `isCandidate` picks. */
export function wideCuesAmong(wideTokens: readonly string[], cues: CueLists, isCandidate: (token: string, cues: CueLists) => boolean = isSoftNavigationCue): ReadonlySet<string> {
  const wide = wideTokens.filter((token) => isCandidate(token, cues));
  return wide.length === 0 ? NONE : new Set(wide);
}
