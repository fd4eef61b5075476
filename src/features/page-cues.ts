import { isHeadBlock, type Block } from '../segment/block.js';
import { isSoftNavigationCue, type CueLists } from './dom.js';

/**
 * Soft navigation cues that mark most of a page's text name the page's framework, not a part of
 * it: a page builder wraps every paragraph of the article in `elementor-widget-container`, and the
 * token `widget`, a sidebar's cue elsewhere, then called the whole article navigation. A soft cue
 * token found among the cues of blocks holding at least PAGE_WIDE_CUE_SHARE of the page's visible
 * characters says nothing about any one block and is not read as a cue on that page. Strong
 * navigation cues (footer, sidebar, related…), comment cues and semantic tags are always read.
 * The same measure, asked about footer tokens (dom.ts isFooterCue), tells the footer cues that
 * nav.footer-cue does not read on a page: read on any recorded ancestor, a footer token above
 * most of the page (`sticky-footer-wrapper` around everything) would make the page navigation.
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

const NONE: ReadonlySet<string> = new Set();

/** The class/id tokens of a page that sit above most of its visible text (PAGE_WIDE_CUE_SHARE of its characters, PAGE_WIDE_CUE_MIN_BLOCKS blocks or more). */
export function pageWideTokens(blocks: readonly Block[]): readonly string[] {
  const charsByToken = new Map<string, number>();
  const blocksByToken = new Map<string, number>();
  let total = 0;
  const seen = new Set<string>();
  for (const block of blocks) {
    if (block.hidden || isHeadBlock(block)) continue;
    const chars = block.text.length;
    total += chars;
    seen.clear();
    for (const group of block.cues) {
      for (const token of group) {
        if (seen.has(token)) continue;
        seen.add(token);
        charsByToken.set(token, (charsByToken.get(token) ?? 0) + chars);
        blocksByToken.set(token, (blocksByToken.get(token) ?? 0) + 1);
      }
    }
  }
  if (total === 0) return [];
  const wide: string[] = [];
  for (const [token, chars] of charsByToken) if (chars >= PAGE_WIDE_CUE_SHARE * total && (blocksByToken.get(token) ?? 0) >= PAGE_WIDE_CUE_MIN_BLOCKS) wide.push(token);
  return wide;
}

/** The cue tokens among a page's wide tokens (pageWideTokens): soft navigation cues, or the tokens `isCandidate` picks. */
export function wideCuesAmong(wideTokens: readonly string[], cues: CueLists, isCandidate: (token: string, cues: CueLists) => boolean = isSoftNavigationCue): ReadonlySet<string> {
  const wide = wideTokens.filter((token) => isCandidate(token, cues));
  return wide.length === 0 ? NONE : new Set(wide);
}
