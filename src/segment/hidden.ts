/**
 * Is an element hidden by its own attributes? Hijack kits hide link blocks with inline styles;
 * stylesheet rules are out of reach of a streaming parser and are not evaluated.
 */

/** Offsets at or beyond this many pixels off-screen count as hiding (kits use -999px … -99999px). */
export const OFFSCREEN_PX = 500;

const DISPLAY_NONE = /(?:^|;|\s)display\s*:\s*none/i;
const VISIBILITY_HIDDEN = /(?:^|;|\s)visibility\s*:\s*hidden/i;
const FONT_SIZE_ZERO = /(?:^|;|\s)font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|$|!)/i;
const OFFSET = /(?:^|;|\s)(?:left|top|text-indent|margin-left|margin-top)\s*:\s*-(\d{1,9})(?:\.\d+)?(?:px|pt|em)?/gi;
const HEIGHT_ZERO_HIDDEN = /(?:^|;|\s)height\s*:\s*0(?:px)?\s*(?:;|$)[^]*overflow\s*:\s*hidden|overflow\s*:\s*hidden[^]*(?:^|;|\s)height\s*:\s*0(?:px)?\s*(?:;|$)/i;

/**
 * React's streaming server rendering sends a Suspense boundary's content after the rest of the page
 * as `<div hidden id="S:0">…</div>`, and an inline script (`$RC("B:0","S:0")`) moves it into the
 * place of its fallback: the page shows it. The id is React's (`S:` and the boundary's number).
 */
const REACT_STREAMED_BOUNDARY_ID = /^S:\d+$/;

/**
 * Class names by which the common CSS frameworks take text off the screen and keep it for screen
 * readers (Bootstrap's sr-only and visually-hidden, WordPress's screen-reader-text, HTML5
 * Boilerplate's visuallyhidden): a product tile's "Product Link" and its URL, "The current price
 * is $79.99", "Opens in a new window". Kept apart from hidden text (isHiddenElement): such text
 * is no hiding trick, and it still counts where the page's parts are weighed; it is only never body.
 * The same names behind one prefix word that a design system puts on its helpers (Target's
 * h-sr-only, u-visually-hidden) and Foundation's show-for-sr and Drupal's element-invisible are
 * such classes as well (session 17, helper 50): wcxb-dev training folds, listing +0.0005 and
 * collection +0.0007 (a shop's carousel of "Loading..." headings under h3.h-sr-only 0.587 -> 0.588,
 * a course listing's hidden "Registration Deadline" labels 0.59 -> 0.63; two pages up, none down),
 * l3s-gn1, readability and zh-gbk unchanged.
 */
const SCREEN_READER_ONLY = /(?:^|\s)(?:[a-z0-9]+-)?(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|show-for-sr|element-invisible)(?:\s|$)/i;
/** A class attribute longer than this is not searched (a generated page may repeat classes without end). */
const MAX_CLASS_CHARS = 2048;

/** Is an element's text for screen readers only, by its class (SCREEN_READER_ONLY)? */
export function isScreenReaderOnly(attribs: Readonly<Record<string, string>>): boolean {
  const cls = attribs['class'];
  return cls !== undefined && cls.length <= MAX_CLASS_CHARS && SCREEN_READER_ONLY.test(cls);
}

/**
 * A `<marquee>` this many pixels high or wide, or less, shows no line of text: kits scroll their links
 * through `<marquee height=1 width=1>`, a hiding trick older than stylesheets. Text needs ~10 px.
 */
export const TINY_MARQUEE_PX = 4;
/**
 * A size attribute or style value in pixels: digits, optionally "px". The space before "px" sits
 * inside the optional group: written `\s*(?:px)?\s*`, two runs of spaces met with nothing between
 * them, and the value `1`, N tabs, `1` took time quadratic in N (sift() 12.9 s at 80,000 tabs, session 30).
 */
export const PIXELS = /^\s*(\d{1,6})(?:\.\d+)?(?:\s*px)?\s*$/i;
const STYLE_SIZE = /(?:^|;|\s)(height|width)\s*:\s*(\d{1,6})(?:\.\d+)?\s*px/gi;

/** Is a `<marquee>` too small to show its text (TINY_MARQUEE_PX), by its height/width attributes or style? */
function isTinyMarquee(attribs: Readonly<Record<string, string>>): boolean {
  for (const name of ['height', 'width']) {
    const m = PIXELS.exec(attribs[name] ?? '');
    if (m && Number(m[1]) <= TINY_MARQUEE_PX) return true;
  }
  const style = attribs['style'];
  if (style === undefined || style.length > 2048) return false;
  for (const m of style.matchAll(STYLE_SIZE)) if (Number(m[2]) <= TINY_MARQUEE_PX) return true;
  return false;
}

/** Is an element hidden by its own attributes (`tag`, when given, for what only one element can do: a tiny `<marquee>`)? */
export function isHiddenElement(attribs: Readonly<Record<string, string>>, tag?: string): boolean {
  if ('hidden' in attribs && !REACT_STREAMED_BOUNDARY_ID.test(attribs['id'] ?? '')) return true;
  if (tag === 'marquee' && isTinyMarquee(attribs)) return true;
  const style = attribs['style'];
  if (!style) return false;
  if (DISPLAY_NONE.test(style) || VISIBILITY_HIDDEN.test(style) || FONT_SIZE_ZERO.test(style)) return true;
  if (style.length <= 2048 && HEIGHT_ZERO_HIDDEN.test(style)) return true;
  OFFSET.lastIndex = 0;
  for (const match of style.matchAll(OFFSET)) {
    if (Number(match[1]) >= OFFSCREEN_PX) return true;
  }
  return false;
}
