import type { Block } from './block.js';
import { nonSpaceLength } from './whitespace.js';

/**
 * Data tables (a discography, an infobox, a price list) against layout tables (a page built from
 * `<table>` rows). Each cell of a data table is a few words; cut into one segment per cell, a
 * table reads as a run of short bare texts and goes to navigation, although it is part of the
 * article. So a data table becomes ONE segment (`source.kind` "table"), labelled as a whole: a
 * table of facts among paragraphs reads as body, a table of links (a navbox, a thread list) as
 * navigation.
 *
 * The test follows Readability.js's `_isDataTable`: a header cell, caption, summary or column
 * group says data; `role="presentation"` or `datatable="0"` says layout; otherwise enough rows or
 * columns say data. Conditions added: a cell holding sectioning content (headings, a nested
 * table, a form, a quotation) or a form control (a poll) is layout, and so is a table with a cell
 * of prose or too many blocks to be read as one part.
 *
 * A cell of prose is also one whose text is broken into lines by `<br>` and runs past
 * DATA_TABLE_MAX_CELL_CHARS over those lines: a message or story hard-wrapped line by line, each
 * line shorter than the limit. Such a table has enough rows to pass for data only because every
 * post header, every tree line and every action row is a row of its own: imTRBBS tree boards
 * (the thread tree and the opened posts' text in one table), the Perl boards that print each post
 * as a table row with its newlines turned into `<br>` (MegaBoard, KENT-WEB-style boards in table
 * mode), and late-1990s pages laid out in a table whose diary or poem lines end in `<br>`. Joined
 * into one segment, the board's tree and the post were one body segment (two imTRBBS pages of the
 * ja-unseen check set: body precision 0.41 and 0.74). A table that marks itself as data (a header
 * cell, a caption, a summary) stays data: a shop's spec table lists features one per `<br>` line
 * under its `<th>` (wcxb-dev training: newegg 0.915 → 0.863 and a price table 0.970 → 0.965 when
 * marked tables were let go too; no other training or guard page has such a table).
 */

/** Readability.js: a table of at least this many rows is a data table. */
export const DATA_TABLE_MIN_ROWS = 10;
/** Readability.js: a table of more than this many columns is a data table. */
export const DATA_TABLE_MAX_LAYOUT_COLUMNS = 4;
/** Readability.js: a table of more than this many cells (rows × columns) is a data table. */
export const DATA_TABLE_MAX_LAYOUT_CELLS = 10;
/**
 * A cell (a block) longer than this is prose, and its table lays out a page (an old news page
 * whose story sits in a table of many rows). Tried 150 and 300 on the development corpus: at 300
 * two such l3s-gn1 pages were read as one table (F1 0.95 → 0.80, 0.99 → 0.90); 150 kept them.
 * Paragraphs, divs and lists inside cells are allowed (Wikipedia's tables hold them;
 * readability/links-in-tables recall 0.93 → 1.00 with them allowed, nothing lost elsewhere).
 */
export const DATA_TABLE_MAX_CELL_CHARS = 150;
/** More blocks than this and the table is a page laid out in cells, whatever its headers say. */
export const DATA_TABLE_MAX_BLOCKS = 2_000;

/** Elements that say "this table holds data". */
const DATA_MARKERS: ReadonlySet<string> = new Set(['th', 'thead', 'tfoot', 'caption', 'colgroup', 'col']);
/** Elements that, inside a cell, say "this table lays out a page". */
const LAYOUT_CONTENT: ReadonlySet<string> = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'form', 'table', 'article', 'section', 'aside', 'nav', 'header', 'footer', 'pre', 'iframe',
  // form controls: a poll or a sign-up form laid out in rows
  'input', 'select', 'textarea', 'button',
]);

interface OpenTable {
  id: number;
  rows: number;
  columns: number;
  rowCells: number;
  /** Visible characters of the open cell, and whether a `<br>` broke its text into lines. */
  cellChars: number;
  cellBroken: boolean;
  /** A cell's `<br>`-broken lines ran past DATA_TABLE_MAX_CELL_CHARS: a hard-wrapped message (layout unless marked). */
  brokenProse: boolean;
  marked: boolean;
  layout: boolean;
}

/** Follows the open tables while the parser runs; `dataTables` holds the ids of those that are data. */
export class DataTableTracker {
  readonly dataTables = new Set<number>();
  private readonly open: OpenTable[] = [];

  /** An element opened; `id` is its frame id. */
  opened(id: number, tag: string, attribs: Readonly<Record<string, string>>): void {
    const table = this.open[this.open.length - 1];
    if (table) {
      if (LAYOUT_CONTENT.has(tag)) table.layout = true;
      else if (DATA_MARKERS.has(tag)) table.marked = true;
      else if (tag === 'tr') {
        table.rows++;
        table.rowCells = 0;
      } else if (tag === 'td' || tag === 'th') {
        if (tag === 'td') table.columns = Math.max(table.columns, ++table.rowCells);
        table.cellChars = 0;
        table.cellBroken = false;
      } else if (tag === 'br') table.cellBroken = true;
    }
    if (tag !== 'table') return;
    const role = attribs['role']?.trim().toLowerCase();
    this.open.push({
      id,
      rows: 0,
      columns: 0,
      rowCells: 0,
      cellChars: 0,
      cellBroken: false,
      brokenProse: false,
      marked: attribs['summary'] !== undefined,
      layout: role === 'presentation' || role === 'none' || attribs['datatable'] === '0',
    });
  }

  /**
   * Visible text read inside the innermost open table. Its non-space characters are counted only
   * while they can still change the table's verdict: not outside tables, and not once the table is
   * layout or its broken prose is found (both for good). This runs on every text chunk of a page.
   */
  text(text: string): void {
    const table = this.open[this.open.length - 1];
    if (!table || table.layout || table.brokenProse) return;
    table.cellChars += nonSpaceLength(text);
    if (table.cellBroken && table.cellChars > DATA_TABLE_MAX_CELL_CHARS) table.brokenProse = true;
  }

  /** An element closed; `id` is its frame id. */
  closed(id: number): void {
    const table = this.open[this.open.length - 1];
    if (!table || table.id !== id) return;
    this.open.pop();
    if (!table.layout && (table.marked || (!table.brokenProse && (table.rows >= DATA_TABLE_MIN_ROWS || table.columns > DATA_TABLE_MAX_LAYOUT_COLUMNS || table.rows * table.columns > DATA_TABLE_MAX_LAYOUT_CELLS)))) {
      this.dataTables.add(id);
    }
  }
}

/** Where a table sits: what its joined block reports as its own path, cues, containers and group. */
export type TablePlace = Pick<Block, 'path' | 'cues' | 'ancestors' | 'groupId'>;

/**
 * Join the blocks of each data table (consecutive blocks with the same table id) into one block
 * of kind "table". `tableIds[i]` is the id of the innermost table holding `blocks[i]`, if any;
 * `placeOf` gives a table's own place on the page (asked only for the tables joined).
 */
export function joinDataTables(blocks: readonly Block[], tableIds: readonly (number | undefined)[], dataTables: ReadonlySet<number>, placeOf: (tableId: number) => TablePlace | undefined): Block[] {
  if (dataTables.size === 0) return [...blocks];
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    const id = tableIds[i];
    let j = i + 1;
    if (id !== undefined && dataTables.has(id)) while (j < blocks.length && tableIds[j] === id) j++;
    const run = blocks.slice(i, j);
    if (run.length >= 2 && run.length <= DATA_TABLE_MAX_BLOCKS && !run.some((b) => b.text.length > DATA_TABLE_MAX_CELL_CHARS)) out.push(joinRun(run, placeOf(id!)));
    // a loop, not push(...run): a table left unjoined may hold more blocks than a call takes arguments
    else for (const block of run) out.push(block);
    i = j;
  }
  return out;
}

function joinRun(run: readonly Block[], place: TablePlace | undefined): Block {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  let chars = 0;
  let hiddenChars = 0;
  let screenReaderChars = 0;
  let linkChars = 0;
  let linkCount = 0;
  for (const block of run) {
    chars += block.text.length;
    if (block.hidden) hiddenChars += block.text.length;
    if (block.screenReaderOnly === true) screenReaderChars += block.text.length;
    linkChars += block.linkChars;
    linkCount += block.linkCount;
  }
  const { headingLevel: _heading, list: _list, ...rest } = first;
  return {
    ...rest,
    ...place,
    kind: 'table',
    text: run.map((b) => b.text).join(' '),
    end: last.end,
    linkChars,
    linkCount,
    hidden: hiddenChars * 2 > chars,
    screenReaderOnly: screenReaderChars === chars,
  };
}
