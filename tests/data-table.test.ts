import { describe, expect, it } from 'vitest';
import { DATA_TABLE_MAX_BLOCKS, DATA_TABLE_MAX_CELL_CHARS, DATA_TABLE_MAX_LAYOUT_CELLS, DATA_TABLE_MAX_LAYOUT_COLUMNS, DATA_TABLE_MIN_ROWS } from '../src/segment/data-table.js';
import { segmentHtml } from '../src/segment/html.js';
import { createSifter } from '../src/index.js';

/** A table of `rows` × `columns` short cells (no header cells unless `head` is given). */
function table(rows: number, columns: number, options: { attrs?: string; head?: string; cell?: (r: number, c: number) => string } = {}): string {
  const cell = options.cell ?? ((r, c) => `r${r}c${c}`);
  let html = `<table${options.attrs ? ` ${options.attrs}` : ''}>${options.head ?? ''}`;
  for (let r = 0; r < rows; r++) {
    html += '<tr>';
    for (let c = 0; c < columns; c++) html += `<td>${cell(r, c)}</td>`;
    html += '</tr>';
  }
  return `${html}</table>`;
}

const kinds = (html: string): string[] => segmentHtml(`<html><body><p>Before.</p>${html}<p>After.</p></body></html>`).blocks.map((b) => b.kind);
const isJoined = (html: string): boolean => kinds(html).includes('table');

describe('data tables: Readability.js\'s size tests, both sides', () => {
  it.each([
    [`${DATA_TABLE_MIN_ROWS} rows of 1 cell (DATA_TABLE_MIN_ROWS)`, table(DATA_TABLE_MIN_ROWS, 1), true],
    [`${DATA_TABLE_MIN_ROWS - 1} rows of 1 cell`, table(DATA_TABLE_MIN_ROWS - 1, 1), false],
    [`${DATA_TABLE_MAX_LAYOUT_COLUMNS + 1} columns in 1 row (more than DATA_TABLE_MAX_LAYOUT_COLUMNS)`, table(1, DATA_TABLE_MAX_LAYOUT_COLUMNS + 1), true],
    [`${DATA_TABLE_MAX_LAYOUT_COLUMNS} columns in 1 row`, table(1, DATA_TABLE_MAX_LAYOUT_COLUMNS), false],
    [`3 × 4 = 12 cells (more than DATA_TABLE_MAX_LAYOUT_CELLS = ${DATA_TABLE_MAX_LAYOUT_CELLS})`, table(3, 4), true],
    ['5 × 2 = 10 cells', table(5, 2), false],
  ])('%s → one table segment: %s', (_name, html, expected) => {
    expect(isJoined(html)).toBe(expected);
  });
});

describe('data tables: markers', () => {
  it.each([
    ['a header cell', table(2, 2, { head: '<tr><th>Year</th><th>Album</th></tr>' }), true],
    ['a caption', table(2, 2, { head: '<caption>Albums</caption>' }), true],
    ['a summary attribute', table(2, 2, { attrs: 'summary="albums by year"' }), true],
    ['a <colgroup>', table(2, 2, { head: '<colgroup><col><col></colgroup>' }), true],
    ['none of them (2 × 2)', table(2, 2), false],
    ['role="presentation" even with headers', table(2, 2, { attrs: 'role="presentation"', head: '<tr><th>a</th><th>b</th></tr>' }), false],
    ['datatable="0" even with 12 rows', table(12, 1, { attrs: 'datatable="0"' }), false],
  ])('%s → one table segment: %s', (_name, html, expected) => {
    expect(isJoined(html)).toBe(expected);
  });
});

describe('data tables: layout tables are left cell by cell', () => {
  const head = '<tr><th>Name</th><th>Value</th></tr>';
  it.each([
    ['a nested table', table(2, 2, { head, cell: (r, c) => (r === 0 && c === 0 ? '<table><tr><td>inner</td></tr></table>' : 'x') })],
    ['a heading in a cell', table(2, 2, { head, cell: (r, c) => (r === 0 && c === 0 ? '<h2>Section</h2>' : 'x') })],
    ['a form control in a cell (a poll)', table(2, 2, { head, cell: (r, c) => (c === 0 ? '<input type="radio" name="q">' : `choice ${r}`) })],
    [`a cell of ${DATA_TABLE_MAX_CELL_CHARS + 1} characters (prose)`, table(2, 2, { head, cell: (r, c) => (r === 0 && c === 0 ? 'x'.repeat(DATA_TABLE_MAX_CELL_CHARS + 1) : 'x') })],
  ])('%s', (_name, html) => {
    expect(isJoined(html)).toBe(false);
  });

  it(`a cell of ${DATA_TABLE_MAX_CELL_CHARS} characters still fits`, () => {
    expect(isJoined(table(2, 2, { head, cell: (r, c) => (r === 0 && c === 0 ? 'x'.repeat(DATA_TABLE_MAX_CELL_CHARS) : 'x') }))).toBe(true);
  });

  it('paragraphs and lists inside cells are allowed (Wikipedia tables)', () => {
    expect(isJoined(table(2, 2, { head, cell: (r) => `<p>para ${r}</p><ul><li>item</li></ul>` }))).toBe(true);
  });

  it(`more than DATA_TABLE_MAX_BLOCKS (${DATA_TABLE_MAX_BLOCKS}) blocks are not joined`, () => {
    expect(isJoined(table(DATA_TABLE_MAX_BLOCKS + 1, 1, { head: '<caption>c</caption>' }))).toBe(false);
    expect(isJoined(table(DATA_TABLE_MAX_BLOCKS - 1, 1, { head: '<caption>c</caption>' }))).toBe(true);
  });
});

describe('data tables: a message hard-wrapped with <br> in a cell of an unmarked table', () => {
  /** A board's table: 12 one-line rows (tree lines, post headers) and one cell of `lines` lines of `width` characters. */
  const board = (lines: number, width: number, head = ''): string =>
    table(12, 1, { head, cell: (r) => (r === 5 ? Array.from({ length: lines }, (_, i) => `${String(i % 10).repeat(width)}<br>`).join('') : `Re: topic ${r} by someone (2001/05/26)`) });
  const over = Math.floor(DATA_TABLE_MAX_CELL_CHARS / 30) + 1;
  const under = Math.floor(DATA_TABLE_MAX_CELL_CHARS / 30);
  it.each([
    [`${over} lines of 30 characters (more than DATA_TABLE_MAX_CELL_CHARS over its lines) → layout`, board(over, 30), false],
    [`${under} lines of 30 characters (at most DATA_TABLE_MAX_CELL_CHARS) → data`, board(under, 30), true],
    ['the same long cell under a header row → data (a spec table lists features one per line)', board(over, 30, '<tr><th>Features</th></tr>'), true],
    ['the same long cell under a caption → data', board(over, 30, '<caption>Specifications</caption>'), true],
    [
      'long text split by paragraphs, not <br>, in a cell → data (Wikipedia cells hold paragraphs)',
      table(12, 1, { cell: (r) => (r === 5 ? Array.from({ length: over }, () => `<p>${'y'.repeat(30)}</p>`).join('') : `row ${r}`) }),
      true,
    ],
    [
      'short <br> lines spread over many cells, none past the limit → data',
      table(12, 1, { cell: (r) => `${'z'.repeat(20)}<br>${'z'.repeat(20)}<br>row ${r}` }),
      true,
    ],
  ])('%s', (_name, html, expected) => {
    expect(isJoined(html)).toBe(expected);
  });

  it('the layout board leaves the post lines and the tree rows as segments of their own', () => {
    const blocks = segmentHtml(`<html><body>${board(over, 30)}</body></html>`).blocks;
    expect(blocks.filter((b) => b.text.startsWith('Re: topic'))).toHaveLength(11);
    expect(blocks.filter((b) => b.text === '0'.repeat(30))).toHaveLength(1);
  });
});

describe('the joined table segment', () => {
  const html = `<html><body><div id="main"><p>Intro text.</p>${table(3, 2, { attrs: 'class="wikitable"', head: '<tr><th>Year</th><th><a href="/a">Album</a></th></tr>' })}<p>Outro.</p></div></body></html>`;
  const blocks = segmentHtml(html).blocks;
  const joined = blocks.find((b) => b.kind === 'table')!;

  it('holds every cell in order, with the table\'s span, path and cues', () => {
    expect(joined.text).toBe('Year Album r0c0 r0c1 r1c0 r1c1 r2c0 r2c1');
    expect(html.slice(joined.start, joined.end)).toMatch(/^Year<\/th>.*r2c1$/);
    expect(joined.path).toBe('html>body>div#main>table.wikitable');
    expect(joined.cues[0]).toEqual(['wikitable']);
  });

  it('counts link text over the whole table', () => {
    expect(joined.linkChars).toBe('Album'.length);
    expect(joined.linkCount).toBe(1);
  });

  it('is a table segment in the report, between the paragraphs', async () => {
    const sifter = await createSifter();
    const report = sifter.sift({ html });
    const kindsInReport = report.segments.map((s) => s.source.kind);
    expect(kindsInReport).toContain('table');
    const texts = report.segments.map((s) => s.text);
    expect(texts.indexOf('Intro text.')).toBeLessThan(texts.findIndex((t) => t.startsWith('Year Album')));
  });

  it('two tables side by side stay two segments', () => {
    const two = segmentHtml(`<html><body>${table(3, 4)}${table(3, 4)}</body></html>`).blocks.filter((b) => b.kind === 'table');
    expect(two).toHaveLength(2);
  });
});
