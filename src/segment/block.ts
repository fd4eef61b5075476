/** What kind of page part a block is; `source.kind` in the report. */
/** `inline`: a phrase spliced into another segment's text, cut out as a segment of its own (inline/split.ts). */
export type BlockKind = 'title' | 'script-title' | 'meta-description' | 'meta-keywords' | 'heading' | 'block' | 'line' | 'list' | 'table' | 'inline';

/** Kinds taken from the page's head (the title, a script's title rewrite, meta tags): outside the visible page flow. */
const HEAD_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'script-title', 'meta-description', 'meta-keywords']);

/** Whether a block comes from the page's head (HEAD_KINDS) rather than its visible flow. */
export function isHeadBlock(block: { kind: BlockKind }): boolean {
  return HEAD_KINDS.has(block.kind);
}

/** A piece of visible text cut from the page, before tokenizing and scoring. */
export interface Block {
  // kind 'script-title': a string a script assigns to document.title (a hijack kit's title rewrite),
  // JS escapes decoded; its span is the string literal in the script.
  text: string;
  kind: BlockKind;
  /** Offsets into the decoded input: the raw span the text came from. */
  start: number;
  end: number;
  /** Tag path for HTML, e.g. `html>body>div#main>p`. */
  path?: string;
  /**
   * Lower-case class/id/role tokens, one group per element that has any, nearest element first;
   * semantic container tags (nav, footer…) anywhere above form the last group.
   */
  cues: (readonly string[])[];
  /** Characters (non-space) inside `<a href>` and the number of such links. */
  linkChars: number;
  linkCount: number;
  /** The text sits in a hidden element (display:none, visibility:hidden, off-screen, font-size:0, [hidden]). */
  hidden: boolean;
  /** All of the text sits in elements whose class keeps it for screen readers only (sr-only, visually-hidden…; hidden.ts). */
  screenReaderOnly?: boolean;
  headingLevel?: number;
  /**
   * Of linkChars, the characters in permalinks: links opened inside a heading to a place on the
   * same page (`<h2><a href="#name">`; segment/open-elements.ts IN_PAGE_HREF), the heading's own
   * address or a back-link to the contents (classify/anchored-heading.ts, which reads it
   * on headings only: a run joined into one block by merge.ts or data-table.ts carries its first
   * block's). Absent when none.
   */
  permalinkChars?: number;
  /** Items and separator when the block is a list (a `<ul>` of links, `kw | kw | …`, headlines run together). */
  list?: { separator: string; items: string[] };
  /** Blocks of the same list container or parent share this id (HTML only); used to merge link lists. */
  groupId?: number;
  /** The id of the outermost `<form>` element that holds the block (HTML only). */
  formId?: number;
  /**
   * Under a `<footer>` element (the tag, not a class): the site's footer however much of the page
   * it holds. A footer class token above most of the page is a wrapper and is set aside
   * (features/page-cues.ts); the tag is not (features/dom.ts).
   */
  inFooterElement?: true;
  /**
   * In the site's chrome (segment/place.ts): under an `<aside>` or `<nav>` element with no `<main>`
   * or `<article>` between it and the block — a sidebar, a callout, a drawer, a menu — or under a
   * `<header>` that no `<main>` or `<article>` holds or is held by. Not the page's content
   * (features/dom.ts). An `<aside>` around the page's `<main>` is a wrapper, not a sidebar.
   */
  inSiteChrome?: true;
  /**
   * The groups of `cues` (from, up to but not including) that sit on elements framing the whole
   * page (`<html>`, `<body>`, an element holding the page's `<main>`; segment/place.ts): they name
   * the theme's layout. Always the last class/id groups, before the semantic one. Absent when no
   * recorded group frames the page.
   */
  frameCues?: readonly [number, number];
  /**
   * The class/id/role tokens of the element that hides the block's innermost element (the
   * outermost hidden one: display:none, [hidden]…), however far above the recorded `cues` it sits.
   * A folded panel's own class says what it is (cmp-accordion__panel, role="tabpanel") while the
   * text inside it sits deeper than MAX_CUE_ANCESTORS (features/dom.ts dom.collapsibleCue).
   */
  hiderCues?: readonly string[];
  /** Ids of the open block-level elements from the root down to the block's own (HTML only): which containers hold it. */
  ancestors?: readonly number[];
}

/** The page as segmented: blocks in document order plus page-level facts. */
export interface SegmentedPage {
  inputKind: 'html' | 'text';
  blocks: Block[];
  title?: string;
  /**
   * Page types the markup declares (HTML only), lower case, first MAX_DECLARED_TYPES: `og:type`
   * content (`article`, `product`, `website`…) and schema.org types of JSON-LD `@type` and
   * microdata `itemtype` (`newsarticle`, `product`, `discussionforumposting`…).
   */
  declaredTypes?: string[];
}

/** At most this many declared types are kept (a page of a thousand microdata items needs only the first few). */
export const MAX_DECLARED_TYPES = 32;
