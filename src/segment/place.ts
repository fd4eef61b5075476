import type { TablePlace } from './data-table.js';
import { BLOCK_TAGS, LIST_CONTAINER_TAGS, SEMANTIC_CUE_TAGS, TAG_CUE_TOKENS } from './html-tags.js';
import type { Frame } from './open-elements.js';

/**
 * A block's place on the page, read off the elements open around it: its tag path, the
 * class/id/role cues of its nearest elements, the block-level elements that hold it and the group
 * (list container or parent) it is merged with. Rules and features read cues and groups; the path
 * is there so a reader can find the block.
 */

/** Ancestor class/id/role cues beyond this distance from the block are not recorded. */
export const MAX_CUE_ANCESTORS = 6;
export const MAX_CUE_TOKENS_PER_ELEMENT = 12;
/**
 * A block's `path` names at most this many of its nearest elements, after "…>" when there are
 * more: 20,000 segments each with a 256-element path of 70-character labels would make a report
 * of hundreds of MB from a page of a few MB. Sixteen is deeper than any path needed to find a block.
 */
export const MAX_PATH_LABELS = 16;
export const PATH_ELISION = '…';
/**
 * A path label keeps at most this many characters of an element's id or first class word. The
 * value dates from the first version of the segmenter (commit f23fb9f) and was never tuned: it is
 * enough to tell `#main-content` from `#sidebar` and keeps a label short when an id is a hash.
 */
export const MAX_LABEL_NAME_CHARS = 32;

const DIGIT_RUN = /[0-9]+/g;

/**
 * A path (or one label of it) with every run of digits written 0: the shape that the elements of
 * repeated units share (`div#post-123` and `div#post-456`, `li.item-3` and `li.item-4`).
 */
export function pathShape(path: string): string {
  return path.replace(DIGIT_RUN, '0');
}

/** The cues of an element that has none (shared: the feature stage memoises cue bits per array). */
export const NO_CUES: readonly string[] = Object.freeze([]);

const CUE_SPLIT = /[^a-z0-9]+/;
const FIRST_WORD = /\S+/;
const CUE_ATTRIBUTES = ['class', 'id', 'role', 'itemprop'] as const;

export type Place = TablePlace & { path: string; cues: (readonly string[])[]; ancestors: readonly number[]; formId?: number; inFooterElement?: true; inSiteChrome?: true; frameCues?: readonly [number, number]; hiderCues?: readonly string[] };

/** The cue tokens of an attribute value: lower-case runs of letters and digits of two or more characters, at most MAX_CUE_TOKENS_PER_ELEMENT. */
export function valueTokens(value: string): readonly string[] {
  const tokens: string[] = [];
  for (const token of value.toLowerCase().split(CUE_SPLIT)) {
    if (token.length > 1 && tokens.length < MAX_CUE_TOKENS_PER_ELEMENT) tokens.push(token);
  }
  return tokens;
}

function cueTokens(attribs: Readonly<Record<string, string>>, tag: string): readonly string[] {
  const tagToken = SEMANTIC_CUE_TAGS.has(tag) ? tag : TAG_CUE_TOKENS.get(tag);
  let tokens: string[] | undefined = tagToken !== undefined ? [tagToken] : undefined;
  for (const name of CUE_ATTRIBUTES) {
    const value = attribs[name];
    if (!value) continue;
    for (const token of valueTokens(value)) {
      tokens ??= [];
      if (tokens.length < MAX_CUE_TOKENS_PER_ELEMENT) tokens.push(token);
    }
  }
  return tokens ?? NO_CUES;
}

function cuesOf(frame: Frame): readonly string[] {
  frame.cues ??= cueTokens(frame.attribs, frame.tag);
  return frame.cues;
}

function labelOf(frame: Frame): string {
  frame.label ??= frameLabel(frame.tag, frame.attribs);
  return frame.label;
}

function frameLabel(tag: string, attribs: Readonly<Record<string, string>>): string {
  const id = attribs['id'] ? `#${attribs['id'].slice(0, MAX_LABEL_NAME_CHARS)}` : '';
  const cls = attribs['class'] ? `.${(FIRST_WORD.exec(attribs['class'])?.[0] ?? '').slice(0, MAX_LABEL_NAME_CHARS)}` : '';
  return `${tag}${id || cls}`;
}

function pathOf(frames: readonly Frame[]): string {
  const from = Math.max(0, frames.length - MAX_PATH_LABELS);
  // joined once: appending label by label made two intermediate strings per label
  const labels: string[] = from > 0 ? [PATH_ELISION] : [];
  for (let i = from; i < frames.length; i++) labels.push(labelOf(frames[i]!));
  return labels.join('>');
}

/**
 * Elements whose descendants' classes are a syntax highlighter's, not the page's: `hljs-comment`
 * (highlight.js) and Prism's `token comment` read as a comment cue, and a code block whose first
 * line is a comment became navigation (nav.comment-cue, 11). Cues are recorded from the outermost
 * `<pre>` or `<code>` up, the element's own cues included. Training folds of wcxb-dev (session
 * 13): body F1 0.9132 -> 0.9134; article 0.9525 -> 0.9530 (a git tutorial 0.58 -> 0.97, one
 * article whose gold leaves out its code 0.99 -> 0.97), documentation 0.9274 -> 0.9277 (four
 * pages up by up to 0.01: Sphinx's `span.pre`, Pygments' `span.gp`), forum 0.8520 -> 0.8510 (a
 * thread whose gold cuts a 7,000-character log in a post: recall 0.96 -> 0.81, precision
 * 0.19 -> 0.21); readability one page up, l3s-gn1 and zh-gbk unchanged.
 */
export const CODE_TAGS: ReadonlySet<string> = new Set(['pre', 'code']);

/**
 * Semantic containers beside a page's content: a sidebar, a callout, a drawer, a menu. The `<aside>`
 * and `<nav>` tags counted as strong navigation cues only on the block's element or its parent
 * (features/dom.ts STRONG_CUE_GROUPS, +2), so a sidebar's paragraphs, a shop's bag drawer or a
 * callout three elements down stayed body. Under one of them, with no CONTENT_TAGS element below it
 * (Block.inSiteChrome), and under a `<header>` that no `<main>` or `<article>` holds or is held by
 * (the site's header, not an article's), text is navigation by its own rule, nav.site-chrome
 * (score 8).
 *
 * wcxb-dev training folds, session 15 (helper 46), `<aside>` first, body F1 0.9179 -> 0.9184:
 * collection 0.8208 -> 0.8271 (a shop's bag drawer 0.58 -> 0.83), forum 0.8519 -> 0.8531, article
 * 0.9547 -> 0.9548, documentation 0.92911 -> 0.92910, other types unchanged; 31 pages up, 3 down
 * (two articles whose gold keeps a pull quote or a figure in an `<aside>`, 0.96 -> 0.90 and 0.99 ->
 * 0.94; a documentation page -0.003); readability 0.9628 -> 0.9654, 8 pages up (liberation-1 0.50
 * -> 0.96: a sidebar's teasers); l3s-gn1, zh-gbk and the other sets unchanged. Score 11 gave the
 * same but forum 0.8528; 5 gave readability only 0.9634. `<nav>` as well: 0.9184 -> 0.9185, listing
 * 0.8162 -> 0.8166, forum -> 0.8533, article -> 0.9550, documentation 0.9291 -> 0.9290; 27 pages up,
 * 3 down by 0.002-0.006; other sets unchanged. The site's `<header>` as well: 0.9185 -> 0.9187,
 * collection 0.8272 -> 0.8285, product 0.8335 -> 0.8338, service 0.8920 -> 0.8923, article, forum
 * and listing +0.0001; 21 pages up, 4 down (a script-rendered category page whose only flow text
 * sits in its header, 0.15 -> 0.12; three by 0.001 or less); readability 0.9654 -> 0.9657 (5 up),
 * l3s-gn1 and zh-gbk unchanged. Without the `<main>`/`<article>` exception a page wrapped in
 * `aside.columns > main` lost its article (0.996 -> 0, simulated on the session's labels).
 */
const SIDE_TAGS: readonly string[] = ['aside', 'nav'];
/** Semantic containers that hold a page's content: an `<aside>` or `<nav>` around one of them is a wrapper (or an unclosed tag), not a sidebar. */
const CONTENT_TAGS: readonly string[] = ['main', 'article'];

/**
 * Whether the semantic containers and chrome landmarks above a block (open-elements.ts
 * `landmarks`: outermost first, each tag once) put it in the site's chrome: an `<aside>` or `<nav>` below which no `<main>` or `<article>` holds it, or a
 * `<header>` with no `<main>` or `<article>` above or below it.
 */
function isInSiteChrome(semantic: readonly string[]): boolean {
  for (const tag of SIDE_TAGS) {
    const side = semantic.indexOf(tag);
    if (side >= 0 && !semantic.slice(side + 1).some((t) => CONTENT_TAGS.includes(t))) return true;
  }
  // the site's header: a <header> that no <main> or <article> holds or is held by (an article's own header is its headline)
  return semantic.includes('header') && !semantic.some((t) => CONTENT_TAGS.includes(t));
}

/**
 * Elements that frame the whole page rather than a part of it: `<html>` and `<body>`, and every
 * element that holds the page's `<main>` (FRAME_HOLDS_TAG). Their class tokens name the theme's
 * layout — WordPress themes put `footer-on-bottom`, `ehf-footer`, `genesis-footer-widgets-visible`
 * on `<body>`, arXiv wraps its whole page in `div.flex-wrap-footer` (a sticky-footer layout helper)
 * — and say nothing of the block; a footer token there is no footer (features/dom.ts). Page-wide
 * tokens (features/page-cues.ts) catch such a wrapper only when the blocks that record it hold most
 * of the page's text, and a deep page records it on its shallow blocks alone (MAX_CUE_ANCESTORS):
 * arXiv's listing recorded it on its headings and date lines, not on the entries nine elements
 * down, so the entries' headings and ids went to the footer. wcxb-dev training folds (session 18,
 * helper 58): listing 0.8369 -> 0.8378 (that page 0.64 -> 0.72), all 0.9241 -> 0.9242, no other
 * page moved; readability, l3s-gn1 and zh-gbk unchanged. Reading no cue at all on these elements
 * (not only footer tokens) lost a shop's consent panel to the body (collection 0.8503 -> 0.8469).
 */
const PAGE_FRAME_TAGS: ReadonlySet<string> = new Set(['html', 'body']);
/** An element above this tag frames the page's content (the content tag itself does not). */
const FRAME_HOLDS_TAG = 'main';

/** Index of the first frame (outermost first) that does not frame the page: frames before it do. */
function pageFrameBelow(frames: readonly Frame[]): number {
  let below = 0;
  for (let i = 0; i < frames.length; i++) {
    const tag = frames[i]!.tag;
    if (tag === FRAME_HOLDS_TAG) return Math.max(below, i);
    if (PAGE_FRAME_TAGS.has(tag)) below = i + 1;
  }
  return below;
}

/** A block's place on the page, from the elements open around it (outermost first). */
export function placeOf(frames: readonly Frame[]): Place {
  const cues: (readonly string[])[] = [];
  const code = frames.findIndex((frame) => CODE_TAGS.has(frame.tag));
  const frameBelow = pageFrameBelow(frames);
  let frameCuesFrom: number | undefined;
  for (let i = code === -1 ? frames.length - 1 : code; i >= 0 && cues.length < MAX_CUE_ANCESTORS; i--) {
    const tokens = cuesOf(frames[i]!);
    if (tokens.length === 0) continue;
    if (i < frameBelow) frameCuesFrom ??= cues.length;
    cues.push(tokens);
  }
  const innermost = frames[frames.length - 1];
  // semantic containers count however far up they are
  const semantic = innermost?.semantic ?? NO_CUES;
  const frameCues: readonly [number, number] | undefined = frameCuesFrom !== undefined ? [frameCuesFrom, cues.length] : undefined;
  if (semantic.length > 0) cues.push(semantic);
  // the block-level elements, root first; the group is the innermost list container, else the
  // innermost block-level element; the form is the outermost `<form>`
  const ancestors: number[] = [];
  let listId: number | undefined;
  let formId: number | undefined;
  for (const frame of frames) {
    if (BLOCK_TAGS.has(frame.tag)) ancestors.push(frame.id);
    if (LIST_CONTAINER_TAGS.has(frame.tag)) listId = frame.id;
    if (frame.tag === 'form') formId ??= frame.id;
  }
  const groupId = listId ?? ancestors[ancestors.length - 1];
  // the cues of the element that hides the block, however far up it is (block.ts hiderCues)
  const hiderCues = innermost?.hider !== undefined ? cuesOf(innermost.hider) : NO_CUES;
  return { path: pathOf(frames), cues, ancestors, ...(groupId !== undefined ? { groupId } : {}), ...(formId !== undefined ? { formId } : {}), ...(semantic.includes('footer') ? { inFooterElement: true as const } : {}), ...(isInSiteChrome(innermost?.landmarks ?? NO_CUES) ? { inSiteChrome: true as const } : {}), ...(frameCues !== undefined ? { frameCues } : {}), ...(hiderCues.length > 0 ? { hiderCues } : {}) };
}
