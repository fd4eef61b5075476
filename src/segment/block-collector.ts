import type { Block } from './block.js';
import { joinDataTables } from './data-table.js';
import type { Frame, OpenElements } from './open-elements.js';
import { placeOf, type Place } from './place.js';
import { collapseSpaces, nonSpaceLength } from './whitespace.js';

/**
 * Visible text → blocks. Text chunks fill the open block until a block-level element opens or
 * closes (the caller flushes); the block then becomes a Block, with its span in the input, its
 * place, and how much of its text sat in links and in hidden elements.
 */

/** Two different links back to back get a space between these characters (`casino` + `bonus`, not `casinobonus`). */
const WORD_CHAR = /[\p{Script=Latin}\p{Nd}]/u;

interface OpenBlock {
  parts: string[];
  start: number;
  end: number;
  chars: number;
  hiddenChars: number;
  screenReaderChars: number;
  linkChars: number;
  /** Of linkChars, those in permalinks: links opened inside a heading to a place on the same page (open-elements.ts IN_PAGE_HREF). */
  permalinkChars: number;
  /** The first link the block's text sat in, and a set of the links only once there is a second. */
  firstLinkId: number | undefined;
  linkIds: Set<number> | undefined;
  place: Place;
  headingLevel: number | undefined;
  tableId: number | undefined;
}

export class BlockCollector {
  private readonly blocks: Block[] = [];
  /** The innermost table around each of `blocks` (parallel to it), and the elements open at each table (itself last). */
  private readonly tableIds: (number | undefined)[] = [];
  private readonly tableFrames = new Map<number, Frame[]>();
  private current: OpenBlock | undefined;
  /** The link the last text chunk sat in: two different links back to back get a space between word characters. */
  private lastLinkId: number | undefined;

  /**
   * A chunk of visible text, `[start, end)` in the input, inside the innermost of `elements`.
   * Whitespace alone does not open a block; non-space characters count towards the block's link
   * and hidden shares.
   */
  text(text: string, start: number, end: number, elements: OpenElements): void {
    const frame = elements.top();
    const length = nonSpaceLength(text);
    if (!this.current) {
      if (length === 0) return;
      this.current = this.open(start, end, elements.frames);
    }
    const current = this.current;
    const linkId = frame?.link ? elements.nearestLinkId() : undefined;
    if (length > 0 && linkId !== undefined && this.lastLinkId !== undefined && linkId !== this.lastLinkId) {
      // <a>online casino</a><a>casino bonus</a> reads as two link texts, not "casinocasino"
      const last = current.parts[current.parts.length - 1];
      if (last !== undefined && WORD_CHAR.test(last[last.length - 1] ?? '') && WORD_CHAR.test(text[0] ?? '')) current.parts.push(' ');
    }
    if (length > 0) this.lastLinkId = linkId;
    current.parts.push(text);
    if (length > 0) current.end = end;
    current.chars += length;
    if (frame?.hidden) current.hiddenChars += length;
    if (frame?.screenReaderOnly) current.screenReaderChars += length;
    if (linkId !== undefined && length > 0) {
      current.linkChars += length;
      if (frame?.permalink) current.permalinkChars += length;
      if (current.firstLinkId === undefined) current.firstLinkId = linkId;
      else if (linkId !== current.firstLinkId) (current.linkIds ??= new Set([current.firstLinkId])).add(linkId);
    }
  }

  /** A new block at the first text chunk; its place is that of the innermost open element (made once per element). */
  private open(start: number, end: number, stack: readonly Frame[]): OpenBlock {
    const innermost = stack[stack.length - 1];
    const place = innermost ? (innermost.place ??= placeOf(stack)) : placeOf(stack);
    let tableId: number | undefined;
    if (innermost && innermost.tableDepth >= 0) {
      tableId = stack[innermost.tableDepth]!.id;
      if (!this.tableFrames.has(tableId)) this.tableFrames.set(tableId, stack.slice(0, innermost.tableDepth + 1));
    }
    return { parts: [], start, end, chars: 0, hiddenChars: 0, screenReaderChars: 0, linkChars: 0, permalinkChars: 0, firstLinkId: undefined, linkIds: undefined, place, headingLevel: innermost?.headingLevel, tableId };
  }

  /** Close the open block, if any: a block of only whitespace is dropped. */
  flush(): void {
    const block = this.current;
    this.current = undefined;
    this.lastLinkId = undefined;
    if (!block) return;
    const text = collapseSpaces(block.parts.join('')).trim();
    if (text === '') return;
    const { path, cues, groupId, ancestors, formId, inFooterElement, inSiteChrome, frameCues, hiderCues } = block.place;
    const { headingLevel } = block;
    this.tableIds.push(block.tableId);
    const out: Block = {
      text,
      kind: headingLevel ? 'heading' : 'block',
      start: block.start,
      end: block.end,
      path,
      cues,
      linkChars: block.linkChars,
      linkCount: block.linkIds?.size ?? (block.firstLinkId === undefined ? 0 : 1),
      // hidden when more than half of its characters are
      hidden: block.hiddenChars * 2 > block.chars,
    };
    // The optional fields are set one by one, in this order (the order of the block's keys): a
    // conditional spread each (`...(c ? { x } : {})`) was a runtime copy per field and block, a
    // third of the segment stage on 800,000 unclosed `<div>x` blocks (session 26).
    // For screen readers only when all of it is: a price line that shows "$30.00 $21.00" between
    // its screen-reader words ("Original price was:") still shows its prices (with "more than
    // half", as for hidden text, a training collection page whose gold keeps such lines fell 0.74 → 0.50)
    if (block.screenReaderChars === block.chars) out.screenReaderOnly = true;
    if (headingLevel) out.headingLevel = headingLevel;
    if (block.permalinkChars > 0) out.permalinkChars = block.permalinkChars;
    if (groupId !== undefined) out.groupId = groupId;
    if (formId !== undefined) out.formId = formId;
    if (inFooterElement) out.inFooterElement = inFooterElement;
    if (inSiteChrome) out.inSiteChrome = inSiteChrome;
    if (frameCues !== undefined) out.frameCues = frameCues;
    if (hiderCues !== undefined) out.hiderCues = hiderCues;
    out.ancestors = ancestors;
    this.blocks.push(out);
  }

  /** The blocks in document order, the blocks of each of `dataTables` joined into one (data-table.ts). */
  finish(dataTables: ReadonlySet<number>): Block[] {
    return joinDataTables(this.blocks, this.tableIds, dataTables, (id) => {
      const frames = this.tableFrames.get(id);
      return frames && placeOf(frames);
    });
  }
}
