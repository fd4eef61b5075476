import { describe, expect, it } from 'vitest';
import { CELL_LINES_MIN_LINES, CELL_LINES_MIN_OWN_BODY_SHARE, findCellLines, type CellLineInput } from '../src/classify/cell-lines.js';

/** A line: `b` body by its own rules, `n` navigation by the context pass alone, `N` navigation by a rule (or with link text), `c` body by a page-level pass. */
function lines(spec: string, group: number | undefined = 7, chars = 20): CellLineInput[] {
  return [...spec].map((k) => ({ group, path: 'body>table>tr>td', line: true, chars, ownBody: k === 'b', revisable: k === 'n' }));
}

describe('cell-lines: a short line among lines of the same element that are mostly body', () => {
  it.each<[string, CellLineInput[], number[]]>([
    ['a post: first line short, then body lines', lines('nbbb'), [0]],
    ['a post: a short line at each end', lines('nbbbn'), [0, 4]],
    [`${CELL_LINES_MIN_LINES} lines, half body`, lines('nbb'), [0]],
    ['body by own rules holds exactly the minimum share', [...lines('nn', 7, 10), ...lines('b', 7, 20)], [0, 1]],
  ])('fires: %s', (_name, input, expected) => {
    expect(findCellLines(input)).toEqual(expected);
  });

  it.each<[string, CellLineInput[]]>([
    [`fewer than ${CELL_LINES_MIN_LINES} lines (a label and its value)`, lines('nb')],
    [`body under ${CELL_LINES_MIN_OWN_BODY_SHARE} of the characters`, lines('nnnb')],
    ['navigation by a rule or with links (an action row) stays', lines('Nbbb')],
    ['body only by a page-level pass does not vouch', lines('nccc')],
    ['lines of different elements', [...lines('n', 1), ...lines('b', 2), ...lines('b', 3)]],
    ['one group at different paths (a layout cell: byline span, sidebar captions)', lines('nbbb').map((l, i) => ({ ...l, path: `td>span${i}` }))],
    ['blocks with no group (plain text)', lines('nbbb').map((l) => ({ ...l, group: undefined }))],
    ['a table joined whole or a heading between breaks the run', [...lines('nb'), { group: 7, path: 'body>table>tr>td', line: false, chars: 20, ownBody: true, revisable: false }, ...lines('b')]],
  ])('does not fire: %s', (_name, input) => {
    expect(findCellLines(input)).toEqual([]);
  });
});
