import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/segment/block.js';
import { isHiddenElement, OFFSCREEN_PX } from '../src/segment/hidden.js';
import { segmentHtml } from '../src/segment/html.js';
import { MAX_TRACKED_DEPTH } from '../src/segment/open-elements.js';
import { MAX_CUE_ANCESTORS, MAX_PATH_LABELS, PATH_ELISION } from '../src/segment/place.js';
import { collapseSpaces, isJsSpace, nonSpaceLength } from '../src/segment/whitespace.js';
import { CARD_ACTION_MIN_REPEATS } from '../src/segment/call-to-action.js';
import { CARD_MIN_BLOCKS, LINK_ITEM_MAX_CHARS, LINK_ITEM_MIN_LINK_SHARE, listItemOf, mergeBlocks } from '../src/segment/merge.js';

/** segment/html.ts, hidden.ts, merge.ts: HTML → blocks → segments. */

const texts = (html: string): string[] => segmentHtml(html).blocks.map((b) => b.text);
const only = (html: string): Block => {
  const blocks = segmentHtml(html).blocks;
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
};
const byText = (blocks: readonly Block[], text: string): Block => {
  const found = blocks.find((b) => b.text === text);
  if (!found) throw new Error(`no block "${text}" in ${JSON.stringify(blocks.map((b) => b.text))}`);
  return found;
};

describe('block boundaries', () => {
  it.each([
    ['<p>one</p><p>two</p>', ['one', 'two']],
    ['<div>one<div>two</div>three</div>', ['one', 'two', 'three']],
    ['one<br>two<br/>three', ['one', 'two', 'three']],
    ['<ul><li>one</li><li>two</li></ul>', ['one', 'two']],
    ['<table><tr><td>one</td><td>two</td></tr></table>', ['one', 'two']],
    ['<h1>one</h1>two', ['one', 'two']],
    ['<p>one<hr>two</p>', ['one', 'two']],
    ['<blockquote>one</blockquote><pre>two</pre>', ['one', 'two']],
  ])('%s → %j', (html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it.each([
    ['<p>one <b>two</b> <i>three</i> <span>four</span> <a href="/">five</a> <em>six</em></p>', 'one two three four five six'],
    ['<p>no<b>space</b>between</p>', 'nospacebetween'],
    ['<p>a<img src="x.png">b<input>c</p>', 'abc'],
    ['<p>  lots \n\t of   space  </p>', 'lots of space'],
    ['<p>中文<strong>加粗</strong>文字</p>', '中文加粗文字'],
  ])('inline tags do not split: %s', (html, expected) => {
    expect(texts(html)).toEqual([expected]);
  });

  it('decodes entities', () => {
    expect(texts('<p>a &amp; b &lt;c&gt; &#22269; &nbsp;d</p>')).toEqual(['a & b <c> 国 d']);
  });

  it('whitespace-only text makes no block', () => {
    expect(texts('<div>  \n </div><p> </p><p>x</p>')).toEqual(['x']);
  });

  it('headings carry their level', () => {
    const blocks = segmentHtml('<h1>Top</h1><h3>Third <b>level</b></h3><p>para</p>').blocks;
    expect(blocks.map((b) => [b.text, b.kind, b.headingLevel])).toEqual([
      ['Top', 'heading', 1],
      ['Third level', 'heading', 3],
      ['para', 'block', undefined],
    ]);
  });

  it('an element named like an Object.prototype key is no heading', () => {
    // Regression: HEADING_LEVEL was an object literal, and `<constructor>` found Object.prototype.constructor.
    const blocks = segmentHtml('<div><constructor>custom element</constructor></div><h2>Real <span>heading</span></h2>').blocks;
    expect(blocks.map((b) => [b.text, b.kind, b.headingLevel])).toEqual([
      ['custom element', 'block', undefined],
      ['Real heading', 'heading', 2],
    ]);
  });

  it('text after a closed block is its own block of the parent', () => {
    const blocks = segmentHtml('<div id="main"><p>inner</p>tail text</div>').blocks;
    expect(blocks.map((b) => [b.text, b.path])).toEqual([
      ['inner', 'div#main>p'],
      ['tail text', 'div#main'],
    ]);
  });

  it('unclosed tags still give every text', () => {
    expect(texts('<div><p>unclosed <b>bold<p>next<div>third')).toEqual(['unclosed bold', 'next', 'third']);
    expect(texts('<p>a<li>b<td>c')).toEqual(['a', 'b', 'c']);
  });
});

describe('title and meta', () => {
  const html =
    '<html><head><meta charset="utf-8"><title>  新闻 &amp; 标题 </title>' +
    '<meta name="description" content="  一段  描述 "><meta name="Keywords" content="甲,乙,丙">' +
    '<meta property="og:title" content="ignored"></head><body><p>正文</p></body></html>';
  const page = segmentHtml(html);

  it('title, description and keywords come first, then the body', () => {
    expect(page.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['title', '新闻 & 标题'],
      ['meta-description', '一段 描述'],
      ['meta-keywords', '甲,乙,丙'],
      ['block', '正文'],
    ]);
    expect(page.title).toBe('新闻 & 标题');
    expect(page.inputKind).toBe('html');
  });

  it('the title span covers its raw text; a meta span is the whole tag', () => {
    const [title, description] = page.blocks;
    expect(html.slice(title!.start, title!.end)).toBe('  新闻 &amp; 标题 ');
    expect(html.slice(description!.start, description!.end)).toBe('<meta name="description" content="  一段  描述 ">');
  });

  it('an empty title or meta makes no block', () => {
    const empty = segmentHtml('<title> </title><meta name="description" content=""><p>x</p>');
    expect(empty.blocks.map((b) => b.kind)).toEqual(['block']);
    expect(empty.title).toBeUndefined();
  });

  it('only the first <title> is the title', () => {
    const two = segmentHtml('<head><title>First</title></head><body><svg><title>icon</title></svg><p>x</p></body>');
    expect(two.title).toBe('First');
    expect(two.blocks.map((b) => b.text)).toEqual(['First', 'x']);
  });

  // Regression: a second <title> in the body is rendered by no browser (UA style
  // title { display: none }) but came out as a visible body block.
  it('a second <title> in the body is not visible text', () => {
    expect(texts('<title>First</title><body><p>a</p><title>Second title</title><p>b</p></body>')).toEqual(['First', 'a', 'b']);
  });
});

describe('skipped content and title rewrites', () => {
  it.each([
    ['script', '<script>var hidden = "text";</script>'],
    ['style', '<style>p { color: red }</style>'],
    ['template', '<template><p>template text</p></template>'],
    ['noscript', '<noscript><p>noscript text</p></noscript>'],
    ['textarea', '<textarea>typed text</textarea>'],
    ['iframe', '<iframe>frame text</iframe>'],
    ['svg', '<svg><text>svg text</text></svg>'],
  ])('%s text is skipped', (_tag, inner) => {
    expect(texts(`<p>before</p>${inner}<p>after</p>`)).toEqual(['before', 'after']);
  });

  it('a block tag inside a skipped element does not cut the surrounding block', () => {
    expect(texts('<p>one <noscript><div>x</div></noscript> two</p>')).toEqual(['one two']);
  });

  it('document.title assignments become script-title blocks with JS escapes decoded', () => {
    const html =
      '<head><title>Real title</title><script>' +
      'document.title = "\\u56fd\\u4ea7\\u7cbe\\u54c1-\\x41\\x42 \\"q\\"";' +
      "if (x) document.title='second';" +
      'var y = "document.title";' +
      'document.title = `\\u{20000}tpl`;' +
      '</script></head><body><p>body</p></body>';
    const page = segmentHtml(html);
    expect(page.title).toBe('Real title');
    expect(page.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['title', 'Real title'],
      ['script-title', '国产精品-AB "q"'],
      ['script-title', 'second'],
      ['script-title', '𠀀tpl'],
      ['block', 'body'],
    ]);
    const spans = page.blocks.filter((b) => b.kind === 'script-title').map((b) => html.slice(b.start, b.end));
    expect(spans).toEqual(['"\\u56fd\\u4ea7\\u7cbe\\u54c1-\\x41\\x42 \\"q\\""', "'second'", '`\\u{20000}tpl`']);
  });

  it('an empty or whitespace payload is not a title rewrite', () => {
    expect(segmentHtml('<script>document.title = "  ";</script><p>x</p>').blocks.map((b) => b.kind)).toEqual(['block']);
  });
});

describe('links', () => {
  it('counts link characters (non-space) and distinct links', () => {
    const block = only('<p>see <a href="/a">two words</a> and <a href="/b">中文<b>链接</b></a> or <a name="x">anchor</a></p>');
    expect(block.text).toBe('see two words and 中文链接 or anchor');
    expect(block.linkChars).toBe('twowords中文链接'.length);
    expect(block.linkCount).toBe(2);
  });

  it('an <a> without href is not a link', () => {
    expect(only('<p><a name="top">Top</a></p>')).toMatchObject({ linkChars: 0, linkCount: 0 });
  });
});

describe('cues', () => {
  it('class/id/role/itemprop tokens, one group per element, nearest first, lower-cased, short tokens dropped', () => {
    const block = only('<div class="Site-Wrapper x"><div id="main_content" role="main"><p class="post-body" itemprop="articleBody">t</p></div></div>');
    expect(block.cues).toEqual([
      ['post', 'body', 'articlebody'],
      ['main', 'content', 'main'],
      ['site', 'wrapper'],
    ]);
    expect(block.path).toBe('div.Site-Wrapper>div#main_content>p.post-body');
  });

  it('semantic tags count as cues however far up they are', () => {
    const levels = MAX_CUE_ANCESTORS + 2;
    const html = `<nav>${Array.from({ length: levels }, (_, i) => `<div class="c${i}">`).join('')}<p>deep</p>${'</div>'.repeat(levels)}</nav><footer><p>foot</p></footer>`;
    const blocks = segmentHtml(html).blocks;
    const deep = byText(blocks, 'deep').cues;
    expect(deep).toHaveLength(MAX_CUE_ANCESTORS + 1);
    expect(deep.at(-1)).toEqual(['nav']);
    // the footer's own group holds its tag; the semantic group (last) holds it as well
    const foot = byText(blocks, 'foot').cues;
    expect(foot[0]).toEqual(['footer']);
    expect(foot.at(-1)).toEqual(['footer']);
  });

  it('records MAX_CUE_ANCESTORS elements with cues and not one more', () => {
    const levels = MAX_CUE_ANCESTORS + 1;
    const open = Array.from({ length: levels }, (_, i) => `<div class="c${levels - 1 - i}">`).join('');
    const block = only(`${open}<p>x</p>${'</div>'.repeat(levels)}`);
    // c0 is nearest … c{levels-1} farthest
    expect(block.cues).toEqual(Array.from({ length: MAX_CUE_ANCESTORS }, (_, i) => [`c${i}`]));
  });

  it('classes inside <pre> and <code> are a highlighter\'s, not cues: the outermost code element and its ancestors are recorded', () => {
    const blocks = segmentHtml('<article class="post"><pre class="listing"><code class="hljs language-bash"><span class="hljs-comment"># set up the repository</span>\ngit init</code></pre></article>').blocks;
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.cues).toEqual([['listing'], ['article', 'post'], ['article']]);
  });

  // Regression: a <meta> (void) in the body popped its parent's frame, so everything after it
  // in that parent lost the parent's cues, hidden state and list group.
  it('a <meta itemprop> inside an element does not end the element', () => {
    const blocks = segmentHtml(
      '<div class="footer"><meta itemprop="datePublished" content="2024-06-05"><p>foot text</p></div>' +
        '<div style="display:none"><meta itemprop="x" content="y"><a href="/">hidden link</a></div>',
    ).blocks;
    expect(byText(blocks, 'foot text').cues).toEqual([['footer']]);
    expect(byText(blocks, 'hidden link').hidden).toBe(true);
  });
});

describe('hidden elements', () => {
  it.each([
    [{ style: 'display:none' }, true],
    [{ style: 'color: red; display : none !important' }, true],
    [{ style: 'visibility:hidden' }, true],
    [{ style: 'font-size:0' }, true],
    [{ style: 'font-size: 0px; color: #fff' }, true],
    [{ style: 'font-size:0.0em' }, true],
    [{ style: 'position:absolute;left:-9999px' }, true],
    [{ style: 'text-indent:-9999px' }, true],
    [{ style: 'top:-1000px' }, true],
    [{ style: 'height:0;overflow:hidden' }, true],
    [{ style: 'overflow:hidden; height:0px;' }, true],
    [{ hidden: '' }, true],
    [{ hidden: '', id: 'S:' }, true],
    [{ hidden: '', id: 'xS:1' }, true],
    [{ hidden: '', id: 'S:1', style: 'display:none' }, true],
    [{ hidden: '', id: 'S:0' }, false],
    [{ hidden: '', id: 'S:12' }, false],
    [{ style: 'display:block' }, false],
    [{ style: 'display:inline-block; visibility:visible' }, false],
    [{ style: 'left:-10px' }, false],
    [{ style: 'margin-left:-20px' }, false],
    [{ style: 'font-size:0.8em' }, false],
    [{ style: 'font-size:10px' }, false],
    [{ style: 'height:10px;overflow:hidden' }, false],
    [{ style: 'x-display:none' }, false],
    [{ class: 'hidden' }, false],
    [{}, false],
  ])('isHiddenElement(%j) → %s', (attribs, expected) => {
    expect(isHiddenElement(attribs)).toBe(expected);
  });

  it.each(['left', 'top', 'text-indent', 'margin-left', 'margin-top'])('%s: off-screen from OFFSCREEN_PX on', (property) => {
    expect(isHiddenElement({ style: `position:absolute;${property}:-${OFFSCREEN_PX - 1}px` })).toBe(false);
    expect(isHiddenElement({ style: `position:absolute;${property}:-${OFFSCREEN_PX}px` })).toBe(true);
    expect(isHiddenElement({ style: `position:absolute;${property}:${OFFSCREEN_PX * 10}px` })).toBe(false);
  });

  it('marks blocks in hidden elements, with inheritance', () => {
    const blocks = segmentHtml(
      '<p>visible</p>' +
        '<div style="display:none"><p>direct</p><div style="display:block"><p>nested <span>deeper</span></p></div></div>' +
        '<div hidden><ul><li><a href="/">kw</a></li></ul></div>' +
        '<p style="left:-10px">slightly moved</p>' +
        '<p>after</p>',
    ).blocks;
    expect(blocks.map((b) => [b.text, b.hidden])).toEqual([
      ['visible', false],
      ['direct', true],
      ['nested deeper', true],
      ['kw', true],
      ['slightly moved', false],
      ['after', false],
    ]);
  });

  it('a block is hidden when most of its characters are', () => {
    expect(only('<p>ab <span style="display:none">cde</span></p>').hidden).toBe(true);
    expect(only('<p>abc <span style="display:none">de</span></p>').hidden).toBe(false);
  });
});

describe('source offsets', () => {
  const html = [
    '<!DOCTYPE html><html><head><meta charset="utf-8">',
    '<title>市政府发布夏季用电通知 - 本地新闻网</title>',
    '<meta name="description" content="夏季用电负荷持续攀升">',
    '</head><body>',
    '<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/news">新闻</a> &gt; 正文</div>',
    '<h1>市政府发布夏季用电通知</h1>',
    '<div class="article">\n  <p>\n    本市今年夏季用电负荷持续攀升，<b>电力部门</b>提前部署迎峰度夏工作。\n  </p>',
    '  <p>据介绍，全市已新增储能设施十二座。<br>\n专家建议错峰用电。</p>',
    '  <table><tr><td>日期</td><td>负荷</td></tr></table>',
    '</div>',
    '<ul class="related"><li><a href="/1">相关新闻一</a></li><li><a href="/2">相关新闻二</a></li></ul>',
    '<div class="footer">Copyright © 2024 <a href="/">本地新闻网</a> 京ICP备00000000号</div>',
    '</body></html>',
  ].join('\n');
  const blocks = segmentHtml(html).blocks;

  it('segments the fixture as expected', () => {
    expect(blocks.map((b) => b.text)).toEqual([
      '市政府发布夏季用电通知 - 本地新闻网',
      '夏季用电负荷持续攀升',
      '首页 > 新闻 > 正文',
      '市政府发布夏季用电通知',
      '本市今年夏季用电负荷持续攀升，电力部门提前部署迎峰度夏工作。',
      '据介绍，全市已新增储能设施十二座。',
      '专家建议错峰用电。',
      '日期',
      '负荷',
      '相关新闻一',
      '相关新闻二',
      'Copyright © 2024 本地新闻网 京ICP备00000000号',
    ]);
  });

  it('every block span holds the first and the last character of its text', () => {
    for (const block of blocks) {
      const span = html.slice(block.start, block.end);
      expect(block.start).toBeLessThan(block.end);
      expect(span.includes(block.text[0]!)).toBe(true);
      expect(span.includes(block.text[block.text.length - 1]!)).toBe(true);
      if (block.kind === 'meta-description') continue;
      // up to surrounding whitespace the span starts and ends with the text (no entity at the edges here)
      expect(span.trim()[0]).toBe(block.text[0]);
      expect(span.trim().at(-1)).toBe(block.text.at(-1));
    }
  });

  it('spans of body blocks are exact, up to markup inside and whitespace around', () => {
    const spanOf = (text: string): string => {
      const block = byText(blocks, text);
      return html.slice(block.start, block.end).trim();
    };
    expect(spanOf('本市今年夏季用电负荷持续攀升，电力部门提前部署迎峰度夏工作。')).toBe('本市今年夏季用电负荷持续攀升，<b>电力部门</b>提前部署迎峰度夏工作。');
    expect(spanOf('首页 > 新闻 > 正文')).toBe('首页</a> &gt; <a href="/news">新闻</a> &gt; 正文');
    expect(spanOf('专家建议错峰用电。')).toBe('专家建议错峰用电。');
    expect(spanOf('相关新闻二')).toBe('相关新闻二');
  });

  it('spans are in document order and do not overlap (body blocks)', () => {
    const body = blocks.filter((b) => b.kind === 'block' || b.kind === 'heading');
    for (let i = 1; i < body.length; i++) expect(body[i]!.start).toBeGreaterThanOrEqual(body[i - 1]!.end);
  });
});

describe('deep nesting', () => {
  it(
    '100,000 nested divs: no stack overflow, the text is kept, bookkeeping recovers',
    () => {
      const depth = 100_000;
      const html = `${'<div class="x1">'.repeat(depth)}deep text${'</div>'.repeat(depth)}<p class="after">after</p>`;
      const blocks = segmentHtml(html).blocks;
      expect(blocks.map((b) => b.text)).toEqual(['deep text', 'after']);
      // the path names the nearest MAX_PATH_LABELS elements after an elision mark
      expect(blocks[0]!.path!.split('>')).toEqual([PATH_ELISION, ...Array<string>(MAX_PATH_LABELS).fill('div.x1')]);
      expect(blocks[0]!.cues).toHaveLength(MAX_CUE_ANCESTORS);
      expect(blocks[1]!.path).toBe('p.after');
      expect(blocks[1]!.cues).toEqual([['after']]);
      expect(html.slice(blocks[0]!.start, blocks[0]!.end)).toBe('deep text');
    },
    60_000,
  );

  it.each([
    [MAX_PATH_LABELS, false],
    [MAX_PATH_LABELS + 1, true],
  ])('a block %i elements deep: path elided %s', (depth, elided) => {
    const block = segmentHtml(`${'<div id="d">'.repeat(depth)}text${'</div>'.repeat(depth)}`).blocks[0]!;
    const labels = block.path!.split('>');
    expect(labels[0] === PATH_ELISION).toBe(elided);
    expect(labels.filter((l) => l === 'div#d')).toHaveLength(Math.min(depth, MAX_PATH_LABELS));
  });

  it('unclosed deep nesting keeps the text', () => {
    const blocks = segmentHtml(`${'<div><span>'.repeat(MAX_TRACKED_DEPTH)}text at the bottom`).blocks;
    expect(blocks.map((b) => b.text)).toEqual(['text at the bottom']);
  });

  it('just below and above MAX_TRACKED_DEPTH the closing tags match their frames', () => {
    for (const depth of [MAX_TRACKED_DEPTH - 1, MAX_TRACKED_DEPTH, MAX_TRACKED_DEPTH + 1]) {
      const html = `<section class="outer">${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}<p>y</p></section>`;
      const blocks = segmentHtml(html).blocks;
      expect(blocks.map((b) => [b.text, b.path])).toEqual([
        ['x', [PATH_ELISION, ...Array<string>(MAX_PATH_LABELS).fill('div')].join('>')],
        ['y', 'section.outer>p'],
      ]);
    }
  });
});

describe('mergeBlocks', () => {
  const merged = (html: string): Block[] => mergeBlocks(segmentHtml(html).blocks);
  const li = (text: string, href = '/x'): string => `<li><a href="${href}">${text}</a></li>`;

  it('merges consecutive <li><a> items of one list into one list segment', () => {
    const html = `<p>before</p><ul class="related">${li('相关新闻一')}${li('相关新闻二')}${li('Third item')}</ul><p>after</p>`;
    const out = merged(html);
    expect(out.map((b) => [b.kind, b.text])).toEqual([
      ['block', 'before'],
      ['list', '相关新闻一 相关新闻二 Third item'],
      ['block', 'after'],
    ]);
    const list = out[1]!;
    expect(list.list).toEqual({ separator: 'li', items: ['相关新闻一', '相关新闻二', 'Third item'] });
    expect(list.linkCount).toBe(3);
    expect(list.linkChars).toBe('相关新闻一相关新闻二ThirdItem'.length);
    expect(html.slice(list.start, list.end)).toBe('相关新闻一</a></li><li><a href="/x">相关新闻二</a></li><li><a href="/x">Third item');
    expect(list.hidden).toBe(false);
  });

  it('merges <a>s split by <br> inside one div', () => {
    const out = merged('<div><a href="/1">one</a><br><a href="/2">two</a><br><a href="/3">three</a></div>');
    expect(out.map((b) => [b.kind, b.list?.items])).toEqual([['list', ['one', 'two', 'three']]]);
  });

  it('does not merge two separate lists', () => {
    const out = merged(`<ul>${li('a one')}${li('a two')}</ul><ul>${li('b one')}${li('b two')}</ul>`);
    expect(out.map((b) => b.list?.items)).toEqual([
      ['a one', 'a two'],
      ['b one', 'b two'],
    ]);
  });

  it('a merged list is hidden only when every item is', () => {
    const out = merged(`<ul><li style="display:none"><a href="/">one</a></li>${li('two')}</ul><ul hidden>${li('three')}${li('four')}</ul>`);
    expect(out.map((b) => b.hidden)).toEqual([false, true]);
  });

  it('a non-link item ends the run', () => {
    const out = merged(`<ul>${li('one')}${li('two')}<li>plain text item</li>${li('three')}${li('four')}</ul>`);
    expect(out.map((b) => [b.kind, b.text])).toEqual([
      ['list', 'one two'],
      ['block', 'plain text item'],
      ['list', 'three four'],
    ]);
  });

  it(`merges items up to LINK_ITEM_MAX_CHARS (${LINK_ITEM_MAX_CHARS}) and not longer ones`, () => {
    const at = 'x'.repeat(LINK_ITEM_MAX_CHARS);
    const above = 'y'.repeat(LINK_ITEM_MAX_CHARS + 1);
    expect(merged(`<ul>${li(at)}${li(at)}</ul>`).map((b) => b.kind)).toEqual(['list']);
    expect(merged(`<ul>${li(above)}${li(above)}</ul>`).map((b) => b.kind)).toEqual(['block', 'block']);
  });

  describe(`cards: a list item of CARD_MIN_BLOCKS (${CARD_MIN_BLOCKS}) blocks or more keeps its links to itself`, () => {
    // a shop grid: each <li> holds a linked title, a maker line, a price and a button
    const card = (title: string): string =>
      `<li><div class="details"><a href="/p/${title.length}">${title}</a></div><p class="maker">Made by a small studio</p><p class="price">$12.00</p><div class="action"><a href="/cart">Add To Cart</a></div></li>`;
    const titleOnly = (title: string): string => `<li><a href="/p/${title.length}">${title}</a></li>`;
    const twoLinks = (a: string, b: string): string => `<li><a href="/a">${a}</a></li><li><div><a href="/b">${b}</a></div><p>A few words about it here</p></li>`;
    it.each<[string, string, string[]]>([
      // must split: the button of one card and the title of the next card
      ['button + next card title', `<ul class="grid">${card('Canvas Travel Bag')}${card('Cedar Candle')}</ul>`, ['Canvas Travel Bag', 'Made by a small studio', '$12.00', 'Add To Cart', 'Cedar Candle', 'Made by a small studio', '$12.00', 'Add To Cart']],
      ['a one-link row before a card', `<ul>${twoLinks('Plain row link', 'Card title link')}</ul>`, ['Plain row link', 'Card title link', 'A few words about it here']],
      // must still merge: rows of one link each, and links within one card
      ['one link per row', `<ul class="menu">${titleOnly('Home')}${titleOnly('Shop')}${titleOnly('About us')}</ul>`, ['Home Shop About us']],
      ['two links inside one card', `<ul><li><div><a href="/1">Quick view</a></div><div><a href="/2">Linen Shirt</a></div><p>Soft and light for summer</p></li></ul>`, ['Quick view Linen Shirt', 'Soft and light for summer']],
      ['links split by <br> in one div (no list)', '<div><a href="/1">one</a><br><a href="/2">two</a></div>', ['one two']],
    ])('%s', (_name, html, expected) => {
      expect(merged(html).map((b) => b.text)).toEqual(expected);
    });

    describe(`inside one card, a call to action printed CARD_ACTION_MIN_REPEATS (${CARD_ACTION_MIN_REPEATS}) times is not merged with the card's other links`, () => {
      const VERBS: ReadonlySet<string> = new Set(['quick', 'view', 'add']);
      // a card: a div of buttons, then the linked title, then a line of text
      const card = (button: string, title: string): string =>
        `<li><div class="actions"><a href="/q">${button}</a></div><p class="title"><a href="/p">${title}</a></p><p class="price">From $40.00 each</p></li>`;
      const grid = (button: string, n: number): string => `<ul class="grid">${['Mesh Task Chair', 'Oak Desk', 'Lamp Arm', 'Foot Rest'].slice(0, n).map((t) => card(button, t)).join('')}</ul>`;
      it.each<[string, string, ReadonlySet<string>, string]>([
        // must split
        ['a repeated button', grid('Quick view', CARD_ACTION_MIN_REPEATS), VERBS, 'Quick view'],
        ['a repeated two-button label', grid('Quick view View Options', 4), VERBS, 'Quick view View Options'],
        // must still merge
        ['the button on fewer cards', grid('Quick view', CARD_ACTION_MIN_REPEATS - 1), VERBS, 'Quick view Mesh Task Chair'],
        ['a label that opens with no verb', grid('Best seller', 4), VERBS, 'Best seller Mesh Task Chair'],
        ['no verbs given', grid('Quick view', 4), new Set<string>(), 'Quick view Mesh Task Chair'],
      ])('%s', (_name, html, verbs, first) => {
        expect(mergeBlocks(segmentHtml(html).blocks, verbs)[0]!.text).toBe(first);
      });
    });

    it('listItemOf is the element right under the list container, undefined outside a list', () => {
      const blocks = segmentHtml(`<ul><li><div><a href="/1">x</a></div></li><li><a href="/2">y</a></li></ul><div><p>z</p></div>`).blocks;
      const [x, y, z] = [byText(blocks, 'x'), byText(blocks, 'y'), byText(blocks, 'z')];
      expect(listItemOf(x)).toBeDefined();
      expect(listItemOf(x)).not.toBe(listItemOf(y));
      expect(listItemOf(z)).toBeUndefined();
    });
  });

  it('does not merge long linked paragraphs', () => {
    const long = '本市今年夏季用电负荷持续攀升，电力部门提前部署迎峰度夏工作。'.repeat(5);
    expect(long.length).toBeGreaterThan(LINK_ITEM_MAX_CHARS);
    const out = merged(`<div><p><a href="/1">${long}</a></p><p><a href="/2">${long}</a></p></div>`);
    expect(out.map((b) => b.kind)).toEqual(['block', 'block']);
  });

  it(`an item is a link item from LINK_ITEM_MIN_LINK_SHARE (${LINK_ITEM_MIN_LINK_SHARE}) of linked characters`, () => {
    const linked = 10;
    const plainAt = Math.floor(linked / LINK_ITEM_MIN_LINK_SHARE) - linked; // share exactly at the threshold
    const item = (plain: number): string => `<li><a href="/">${'a'.repeat(linked)}</a>${'b'.repeat(plain)}</li>`;
    expect(merged(`<ul>${item(plainAt)}${item(plainAt)}</ul>`).map((b) => b.kind)).toEqual(['list']);
    expect(merged(`<ul>${item(plainAt + 1)}${item(plainAt + 1)}</ul>`).map((b) => b.kind)).toEqual(['block', 'block']);
  });

  it('headings and titles are never merged as link items', () => {
    const out = merged('<div><h2><a href="/1">one</a></h2><h2><a href="/2">two</a></h2></div>');
    expect(out.map((b) => b.kind)).toEqual(['heading', 'heading']);
  });

  it('gives other blocks their list shape', () => {
    const out = merged('<title>甲乙 | 丙丁 | 戊己</title><p>首页 &gt; 新闻 &gt; 正文</p><p>A plain sentence here.</p>');
    expect(out.map((b) => [b.kind, b.list?.separator])).toEqual([
      ['title', '|'],
      ['list', '>'],
      ['block', undefined],
    ]);
  });
});

describe('isJsSpace', () => {
  it('agrees with \\s on every BMP code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('collapseSpaces and nonSpaceLength equal the regexes they replace', () => {
  const spacey = fc.string({ unit: fc.constantFrom(' ', ' ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', 'a', '中', '|', '-') });
  it('collapseSpaces(s) === s.replace(/\\s+/g, " ")', () => {
    fc.assert(
      fc.property(spacey, (s) => {
        const collapsed = collapseSpaces(s);
        expect(collapsed).toBe(s.replace(/\s+/g, ' '));
      }),
      { seed: 20261128, numRuns: 2000 },
    );
    expect(collapseSpaces('a b c')).toBe('a b c');
    expect(collapseSpaces('a  b')).toBe('a b');
    expect(collapseSpaces('a\u00a0b')).toBe('a b');
  });
  it('nonSpaceLength(s) === s.replace(/\\s/g, "").length', () => {
    fc.assert(
      fc.property(spacey, (s) => {
        expect(nonSpaceLength(s)).toBe(s.replace(/\s/g, '').length);
      }),
      { seed: 20261128, numRuns: 2000 },
    );
  });
});
