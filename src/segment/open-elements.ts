import { isHiddenElement, isScreenReaderOnly } from './hidden.js';
import { CHROME_ROLES, HEADING_LEVEL, SEMANTIC_CUE_TAGS, SKIPPED_TAGS } from './html-tags.js';
import { NO_CUES, type Place } from './place.js';

/**
 * The elements open at the parser's position, outermost first, one frame per element. A frame
 * carries what the blocks inside the element need to know (hidden? a link? skipped? in which
 * heading, table, semantic container?), worked out once when the element opens.
 */

/** Deeper elements still get their text, but the stack of open elements stops growing (100,000 nested divs must not cost 100,000 frames of cue tokens). */
export const MAX_TRACKED_DEPTH = 256;

/** `<a href="javascript:…">` goes nowhere: its text is not link text (Readability unwraps such links too). */
const JS_HREF = /^\s*javascript:/i;

/**
 * `<a href="#name">` points at a place on the same page. Opened inside a heading it is the
 * heading's permalink (Sphinx's `headerlink`, rustdoc's `doc-anchor`, MDN's `heading-anchor`,
 * Doxygen's member `permalink`) or a back-link to the page's contents (docutils' `toc-backref`);
 * a link around a heading (`<a href="#specs"><h3>…</h3></a>`) is a card or a jump menu's entry
 * instead. A bare `#` or `#!…` names no place: a script's control (an accordion toggle, a menu
 * button).
 */
const IN_PAGE_HREF = /^\s*#[^\s#!]/;

export interface Frame {
  id: number;
  tag: string;
  hidden: boolean;
  /** The outermost element that hides this one (itself when it is the first hidden one): its class names say what it folds (place.ts hiderCues). */
  hider: Frame | undefined;
  /** The element or one above it holds text for screen readers only (hidden.ts isScreenReaderOnly). */
  screenReaderOnly: boolean;
  skip: boolean;
  link: boolean;
  /** The innermost link at or above the element points at a place on the same page (IN_PAGE_HREF) and was opened inside a heading: a permalink. */
  permalink: boolean;
  /** The element's attributes; cue tokens and the path label are derived from them when a block needs them (most elements never head a block). */
  attribs: Readonly<Record<string, string>>;
  cues: readonly string[] | undefined;
  label: string | undefined;
  // Facts about the element and all its ancestors, taken from the parent when the element is
  // opened (the stack below a frame never changes while it is open), so a block reads them off its
  // innermost frame instead of scanning all its frames; blocks under one element share the
  // semantic array (the feature stage memoises cue bits per array). Block ancestors are not kept
  // per element: copying them at every block-level element cost more than a scan per block.
  /** Semantic container tags, outermost first, each once. */
  semantic: readonly string[];
  /** The semantic container tags, and the tag of each ARIA chrome landmark (html-tags.ts CHROME_ROLES), outermost first, each once. */
  landmarks: readonly string[];
  /** The outermost heading's level (h1–h6) at or above the element. */
  headingLevel: number | undefined;
  /** Where the innermost `<table>` at or above the element sits in the stack, or -1. */
  tableDepth: number;
  /** The place of a block whose innermost open element this is, made for the first such block (the stack below an open element never changes). */
  place: Place | undefined;
  /** An element a script wrote (script-hiding.ts), not one of the markup: no close event of the parser is its own. */
  written?: true;
}

/**
 * The stack of open elements. Every element gets a frame (meta and title too): htmlparser2 closes
 * elements in LIFO order, implied closes included, so each close pops exactly its own frame.
 * Past MAX_TRACKED_DEPTH elements are only counted, and their closes uncounted.
 */
export class OpenElements {
  /** Outermost first. */
  readonly frames: Frame[] = [];
  /** Elements opened beyond MAX_TRACKED_DEPTH and not closed yet. */
  private overflowDepth = 0;
  private nextId = 1;

  /** The innermost open element (within the tracked depth). */
  top(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  /** The id of the innermost open `<a>`. */
  nearestLinkId(): number | undefined {
    const stack = this.frames;
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.tag === 'a') return stack[i]!.id;
    return undefined;
  }

  /**
   * An element opened: push its frame and return it, or return undefined past MAX_TRACKED_DEPTH.
   * `readNoscript`: the content of `<noscript>` is page text, not skipped.
   */
  open(tag: string, attribs: Readonly<Record<string, string>>, readNoscript: boolean): Frame | undefined {
    const stack = this.frames;
    if (stack.length >= MAX_TRACKED_DEPTH) {
      this.overflowDepth++;
      return undefined;
    }
    const parent = this.top();
    const skip = (parent?.skip ?? false) || (SKIPPED_TAGS.has(tag) && !(tag === 'noscript' && readNoscript));
    const parentSemantic = parent?.semantic ?? NO_CUES;
    const parentLandmarks = parent?.landmarks ?? NO_CUES;
    const landmark = SEMANTIC_CUE_TAGS.has(tag) ? tag : CHROME_ROLES.get((attribs['role'] ?? '').trim().toLowerCase());
    const parentTableDepth = parent?.tableDepth ?? -1;
    const hides = !(parent?.hidden ?? false) && isHiddenElement(attribs, tag);
    const frame: Frame = {
      id: this.nextId++,
      tag,
      hidden: (parent?.hidden ?? false) || hides,
      hider: parent?.hider,
      screenReaderOnly: (parent?.screenReaderOnly ?? false) || isScreenReaderOnly(attribs),
      skip,
      link: (parent?.link ?? false) || (tag === 'a' && 'href' in attribs && !JS_HREF.test(attribs['href'] ?? '')),
      permalink: tag === 'a' && 'href' in attribs ? parent?.headingLevel !== undefined && IN_PAGE_HREF.test(attribs['href'] ?? '') : (parent?.permalink ?? false),
      attribs,
      cues: undefined,
      label: undefined,
      semantic: SEMANTIC_CUE_TAGS.has(tag) && !parentSemantic.includes(tag) ? [...parentSemantic, tag] : parentSemantic,
      landmarks: landmark !== undefined && !parentLandmarks.includes(landmark) ? [...parentLandmarks, landmark] : parentLandmarks,
      headingLevel: parent?.headingLevel ?? HEADING_LEVEL.get(tag),
      tableDepth: tag === 'table' ? stack.length : parentTableDepth,
      place: undefined,
    };
    if (hides) frame.hider = frame;
    stack.push(frame);
    return frame;
  }

  /** An element closed: pop and return its frame, or undefined when it was past MAX_TRACKED_DEPTH (or nothing is open). Written elements still open inside it end with it. */
  close(): Frame | undefined {
    if (this.overflowDepth > 0) {
      this.overflowDepth--;
      return undefined;
    }
    while (this.top()?.written) this.frames.pop();
    return this.frames.pop();
  }

  /**
   * A script wrote the opening tag of a hidden element (script-hiding.ts): what follows is inside
   * it until a script writes its closing tag or the element around it closes. Its frame is that of
   * the tag with its hiding attributes; nothing past MAX_TRACKED_DEPTH (open() would count it as
   * an element whose close event is to come, and none comes).
   */
  openWritten(tag: string, attribs: Readonly<Record<string, string>>): void {
    if (this.overflowDepth > 0 || this.frames.length >= MAX_TRACKED_DEPTH) return;
    const frame = this.open(tag, attribs, false);
    if (frame) frame.written = true;
  }

  /** A script wrote a closing tag: the innermost written element ends, if it is the innermost open one. */
  closeWritten(): void {
    if (this.top()?.written) this.frames.pop();
  }
}
