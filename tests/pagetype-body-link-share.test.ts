import { beforeAll, describe, expect, it } from 'vitest';
import { typedSegmentsOf } from '../benchmarks/train/page-segments.js';
import { createSifter, type Sifter } from '../src/index.js';
import { parseOptions } from '../src/options.js';
import { PAGE_TYPE_FEATURE_NAMES, PAGE_TYPE_FEATURES, pageTypeFeatures } from '../src/pagetype/features.js';
import { loadResources, type Resources } from '../src/resources.js';

/**
 * The page-type feature `body.linkShare` (session 34): the share of the body's characters inside
 * links. It replaced the whole page's link share, which measured the site's chrome rather than the
 * content: a news portal wraps one article in hundreds of linked headlines, and the page's link
 * share typed such articles `listing`. Pages written for these tests.
 */

let resources: Resources;
let sifter: Sifter;
beforeAll(async () => {
  resources = await loadResources(parseOptions({}));
  sifter = await createSifter();
});

const BODY_LINK_SHARE = PAGE_TYPE_FEATURE_NAMES.indexOf('body.linkShare');

function bodyLinkShareOf(html: string): number {
  const { page, segments } = typedSegmentsOf(resources, { html });
  return pageTypeFeatures(page, segments, resources.pageType.cues)[BODY_LINK_SHARE]!;
}

const HEADLINES = [
  '市政府召开第十二次常务会议研究部署秋冬季安全生产工作',
  '本市新增三条公交线路 方便城东居民出行',
  '秋季高校毕业生招聘会将于下周六在会展中心举行',
  '气象台发布大风蓝色预警 提醒市民注意防范',
  '第五届读书节开幕 百家书店推出优惠活动',
  '城区老旧小区改造工程进入收尾阶段',
  '全市中小学开展消防安全演练活动',
  '农产品展销会吸引数万市民前来选购',
];

/** A portal's chrome: a channel bar, three headline boxes and a footer of links, more text than the article. */
function portal(main: string): string {
  const channels = ['首页', '新闻', '财经', '体育', '娱乐', '科技', '汽车', '房产', '教育', '旅游', '健康', '文化'].map((c, i) => `<a href="/c${i}">${c}</a>`).join(' ');
  const box = (title: string, offset: number) => `<div class="box"><h3>${title}</h3><ul>${HEADLINES.map((h, i) => `<li><a href="/news/${offset + i}.html">${h}</a></li>`).join('')}</ul></div>`;
  const footer = ['关于我们', '联系我们', '广告服务', '网站地图', '招聘信息', '法律声明'].map((f, i) => `<a href="/about/${i}">${f}</a>`).join(' | ');
  return `<html><head><meta charset="utf-8"><title>本地新闻网</title></head><body><div class="nav">${channels}</div>${main}<div class="side">${box('热点新闻', 100)}${box('推荐阅读', 200)}${box('图片新闻', 300)}</div><div class="footer">${footer}</div></body></html>`;
}

const ARTICLE = portal(`<div class="content"><h1>老城区雨污分流改造完工</h1>${[
  '经过一年多的施工，老城区雨污分流改造工程日前全部完工。工程共铺设管网四十二公里，改造小区六十余个，三万多户居民的生活污水从此不再直接排入河道，城区内河水质明显好转。',
  '据市住建局介绍，老城区道路狭窄、地下管线复杂，施工难度很大。为了减少对居民出行的影响，施工单位采取分段封闭、夜间作业的方式，并在每个小区设立了联络员，及时回应居民的诉求。',
  '家住东门街道的王女士告诉记者，以前一到下雨天，小区门口就积水，污水还会倒灌进楼道。改造完成后，今年夏天几场大雨过后，路面很快就干了，再也没有闻到过异味。',
  '下一步，市里将对新建管网开展定期巡查和维护，同时启动城北片区的改造前期工作，力争三年内实现建成区雨污分流全覆盖。',
].map((p) => `<p>${p}</p>`).join('')}</div>`);

/** The same article with a third of each paragraph's text linked (a roundup that links its sources). */
const LINKED = ARTICLE.replace(/<p>(经过|据市|家住|下一步)([^<]{20})/g, '<p><a href="/src">$1$2</a>');
describe('body.linkShare', () => {
  it('is a described page-type feature, and the page-wide link share is not one', () => {
    expect(PAGE_TYPE_FEATURES['body.linkShare'].length).toBeGreaterThan(0);
    expect(PAGE_TYPE_FEATURE_NAMES).not.toContain('linkShare');
  });

  it('counts the body\'s link text only: 0 for prose in link-heavy chrome, more when the paragraphs carry links', () => {
    expect(bodyLinkShareOf(ARTICLE)).toBe(0);
    const linked = bodyLinkShareOf(LINKED);
    expect(linked).toBeGreaterThan(0.1);
    expect(linked).toBeLessThan(0.5);
  });

  it('is 0 on a page with no body', () => {
    expect(bodyLinkShareOf('<html><body><nav><a href="/a">首页</a> <a href="/b">新闻</a></nav></body></html>')).toBe(0);
  });
});

describe('the chrome\'s links do not make an article a listing', () => {
  it('does not type a four-paragraph article in eight boxes of linked headlines a listing', () => {
    const boxes = Array.from({ length: 8 }, (_, b) => `<div class="box"><h3>热点新闻</h3><ul>${HEADLINES.map((h, i) => `<li><a href="/news/${b * 10 + i}.html">${h}</a></li>`).join('')}</ul></div>`).join('');
    const page = ARTICLE.replace(/<div class="side">.*<\/div><div class="footer">/s, `<div class="side">${boxes}</div><div class="footer">`);
    const report = sifter.sift(page);
    expect(report.segments.filter((s) => s.label === 'body').length).toBeGreaterThanOrEqual(4);
    expect(report.pageType.type).not.toBe('listing');
  });
});
