import { describe, expect, it } from 'vitest';
import { goldTextOf } from '../benchmarks/corpus/label-by-selectors.js';

// A page written for this test: menu, headline, byline, an article with a caption, a share bar
// inside the article, a script, a hidden block, a sidebar and a comment list.
const PAGE = `<html><head><title>标题</title><script>var x = "不是正文";</script></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li></ul>
<h1>市图书馆周末延长开放时间</h1>
<div class="byline">2024-06-05 来源：本报</div>
<div id="content"><p>本报讯　市图书馆自本周起周末开放至晚上九点。</p>
<p class="caption">读者在阅览室看书</p><p>馆方表示，<br>此举是为了方便上班族。</p>
<div class="share">分享到：微信 微博</div><script>track("正文脚本");</script>
<p style="display:none">隐藏的段落</p><p hidden>另一段隐藏</p></div>
<aside><p>热门文章：天气转凉</p></aside>
<ol class="comments"><li><p>评论一：好消息</p></li><li><p>评论二：赞</p></li></ol>
</body></html>`;

describe('goldTextOf: the text of the chosen elements, one line per block', () => {
  const cases: { name: string; selectors: string[]; exclude?: string[]; body: string }[] = [
    {
      name: 'an article container: its paragraphs and caption, a <br> splits a line',
      selectors: ['#content'],
      exclude: ['.share'],
      body: '本报讯 市图书馆自本周起周末开放至晚上九点。\n读者在阅览室看书\n馆方表示，\n此举是为了方便上班族。',
    },
    {
      name: 'without the exclusion the share bar inside the container is kept',
      selectors: ['#content'],
      body: '本报讯 市图书馆自本周起周末开放至晚上九点。\n读者在阅览室看书\n馆方表示，\n此举是为了方便上班族。\n分享到：微信 微博',
    },
    {
      name: 'every post of a list, in document order, once each although two selectors choose them',
      selectors: ['.comments li', '.comments li p'],
      body: '评论一：好消息\n评论二：赞',
    },
    {
      name: 'selectors given out of document order still give document order',
      selectors: ['.comments li:last-child', 'h1'],
      body: '市图书馆周末延长开放时间\n评论二：赞',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(goldTextOf(PAGE, c.selectors, c.exclude ?? [])).toBe(c.body);
    });
  }

  const never = ['不是正文', '正文脚本', '隐藏的段落', '另一段隐藏', '首页', '热门文章'];
  it.each(never)('never takes %s (script, hidden or outside the chosen elements)', (text) => {
    expect(goldTextOf(PAGE, ['#content', '.comments li'], ['.share'])).not.toContain(text);
  });

  it('a selector that matches nothing gives no text', () => {
    expect(goldTextOf(PAGE, ['#missing'])).toBe('');
  });
});
