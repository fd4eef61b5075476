import { PAGE_TYPES, type PageType } from '../pagetype/model.js';
import { relabelHit } from '../rules/relabel-hit.js';
import { consecutiveRuns } from './runs.js';

/**
 * The lines of one message. Old boards print a post's text into one table cell with every newline
 * turned into `<br>`: each line is a block of its own (segment/html.ts), and a short line ("Thanks!",
 * "Question:", a quoted `>` line) is decided by no rule, so the context pass (context.ts) makes it
 * navigation when it sits next to the post's Response/Edit/Delete row or the board's tree. When the
 * lines around it in the same element (consecutive blocks of one group, segment/place.ts groupId,
 * at one element path) are mostly body by their own rules, it is a line of the same text:
 * body. Seen on imTRBBS tree boards (a post's first and last lines under its action row), KENT-WEB's
 * YY-BOARD (a post's one-word first line, a `>` quote under the poster's header) and the Perl boards
 * that print each post as a table row (MegaBoard); the same holds for a `<br>`-broken paragraph of
 * any page, whose short lines the context pass left at a border (Readability's replace-brs test
 * page, two 2007 l3s-gn1 news pages). Not on a page typed forum (CELL_LINE_PAGE_TYPES).
 *
 * The path must be the same: blocks of one group at different paths are the parts of a layout
 * cell (a story's byline span, a sidebar's captions and links under the story in the same `<td>`;
 * measured once without it: an l3s-gn1 page 0.951 -> 0.907, its sidebar promoted).
 *
 * Only the context pass's verdict is revised (same-place.ts decidedByContextAlone: no navigation
 * rule beyond nav.short-bare), never a segment with link text, and the body that vouches for it
 * must be body with no page-level pass's help (no `context.` hit).
 */

/**
 * The page types the pass runs on: all but a forum. On a page typed forum the lines around a post
 * are the poster's user card, signature and the board's notices, which the forum passes demote;
 * run there too (measured once), it took such lines back in: wcxb-dev training forums 0.88503 ->
 * 0.88396, five threads down (MyBB 0.931 -> 0.886, NodeBB 0.858 -> 0.833), folds 1-2 0.93604 ->
 * 0.93596. The old boards it is for are typed article by the page-type model (their posts carry
 * no class names and no forum vocabulary the model knows).
 */
export const CELL_LINE_PAGE_TYPES: readonly PageType[] = PAGE_TYPES.filter((t) => t !== 'forum');

/**
 * At least this many consecutive blocks of one group: a message of a few lines. Two lines are a
 * label and its value, which other passes judge (spec-list.ts, section-label.ts).
 */
export const CELL_LINES_MIN_LINES = 3;

/**
 * The group's characters in body blocks decided by their own rules must be at least this share of
 * its characters: most of the text is the message. Half, the plainest "mostly"; not tuned. Measured
 * once (session 45, branch bbs-45): ja-unseen imTRBBS adsl 0.831 -> 0.861 (after data-table.ts's
 * `<br>`-prose test), wcxb-dev training folds identical page for page, l3s-gn1 0.97605 -> 0.97617
 * (two pages up, 0.976 -> 0.994 and 0.995 -> 0.997), readability 0.96956 -> 0.96965 (replace-brs
 * 0.980 -> 0.992), zh-gbk and zh-news-clean identical.
 */
export const CELL_LINES_MIN_OWN_BODY_SHARE = 0.5;

export const CELL_LINE_HIT = relabelHit('context.cell-line', 'body', 'a line the context pass made navigation among lines of the same element that are mostly body by their own rules: a line of the same text');

export interface CellLineInput {
  /** The block's group (segment/block.ts groupId); undefined for plain text. */
  group: number | undefined;
  /** The block's element path (segment/place.ts): the lines of one element share it. */
  path: string | undefined;
  /** A block of the page's flow (not a table joined whole, a heading, a title or an inline phrase). */
  line: boolean;
  chars: number;
  /** Body, and no page-level pass (a `context.` hit) helped. */
  ownBody: boolean;
  /** Navigation by the context pass alone (same-place.ts decidedByContextAlone), with no link text. */
  revisable: boolean;
}

/** The indexes of the lines to make body. */
export function findCellLines(segments: readonly CellLineInput[]): number[] {
  const found: number[] = [];
  const runs = consecutiveRuns(segments, (s) => s.line && s.group !== undefined, (previous, next) => next.group === previous.group && next.path === previous.path);
  for (const run of runs) {
    if (run.length < CELL_LINES_MIN_LINES) continue;
    let own = 0;
    let total = 0;
    for (const i of run) {
      total += segments[i]!.chars;
      if (segments[i]!.ownBody) own += segments[i]!.chars;
    }
    if (own >= CELL_LINES_MIN_OWN_BODY_SHARE * total) for (const i of run) if (segments[i]!.revisable) found.push(i);
  }
  return found;
}
