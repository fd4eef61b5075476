import type { Block } from '../segment/block.js';
import { isControlLabel } from './control.js';
import type { ConsentTextCues } from '../classify/consent-text.js';
import type { ForumChromeCues } from '../classify/forum-chrome.js';
import type { SetFeature } from './feature-set.js';
import { withoutHeadingOwnWords } from './heading-own-cue.js';

/** Class/id/role cue lists, loaded from data/cues/class-names.json. */
export interface CueLists extends ForumChromeCues, ConsentTextCues {
  navigation: readonly string[];
  /** Navigation cues that beat a nearer body cue within STRONG_CUE_GROUPS elements. */
  navigationStrong: readonly string[];
  body: readonly string[];
  /** Navigation cues compared as whole tokens: too short to match as prefixes or suffixes (ad would match head, thread). */
  navigationExact: readonly string[];
  /** Whole tokens that mark user comments (compared exactly, not as prefixes). */
  comment: readonly string[];
  /**
   * Cues of a cookie or consent dialog (matched like navigation cues): on any recorded ancestor
   * they make the block navigation, nearer body cues notwithstanding — the dialog's policy text
   * sits in `div.policy-text` far under `div#cookie-consent`, and a dialog of several paragraphs
   * outweighed short forum posts in the main-content choice.
   */
  consent: readonly string[];
  /**
   * Cues of a dialog (modal, popup, dialog; matched like navigation cues) on any recorded ancestor
   * whose element carries no body cue: its text is shown only on demand — a size guide, a
   * notify-me form, a quick view — and is not the page's body (dom.dialogCue, nav.dialog-cue;
   * measurements in data/cues/class-names.json).
   */
  dialog: readonly string[];
  /**
   * Cues of a footer or fine print (footer, disclaimer; matched like navigation cues, and the
   * <footer> tag) on any recorded ancestor: the site's footer — its about-us blurb, its store list,
   * its newsletter form — and a product's disclaimer are not the page's body however many
   * sentences they hold (dom.footerCue, nav.footer-cue; measurements
   * in data/cues/class-names.json). A footer token above most of the page is its frame and is not
   * read (page-cues.ts).
   */
  footer: readonly string[];
  /**
   * Whole tokens of a folded part of the page (accordion, collapse, tab, faq, answer, more…;
   * compared exactly: tab must not match table) on any recorded ancestor (dom.collapsibleCue):
   * hidden text there is shown on a click (classify/folded.ts).
   */
  collapsible: readonly string[];
  /**
   * Cues of an author box (author, authors; matched like navigation cues: authorbox, blog-author,
   * author__info) on the nearest AUTHOR_CUE_GROUPS cue-bearing elements, on an element that is not
   * itself a post (dom.authorCue; the rule nav.author-bio reads it).
   */
  author: readonly string[];
  /**
   * Whole tokens of an element that is itself a post — the <article> tag, WordPress's hentry —
   * whose class names its author (author-jane-doe): an author cue there is no author box.
   */
  post: readonly string[];
  /**
   * Whole tokens of a third-party review widget (jdgm, yotpo, bvseo, trustpilot, rpi…; compared
   * exactly) on any recorded ancestor (dom.reviewWidgetCue, nav.review-widget): the customer
   * reviews a review app injects into the page are not its content (measurements in
   * data/cues/class-names.json).
   */
  review: readonly string[];
  /**
   * Whole tokens by which a publisher states "this is the article's text" (schema.org's
   * itemprop="articleBody"): such an element is body whatever else its class or id says.
   */
  bodyStrong: readonly string[];
  /**
   * Whole tokens that begin or end with a cue but are words of their own — `shared` (share),
   * `research` (search), `navy` (nav), `commentary` (comment): never read as cues, whichever list
   * they would match.
   */
  notCue: readonly string[];
  /**
   * Words that, on a heading element's own class, name it a heading (header: Doxygen's
   * h2.groupheader, rustdoc's h4.code-header): not read there (data/cues/heading-own.json,
   * heading-own-cue.ts). Absent: none.
   */
  headingOwn?: readonly string[];
}

/** Strong navigation cues count on the block's element and its parent (the nearest two cue groups). */
export const STRONG_CUE_GROUPS = 2;
/**
 * Comment cues count on the nearest three elements that carry class/id cues: a comment's text
 * often sits two cue-bearing elements below its thread (div#comment-text > ul.single-post >
 * li.post-text). Measured on the development corpus: 2 → 3 took readability/pixnet from P 0.38 to
 * 0.99 and changed nothing else; 4 gained 0.01 on two more pages (wapo) — 3 keeps the reach short.
 */
export const COMMENT_CUE_GROUPS = 3;
/**
 * Author cues count on the nearest four cue-bearing elements: an author box's bio sits in a
 * paragraph two or three elements below it (section.author-box > div.author-box-content > p).
 * wcxb-dev training folds, session 14 (nav.author-bio): 2 groups body F1 0.9154, 3 0.9155, 4
 * 0.9156, 6 0.9156 (two more articles up); 4 keeps the reach short of a page wrapper (WordPress
 * puts `author` on the <body> of an author's archive).
 */
export const AUTHOR_CUE_GROUPS = 4;
/** Semantic containers that count as strong navigation cues. */
const SEMANTIC_NAV_TAGS = new Set(['footer', 'nav', 'aside']);

/** Whether a class or id token matches one of `cues`: equal to it, beginning or ending with it (never in the middle). */
export function matchesCue(token: string, cues: readonly string[]): boolean {
  for (const cue of cues) {
    if (token === cue || token.startsWith(cue) || token.endsWith(cue)) return true;
  }
  return false;
}

const STRONG = 1;
const NAV = 2;
const BODY = 4;
const COMMENT = 8;
const BODY_STRONG = 16;
const CONSENT = 32;
const DIALOG = 64;
const FOOTER = 128;
const COLLAPSIBLE = 256;
const AUTHOR = 512;
const POST = 1024;
const REVIEW = 2048;
/** Class tokens repeat across a page's blocks and across pages: each is matched against the lists once, up to this many per list set (then the memo starts over). */
export const MAX_MEMO_CUE_TOKENS = 50_000;
const memos = new WeakMap<CueLists, Map<string, number>>();

function cueBits(token: string, cues: CueLists): number {
  let memo = memos.get(cues);
  if (!memo) memos.set(cues, (memo = new Map()));
  let bits = memo.get(token);
  if (bits === undefined) {
    bits = cues.notCue.includes(token)
      ? 0
      : (matchesCue(token, cues.navigationStrong) || SEMANTIC_NAV_TAGS.has(token) ? STRONG : 0) | (matchesCue(token, cues.navigation) || cues.navigationExact.includes(token) ? NAV : 0) | (matchesCue(token, cues.body) ? BODY : 0) | (cues.comment.includes(token) ? COMMENT : 0) | (cues.bodyStrong.includes(token) ? BODY_STRONG : 0) | (matchesCue(token, cues.consent) ? CONSENT : 0) | (matchesCue(token, cues.dialog) ? DIALOG : 0) | (matchesCue(token, cues.footer) ? FOOTER : 0) | (cues.collapsible.includes(token) ? COLLAPSIBLE : 0) | (matchesCue(token, cues.author) ? AUTHOR : 0) | (cues.post.includes(token) ? POST : 0) | (cues.review.includes(token) ? REVIEW : 0);
    if (memo.size >= MAX_MEMO_CUE_TOKENS) memo.clear();
    memo.set(token, bits);
  }
  return bits;
}

/**
 * The cue bits of a whole group, once per group array: an element's token array is shared by every
 * block under it. The feature stage keeps one memo per page (group arrays never outlive their
 * page); a WeakMap kept across pages cost ~4× as much per new array, and most arrays are new.
 */
export type GroupBitsMemo = Map<readonly string[], number>;

/** A navigation cue that is neither strong, nor a comment cue, nor a semantic tag (page-cues.ts may set it aside on a page). */
export function isSoftNavigationCue(token: string, cues: CueLists): boolean {
  return cueBits(token, cues) === NAV;
}

/** The roles a class or id token plays, one per cue list (navigationExact counts as navigation). */
export type CueRole = 'navigationStrong' | 'navigation' | 'body' | 'comment' | 'bodyStrong' | 'consent' | 'dialog' | 'footer' | 'collapsible' | 'author' | 'post' | 'review';
const ROLE_BITS: readonly (readonly [CueRole, number])[] = [
  ['navigationStrong', STRONG],
  ['navigation', NAV],
  ['body', BODY],
  ['comment', COMMENT],
  ['bodyStrong', BODY_STRONG],
  ['consent', CONSENT],
  ['dialog', DIALOG],
  ['footer', FOOTER],
  ['collapsible', COLLAPSIBLE],
  ['author', AUTHOR],
  ['post', POST],
  ['review', REVIEW],
];

/**
 * The roles the feature stage reads `token` as, by the same matching it applies to every block
 * (whole tokens or prefix/suffix per list, `notCue` overriding all): for tests and diagnostics that
 * ask "is this word a comment cue" of the real rule rather than of a copy of it.
 */
export function cueRoles(token: string, cues: CueLists): ReadonlySet<CueRole> {
  const bits = cueBits(token, cues);
  return new Set(ROLE_BITS.filter(([, bit]) => (bits & bit) !== 0).map(([role]) => role));
}

/** A footer cue token (page-cues.ts sets it aside on a page when it sits above most of the page's text). */
export function isFooterCue(token: string, cues: CueLists): boolean {
  return (cueBits(token, cues) & FOOTER) !== 0;
}

function groupBits(group: readonly string[], cues: CueLists, memo: GroupBitsMemo, pageWide: ReadonlySet<string>): number {
  let bits = memo.get(group);
  if (bits === undefined) {
    bits = 0;
    for (const token of group) if (!pageWide.has(token)) bits |= cueBits(token, cues);
    memo.set(group, bits);
  }
  return bits;
}

/** A block with no recorded group on an element framing the page: an empty range. */
const NO_FRAME_CUES: readonly [number, number] = [0, 0];

/**
 * `pageWide`: soft navigation cue tokens that mark most of the page (page-cues.ts), not read as cues;
 * `wideFooter`: footer cue tokens that mark most of the page, not read as footer cues.
 */
export function domFeatures(block: Block, cues: CueLists, set: SetFeature, memo: GroupBitsMemo, pageWide: ReadonlySet<string>, wideFooter: ReadonlySet<string>): void {
  // A strong navigation cue or a <footer>/<nav>/<aside> on the block or its parent decides; otherwise
  // the nearest element with a cue decides, and within one element a navigation cue wins over a
  // body cue (comment-content, article-footer are navigation).
  let nav = 0;
  let body = 0;
  // An element stated to hold the article's text (itemprop="articleBody") ends the search: cues
  // nearer than it still decide (a share bar inside the article), cues on it and above it do not
  // (its own id may say "share": an article wrapped by a sharing widget).
  // (a heading's own class word naming it a header is no site-header cue: heading-own-cue.ts)
  let groups: readonly (readonly string[])[] = withoutHeadingOwnWords(block, cues.headingOwn ?? []);
  const stated = groups.findIndex((group) => (groupBits(group, cues, memo, pageWide) & BODY_STRONG) !== 0);
  if (stated >= 0) groups = groups.slice(0, stated);
  // (a <footer>/<nav>/<aside> far above is not trusted: one unclosed <nav> would swallow the page)
  // strong navigation cues count on the two nearest cue-bearing elements, comment cues on three,
  // author cues on four
  let near = 0;
  let comment = false;
  let author = false;
  for (let g = 0; g < groups.length && g < Math.max(STRONG_CUE_GROUPS, COMMENT_CUE_GROUPS, AUTHOR_CUE_GROUPS); g++) {
    const bits = groupBits(groups[g]!, cues, memo, pageWide);
    if (g < STRONG_CUE_GROUPS) near |= bits;
    if (g < COMMENT_CUE_GROUPS) comment ||= (bits & COMMENT) !== 0;
    if (g < AUTHOR_CUE_GROUPS) author ||= (bits & AUTHOR) !== 0 && (bits & POST) === 0;
  }
  let consent = false;
  let dialog = false;
  let footer = false;
  let collapsible = false;
  let review = false;
  const [frameFrom, frameTo] = block.frameCues ?? NO_FRAME_CUES;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const bits = groupBits(group, cues, memo, pageWide);
    consent ||= (bits & CONSENT) !== 0;
    review ||= (bits & REVIEW) !== 0;
    collapsible ||= (bits & COLLAPSIBLE) !== 0;
    // a footer token on <body> or on an element holding the page's <main> names the theme's layout (segment/place.ts)
    if (!footer && (bits & FOOTER) !== 0 && (g < frameFrom || g >= frameTo)) footer = group.some((token) => !wideFooter.has(token) && (cueBits(token, cues) & FOOTER) !== 0);
    // an element that also names itself content is the page's frame or a dialog's shown part
    // (Drupal wraps whole pages in div.dialog-off-canvas-main-canvas), not a dialog
    dialog ||= (bits & DIALOG) !== 0 && (bits & BODY) === 0;
  }
  // the element that folds hidden text names itself, however deep the text sits (segment/block.ts hiderCues)
  if (!collapsible && block.hidden) collapsible = (block.hiderCues ?? []).some((token) => (cueBits(token, cues) & COLLAPSIBLE) !== 0);
  // a <footer> element is the site's footer even when it holds most of the page (a list of every
  // town a business serves): only footer class tokens can be a page's wrapper (page-cues.ts)
  if (!footer && stated < 0 && block.inFooterElement === true) footer = true;
  if (near & STRONG || consent) nav = 1;
  else {
    for (const group of groups) {
      const bits = groupBits(group, cues, memo, pageWide);
      nav = (bits & NAV) !== 0 ? 1 : 0;
      body = !nav && (bits & BODY) !== 0 ? 1 : 0;
      if (nav || body) break;
    }
  }
  if (stated >= 0 && !nav && !body) body = 1;
  set('dom.hidden', block.hidden ? 1 : 0);
  set('dom.navCue', nav);
  set('dom.bodyCue', body);
  set('dom.commentCue', comment ? 1 : 0);
  set('dom.dialogCue', dialog ? 1 : 0);
  set('dom.footerCue', footer ? 1 : 0);
  set('dom.collapsibleCue', collapsible ? 1 : 0);
  set('dom.authorCue', author ? 1 : 0);
  set('dom.siteChrome', stated < 0 && block.inSiteChrome === true ? 1 : 0);
  set('dom.reviewWidgetCue', review ? 1 : 0);
  set('dom.control', isControlLabel(block.path) ? 1 : 0);
  set('kind.title', block.kind === 'title' || block.kind === 'script-title' ? 1 : 0);
  set('kind.meta', block.kind === 'meta-description' || block.kind === 'meta-keywords' ? 1 : 0);
  set('kind.heading', block.kind === 'heading' ? 1 : 0);
  set('kind.list', block.list ? 1 : 0);
  set('headingLevel', block.headingLevel ?? 0);
}
