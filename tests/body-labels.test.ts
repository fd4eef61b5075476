import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyLabelsOf, isBodyConvention, labelledBody, type BodyLabels } from '../benchmarks/corpus/body-labels.js';
import { parseTruth, readCaseTruth, TRUTH_FILE } from '../benchmarks/eval/truth.js';
import { parseOptions } from '../benchmarks/eval/options.js';
import { TRAINABLE_SETS } from '../benchmarks/corpus/clean-pages.js';
import { encodeWithNcr } from './helpers/encode.js';

// A news page written for this test: menu, headline, byline with a report link, an article with a
// share bar and a related-link box inside, a caption, comments, and a second headline-like block.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>标题</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li></ul>
<div class="main"><h1>市图书馆周末延长开放时间</h1>
<div class="meta">2024-06-05 来源：本报 <a class="report">举报</a></div>
<div id="content"><p>本报讯　市图书馆自本周起周末开放至晚上九点。</p>
<div class="share">分享到：微信 微博</div>
<p class="caption">读者在阅览室看书</p>
<div class="related">相关阅读：公园夜间开放</div>
<p>馆方表示，此举是为了方便上班族。</p></div></div>
<ol class="comments"><li>评论一：好消息</li></ol>
</body></html>`;
const BYTES = new TextEncoder().encode(PAGE);

const FULL = ['市图书馆周末延长开放时间', '2024-06-05 来源：本报', '本报讯 市图书馆自本周起周末开放至晚上九点。', '读者在阅览室看书', '馆方表示，此举是为了方便上班族。'].join('\n');
const TEXT = ['本报讯 市图书馆自本周起周末开放至晚上九点。', '读者在阅览室看书', '馆方表示，此举是为了方便上班族。'].join('\n');

function labelsWith(cases: Record<string, { goldSelectors: string[]; headSelectors: string[]; goldExclude: string[]; note: string }>, charset = 'utf-8'): BodyLabels {
  return { set: 'news', charset, cases: new Map(Object.entries(cases)) };
}

const ARTICLE = {
  // given out of document order on purpose
  goldSelectors: ['#content', '.main > h1', '.meta'],
  headSelectors: ['.main > h1', '.meta'],
  goldExclude: ['.report', '.share', '.related'],
  note: 'test page: headline, byline, article',
};

describe('labelledBody: the gold body of a case from its page and selectors', () => {
  const labels = labelsWith({ a: ARTICLE });

  it('full convention: headline, byline and article, in document order, without the excluded elements', () => {
    expect(labelledBody(labels, 'a', BYTES, 'full')).toBe(FULL);
  });

  it('text convention: the same without the head selectors', () => {
    expect(labelledBody(labels, 'a', BYTES, 'text')).toBe(TEXT);
  });

  it('without the exclusions the share bar, related box and report link are kept', () => {
    const body = labelledBody(labelsWith({ a: { ...ARTICLE, goldExclude: [] } }), 'a', BYTES, 'full');
    for (const text of ['举报', '分享到：微信 微博', '相关阅读：公园夜间开放']) expect(body).toContain(text);
  });

  it('never takes the menu or the comments, which no selector chooses', () => {
    const body = labelledBody(labels, 'a', BYTES, 'full');
    for (const text of ['首页', '评论一']) expect(body).not.toContain(text);
  });

  it('a head selector inside a chosen element (a title paragraph) is left out in the text convention only', () => {
    const inside = labelsWith({ a: { goldSelectors: ['#content'], headSelectors: ['#content > p:first-child'], goldExclude: [], note: 'title is the first paragraph' } });
    expect(labelledBody(inside, 'a', BYTES, 'full')).toContain('本报讯');
    expect(labelledBody(inside, 'a', BYTES, 'text')).not.toContain('本报讯');
    expect(labelledBody(inside, 'a', BYTES, 'text')).toContain('馆方表示');
  });

  it('a case the file does not label is an error naming the set and case', () => {
    expect(() => labelledBody(labels, 'b', BYTES, 'full')).toThrow(/^news\/b: no body label/);
  });

  it.each([
    ['gold', { ...ARTICLE, goldSelectors: ['#content', '#missing'] }],
    ['head', { ...ARTICLE, headSelectors: ['#missing'] }],
    ['exclude', { ...ARTICLE, goldExclude: ['#missing'] }],
  ])('a %s selector that matches nothing is an error naming the case and the selector', (_kind, label) => {
    expect(() => labelledBody(labelsWith({ a: label }), 'a', BYTES, 'full')).toThrow('news/a: selector "#missing" matches nothing');
  });

  it('a head selector outside the gold selectors is an error', () => {
    const outside = labelsWith({ a: { ...ARTICLE, headSelectors: ['.comments li'] } });
    expect(() => labelledBody(outside, 'a', BYTES, 'full')).toThrow(/news\/a: head selector "\.comments li" chooses an element outside/);
  });

  it('chosen elements with no text are an error', () => {
    const empty = labelsWith({ a: { goldSelectors: ['.report'], headSelectors: [], goldExclude: ['.report'], note: 'only an excluded link' } });
    expect(() => labelledBody(empty, 'a', BYTES, 'full')).toThrow('news/a: the selectors choose no text');
  });

  it('page bytes that are not in the charset are an error naming the case, not replaced', () => {
    const gbk = encodeWithNcr(PAGE, 'gbk');
    expect(() => labelledBody(labels, 'a', gbk, 'full')).toThrow(/^news\/a: page bytes are not utf-8/);
    // the same bytes read with the charset they are in
    expect(labelledBody(labelsWith({ a: ARTICLE }, 'gbk'), 'a', gbk, 'full')).toBe(FULL);
  });
});

describe('bodyLabelsOf: the labels file of a set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'body-labels-'));
  writeFileSync(join(dir, 'good.json'), JSON.stringify({ set: 'good', labelledBy: 'test', cases: { a: ARTICLE } }));
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ set: 'good', labelledBy: 'test', cases: { a: ARTICLE } }));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ set: 'bad', labelledBy: 'test', cases: { a: { ...ARTICLE, note: '' } } }));

  it('a set without a file has no labels', () => {
    expect(bodyLabelsOf('absent', dir)).toBeNull();
  });

  it('a file is read with utf-8 as the default charset', () => {
    const labels = bodyLabelsOf('good', dir);
    expect(labels?.charset).toBe('utf-8');
    expect([...(labels?.cases.keys() ?? [])]).toEqual(['a']);
  });

  it('a file naming another set, or a case without a note, is an error', () => {
    expect(() => bodyLabelsOf('other', dir)).toThrow(/labels set "good", expected "other"/);
    expect(() => bodyLabelsOf('bad', dir)).toThrow(/bad\.json/);
  });

  it('the repository labels of zh-news-clean parse, label 25 cases and stay out of the training sets', () => {
    const labels = bodyLabelsOf('zh-news-clean');
    expect(labels?.cases.size).toBe(25);
    expect(TRAINABLE_SETS as readonly string[]).not.toContain('zh-news-clean');
  });
});

describe('readCaseTruth: the eval reads labelled sets through their labels, other sets as before', () => {
  const corpus = mkdtempSync(join(tmpdir(), 'body-corpus-'));
  const labelsDir = mkdtempSync(join(tmpdir(), 'body-labels-dir-'));
  const writeCase = (set: string, id: string, body: string | null): void => {
    mkdirSync(join(corpus, set, id), { recursive: true });
    writeFileSync(join(corpus, set, id, 'page.html'), PAGE);
    writeFileSync(join(corpus, set, id, TRUTH_FILE), JSON.stringify({ lang: 'zh-Hans', input: 'page.html', body, snippets: null, spam: [], pageSpam: false }));
  };
  writeCase('plain', 'a', null);
  writeCase('plain', 'b', '已有的正文');
  writeCase('labelled', 'a', null);
  writeCase('labelled', 'b', null);
  writeCase('clash', 'a', '已有的正文');
  writeFileSync(join(labelsDir, 'labelled.json'), JSON.stringify({ set: 'labelled', labelledBy: 'test', cases: { a: ARTICLE } }));
  writeFileSync(join(labelsDir, 'clash.json'), JSON.stringify({ set: 'clash', labelledBy: 'test', cases: { a: ARTICLE } }));

  it.each(['a', 'b'])('a set without a labels file is read as truth.json says (case %s), in either convention', async (id) => {
    const json = JSON.stringify({ lang: 'zh-Hans', input: 'page.html', body: id === 'a' ? null : '已有的正文', snippets: null, spam: [], pageSpam: false });
    const expected = parseTruth(json, 'test');
    expect(await readCaseTruth(corpus, 'plain', id, 'full', labelsDir)).toEqual(expected);
    expect(await readCaseTruth(corpus, 'plain', id, 'text', labelsDir)).toEqual(expected);
  });

  it('a labelled set gets its body from the page, in the convention asked for; spam gold untouched', async () => {
    const full = await readCaseTruth(corpus, 'labelled', 'a', 'full', labelsDir);
    expect(full.body).toBe(FULL);
    expect(full.spam).toEqual([]);
    expect(full.pageSpam).toBe(false);
    expect((await readCaseTruth(corpus, 'labelled', 'a', 'text', labelsDir)).body).toBe(TEXT);
  });

  it('a case of a labelled set without a label is an error naming it', async () => {
    await expect(readCaseTruth(corpus, 'labelled', 'b', 'full', labelsDir)).rejects.toThrow('labelled/b: no body label');
  });

  it('a truth.json body and a labels file for the same case is an error', async () => {
    await expect(readCaseTruth(corpus, 'clash', 'a', 'full', labelsDir)).rejects.toThrow('clash/a: truth.json has a body and the set has body labels');
  });
});

describe('--body-convention', () => {
  it('is full by default and takes text', () => {
    expect(parseOptions(['/corpus']).bodyConvention).toBe('full');
    expect(parseOptions(['/corpus', '--body-convention', 'text']).bodyConvention).toBe('text');
  });

  it('knows only full and text', () => {
    expect(isBodyConvention('full')).toBe(true);
    expect(isBodyConvention('text')).toBe(true);
    expect(isBodyConvention('head')).toBe(false);
  });
});
