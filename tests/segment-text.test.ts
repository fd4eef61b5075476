import { describe, expect, it } from 'vitest';
import { mergeBlocks } from '../src/segment/merge.js';
import { segmentText, TEXT_TITLE_MAX_CHARS } from '../src/segment/text.js';

/** segment/text.ts: plain text → one block per non-empty line; the first line may be the title. */

describe('segmentText', () => {
  it('one block per non-empty line, in order, blank and whitespace-only lines skipped', () => {
    const text = '标题一行\n\n第一段正文。\n   \n\t\n第二段正文。\n';
    const page = segmentText(text);
    expect(page.inputKind).toBe('text');
    expect(page.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['title', '标题一行'],
      ['line', '第一段正文。'],
      ['line', '第二段正文。'],
    ]);
    expect(page.title).toBe('标题一行');
  });

  it('offsets point at the trimmed line, with \\r\\n line ends', () => {
    const text = '  Title here \r\n\r\n\t第一段，正文。  \r\n第二段\r\n';
    const blocks = segmentText(text).blocks;
    expect(blocks.map((b) => [b.start, b.end])).toEqual([
      [2, 12],
      [18, 25],
      [29, 32],
    ]);
    for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
  });

  it('lone \\r also ends a line', () => {
    expect(segmentText('a\rb\r\nc\nd').blocks.map((b) => b.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('inner whitespace is kept as written, so the span is exactly the text', () => {
    const text = '标题\n词一 \t  词二\u3000\u3000词三';
    const [, line] = segmentText(text).blocks;
    expect(line!.text).toBe('词一 \t  词二\u3000\u3000词三');
    expect(text.slice(line!.start, line!.end)).toBe(line!.text);
  });

  it('leading ideographic spaces are trimmed like ASCII ones', () => {
    const text = '标题\n\u3000\u3000首行缩进的段落。';
    const [, line] = segmentText(text).blocks;
    expect(line!.text).toBe('首行缩进的段落。');
    expect(line!.start).toBe(5);
  });

  it(`the first line is the title up to TEXT_TITLE_MAX_CHARS (${TEXT_TITLE_MAX_CHARS}) characters`, () => {
    const at = '标'.repeat(TEXT_TITLE_MAX_CHARS);
    const above = '标'.repeat(TEXT_TITLE_MAX_CHARS + 1);
    const atPage = segmentText(`${at}\n正文。`);
    expect(atPage.title).toBe(at);
    expect(atPage.blocks.map((b) => b.kind)).toEqual(['title', 'line']);
    const abovePage = segmentText(`${above}\n正文。`);
    expect(abovePage.title).toBeUndefined();
    expect(abovePage.blocks.map((b) => b.kind)).toEqual(['line', 'line']);
  });

  it('the title length is measured on the trimmed line', () => {
    const page = segmentText(`   ${'x'.repeat(TEXT_TITLE_MAX_CHARS)}   \nbody`);
    expect(page.title).toBe('x'.repeat(TEXT_TITLE_MAX_CHARS));
  });

  it('only the first non-empty line can be the title', () => {
    const page = segmentText('\n\n  \n第一行\n第二行');
    expect(page.blocks.map((b) => b.kind)).toEqual(['title', 'line']);
    expect(page.title).toBe('第一行');
  });

  it('empty and whitespace-only input give no blocks and no title', () => {
    expect(segmentText('')).toEqual({ inputKind: 'text', blocks: [] });
    expect(segmentText(' \n\r\n\t ')).toEqual({ inputKind: 'text', blocks: [] });
  });

  it('blocks carry no cues, links or hidden state', () => {
    // one line alone is a line, not a title (a title needs lines after it)
    const [block] = segmentText('一行文字').blocks;
    expect(block).toEqual({ text: '一行文字', kind: 'line', start: 0, end: 4, cues: [], linkChars: 0, linkCount: 0, hidden: false });
  });

  it('after merging, list-shaped lines become lists and the title keeps its kind', () => {
    const blocks = mergeBlocks(segmentText('国产精品-一区二区-中文字幕-在线观看\n首页 > 新闻 > 正文\n本市今年夏季用电负荷持续攀升。').blocks);
    expect(blocks.map((b) => [b.kind, b.list?.separator, b.list?.items.length])).toEqual([
      ['title', '-', 4],
      ['list', '>', 3],
      ['line', undefined, undefined],
    ]);
  });

  // a text of one line is its own content: as a title (never body) it left a report with no body at all
  it.each([
    ['one line', 'A sentence.', ['line'], undefined],
    ['one line between blank lines', '\n\n  市议会周二批准了新的预算。  \n\n', ['line'], undefined],
    ['two lines', 'Title\nA sentence.', ['title', 'line'], 'Title'],
    ['two lines with blank lines between', 'Title\n\n\nA sentence.', ['title', 'line'], 'Title'],
  ])('%s: kinds and title', (_name, text, kinds, title) => {
    const page = segmentText(text);
    expect(page.blocks.map((b) => b.kind)).toEqual(kinds);
    expect(page.title).toBe(title);
  });
});
