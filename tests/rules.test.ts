import { describe, expect, it } from 'vitest';
import { CANARY, createSifter, type Report, type Segment } from '../src/index.js';
import { rulesOnDisk } from './helpers/rule-ids.js';

/**
 * Must-fire and must-not-fire inputs for every rule of data/rules/*.json (ESLint's RuleTester
 * style), run through the public pipeline. A rule "fires" on a case when the segment the case
 * targets has a hit with the rule's id. Numeric thresholds are tested on both sides, the other
 * conditions of the rule held true. A new rule without an entry in TABLE fails the suite.
 *
 * Every input text here was written for these tests.
 */

type Input = string | { html: string } | { text: string };

interface Case {
  name: string;
  input: Input;
  /** The target segment: the one whose text equals this, else the only one containing it. */
  segment: string;
}

interface RuleCases {
  fires: Case[];
  silent: Case[];
}

const sifter = await createSifter();

// ---------------------------------------------------------------------------------------------
// Input builders and filler text

/** Plain text whose first line is a neutral title, so that the lines after it are not the title. */
const zh = (...lines: string[]): { text: string } => ({ text: ['页面', ...lines].join('\n') });
const en = (...lines: string[]): { text: string } => ({ text: ['Page', ...lines].join('\n') });
const ja = (...lines: string[]): { text: string } => ({ text: ['ページ', ...lines].join('\n') });
/** The last of MIXED_RESULTS's entries, in Simplified characters, and the same entry written in Traditional ones. */
const MIXED_SIMPLIFIED_2 = '一次性竹筷子对环境的影响 每年消耗的木材相当于砍掉大量树林 ...';
const MIXED_SIMPLIFIED_2_IN_TRADITIONAL = '一次性竹筷子對環境的影響 每年消耗的木材相當於砍掉大量樹林 ...';
/** Results for 竹筷子 copied from four sites, each snippet cut with "...": Traditional, Simplified, Traditional, Simplified. */
const MIXED_RESULTS = [
  '竹筷子怎麼清洗才不會發霉 用完要立刻洗乾淨,放在通風的地方晾乾 ...',
  '竹筷子发霉了还能用吗 专家说发霉的筷子应该马上丢掉,不要再用 ...',
  '舊竹筷子還能拿來做什麼 可以綁成小書架,或者當作盆栽的支撐 ...',
  MIXED_SIMPLIFIED_2,
].join(' ');
/** A line without snippet cuts or Han text, `n` sentences long (44 characters each): dilutes a page's cuts per 1,000 characters. */
const WEEKDAY_HOURS = (n: number): string => 'Opening hours are nine to five on weekdays. '.repeat(n).trim();
/** A results page for the query 竹筷子: six entries (title - site name, snippet cut with "...", the site's address), three sites. */
const SCRAPED_RESULTS =
  '竹筷子怎麼清洗才不會發霉 - 廚房生活誌 竹筷子用完要立刻洗乾淨,放在通風的地方晾乾...www.zhuzi-life.com.tw 竹筷子多久要換一次? - 居家問答 專家建議每半年更換,出現黑點就該丟掉...chopstick-fan.net 推薦好用的竹筷子 - 生活好物 這款不上漆,天然又耐用,洗碗機也能洗...kitchen-notes.org';
/** Plain text whose first line is the title under test. */
const titled = (title: string, ...rest: string[]): { text: string } => ({ text: [title, ...(rest.length > 0 ? rest : ['正文内容'])].join('\n') });
/** An HTML page with a neutral title. */
const html = (body: string, head = ''): { html: string } => ({
  html: `<!doctype html><html><head><title>示例网站</title>${head}</head><body>${body}</body></html>`,
});

/** Han filler without lexicon terms or punctuation: han(n) is exactly n Han characters. */
const FILLER = '今天天气很好我们一起去公园散步看到了许多盛开的花朵还有小朋友在草地上放风筝大家都很开心傍晚时分才慢慢回家休息准备明天的工作与学习计划';
const han = (n: number): string => FILLER.repeat(Math.ceil(n / FILLER.length)).slice(0, n);

/** Two punctuated Chinese paragraphs that come out as body. */
const P1 = '今天天气很好，我们一起去公园散步，看到了许多盛开的花朵，还有小朋友在草地上放风筝，大家都很开心。';
const P2 = '傍晚时分，我们才慢慢回家休息，并且准备明天的工作与学习计划，一切都显得井井有条。';
const P3 = '第二天早上，雨下了一整夜之后终于停了，街道两旁的树叶被洗得发亮，空气也格外清新。';

/** A legal notice of exactly 50 Han characters (weighted 150, nav.legal-notice's threshold) with two legal phrases (未经授权, 违者必究). */
const LEGAL_50 = `本站文章未经授权不得擅自使用违者必究${han(32)}`;
/** A financial site's disclaimer under a market report: three investment-disclaimer phrases, no other legal phrase. */
const ZH_INVESTMENT_DISCLAIMER = '特别提示：本页面发布的行情与分析来自合作机构，所载数据和观点均来自公开资料，本页面的内容不构成任何投资建议，读者据此操作，风险自担。';
/** A policy report that names one investment-disclaimer phrase as a market principle. */
const ZH_RISK_NEWS = '会议强调，要坚持买者自负、风险自担的原则，引导投资者树立理性投资理念，同时压实中介机构责任，加强对各类违法违规行为的打击力度，切实保护中小投资者的合法权益。';
/** An English legal notice with two legal phrases. */
const EN_LEGAL = 'The articles and photographs on this site may not be reproduced in any form, and the use of the site is subject to our privacy policy and to the conditions printed in the newspaper each week.';
/** An English line of exactly n non-space characters (the `chars` feature; n >= 60) that starts with a navigation term (follow us), ends with a full stop and has no legal phrase. */
const EN_FOLLOW_LINE = (n: number): string => {
  let line = 'Follow us for stories about river walks and garden fairs';
  const nonSpace = (t: string): number => t.replace(/\s/g, '').length;
  for (let word = 0; nonSpace(line) < n - 1; word++) line += word % 5 === 0 ? ' a' : 'a';
  return `${line}.`;
};
/** A shop's trademark notice: "are trademarks of" + "property of their respective owners" (written for these tests). */
const EN_TRADEMARKS = 'Copyright 2026 Lantern Kettle Works. Lantern and the lantern logo are trademarks of Lantern Kettle Works in the United States and other countries; all other marks are the property of their respective owners.';
/** Financing fine print under a product's price: "subject to credit approval" + "actual terms may vary" + "not available in all states". */
const EN_FINE_PRINT = 'Monthly payments are subject to credit approval by our lending partner. Actual terms may vary with the amount of your order, and the offer is not available in all states, so check the plan before you buy.';
/** A cookie-consent plugin's preference text: "this website uses cookies" + "cookies will be stored in your browser" + "opt-out of these cookies". */
const EN_COOKIE_NOTICE = 'This website uses cookies to remember your reading list between visits. Some of these cookies will be stored in your browser only after you agree, and you can opt-out of these cookies at any time in the settings panel.';
/** A news paragraph about cookies, in a story's own words (no site speaks of its own cookies). */
const EN_COOKIE_NEWS = 'Browser makers have spent years limiting how websites use cookies to follow readers around the web, and regulators now say that advertisers must ask before tracking anyone, whatever the device or the browser they read on.';
/** An affiliate disclosure: "affiliate links" + "may earn a commission" + "at no extra cost to you". */
const EN_AFFILIATE = 'Some of the links in this guide are affiliate links, which means we may earn a commission if you buy through them, at no extra cost to you; it never changes which kettles we choose to test or recommend.';
/** A news paragraph that quotes one disclaimer phrase. */
const EN_VIEWS_NEWS = 'The minister said the views expressed in the leaked memo were never government policy, and she told the committee that the officials who wrote it had since been moved to other departments.';
/** A news paragraph that names one trademark phrase in passing. */
const EN_TRADEMARK_NEWS = 'The court held that both game titles are trademarks of the studio, and the case now goes back to the district court, where a jury will decide later this year how much the rival publisher has to pay.';

/** English sentences of known non-space length. */
const EN_150 = 'The river rose slowly through the night, and by morning the old stone bridge in the valley was closed to all traffic until the county engineers could inspect all its arches closely.';
const EN_149 = EN_150.slice(0, -1);
const EN_60 = 'The museum reopened its east wing after a long, careful refurbishment.';
const EN_59 = 'The museum reopened its east wing after a long and careful renovation.';

/** Gambling and porn keywords run together twice, as a doorway stuffs them; written for these tests (no real site's text). */
const BAYES_KEYWORDS = '澳门新葡京娱乐场官网，百家乐真人视讯在线投注，北京赛车pk10计划，重庆时时彩开奖结果，皇冠体育足球投注平台，太阳城集团娱乐注册送彩金，澳门银河赌场网址，六合彩一肖一码资料大全，国产精品久久久久久一区二区三区，亚洲欧美日韩国产综合在线，无码人妻一区二区三区免费视频，久久精品国产亚洲av无码，中文字幕在线观看免费视频，午夜福利在线观看。';
const BAYES_SPAM = BAYES_KEYWORDS + BAYES_KEYWORDS;

/** A headline of 19 Han characters (spun-filler candidates must be 16+). */
const SHOW = '星河旅人第二季全集剧情介绍与分集演员表';

// ---------------------------------------------------------------------------------------------
// Rule tables

const TABLE: Record<string, RuleCases> = {
  // The Bayes bands are cumulative (p ≥ 0.5, 0.75, 0.9). Their thresholds are probed on both sides
  // in tests/bayes.test.ts with set feature values; here, what the shipped model must do with text
  // written for this test: a paragraph of nothing but gambling-site keywords is spam at p ≥ 0.9,
  // an ordinary paragraph and a four-word menu (too short for a segment probability) are not.
  ...Object.fromEntries(
    ['spam.bayes-50', 'spam.bayes-75', 'spam.bayes-90'].map((id) => [
      id,
      {
        fires: [{ name: 'a paragraph of gambling-site keywords', input: zh(BAYES_SPAM), segment: BAYES_SPAM }],
        silent: [
          { name: 'an ordinary punctuated paragraph', input: zh(P1 + P2 + P3), segment: P1 + P2 + P3 },
          { name: 'a menu of four words (under SEGMENT_MIN_FEATURES)', input: zh('论坛 群组 家园 排行榜'), segment: '论坛 群组 家园 排行榜' },
        ],
      },
    ]),
  ),

  'spam.canary': {
    fires: [
      { name: 'the canary string on a line of its own', input: en(CANARY), segment: CANARY },
      { name: 'the canary inside an HTML paragraph', input: html(`<p>部署检查：${CANARY} 结束</p>`), segment: CANARY },
      { name: 'the canary in an HTML string (input kind sniffed)', input: `<html><body><div>${CANARY}</div><p>正文</p></body></html>`, segment: CANARY },
    ],
    silent: [
      { name: 'the canary with its last character changed', input: en('PAGESIFT-SPAM-CANARY-7Q4V-TEST-STRINH'), segment: 'PAGESIFT' },
      { name: 'the canary run into a longer word', input: en(`${CANARY}S`), segment: 'PAGESIFT' },
      { name: 'words about a canary test, without the string', input: en('The pagesift spam canary is a test string.'), segment: 'canary' },
    ],
  },

  'spam.keyword-title': {
    fires: [
      { name: 'dash-joined title, 3 items, 2 of them spam (share 0.67)', input: titled('国产精品-一区二区-天气预报'), segment: '国产精品-一区二区-天气预报' },
      { name: 'comma-joined title, 4 items, 2 spam (share 0.5, at the threshold)', input: titled('国产精品,一区二区,天气预报,旅游攻略'), segment: '国产精品,一区二区,天气预报,旅游攻略' },
      {
        name: 'HTML <title> joined by underscores',
        input: { html: '<html><head><title>久久精品_亚洲精品_欧美日韩精品_综合资讯</title></head><body><p>正文</p></body></html>' },
        segment: '久久精品_亚洲精品_欧美日韩精品_综合资讯',
      },
      {
        name: 'a script rewriting document.title to a pipe-joined keyword list',
        input: { html: '<html><head><title>地方新闻</title><script>document.title = "国产精品|一区二区|麻豆传媒|首页";</script></head><body><p>正文</p></body></html>' },
        segment: '国产精品|一区二区|麻豆传媒|首页',
      },
    ],
    silent: [
      { name: '3 items, 1 spam (share 0.33)', input: titled('国产精品-天气预报-旅游攻略'), segment: '国产精品-天气预报-旅游攻略' },
      { name: '4 items, 1 spam (share 0.25)', input: titled('国产精品,天气预报,旅游攻略,美食推荐'), segment: '国产精品,天气预报,旅游攻略,美食推荐' },
      { name: '2 items (not a list), both spam', input: titled('国产精品-一区二区'), segment: '国产精品-一区二区' },
      { name: 'the same keyword list on a line that is not the title', input: zh('国产精品-一区二区-天气预报'), segment: '国产精品-一区二区-天气预报' },
      { name: 'a clean site title joined by dashes', input: titled('国内新闻-国际新闻-财经频道'), segment: '国内新闻-国际新闻-财经频道' },
    ],
  },

  'spam.title-terms': {
    fires: [
      { name: 'two distinct terms whatever their weights (国产精品 1 + viagra 0.7)', input: titled('国产精品 viagra 最新消息'), segment: '国产精品 viagra 最新消息' },
      { name: 'two distinct spam terms, hits 2 (Chinese, no list shape)', input: titled('国产精品 久久精品 最新消息'), segment: '国产精品 久久精品 最新消息' },
      { name: 'two distinct full-weight pharma terms (English)', input: titled('Cialis and Levitra prices compared'), segment: 'Cialis and Levitra prices compared' },
      {
        name: 'HTML <title> with two gambling brands',
        input: { html: '<html><head><title>澳门新葡京 百家乐 官方网站</title></head><body><p>正文</p></body></html>' },
        segment: '澳门新葡京 百家乐 官方网站',
      },
      { name: 'two distinct spam terms, one of them low-weight (viagra 0.7 + levitra 1)', input: titled('Viagra and Levitra prices compared'), segment: 'Viagra and Levitra prices compared' },
    ],
    silent: [
      { name: 'one spam term (hits 1)', input: titled('国产精品 最新消息 今日更新'), segment: '国产精品 最新消息 今日更新' },
      { name: 'two spam terms on a line that is not the title', input: en('Cialis and Levitra prices compared'), segment: 'Cialis and Levitra prices compared' },
      { name: 'one spam term written twice (one distinct term)', input: titled('国产精品 国产精品 最新消息'), segment: '国产精品 国产精品 最新消息' },
    ],
  },

  'spam.keyword-list': {
    fires: [
      { name: '4 pipe items, 2 spam (share 0.5, at the threshold)', input: zh('国产精品|一区二区|天气预报|旅游攻略'), segment: '国产精品|一区二区|天气预报|旅游攻略' },
      { name: '6 items, 3 spam (share 0.5)', input: zh('国产精品|一区二区|久久精品|天气预报|旅游攻略|美食推荐'), segment: '国产精品|一区二区|久久精品|天气预报|旅游攻略|美食推荐' },
      {
        name: 'a <li><a> link list of 4, 2 spam',
        input: html('<ul><li><a href="/1">国产精品</a></li><li><a href="/2">久久精品</a></li><li><a href="/3">天气预报</a></li><li><a href="/4">旅游攻略</a></li></ul>'),
        segment: '国产精品 久久精品 天气预报 旅游攻略',
      },
      { name: 'English comma list of 4, 2 spam', input: en('replica watches, cheap jerseys, football scores, weather today'), segment: 'replica watches' },
    ],
    silent: [
      { name: '3 items, all spam (fewer than 4 items)', input: zh('国产精品|一区二区|麻豆传媒'), segment: '国产精品|一区二区|麻豆传媒' },
      { name: '4 items, 1 spam (share 0.25)', input: zh('国产精品|天气预报|旅游攻略|美食推荐'), segment: '国产精品|天气预报|旅游攻略|美食推荐' },
      { name: '5 items, 2 spam (share 0.4)', input: zh('国产精品|一区二区|天气预报|旅游攻略|美食推荐'), segment: '国产精品|一区二区|天气预报|旅游攻略|美食推荐' },
      { name: '4 items, 2 holding a word of a segment-evidence list (explicit: one word marks no item)', input: ja('寝取られ体験談|熟女の告白|最新更新|ランキング'), segment: '寝取られ体験談|熟女の告白|最新更新|ランキング' },
      { name: 'a clean menu of 4 items', input: zh('国内新闻|国际新闻|财经频道|体育频道'), segment: '国内新闻|国际新闻|财经频道|体育频道' },
    ],
  },

  'spam.linkfarm-marker': {
    fires: [
      { name: 'a 3-item list with 蜘蛛池', input: zh('蜘蛛池 | 站长工具 | 网站优化'), segment: '蜘蛛池 | 站长工具 | 网站优化' },
      {
        name: 'the 主站蜘蛛池模板 label in a block with 3 links',
        input: html('<p>主站蜘蛛池模板：<a href="/a">北京</a> <a href="/b">上海</a> <a href="/c">广州</a></p>'),
        segment: '主站蜘蛛池模板',
      },
      {
        name: 'a <li><a> list of 3 with a spider-pool item',
        input: html('<ul><li><a href="/1">蜘蛛池出租</a></li><li><a href="/2">北京</a></li><li><a href="/3">上海</a></li></ul>'),
        segment: '蜘蛛池出租',
      },
    ],
    silent: [
      { name: 'the marker with 2 items (not a list) and no links', input: zh('主站蜘蛛池模板 | 网站优化'), segment: '主站蜘蛛池模板 | 网站优化' },
      { name: 'the marker in a block with 2 links', input: html('<p>主站蜘蛛池模板：<a href="/a">北京</a> <a href="/b">上海</a></p>'), segment: '主站蜘蛛池模板' },
      { name: 'a 3-item list without a marker', input: zh('站长工具 | 网站优化 | 关键词排名'), segment: '站长工具 | 网站优化 | 关键词排名' },
      { name: 'a 3-item list with only a half-weight term (泛解析 0.5 < 1)', input: zh('泛解析 | 站长工具 | 网站优化'), segment: '泛解析 | 站长工具 | 网站优化' },
      { name: 'prose that mentions 蜘蛛池', input: zh('本文讨论了蜘蛛池这种黑帽手法对搜索引擎的危害。'), segment: '本文讨论了蜘蛛池这种黑帽手法对搜索引擎的危害。' },
    ],
  },

  'spam.dense-terms': {
    fires: [
      { name: '8 characters, two terms (chars at the threshold)', input: zh('国产91久久久啊'), segment: '国产91久久久啊' },
      { name: 'terms cover 8 of 20 characters (share 0.4, at the threshold)', input: zh('国产91和麻豆传媒这两个词出现在同一行里'), segment: '国产91和麻豆传媒这两个词出现在同一行里' },
      { name: 'hits 2 (国产精品 + cialis)', input: zh('国产精品 cialis'), segment: '国产精品 cialis' },
      { name: 'an English pharma line', input: en('Buy cialis and levitra'), segment: 'Buy cialis and levitra' },
    ],
    silent: [
      { name: '7 characters, two terms', input: zh('国产91久久久'), segment: '国产91久久久' },
      { name: 'terms cover 8 of 21 characters (share 0.38)', input: zh('国产91和麻豆传媒这两个词出现在同一行里面'), segment: '国产91和麻豆传媒这两个词出现在同一行里面' },
      { name: 'hits 1.7 (国产精品 + viagra 0.7)', input: zh('国产精品 viagra'), segment: '国产精品 viagra' },
      { name: 'one term in a clean sentence', input: zh(`报道称国产精品${han(20)}。`), segment: '报道称国产精品' },
    ],
  },

  'spam.hidden-links': {
    fires: [
      {
        name: 'display:none block with 2 links, one a spam term',
        input: html('<div style="display:none"><a href="/1">国产精品</a> <a href="/2">天气预报</a></div><p>正文内容</p>'),
        segment: '国产精品 天气预报',
      },
      {
        name: 'off-screen block (left:-9999px) with 3 pharma links',
        input: html('<div style="position:absolute;left:-9999px"><a href="/1">cialis</a> <a href="/2">cheap</a> <a href="/3">levitra</a></div>'),
        segment: 'cialis cheap levitra',
      },
      {
        name: 'font-size:0 block with Han links written back to back',
        input: html('<div style="font-size:0"><a href="/1">国产精品</a><a href="/2">天气预报</a></div><p>正文内容</p>'),
        segment: '国产精品天气预报',
      },
      {
        name: 'a hidden <ul> of link items',
        input: html('<div hidden><ul><li><a href="/1">国产精品</a></li><li><a href="/2">天气预报</a></li></ul></div>'),
        segment: '国产精品 天气预报',
      },
      {
        name: 'font-size:0 block whose spam links are written back to back',
        input: html('<div style="font-size:0"><a href="/1">online casino</a><a href="/2">casino bonus</a></div><p>正文内容</p>'),
        segment: 'online casino',
      },
    ],
    silent: [
      { name: 'hidden block with only 1 link', input: html('<div style="display:none"><a href="/1">国产精品</a> 天气预报</div>'), segment: '国产精品 天气预报' },
      { name: 'hidden links with spam hits 0.7 (viagra)', input: html('<div style="display:none"><a href="/1">viagra</a> <a href="/2">天气预报</a></div>'), segment: 'viagra 天气预报' },
      { name: 'visible block with 2 spam links', input: html('<div><a href="/1">国产精品</a> <a href="/2">久久精品</a></div>'), segment: '国产精品 久久精品' },
      { name: 'hidden links without spam terms', input: html('<div style="display:none"><a href="/1">天气预报</a> <a href="/2">旅游攻略</a></div>'), segment: '天气预报 旅游攻略' },
    ],
  },

  'spam.meta-terms': {
    fires: [
      { name: 'meta keywords with 3 porn terms', input: html('<p>正文</p>', '<meta name="keywords" content="国产精品,一区二区,麻豆传媒">'), segment: '国产精品,一区二区,麻豆传媒' },
      {
        name: 'meta description with 3 pharma terms',
        input: html('<p>正文</p>', '<meta name="description" content="Buy cialis, levitra and kamagra online today.">'),
        segment: 'Buy cialis, levitra and kamagra online today.',
      },
    ],
    silent: [
      { name: 'meta keywords with 2 spam terms', input: html('<p>正文</p>', '<meta name="keywords" content="国产精品,一区二区,天气预报">'), segment: '国产精品,一区二区,天气预报' },
      {
        name: 'meta description with hits 2.7 (viagra 0.7)',
        input: html('<p>正文</p>', '<meta name="description" content="Buy cialis, levitra and viagra online today.">'),
        segment: 'Buy cialis, levitra and viagra online today.',
      },
      { name: 'the same 3 terms in a visible paragraph', input: html('<p>国产精品,一区二区,麻豆传媒</p>'), segment: '国产精品,一区二区,麻豆传媒' },
    ],
  },

  'spam.title-gambling': {
    fires: [
      { name: 'a casino brand in the title', input: titled('澳门新葡京官方网站'), segment: '澳门新葡京官方网站' },
      { name: 'a lottery-prediction term in the title', input: titled('一肖一码资料大全'), segment: '一肖一码资料大全' },
      {
        name: 'an English casino phrase in an HTML <title>',
        input: { html: '<html><head><title>Online casino reviews 2024</title></head><body><p>Text</p></body></html>' },
        segment: 'Online casino reviews 2024',
      },
    ],
    silent: [
      { name: 'the brand on a line that is not the title', input: zh('澳门新葡京官方网站'), segment: '澳门新葡京官方网站' },
      { name: 'an allow-listed look-alike (北京赛车场)', input: titled('北京赛车场今日开放'), segment: '北京赛车场今日开放' },
      { name: 'a low-weight gambling term only (sports betting 0.3)', input: titled('New rules for sports betting adverts'), segment: 'New rules for sports betting adverts' },
      { name: 'a news headline on a raid (非法, 被捕: reporting terms)', input: titled('警方搗破非法百家樂賭檔 11人被捕'), segment: '警方搗破非法百家樂賭檔 11人被捕' },
      { name: 'a news headline on gaming revenue (赌收)', input: titled('澳门新葡京所属集团五月赌收上升'), segment: '澳门新葡京所属集团五月赌收上升' },
      {
        name: 'a casino brand in the title of an article that reports (four reporting terms on the page)',
        input: titled('澳门新葡京贵宾厅风波', '本报记者获悉，警方昨日破获一宗案件，三人被逮捕。'),
        segment: '澳门新葡京贵宾厅风波',
      },
    ],
  },

  'spam.gambling-text': {
    fires: [
      { name: '8 characters with two gambling brands (hits 2)', input: zh('新葡京百家乐开户'), segment: '新葡京百家乐开户' },
      { name: 'Indonesian slot promotion', input: en('Situs judi slot gacor hari ini'), segment: 'Situs judi slot gacor hari ini' },
      { name: 'two betting brands of the illegal market (万博体育, manbetx)', input: zh('万博体育manbetx官方入口'), segment: '万博体育manbetx官方入口' },
      { name: 'three reporting terms on the page are not four', input: zh('新葡京百家乐开户', '本报记者获悉，警方昨日破获一宗案件。'), segment: '新葡京百家乐开户' },
      { name: 'Japanese no-deposit bonus filler (segment-evidence terms: 入金不要ボーナス, フリースピン)', input: zh('入金不要ボーナスとフリースピンで新規登録'), segment: '入金不要ボーナスとフリースピンで新規登録' },
      { name: 'English casino affiliate filler (wagering requirements, max cashout)', input: en('Check the wagering requirements and the max cashout first'), segment: 'Check the wagering requirements and the max cashout first' },
    ],
    silent: [
      { name: '7 characters with two gambling brands', input: zh('新葡京百家乐啊'), segment: '新葡京百家乐啊' },
      { name: 'hits 1.5 (六合彩 0.5 + 新葡京 1)', input: zh('六合彩和新葡京官方网站'), segment: '六合彩和新葡京官方网站' },
      { name: 'one brand in a news sentence', input: zh(`警方查处了新葡京网站，${han(20)}。`), segment: '警方查处了新葡京网站' },
      { name: 'a VIP meeting is not a VIP club (贵宾会见 is allowed out of 贵宾会)', input: zh('市长在贵宾会见厅接待了代表团和贵宾会所的负责人'), segment: '市长在贵宾会见厅接待了代表团和贵宾会所的负责人' },
      { name: 'two brands in a police report (警方, 破获: two reporting terms)', input: zh('警方破获新葡京百家乐网站'), segment: '警方破获新葡京百家乐网站' },
      { name: 'two brands in a court report in Traditional script (法院, 判決)', input: zh('法院判決新葡京百家樂網站經營者'), segment: '法院判決新葡京百家樂網站經營者' },
      { name: 'two brands in a paragraph of a page that reports elsewhere (four reporting terms)', input: zh('新葡京百家乐开户', '本报记者获悉，警方昨日破获一宗案件，三人被逮捕。'), segment: '新葡京百家乐开户' },
      { name: 'Japanese online casino named in an arrest report (オンラインカジノ 0.5, 容疑者, 逮捕)', input: zh('オンラインカジノで賭博をした容疑者を逮捕'), segment: 'オンラインカジノで賭博をした容疑者を逮捕' },
      { name: 'Indonesian news on blocked slot sites (situs slot + slot pulsa, with diblokir and Komdigi)', input: en('Komdigi: situs slot dan slot pulsa diblokir'), segment: 'Komdigi: situs slot dan slot pulsa diblokir' },
      { name: 'an Indonesian reporter quoting an expert on slot sites (ujar, dihubungi)', input: en('"Situs judi slot gacor hari ini masih ramai," ujar Ridi saat dihubungi.'), segment: '"Situs judi slot gacor hari ini masih ramai," ujar Ridi saat dihubungi.' },
      { name: 'Indonesian slot sites named in a ministry briefing (Kemenkominfo, dirjen)', input: en('Dirjen Kemenkominfo: situs judi slot gacor hari ini'), segment: 'Dirjen Kemenkominfo: situs judi slot gacor hari ini' },
    ],
  },

  'spam.script-mismatch': {
    fires: [
      {
        name: 'Simplified keyword line on a Traditional page',
        input: { text: ['頁面標題', '這是一篇關於城市發展的報導，記者來到現場採訪。', '當地居民表示，交通問題已經困擾他們許多年。', '國際觀察家認為，這項計劃將帶來長遠的影響。', '国产精品 免费观看 最新地址'].join('\n') },
        segment: '国产精品 免费观看 最新地址',
      },
    ],
    silent: [
      {
        name: 'the same line on a Simplified page',
        input: { text: ['页面标题', '这是一篇关于城市发展的报道，记者来到现场采访。', '当地居民表示，交通问题已经困扰他们许多年。', '国际观察家认为，这项计划将带来长远的影响。', '国产精品 免费观看 最新地址'].join('\n') },
        segment: '国产精品 免费观看 最新地址',
      },
      {
        name: 'a Simplified line without spam terms on a Traditional page',
        input: { text: ['頁面標題', '這是一篇關於城市發展的報導，記者來到現場採訪。', '當地居民表示，交通問題已經困擾他們許多年。', '國際觀察家認為，這項計劃將帶來長遠的影響。', '这是一段简体中文的说明文字，没有任何问题。'].join('\n') },
        segment: '这是一段简体中文的说明文字',
      },
    ],
  },

  'spam.title-off-topic': {
    fires: [
      { name: 'a spam title sharing no word with the article', input: { text: ['国产精品 免费观看 最新地址', P1, P2, P3].join('\n') }, segment: '国产精品 免费观看 最新地址' },
    ],
    silent: [
      { name: 'a clean title on topic', input: { text: ['公园里的花朵与风筝', P1, P2, P3].join('\n') }, segment: '公园里的花朵与风筝' },
      { name: 'a spam-term title whose words the page repeats', input: { text: ['国产精品 免费观看 最新地址', '国产精品 免费观看 最新地址 这里有说明。', P1].join('\n') }, segment: '国产精品 免费观看 最新地址' },
    ],
  },

  'spam.title-foreign-script': {
    fires: [
      { name: 'a Han title with a porn brand over an English article', input: titled('91天堂原创', EN_150, EN_VIEWS_NEWS, EN_TRADEMARK_NEWS), segment: '91天堂原创' },
      { name: 'an HTML <title> of gambling brands over an English page', input: { html: `<html><head><title>澳门新葡京 官方网站</title></head><body><p>${EN_150}</p><p>${EN_VIEWS_NEWS}</p></body></html>` }, segment: '澳门新葡京 官方网站' },
      { name: 'a title one fifth Latin letters (latinShare at the bound)', input: titled('国产精品天堂原创ab', EN_150, EN_VIEWS_NEWS), segment: '国产精品天堂原创ab' },
    ],
    silent: [
      { name: 'the same title over a Chinese page', input: titled('91天堂原创', P1, P2, P3), segment: '91天堂原创' },
      { name: 'a Han title without a spam term over an English article', input: titled('城市新闻', EN_150, EN_VIEWS_NEWS), segment: '城市新闻' },
      { name: 'a title more than one fifth Latin letters', input: titled('国产精品天堂原创abc', EN_150, EN_VIEWS_NEWS), segment: '国产精品天堂原创abc' },
      { name: 'a Han line with a spam term that is not the title', input: en('91天堂原创', EN_150, EN_VIEWS_NEWS), segment: '91天堂原创' },
    ],
  },

  'spam.repetitive-terms': {
    fires: [
      { name: 'spun filler repeating spam phrases', input: zh(Array.from({ length: 8 }, () => '国产精品 免费 观看 国产精品 在线').join(' ')), segment: '国产精品 免费 观看' },
    ],
    silent: [
      { name: 'varied prose with one spam term', input: zh(`${P1}${P2}${P3}国产精品`), segment: P1.slice(0, 10) },
      { name: 'repetitive text without spam terms', input: zh(Array.from({ length: 8 }, () => '我们 一起 去 公园 散步').join(' ')), segment: '我们 一起 去 公园' },
    ],
  },

  'spam.unpunctuated-terms': {
    fires: [
      { name: 'a long keyword dump with no punctuation', input: zh(`国产精品${han(60)}一区二区${han(60)}久久精品${han(10)}`), segment: '国产精品' },
    ],
    silent: [
      { name: 'the same length of punctuated prose with the same terms', input: zh(`国产精品，${han(30)}。一区二区，${han(30)}。久久精品，${han(30)}。${han(30)}。`), segment: '国产精品' },
      { name: 'a long unpunctuated text without spam terms', input: zh(han(150)), segment: han(20) },
    ],
  },

  'page.tag-leak': {
    fires: [{ name: 'a kit tag leaked into the text', input: zh(`${P1}<tr id="yyy80">${P2}`), segment: '<tr id="yyy80">' }],
    silent: [
      { name: 'a code sample tag', input: en('Use <div class="container"> to wrap the page.'), segment: 'Use <div class' },
      { name: 'no tag', input: zh(P1), segment: P1 },
    ],
  },

  'page.fake-source': {
    fires: [{ name: 'a mobile number as the source', input: zh('发布时间：2024-06-05 来源：15210273549'), segment: '15210273549' }],
    silent: [
      { name: 'a news agency as the source', input: zh('发布时间：2024-06-05 来源：新华社'), segment: '来源：新华社' },
      { name: 'a phone number outside a source line', input: zh('咨询电话：15210273549'), segment: '15210273549' },
    ],
  },

  'spam.pharma-text': {
    fires: [
      { name: 'two full-weight pharma brands (hits 2)', input: en('Buy cialis and levitra'), segment: 'Buy cialis and levitra' },
      { name: 'hits 2.2 (cialis 1 + viagra 0.7 + tramadol 0.5)', input: en('cialis viagra tramadol'), segment: 'cialis viagra tramadol' },
      { name: 'Japanese AGA drug import (フィンペシア 1 + プロペシア 1)', input: ja('フィンペシアとプロペシアを個人輸入'), segment: 'フィンペシアとプロペシアを個人輸入' },
      { name: 'Chinese pharma spam (印度神油 1 + 增大丸 1)', input: zh('正品印度神油和增大丸货到付款'), segment: '正品印度神油和增大丸货到付款' },
      { name: 'one reporting term is not enough (police)', input: en('Buy cialis and levitra, police say nothing'), segment: 'Buy cialis and levitra, police say nothing' },
      { name: 'three reporting terms on the page are not four', input: en('Buy cialis and levitra', 'The police said the court heard the suspect on Monday.'), segment: 'Buy cialis and levitra' },
    ],
    silent: [
      { name: 'hits 1.7 (cialis 1 + viagra 0.7)', input: en('cialis viagra'), segment: 'cialis viagra' },
      { name: 'one pharma brand', input: en('Cialis is a prescription drug.'), segment: 'Cialis is a prescription drug.' },
      { name: 'one Japanese drug brand and a personal import (hits 1.5)', input: ja('フィンペシアは個人輸入されている'), segment: 'フィンペシアは個人輸入されている' },
      { name: 'a medicine guide (prescription, side effects: two reporting terms)', input: en('Cialis and levitra need a prescription; side effects include headache'), segment: 'Cialis and levitra need a prescription; side effects include headache' },
      { name: 'two brands in a paragraph of a page that reports elsewhere (four reporting terms)', input: en('Buy cialis and levitra', 'The police said the court charged the man, who was arrested on Monday.'), segment: 'Buy cialis and levitra' },
    ],
  },

  'spam.explicit-text': {
    fires: [
      { name: 'three explicit terms (pussy, sluts, horny)', input: en('Horny sluts show their pussy in these clips'), segment: 'Horny sluts show their pussy in these clips' },
      { name: 'three Japanese explicit terms (中出し, 痴女, フェラ)', input: ja('痴女のフェラと中出し動画'), segment: '痴女のフェラと中出し動画' },
      { name: 'three Indonesian explicit terms (bokep, ngentot, cerita sex)', input: en('Download bokep terbaru dan cerita sex ngentot gratis'), segment: 'Download bokep terbaru' },
      { name: 'three Vietnamese explicit terms, without diacritics (truyen sex, clip sex, pha trinh)', input: en('truyen sex hay, clip sex moi nhat, pha trinh gai xinh'), segment: 'truyen sex hay' },
    ],
    silent: [
      { name: 'two explicit terms', input: en('Horny sluts in these clips'), segment: 'Horny sluts in these clips' },
      { name: 'two Vietnamese explicit terms', input: en('truyen sex hay, clip sex moi nhat, gai xinh'), segment: 'truyen sex hay' },
      { name: 'Indonesian news words on a scandal (video mesum, telanjang)', input: en('Polisi menyelidiki video mesum yang beredar, pelaku tampak telanjang dan bugil'), segment: 'Polisi menyelidiki' },
      { name: 'profanity is not porn', input: en('What the fuck, this fucking bus fucked up my day'), segment: 'What the fuck, this fucking bus fucked up my day' },
      { name: 'a genuine adult site vocabulary (エロ, エッチ, アダルト)', input: ja('エロくてエッチなアダルト漫画のレビュー'), segment: 'エロくてエッチなアダルト漫画のレビュー' },
    ],
  },

  'spam.dating-text': {
    fires: [{ name: 'two dating-spam terms (出会い系, セフレ)', input: ja('出会い系サイトでセフレを探す方法'), segment: '出会い系サイトでセフレを探す方法' }],
    silent: [
      { name: 'one dating-spam term', input: ja('出会い系サイトの詐欺に注意'), segment: '出会い系サイトの詐欺に注意' },
      { name: 'video chat as a side job', input: ja('副業にはライブチャットやチャットレディが人気です'), segment: '副業にはライブチャットやチャットレディが人気です' },
    ],
  },

  'spam.loan-text': {
    fires: [{ name: 'two loan-spam terms (即日融資, 審査なし)', input: ja('即日融資で審査なしのローン'), segment: '即日融資で審査なしのローン' }],
    silent: [
      { name: 'one loan-spam term in news', input: ja('カード現金化の業者が摘発された'), segment: 'カード現金化の業者が摘発された' },
      { name: 'ordinary lending words', input: ja('銀行のキャッシングと消費者金融の違い'), segment: '銀行のキャッシングと消費者金融の違い' },
    ],
  },

  'spam.search-scrape': {
    fires: [
      { name: 'two template phrases of a scraped-search page (知识总整理, 热门网站目录)', input: zh('提供如空气净化器知识总整理，以及如空气净化器相关热门网站目录'), segment: '提供如空气净化器知识总整理，以及如空气净化器相关热门网站目录' },
      { name: 'the same in Traditional characters (立即訪問, 奇摩知識+)', input: zh('目前已有 12 人訪問，立即訪問 - 露營裝備推薦 - Yahoo奇摩知識+'), segment: '目前已有 12 人訪問，立即訪問 - 露營裝備推薦 - Yahoo奇摩知識+' },
      { name: 'the Japanese Bing-scrape footer (Bingの検索結果を見る, Powered by Bing)', input: ja('⇒Bingの検索結果を見る Powered by Bing'), segment: '⇒Bingの検索結果を見る Powered by Bing' },
    ],
    silent: [
      { name: 'one template phrase (a button)', input: zh('点击下方按钮立即访问我们的官方商店'), segment: '点击下方按钮立即访问我们的官方商店' },
      { name: 'a blog citing Yahoo Knowledge+ once', input: zh('这个问题我在奇摩知识+上看到过很多讨论'), segment: '这个问题我在奇摩知识+上看到过很多讨论' },
      { name: 'the same phrase twice is one phrase', input: zh('立即访问官网，立即访问商城'), segment: '立即访问官网，立即访问商城' },
      { name: 'a page citing a Bing search once', input: ja('詳しくはBingの検索結果を見ると分かります'), segment: '詳しくはBingの検索結果を見ると分かります' },
    ],
  },

  'spam.affiliate-template': {
    fires: [
      { name: 'two phrases of the autoblog template (以下推荐几张, 现金回馈卡)', input: zh('网路购物刷卡很方便，以下推荐几张现金回馈卡给大家参考'), segment: '网路购物刷卡很方便，以下推荐几张现金回馈卡给大家参考' },
      { name: 'the same in Traditional characters (限量特惠的優惠按鈕, 商品訊息功能)', input: zh('↓↓↓限量特惠的優惠按鈕↓↓↓ 商品訊息功能 保溫杯 容量500ml'), segment: '↓↓↓限量特惠的優惠按鈕↓↓↓ 商品訊息功能 保溫杯 容量500ml' },
    ],
    silent: [
      { name: "a bank's cash-back card page", input: zh('本行现金回馈卡于国内一般消费享有百分之一的回馈'), segment: '本行现金回馈卡于国内一般消费享有百分之一的回馈' },
      { name: 'a blogger asking where to buy', input: zh('这款保温杯到底哪里买比较便宜呢？'), segment: '这款保温杯到底哪里买比较便宜呢？' },
      { name: 'a shopping-mall product page (商品讯息功能 and 商品讯息描述 count once)', input: zh('商品訊息功能 商品訊息描述 不鏽鋼保溫杯'), segment: '商品訊息功能 商品訊息描述 不鏽鋼保溫杯' },
    ],
  },

  'spam.shopping-queries': {
    fires: [
      { name: 'a query string after a product name, in Traditional characters', input: zh('【保溫杯】不鏽鋼500ml哪裡買最便宜.心得文.試用文.分享文.評價.開箱文.優缺點比較'), segment: '【保溫杯】不鏽鋼500ml哪裡買最便宜.心得文.試用文.分享文.評價.開箱文.優缺點比較' },
      { name: 'weight 5 exactly: five query words in a string', input: zh('保温杯 哪里买 比价 周年庆 使用心得 最划算'), segment: '保温杯 哪里买 比价 周年庆 使用心得 最划算' },
      { name: 'strings of three after each title, three times', input: zh('保温杯 哪里买 比价 周年庆 - 马克杯 开箱文 评价 最便宜 - 水壶 乡民 好康 最划算'), segment: '保温杯 哪里买 比价 周年庆 - 马克杯 开箱文 评价 最便宜 - 水壶 乡民 好康 最划算' },
    ],
    silent: [
      { name: 'weight 4.5: four query words and a menu word', input: zh('保温杯 哪里买 比价 周年庆 使用心得 推荐'), segment: '保温杯 哪里买 比价 周年庆 使用心得 推荐' },
      { name: 'the same words in the sentences of a review', input: zh('我在周年庆用折价券买的，比价后发现这家最便宜，开箱心得和网友评价都不错，乡民也推荐，哪里买都行'), segment: '我在周年庆用折价券买的，比价后发现这家最便宜，开箱心得和网友评价都不错，乡民也推荐，哪里买都行' },
      { name: "a shop's menu of weak words", input: zh('最新 | 热销 | 特价 | 团购 | 推荐 | 流行 | 分享'), segment: '最新 | 热销 | 特价 | 团购 | 推荐 | 流行 | 分享' },
      {
        name: 'a tag cloud of the same words (links)',
        input: { html: '<html><head><title>保温杯开箱</title></head><body><article><h1>保温杯开箱</h1><p>这个保温杯我用了一个月，保温效果很好，早上装的热水到晚上还是温的，杯盖也不会漏水，推荐给经常出门的朋友。</p><p>标签：<a href="/t/1">哪里买</a> <a href="/t/2">最便宜</a> <a href="/t/3">比价</a> <a href="/t/4">开箱文</a> <a href="/t/5">心得</a> <a href="/t/6">评价</a> <a href="/t/7">ptt</a></p></article></body></html>' },
        segment: '最便宜',
      },
    ],
  },

  'spam.website-stats': {
    fires: [
      { name: 'two sentences of the stats template (is estimated to be worth, has a low Pagerank)', input: en('example.org is ranked 812345 in the world. This site is estimated to be worth $1,250. This site has a low Pagerank(0/10).'), segment: 'example.org is ranked 812345 in the world. This site is estimated to be worth $1,250. This site has a low Pagerank(0/10).' },
      { name: 'the profile variant (Keywords: Discover, website stats, rating, details)', input: en('example.org Profile Title: Home Bakery Keywords: Discover example.org website stats, rating, details and status online.'), segment: 'example.org Profile Title: Home Bakery Keywords: Discover example.org website stats, rating, details and status online.' },
    ],
    silent: [
      { name: 'a news report on a ranking', input: en('The university is ranked 45th in the world and this site is relatively popular among users in Asia, the report says.'), segment: 'The university is ranked 45th in the world and this site is relatively popular among users in Asia, the report says.' },
      { name: 'an SEO article naming one template sentence', input: en('Tools that tell you a site is estimated to be worth $3,000 are guessing from traffic.'), segment: 'Tools that tell you a site is estimated to be worth $3,000 are guessing from traffic.' },
    ],
  },

  'spam.web-directory': {
    fires: [
      { name: 'two phrases of a directory search page', input: en('The following listings match your search result: There are 212 submitted webite listings in search result'), segment: 'The following listings match your search result: There are 212 submitted webite listings in search result' },
      { name: 'two phrases of a forum-directory page', input: en('Come to discover the best forums about knitting on the internet and share your experience with a community fan of knitting.'), segment: 'Come to discover the best forums about knitting on the internet and share your experience with a community fan of knitting.' },
    ],
    silent: [
      { name: 'a shop search page', input: en('No products match your search. Try other keywords or browse the categories.'), segment: 'No products match your search. Try other keywords or browse the categories.' },
      { name: 'a forum invitation', input: en('You can also build a forum for your club in a few minutes with our free plan.'), segment: 'You can also build a forum for your club in a few minutes with our free plan.' },
    ],
  },

  'spam.scraped-results': {
    fires: [
      {
        name: 'results for one query (竹筷子 in 4 of 6 entries) showing three sites (the threshold, 3)',
        input: zh(SCRAPED_RESULTS),
        segment: '竹筷子怎麼清洗',
      },
      {
        name: 'the query in 2 of 5 entries (share 0.4, above 0.3), three sites',
        input: zh('竹筷子怎麼清洗才不會發霉 - 廚房生活誌 竹筷子用完要立刻洗乾淨,放在通風的地方晾乾...www.zhuzi-life.com.tw 雨季的衣服怎麼晾 - 居家問答 專家建議開除濕機,衣服之間留一點空隙...chopstick-fan.net 週末去哪裡露營 - 生活好物 山上的營地晚上很冷,記得帶厚外套...kitchen-notes.org'),
        segment: '竹筷子怎麼清洗',
      },
    ],
    silent: [
      {
        name: 'the same results showing two sites (shop.zhuzi-life.com.tw is zhuzi-life.com.tw): below 3',
        input: zh(SCRAPED_RESULTS.replace('kitchen-notes.org', 'shop.zhuzi-life.com.tw')),
        segment: '竹筷子怎麼清洗',
      },
      {
        name: 'three sites, the query in 1 of 5 entries (share 0.2, below 0.3): unrelated snippets',
        input: zh('竹筷子怎麼清洗才不會發霉 - 廚房生活誌 用完要立刻洗乾淨,放在通風的地方晾乾...www.zhuzi-life.com.tw 雨季的衣服怎麼晾 - 居家問答 專家建議開除濕機,衣服之間留一點空隙...chopstick-fan.net 週末去哪裡露營 - 生活好物 山上的營地晚上很冷,記得帶厚外套...kitchen-notes.org'),
        segment: '竹筷子怎麼清洗',
      },
      {
        name: 'a segment that shows no host name, on a results page (the rule fires on the segments with the addresses)',
        input: zh('以下是竹筷子的相關搜尋', SCRAPED_RESULTS),
        segment: '以下是竹筷子的相關搜尋',
      },
      {
        name: 'a shop\'s page of its own items on one subject, its own address after each',
        input: zh('竹筷子禮盒 - 竹藝坊 手工竹筷子十雙入,附布袋...www.zhuyi-fang.com.tw 竹筷子家庭組 - 竹藝坊 天然竹筷子二十雙入...www.zhuyi-fang.com.tw/set 兒童竹筷子 - 竹藝坊 短版竹筷子,適合小手...shop.zhuyi-fang.com.tw'),
        segment: '竹筷子禮盒',
      },
      {
        name: 'a news report with a source line and two cited sites',
        input: zh('環保署今天公布竹筷子抽驗結果,二十件樣品中有兩件檢出漂白劑殘留。消費者可到環保署網站www.epa-demo.gov.tw查詢名單,或撥打專線詢問。竹筷子業者表示將配合回收。', '資料來源:食安資訊網 food-safety-demo.org'),
        segment: '環保署今天公布',
      },
      {
        name: 'an English page of links to three sites (no Han query)',
        input: en('Further reading - Bamboo care guide ... www.bamboo-care.com - Kitchen tips ... kitchen-tips.net - Chopstick history ... history-notes.org'),
        segment: 'Further reading',
      },
    ],
  },

  'spam.mixed-script-results': {
    fires: [
      {
        name: 'four results, two Traditional and two Simplified (the threshold, 2), 29 cuts per 1,000 characters',
        input: zh(MIXED_RESULTS),
        segment: '竹筷子怎麼清洗',
      },
      {
        name: 'the same results over a line of filler: 7.5 cuts per 1,000 characters (above 7)',
        input: zh(MIXED_RESULTS, WEEKDAY_HOURS(9)),
        segment: '竹筷子怎麼清洗',
      },
    ],
    silent: [
      {
        name: 'one Simplified result among Traditional ones (1, below 2): a site quoting one mainland snippet',
        input: zh(MIXED_RESULTS.replace(MIXED_SIMPLIFIED_2, MIXED_SIMPLIFIED_2_IN_TRADITIONAL)),
        segment: '竹筷子怎麼清洗',
      },
      {
        name: 'the same results over a longer line of filler: 6.9 cuts per 1,000 characters (below 7)',
        input: zh(MIXED_RESULTS, WEEKDAY_HOURS(10)),
        segment: '竹筷子怎麼清洗',
      },
      {
        name: 'a segment without a snippet cut on a page where the rule fires',
        input: zh(MIXED_RESULTS, WEEKDAY_HOURS(9)),
        segment: 'Opening hours',
      },
      {
        name: 'a Japanese page whose kanji take Traditional (東, 電, 時) and Simplified shapes (国, 学, 会): not Chinese entries',
        input: ja('東京駅の電話番号と営業時間の案内 ... 東京電車の時間表と乗り換え案内 ... 国立大学の学生数と会員区分について ... 全国の大学と学会の会員数 ...'),
        segment: '東京駅の電話番号',
      },
    ],
  },

  'spam.search-capture': {
    fires: [
      {
        name: 'an English capture heading over two snippet cuts',
        input: { html: "<h1>Search results for ''cara merawat sepatu kulit agar awet''</h1><p>Tips Merawat Tas Kulit Tas kulit yang baik harus dibersihkan setiap minggu dengan kain lembut …</p><p>Cara Membuat Kue Bolu Kukus Bahan yang dibutuhkan antara lain tepung terigu dan gula pasir ...</p>" },
        segment: "Search results for ''cara merawat sepatu kulit agar awet''",
      },
      {
        name: 'an Indonesian capture heading (hasil pencarian dengan kata kunci) with its snippets in one text',
        input: en('Hasil pencarian dengan kata kunci "harga ban motor tubeless" di Blog Otomotif Kita Cara Mengganti Oli Mesin Oli mesin sebaiknya diganti setiap dua ribu kilometer … Tips Mencuci Motor Gunakan sabun khusus kendaraan agar cat tidak kusam …'),
        segment: 'Hasil pencarian dengan kata kunci',
      },
      {
        name: 'the English heading over one snippet cut (the threshold, 1): a capture page of which the text keeps one cut snippet',
        input: { html: "<h1>Search results for ''cara merawat sepatu kulit agar awet''</h1><p>Tips Merawat Tas Kulit Tas kulit yang baik harus dibersihkan setiap minggu dengan kain lembut …</p><p>Cara Membuat Kue Bolu Kukus Bahan yang dibutuhkan antara lain tepung terigu dan gula pasir.</p>" },
        segment: "Search results for ''cara merawat sepatu kulit agar awet''",
      },
    ],
    silent: [
      {
        name: 'the heading over no snippet cut (below the threshold, 1)',
        input: { html: "<h1>Search results for ''cara merawat sepatu kulit agar awet''</h1><p>Tips Merawat Tas Kulit Tas kulit yang baik harus dibersihkan setiap minggu dengan kain lembut.</p><p>Cara Membuat Kue Bolu Kukus Bahan yang dibutuhkan antara lain tepung terigu dan gula pasir.</p>" },
        segment: "Search results for ''cara merawat sepatu kulit agar awet''",
      },
      {
        name: 'a shop search heading without the opening quote, over snippets',
        input: { html: '<h1>Search results for leather boots</h1><p>Classic Chelsea boot in brown leather, hand-stitched welt …</p><p>Waterproof hiking boot with a padded collar ...</p>' },
        segment: 'Search results for leather boots',
      },
      {
        name: 'a blog post that mentions search results',
        input: en('Kalau dilihat hasil pencarian di Google, lagu ini sudah sangat populer … banyak yang memutarnya setiap hari ...'),
        segment: 'Kalau dilihat hasil pencarian',
      },
    ],
  },

  'spam.spun-text': {
    fires: [
      { name: 'one spinner word twice (the threshold, 2 hits)', input: zh('珍珠棉设置装备部署重要指的是用来生产发泡片的机器，这类设置装备部署又可以称之为后加工机器。'), segment: '珍珠棉设置装备部署' },
      { name: 'two spinner words, in Traditional script', input: zh('銷售者經過議定市場了解行情，緣故原由一是價格變化快。'), segment: '銷售者經過議定' },
      { name: 'a spun programming post (可以或许, 效劳器)', input: zh('修改配置后可以或许在效劳器上重新加载，不必重启进程。'), segment: '修改配置后可以或许' },
    ],
    silent: [
      { name: 'one spinner word (below the threshold)', input: zh('这类设置装备部署又可以称之为后加工机器，价格合理，欢迎来电咨询。'), segment: '这类设置装备部署' },
      { name: 'the words the spinner replaces', input: zh('珍珠棉设备主要指生产发泡片的机器，通过裁断贴合加工成型，原因是市场需求丰富。'), segment: '珍珠棉设备' },
      { name: 'a programming post as written (能够, 服务器)', input: zh('修改配置后能够在服务器上重新加载，不必重启进程。'), segment: '修改配置后能够' },
    ],
  },

  'spam.file-search': {
    fires: [
      { name: 'two phrases of the search doorway', input: en('Free Search Engine for Mediafire. Type what you are looking for and download it from mediafire.com!'), segment: 'Free Search Engine for Mediafire. Type what you are looking for and download it from mediafire.com!' },
    ],
    silent: [
      { name: 'a download forum post', input: en('I uploaded the file to Mediafire, link below. Mediafire search is useless for finding it.'), segment: 'I uploaded the file to Mediafire, link below. Mediafire search is useless for finding it.' },
    ],
  },

  'spam.image-autoblog': {
    fires: [
      { name: 'the gallery sentence (we also give some image about, using this related keywords)', input: en('We also give some image about garden sheds hope you like this, we got this images from arround the web using this related keywords'), segment: 'We also give some image about garden sheds hope you like this, we got this images from arround the web using this related keywords' },
      { name: 'a dictionary-filler post (was uploaded at, USA pronunciation)', input: en('The post of Small Kitchen was uploaded at May 3, 2017. Kitchen (kich′ən), USA pronunciation n.'), segment: 'The post of Small Kitchen was uploaded at May 3, 2017. Kitchen (kich′ən), USA pronunciation n.' },
    ],
    silent: [
      { name: 'a photo blog', input: en('Hope you like this set of pictures from our trip; the post was uploaded at noon.'), segment: 'Hope you like this set of pictures from our trip; the post was uploaded at noon.' },
    ],
  },

  'spam.payday-template': {
    fires: [
      { name: 'two slogans of the headline template', input: en('Loans For Nurses Up to $1000 Cash Loans, Flexible Payments Loans For Nurses Better, Faster, Cheaper - Apply 1 Step & Cash Now'), segment: 'Loans For Nurses Up to $1000 Cash Loans, Flexible Payments Loans For Nurses Better, Faster, Cheaper - Apply 1 Step & Cash Now' },
    ],
    silent: [
      { name: 'a company slogan', input: en('Our workshop is better, faster, cheaper and we offer flexible payments on every order.'), segment: 'Our workshop is better, faster, cheaper and we offer flexible payments on every order.' },
      { name: 'a news report on payday lending', input: en('Lenders advertise cash loans with no credit check, and regulators say borrowers pay dearly.'), segment: 'Lenders advertise cash loans with no credit check, and regulators say borrowers pay dearly.' },
    ],
  },

  'spam.name-fortune': {
    fires: [
      { name: 'two phrases of the fortune template', input: ja('山田太郎さんの今日の占い結果です。「山田」で違う名前、「太郎」で違う名字も検索できます。'), segment: '山田太郎さんの今日の占い結果です。「山田」で違う名前、「太郎」で違う名字も検索できます。' },
      { name: 'the opening and the lucky items', input: ja('山田太郎さんの今日の占い結果です。山田太郎さんのラッキーアイテム 文庫本'), segment: '山田太郎さんの今日の占い結果です。山田太郎さんのラッキーアイテム 文庫本' },
    ],
    silent: [
      { name: 'a horoscope column', input: ja('今日の占い:おひつじ座のラッキーアイテムは赤いハンカチです'), segment: '今日の占い:おひつじ座のラッキーアイテムは赤いハンカチです' },
      { name: 'one phrase of the template', input: ja('同じ読みで違う名前の友人がいます'), segment: '同じ読みで違う名前の友人がいます' },
    ],
  },

  'spam.shop-affiliate': {
    fires: [
      { name: 'two phrases of the Rakuten autoblog template', input: ja('保温ボトル 500mlの楽天ショッピングはこちら! 激安!セールス価格はコチラ!'), segment: '保温ボトル 500mlの楽天ショッピングはこちら! 激安!セールス価格はコチラ!' },
    ],
    silent: [
      { name: 'a blogger recommending a product', input: ja('この水筒は楽天で買いました。今日のコメントは以上です'), segment: 'この水筒は楽天で買いました。今日のコメントは以上です' },
    ],
  },

  'spam.city-affiliate': {
    fires: [
      { name: 'two phrases of the renovation-quote doorway', input: ja('10人中8人が使う!リフォーム一括見積りでカンタン10秒相場チェック'), segment: '10人中8人が使う!リフォーム一括見積りでカンタン10秒相場チェック' },
      { name: 'two phrases of the buy-back doorway', input: ja('神目駅周辺で洋服を高く売りたい方はネットでの買取業者を選びましょう'), segment: '神目駅周辺で洋服を高く売りたい方はネットでの買取業者を選びましょう' },
    ],
    silent: [
      { name: 'a buy-back shop page', input: ja('当店は洋服を高く売りたい方のための買取業者です。相場をチェックしてください'), segment: '当店は洋服を高く売りたい方のための買取業者です。相場をチェックしてください' },
    ],
  },

  'spam.pharmacy-store': {
    fires: [
      { name: 'two entries of the storefront menu (ED Packs (, Sleeping Aids ()', input: en('• Asthma (1) • ED Packs (4) • Pain Relief (5) • Sleeping Aids (3)'), segment: '• Asthma (1) • ED Packs (4) • Pain Relief (5) • Sleeping Aids (3)' },
    ],
    silent: [
      { name: 'a health article naming the categories', input: en('Sleeping aids and anti-depressants should not be combined, doctors warn.'), segment: 'Sleeping aids and anti-depressants should not be combined, doctors warn.' },
      { name: 'a garden shop (seed packs)', input: en('Seed packs (12) and sleeping bags for camping'), segment: 'Seed packs (12) and sleeping bags for camping' },
    ],
  },

  'spam.spun-headline': {
    fires: [
      { name: 'the headline twice in a text of weighted length 150', input: titled(SHOW, `《${SHOW}》${han(6)}，${SHOW}${han(4)}ab。`), segment: `《${SHOW}》` },
      { name: 'the headline three times in a long blurb', input: titled(SHOW, `《${SHOW}》剧情简介：${han(20)}，${SHOW}${han(20)}，${SHOW}${han(10)}。`), segment: `《${SHOW}》` },
    ],
    silent: [
      { name: 'the headline twice at weighted length 149', input: titled(SHOW, `《${SHOW}》${han(6)}，${SHOW}${han(4)}a。`), segment: `《${SHOW}》` },
      { name: 'the headline once in a long text', input: titled(SHOW, `《${SHOW}》剧情简介：${han(60)}。`), segment: `《${SHOW}》` },
    ],
  },

  'spam.glyph-noise': {
    fires: [{ name: '3 symbols between Han characters', input: zh('国♀产精☆品久◆久'), segment: '国♀产精☆品久◆久' }],
    silent: [
      { name: '2 symbols between Han characters', input: zh('国♀产精☆品久久'), segment: '国♀产精☆品久久' },
      { name: 'symbols between words, not inside them', input: zh('★ 今日推荐 ★ 热门 ★ 精选 ★'), segment: '今日推荐' },
    ],
  },

  'page.search-terms-block': {
    fires: [
      { name: 'the plugin heading after a post', input: en('The tower was completed in less than four years and opened in 2011.', 'Incoming search terms: - asia square car park rates - asia square parking'), segment: 'Incoming search terms' },
    ],
    silent: [
      { name: 'an SEO article on search terms', input: en('Check which search terms bring visitors to your site in the search console report.'), segment: 'Check which search terms' },
    ],
  },

  'page.parasite-marker': {
    fires: [
      { name: 'a text title ending in 6 asterisks', input: titled('某某新闻标题******'), segment: '某某新闻标题******' },
      { name: 'an HTML <title> ending in 4 asterisks (at the minimum run)', input: { html: '<html><head><title>市政府召开工作会议****</title></head><body><p>正文</p></body></html>' }, segment: '市政府召开工作会议****' },
    ],
    silent: [
      { name: 'a title ending in 3 asterisks', input: titled('某某新闻标题***'), segment: '某某新闻标题***' },
      { name: 'asterisks on a line that is not the title', input: zh('某某新闻标题******'), segment: '某某新闻标题******' },
      { name: 'a censored word (****) in the middle of a title', input: titled('他竟然说出****这种话网友炸锅'), segment: '他竟然说出****这种话网友炸锅' },
    ],
  },

  'page.pinyin-gloss': {
    fires: [{ name: '3 pinyin glosses', input: zh('质(zhì)量(liàng)检(jiǎn)查'), segment: '质(zhì)量(liàng)检(jiǎn)查' }],
    silent: [
      { name: '2 pinyin glosses', input: zh('质(zhì)量(liàng)检查'), segment: '质(zhì)量(liàng)检查' },
      { name: 'English terms in brackets in a programming tutorial, not pinyin', input: zh('数组(array)、对象(object)和字符串(string)是最常用的三种类型。'), segment: '数组(array)' },
    ],
  },

  'nav.page-title': {
    fires: [
      { name: 'the first line of text input', input: titled('关于本站的说明'), segment: '关于本站的说明' },
      { name: 'the HTML <title>', input: { html: '<html><head><title>关于本站的说明</title></head><body><p>正文</p></body></html>' }, segment: '关于本站的说明' },
      { name: 'a script document.title assignment', input: { html: '<html><head><script>document.title = "新的标题文字";</script></head><body><p>正文</p></body></html>' }, segment: '新的标题文字' },
      { name: 'a first line of 300 characters (the longest title)', input: titled(han(300)), segment: han(300) },
    ],
    silent: [
      { name: 'the same text on the second line', input: zh('关于本站的说明'), segment: '关于本站的说明' },
      { name: 'an <h1>', input: html('<h1>关于本站的说明</h1>'), segment: '关于本站的说明' },
      { name: 'a first line of 301 characters is content, not the title', input: titled(han(301)), segment: han(301) },
    ],
  },

  'nav.meta': {
    fires: [
      { name: 'meta description', input: html('<p>正文</p>', '<meta name="description" content="本站提供本地新闻与生活资讯。">'), segment: '本站提供本地新闻与生活资讯。' },
      { name: 'meta keywords', input: html('<p>正文</p>', '<meta name="keywords" content="本地新闻,生活资讯,天气">'), segment: '本地新闻,生活资讯,天气' },
    ],
    silent: [{ name: 'the same text in a visible paragraph', input: html('<p>本站提供本地新闻与生活资讯。</p>'), segment: '本站提供本地新闻与生活资讯。' }],
  },

  'nav.hidden': {
    fires: [
      { name: 'display:none', input: html('<p style="display:none">看不见的文字</p>'), segment: '看不见的文字' },
      { name: 'visibility:hidden', input: html('<p style="visibility: hidden">看不见的文字</p>'), segment: '看不见的文字' },
      { name: 'font-size:0', input: html('<p style="font-size:0">看不见的文字</p>'), segment: '看不见的文字' },
      { name: 'the hidden attribute', input: html('<div hidden><p>看不见的文字</p></div>'), segment: '看不见的文字' },
      { name: 'height:0 with overflow:hidden', input: html('<p style="height:0;overflow:hidden">看不见的文字</p>'), segment: '看不见的文字' },
      { name: 'off-screen at left:-500px (the threshold)', input: html('<p style="position:absolute;left:-500px">离屏文字内容</p>'), segment: '离屏文字内容' },
      { name: 'more than half of the text hidden (5 of 9 characters)', input: html('<p>abcd<span style="display:none">efghi</span></p>'), segment: 'abcdefghi' },
    ],
    silent: [
      { name: 'left:-499px is still on screen', input: html('<p style="position:absolute;left:-499px">离屏文字内容</p>'), segment: '离屏文字内容' },
      { name: 'exactly half of the text hidden (4 of 8 characters)', input: html('<p>abcd<span style="display:none">efgh</span></p>'), segment: 'abcdefgh' },
      { name: 'font-size:0.5px is small, not hidden', input: html('<p style="font-size:0.5px">小字文字</p>'), segment: '小字文字' },
      { name: 'a visible paragraph', input: html('<p>看得见的文字</p>'), segment: '看得见的文字' },
    ],
  },

  'nav.breadcrumb': {
    fires: [
      { name: 'Chinese breadcrumb starting at 首页', input: zh('首页 > 新闻中心 > 国内新闻'), segment: '首页 > 新闻中心 > 国内新闻' },
      { name: 'English breadcrumb with »', input: en('Home » News » World'), segment: 'Home » News » World' },
      { name: 'Japanese breadcrumb starting at ホーム', input: ja('ホーム > ニュース > 国内'), segment: 'ホーム > ニュース > 国内' },
      { name: 'breadcrumb led by 当前位置：', input: zh('当前位置：首页 > 财经 > 股市'), segment: '当前位置：首页 > 财经 > 股市' },
    ],
    silent: [
      { name: 'arrow list whose first item is not a navigation word', input: zh('新闻中心 > 国内新闻 > 社会'), segment: '新闻中心 > 国内新闻 > 社会' },
      { name: 'navigation word in the middle', input: zh('新闻中心 > 首页 > 社会'), segment: '新闻中心 > 首页 > 社会' },
      { name: 'pipe-joined, not arrows', input: zh('首页 | 新闻中心 | 国内新闻'), segment: '首页 | 新闻中心 | 国内新闻' },
      { name: 'only 2 crumbs (not a list)', input: zh('首页 > 新闻中心'), segment: '首页 > 新闻中心' },
    ],
  },

  'nav.arrow-list': {
    fires: [
      { name: 'items joined by spaced >', input: zh('新闻中心 > 国内新闻 > 社会'), segment: '新闻中心 > 国内新闻 > 社会' },
      { name: 'Traditional Chinese with »', input: zh('財經 » 股市 » 個股'), segment: '財經 » 股市 » 個股' },
      { name: 'English with ›', input: en('News › World › Asia'), segment: 'News › World › Asia' },
      { name: 'Han items joined by bare >', input: zh('新闻>国内>社会'), segment: '新闻>国内>社会' },
    ],
    silent: [
      { name: 'only 2 items', input: zh('新闻中心 > 国内新闻'), segment: '新闻中心 > 国内新闻' },
      { name: 'pipe-joined', input: zh('国内新闻 | 国际新闻 | 财经'), segment: '国内新闻 | 国际新闻 | 财经' },
      { name: 'items averaging over 40 characters', input: zh(`${han(45)} > ${han(45)} > ${han(45)}`), segment: han(45) },
      { name: 'a sentence with comparison signs, not a path', input: zh('当 x > 3 且 y > 4 时，不等式成立。'), segment: '当 x > 3 且 y > 4 时，不等式成立。' },
    ],
  },

  'nav.headline-run': {
    fires: [
      { name: '5 Chinese headlines run together', input: zh('北京今日迎来降雪天气 上海地铁新线路开通运营 广州举办国际美食节 深圳科技园区再扩容 成都大熊猫基地游客激增'), segment: '北京今日迎来降雪天气' },
      { name: '5 Japanese headlines run together', input: ja('東京で初雪を観測しました 大阪の新しい駅が開業 京都の紅葉が見頃に 札幌で雪まつり開幕 福岡の屋台が人気'), segment: '東京で初雪を観測しました' },
    ],
    silent: [
      { name: '4 headlines (fewer than 5)', input: zh('北京今日迎来降雪天气 上海地铁新线路开通运营 广州举办国际美食节 深圳科技园区再扩容'), segment: '北京今日迎来降雪天气' },
      { name: 'English headlines (Latin text is space-separated words)', input: en('Snow falls in the capital today Metro line opens Food festival begins Tech park expands Panda base busy'), segment: 'Snow falls' },
      { name: 'Japanese sentences separated by spaces', input: ja('今日は晴れです。 明日は雨です。 明後日は曇りです。 週末は雪です。 来週は晴れです。'), segment: '今日は晴れです。' },
    ],
  },

  'nav.element-list': {
    fires: [
      { name: '2 <li><a> items', input: html('<ul><li><a href="/1">国内新闻</a></li><li><a href="/2">国际新闻</a></li></ul>'), segment: '国内新闻 国际新闻' },
      { name: '<a> items split by <br>', input: html('<p><a href="/1">Latest news</a><br><a href="/2">Weather report</a><br></p>'), segment: 'Latest news Weather report' },
    ],
    silent: [
      { name: 'a single <li><a> item', input: html('<ul><li><a href="/1">国内新闻</a></li></ul>'), segment: '国内新闻' },
      { name: '<li> items without links', input: html('<ul><li>国内新闻</li><li>国际新闻</li></ul>'), segment: '国内新闻' },
      { name: 'linked paragraphs (not link items: text mostly outside the link)', input: html(`<div><p><a href="/1">详情</a>${P1}</p><p><a href="/2">详情</a>${P2}</p></div>`), segment: P1 },
    ],
  },

  'nav.pipe-list': {
    fires: [
      { name: '3 items joined by |', input: zh('国内新闻 | 国际新闻 | 财经'), segment: '国内新闻 | 国际新闻 | 财经' },
      { name: '4 English items', input: en('News | Sport | Weather | Culture'), segment: 'News | Sport | Weather | Culture' },
      { name: 'full-width ｜', input: ja('ニュース｜天気｜スポーツ'), segment: 'ニュース｜天気｜スポーツ' },
    ],
    silent: [
      { name: '2 items', input: zh('国内新闻 | 国际新闻'), segment: '国内新闻 | 国际新闻' },
      { name: 'comma-joined items', input: zh('国内新闻，国际新闻，财经，体育'), segment: '国内新闻，国际新闻，财经，体育' },
    ],
  },

  'nav.link-dense': {
    fires: [
      { name: 'half of the text is link text (4 of 8)', input: html('<p><a href="/x">abcd</a>efgh</p>'), segment: 'abcdefgh' },
      { name: 'all of the text is link text', input: html('<p><a href="/x">阅读全文</a></p>'), segment: '阅读全文' },
    ],
    silent: [
      { name: '4 of 9 characters are link text', input: html('<p><a href="/x">abcd</a>efghi</p>'), segment: 'abcdefghi' },
      { name: 'no links', input: html('<p>abcdefgh</p>'), segment: 'abcdefgh' },
    ],
  },

  'nav.link-only': {
    fires: [
      { name: '17 of 20 characters are link text (0.85)', input: html('<p><a href="/x">abcdefghijklmnopq</a>rst</p>'), segment: 'abcdefghijklmnopqrst' },
      { name: 'a paragraph that is one link', input: html('<p><a href="/x">查看更多精彩内容</a></p>'), segment: '查看更多精彩内容' },
    ],
    silent: [
      { name: '16 of 20 characters are link text (0.8)', input: html('<p><a href="/x">abcdefghijklmnop</a>qrst</p>'), segment: 'abcdefghijklmnopqrst' },
    ],
  },

  'nav.lexicon-short': {
    fires: [
      { name: '返回首页', input: zh('返回首页'), segment: '返回首页' },
      { name: 'a navigation term in 24 characters (the threshold)', input: zh('点击这里返回首页查看精彩内容和最新的新闻报道图片'), segment: '点击这里返回首页查看精彩内容和最新的新闻报道图片' },
      { name: 'English: Back to top', input: en('Back to top'), segment: 'Back to top' },
      { name: 'Japanese: トップページへ', input: ja('トップページへ'), segment: 'トップページへ' },
      { name: 'English: Home (named in the description)', input: en('Home'), segment: 'Home' },
      { name: 'English: Next (named in the description)', input: en('Next'), segment: 'Next' },
    ],
    silent: [
      { name: 'a navigation term in 25 characters', input: zh('点击这里返回首页查看精彩内容和最新的新闻报道图片啊'), segment: '点击这里返回首页查看精彩内容和最新的新闻报道图片啊' },
      { name: 'a short text without navigation terms', input: zh('今天天气很好'), segment: '今天天气很好' },
    ],
  },

  'nav.lexicon-line': {
    fires: [
      { name: 'a navigation term in 25 non-space characters (the lower threshold)', input: en('Read the newsletter today now'), segment: 'Read the newsletter today now' },
      { name: 'a navigation term in 150 non-space characters (the upper threshold)', input: en(EN_FOLLOW_LINE(150)), segment: EN_FOLLOW_LINE(150) },
      { name: 'a sign-up line under an article', input: en('Sign up for our newsletter to hear about the next garden fair.'), segment: 'Sign up for our newsletter to hear about the next garden fair.' },
      { name: 'a call to action (free trial)', input: en('Start your free trial of the garden planner today.'), segment: 'Start your free trial of the garden planner today.' },
    ],
    silent: [
      { name: 'a navigation term in 24 non-space characters (nav.lexicon-short territory)', input: en('Read the newsletter, today!'), segment: 'Read the newsletter, today!' },
      { name: 'a navigation term in 151 non-space characters', input: en(EN_FOLLOW_LINE(151)), segment: EN_FOLLOW_LINE(151) },
      { name: 'a copyright credit line (a legal-notice phrase)', input: en('Copyright 2026 by the Valley Gazette. All rights reserved.'), segment: 'Copyright 2026 by the Valley Gazette. All rights reserved.' },
      { name: 'only a weak term (home, weight 0.5)', input: en('We walked home along the river after the long summer fair.'), segment: 'We walked home along the river after the long summer fair.' },
    ],
  },

  'nav.lexicon-many': {
    fires: [
      { name: 'two distinct terms in a short line', input: zh('关于我们 联系我们'), segment: '关于我们 联系我们' },
      { name: 'an English legal footer', input: en('Privacy policy · Terms of use · Contact us'), segment: 'Privacy policy · Terms of use · Contact us' },
      { name: 'two distinct terms in 200 characters (the threshold)', input: zh(`版权所有 联系我们 ${han(192)}`), segment: '版权所有 联系我们' },
      { name: 'Japanese footer', input: ja('利用規約 プライバシーポリシー お問い合わせ'), segment: '利用規約' },
    ],
    silent: [
      { name: 'one term written twice', input: zh('首页 首页'), segment: '首页 首页' },
      { name: 'two distinct terms in 201 characters', input: zh(`版权所有 联系我们 ${han(193)}`), segment: '版权所有 联系我们' },
      { name: 'one term in a short line', input: zh('版权所有 本地新闻网'), segment: '版权所有 本地新闻网' },
    ],
  },

  'nav.dom-cue': {
    fires: [
      { name: 'class sidebar', input: html('<div class="sidebar"><p>侧栏里的一段文字</p></div>'), segment: '侧栏里的一段文字' },
      { name: 'a token starting with a cue (navbar)', input: html('<div class="navbar"><p>顶部的一段文字</p></div>'), segment: '顶部的一段文字' },
      { name: 'a token ending with a cue (mainnav)', input: html('<div id="mainnav"><p>顶部的一段文字</p></div>'), segment: '顶部的一段文字' },
      { name: 'comment-content: navigation wins within one element', input: html('<div class="comment-content"><p>网友发表的一段文字</p></div>'), segment: '网友发表的一段文字' },
      { name: 'a <footer> ancestor', input: html('<footer><p>页脚的一段文字</p></footer>'), segment: '页脚的一段文字' },
      { name: 'role=navigation', input: html('<div role="navigation"><p>导航的一段文字</p></div>'), segment: '导航的一段文字' },
      {
        name: 'a cue on the 6th cue-bearing element up (the farthest recorded)',
        input: html('<div class="sidebar"><div class="a1"><div class="a2"><div class="a3"><div class="a4"><p class="a5">深处的文字</p></div></div></div></div></div>'),
        segment: '深处的文字',
      },
      { name: 'a <footer> ancestor above a content wrapper', input: html('<footer><div class="content"><p>页脚里的正文文字</p></div></footer>'), segment: '页脚里的正文文字' },
      { name: 'a cookie notice (id cookie_notice)', input: html('<div id="cookie_notice"><p>This site uses cookies to improve your visit.</p></div>'), segment: 'This site uses cookies to improve your visit.' },
      { name: 'a consent banner', input: html('<div class="consent-banner"><p>We and our partners store data.</p></div>'), segment: 'We and our partners store data.' },
      { name: 'a forum signature', input: html('<div id="sig5012" class="signature">Pi 4 / 4GB, running a home weather station</div>'), segment: 'Pi 4 / 4GB, running a home weather station' },
      { name: 'an ad slot (id ad-32474069017: the whole token ad)', input: html('<ul id="stream"><li id="ad-32474069017"><p>Excellent conditions for trading, open an account today!</p></li></ul>'), segment: 'Excellent conditions for trading, open an account today!' },
      { name: 'a share bar inside itemprop=articleBody (a nearer cue still decides)', input: html('<div itemprop="articleBody"><div class="share-bar"><p>分享到微信的一段文字</p></div></div>'), segment: '分享到微信的一段文字' },
      { name: 'a widget in the sidebar (the sidebar decides)', input: html('<div id="sidebar"><section class="widget widget_recent"><p>侧栏里的一段文字</p></section></div>'), segment: '侧栏里的一段文字' },
    ],
    silent: [
      { name: 'ad inside a word is no cue (class download, thread-head)', input: html('<div class="download"><div class="thread-head"><p>正文里的一段文字</p></div></div>'), segment: '正文里的一段文字' },
      { name: 'itemprop=articleBody on an element whose id says share (an article wrapped by a sharing widget)', input: html('<div id="gigya-share-btns-2_containerParent" itemprop="articleBody"><p>正文里的一段文字</p></div>'), segment: '正文里的一段文字' },
      { name: 'a sidebar above itemprop=articleBody', input: html('<div class="sidebar"><article itemprop="articleBody"><p>正文里的一段文字</p></article></div>'), segment: '正文里的一段文字' },
      { name: 'a cue in the middle of a token (unavailable)', input: html('<div class="unavailable"><p>不可用的一段文字</p></div>'), segment: '不可用的一段文字' },
      { name: 'a body cue only', input: html('<article><p>文章里的一段文字</p></article>'), segment: '文章里的一段文字' },
      { name: "a page builder's widget (div.widget-content, div.so-widget: a block of the page, no cue)", input: html('<div class="so-widget"><div class="widget-content"><p>Each course runs for six weeks in the evenings.</p></div></div>'), segment: 'Each course runs for six weeks in the evenings.' },
      {
        name: 'a cue on the 7th cue-bearing element up (too far)',
        input: html('<div class="sidebar"><div class="a1"><div class="a2"><div class="a3"><div class="a4"><div class="a5"><p class="a6">深处的文字</p></div></div></div></div></div></div>'),
        segment: '深处的文字',
      },
    ],
  },

  'nav.comment-cue': {
    fires: [
      { name: 'a paragraph in div.comment-content', input: html('<div class="comment-content"><p>我也遇到过同样的问题，后来换了新的配件就好了，谢谢楼主分享。</p></div>'), segment: '我也遇到过同样的问题，后来换了新的配件就好了，谢谢楼主分享。' },
      { name: 'a paragraph in li#comment-12 (the parent)', input: html('<ol class="commentlist"><li id="comment-12"><p>Same thing happened to me last winter with my old boiler.</p></li></ol>'), segment: 'Same thing happened to me last winter with my old boiler.' },
      { name: 'a long comment still fires', input: html(`<div class="comments"><p>${'这是一条很长的网友评论，讲了很多自己的经历。'.repeat(8)}</p></div>`), segment: '这是一条很长的网友评论，讲了很多自己的经历。'.repeat(8) },
      { name: 'a comment id on the third cue-bearing element up (div#comment-text > ul.single-post > li.post-text)', input: html('<div id="comment-text"><ul class="single-post"><li class="post-text">照片拍得真好，下次我们也想去那条山路走走。</li></ul></div>'), segment: '照片拍得真好，下次我们也想去那条山路走走。' },
      { name: 'a NetEase 跟帖 (p.tie-cnt in div.single-tie)', input: html('<div class="tie-list"><div class="single-tie"><p class="tie-cnt">这篇报道写得很客观，希望有关部门尽快给出说法。</p></div></div>'), segment: '这篇报道写得很客观，希望有关部门尽快给出说法。' },
    ],
    silent: [
      { name: 'a token that merely starts with tie (tiered pricing)', input: html('<div class="tiered-pricing"><p>The plan costs less when you pay for a whole year at once.</p></div>'), segment: 'The plan costs less when you pay for a whole year at once.' },
      { name: 'commentary (an op-ed section) is not a comment', input: html('<div class="commentary-body"><p>The council got this one wrong, and it should say so.</p></div>'), segment: 'The council got this one wrong, and it should say so.' },
      { name: 'a comment cue on the fourth cue-bearing element up', input: html('<div class="comments"><div class="a1"><div class="a2"><p class="a3">深处的一段文字，并不在评论的直接容器里。</p></div></div></div>'), segment: '深处的一段文字，并不在评论的直接容器里。' },
      { name: 'a forum post (postmessage)', input: html('<td class="t_f" id="postmessage_1001">家里的燃气热水器用了快十年了，这两天突然打不着火。</td>'), segment: '家里的燃气热水器用了快十年了，这两天突然打不着火。' },
    ],
  },

  'nav.dialog-cue': {
    fires: [
      { name: 'a size guide in div.modal', input: html('<div class="modal"><div class="modal-body"><p>Measure your chest at its widest point and pick the size above it.</p></div></div>'), segment: 'Measure your chest at its widest point and pick the size above it.' },
      { name: 'a popup six cue-bearing elements up', input: html('<div class="newsletter-popup"><div class="a1"><div class="a2"><div class="a3"><div class="a4"><p class="a5">Tell us where to send the spring catalogue.</p></div></div></div></div></div>'), segment: 'Tell us where to send the spring catalogue.' },
      { name: 'an element with role="dialog"', input: html('<div role="dialog"><p>Choose the country you want your order shipped to.</p></div>'), segment: 'Choose the country you want your order shipped to.' },
      { name: "a shop's mini-cart drawer (div.block-minicart)", input: html('<div class="block-minicart"><div class="a1"><p>We group items in as few shipments as possible to cut packaging.</p></div></div>'), segment: 'We group items in as few shipments as possible to cut packaging.' },
      { name: "a consent manager's purpose text (li.ot-subgrp > p.ot-subgrp-desc)", input: html('<ul class="ot-subgrps"><li class="ot-subgrp"><p class="ot-subgrp-desc">Partners may use what you read here to choose the offers they show you later.</p></li></ul>'), segment: 'Partners may use what you read here to choose the offers they show you later.' },
      { name: "a consent manager's purpose group (div.ot-acc-grpcntr > p)", input: html('<div class="ot-acc-grpcntr"><p id="ot-desc-id-1">Partners may use what you read here to choose the offers they show you later.</p></div>'), segment: 'Partners may use what you read here to choose the offers they show you later.' },
    ],
    silent: [
      { name: 'no dialog cue', input: html('<div class="panel"><p>Measure your chest at its widest point and pick the size above it.</p></div>'), segment: 'Measure your chest at its widest point and pick the size above it.' },
      { name: 'a page frame that names itself main content (div.dialog-off-canvas-main-canvas)', input: html('<div class="dialog-off-canvas-main-canvas"><p>The river town rebuilt its old wooden bridge this spring.</p></div>'), segment: 'The river town rebuilt its old wooden bridge this spring.' },
      { name: 'a token that only contains the cue (unmodaled)', input: html('<div class="bimodality-note"><p>The measurements show two peaks in the spring.</p></div>'), segment: 'The measurements show two peaks in the spring.' },
      { name: "a bare ot class token (a CSS-in-JS class, not the consent manager's ot-subgrp)", input: html('<div class="am b ot"><p>The measurements show two peaks in the spring.</p></div>'), segment: 'The measurements show two peaks in the spring.' },
      { name: 'a subgroup named in full (div.subgroup-list)', input: html('<div class="subgroup-list"><p>The measurements show two peaks in the spring.</p></div>'), segment: 'The measurements show two peaks in the spring.' },
    ],
  },

  'nav.site-chrome': {
    fires: [
      { name: 'a sidebar paragraph three elements under an <aside>', input: html('<main><p>The kettle boils a litre in four minutes.</p></main><aside class="rail"><div class="a1"><div class="a2"><p>We have made kettles by hand in a small workshop since 1952, and we still test every one.</p></div></div></aside>'), segment: 'We have made kettles by hand in a small workshop since 1952, and we still test every one.' },
      { name: 'a mega-menu blurb three elements under a <nav>', input: html('<nav class="site"><div class="mega"><div class="col"><p>Our kettles are made by hand in a small workshop, and we still test every one.</p></div></div></nav><main><p>The kettle boils a litre in four minutes.</p></main>'), segment: 'Our kettles are made by hand in a small workshop, and we still test every one.' },
      { name: "the site's <header> (a promo bar three elements down)", input: html('<header class="site"><div class="promo"><div class="bar"><p>Free shipping on every order over fifty dollars, all year long.</p></div></div></header><main><p>The kettle boils a litre in four minutes.</p></main>'), segment: 'Free shipping on every order over fifty dollars, all year long.' },
      { name: 'a rail in a <div role="complementary"> (an ARIA chrome landmark)', input: html('<main><p>The kettle boils a litre in four minutes.</p></main><div class="rail" role="complementary"><div class="a1"><div class="a2"><p>We have made kettles by hand in a small workshop since 1952, and we still test every one.</p></div></div></div>'), segment: 'We have made kettles by hand in a small workshop since 1952, and we still test every one.' },
      { name: 'a callout <aside> inside the article', input: html('<article><p>The kettle boils a litre in four minutes.</p><aside><div class="box"><div class="inner"><p>Sign up and we will write to you about new kettles once a month.</p></div></div></aside></article>'), segment: 'Sign up and we will write to you about new kettles once a month.' },
    ],
    silent: [
      { name: 'an <aside> that wraps the page\'s <main> (a wrapper, not a sidebar)', input: html('<aside class="columns"><main><div class="page-wrap"><p>We have made kettles by hand in a small workshop since 1952, and we still test every one.</p></div></main></aside>'), segment: 'We have made kettles by hand in a small workshop since 1952, and we still test every one.' },
      { name: 'a <nav> left open around the page\'s <main>', input: html('<nav class="top"><main><div class="page-wrap"><p>We have made kettles by hand in a small workshop since 1952, and we still test every one.</p></div></main>'), segment: 'We have made kettles by hand in a small workshop since 1952, and we still test every one.' },
      { name: "an article's own <header> (its standfirst)", input: html('<article><header><div class="dek"><div class="inner"><p>Free shipping on every order over fifty dollars, all year long.</p></div></div></header><p>The kettle boils a litre in four minutes.</p></article>'), segment: 'Free shipping on every order over fifty dollars, all year long.' },
      { name: 'a <header> inside <main>', input: html('<main><header><div class="dek"><div class="inner"><p>Free shipping on every order over fifty dollars, all year long.</p></div></div></header><p>The kettle boils a litre in four minutes.</p></main>'), segment: 'Free shipping on every order over fifty dollars, all year long.' },
      { name: 'an <aside> around an <article>', input: html('<aside><article><div class="body"><p>We have made kettles by hand in a small workshop since 1952, and we still test every one.</p></div></article></aside>'), segment: 'We have made kettles by hand in a small workshop since 1952, and we still test every one.' },
      { name: 'a div classed sidebar-ish without the element (div.rail)', input: html('<main><p>The kettle boils a litre in four minutes.</p></main><div class="rail"><div class="a1"><div class="a2"><p>We have made kettles by hand in a small workshop since 1952, and we still test every one.</p></div></div></div>'), segment: 'We have made kettles by hand in a small workshop since 1952, and we still test every one.' },
    ],
  },

  'nav.review-widget': {
    fires: [
      { name: 'a Judge.me review (div.jdgm-carousel-item__review-body)', input: html('<div class="jdgm-carousel-item__review-body"><p>The tent kept us dry through two nights of rain, and it packs down small.</p></div>'), segment: 'The tent kept us dry through two nights of rain, and it packs down small.' },
      { name: 'a Bazaarvoice review list six cue-bearing elements up (div#bvseo-reviewsSection)', input: html('<div id="bvseo-reviewsSection"><div class="a1"><div class="a2"><div class="a3"><div class="a4"><p class="a5">Great sound for the price, and the battery lasts all week.</p></div></div></div></div></div>'), segment: 'Great sound for the price, and the battery lasts all week.' },
    ],
    silent: [
      { name: "the shop's own reviews section (div.customer-reviews)", input: html('<div class="customer-reviews"><p>The tent kept us dry through two nights of rain, and it packs down small.</p></div>'), segment: 'The tent kept us dry through two nights of rain, and it packs down small.' },
      { name: 'a token that only begins with a vendor name (rpix)', input: html('<div class="rpix-text"><p>The tent kept us dry through two nights of rain, and it packs down small.</p></div>'), segment: 'The tent kept us dry through two nights of rain, and it packs down small.' },
    ],
  },

  'nav.footer-cue': {
    fires: [
      { name: "a shop's about-us blurb in a <footer>", input: html('<main><p>The kettle boils a litre in four minutes.</p></main><footer><div class="about"><p>We have made kettles by hand in a small workshop since 1952, and we still test every one.</p></div></footer>'), segment: 'We have made kettles by hand in a small workshop since 1952, and we still test every one.' },
      { name: 'a footer class token five cue-bearing elements up (div.site-footer__top)', input: html('<div class="site-footer__top"><div class="a1"><div class="a2"><div class="a3"><p class="a4">Sign up and we will write to you about new kettles once a month.</p></div></div></div></div>'), segment: 'Sign up and we will write to you about new kettles once a month.' },
      { name: 'a footer id (div#footer)', input: html('<div id="footer"><p>Our showroom is open on weekdays from nine until five.</p></div>'), segment: 'Our showroom is open on weekdays from nine until five.' },
      { name: 'fine print four cue-bearing elements under div.product-disclaimer', input: html('<div class="product-disclaimer"><div class="row"><div class="col"><div class="content"><p>Delivery times are estimates and may vary with the weather and the season.</p></div></div></div></div>'), segment: 'Delivery times are estimates and may vary with the weather and the season.' },
      { name: 'a licence notice under an id that ends with legal (div#store_area_legal)', input: html('<div id="store_area_legal"><div class="a1"><p>Licence terms apply to the software, and the trademarks belong to their owners.</p></div></div>'), segment: 'Licence terms apply to the software, and the trademarks belong to their owners.' },
      { name: 'a class that begins with legal (div.legal-text)', input: html('<div class="legal-text"><p>Offer valid while stocks last, and prices may change without notice.</p></div>'), segment: 'Offer valid while stocks last, and prices may change without notice.' },
    ],
    silent: [
      { name: 'no footer cue', input: html('<div class="about"><p>We have made kettles by hand in a small workshop since 1952, and we still test every one.</p></div>'), segment: 'We have made kettles by hand in a small workshop since 1952, and we still test every one.' },
      { name: 'a token that only contains the cue in its middle (unfootered)', input: html('<div class="unfootered-layout"><p>The river town rebuilt its old wooden bridge this spring.</p></div>'), segment: 'The river town rebuilt its old wooden bridge this spring.' },
      { name: 'legal only in the middle of a token (illegally-parked)', input: html('<div class="illegally-parked"><p>The river town rebuilt its old wooden bridge this spring.</p></div>'), segment: 'The river town rebuilt its old wooden bridge this spring.' },
      { name: 'a word of its own that ends with legal (div.paralegal)', input: html('<div class="paralegal"><p>Our paralegal team prepares every filing with the client before the hearing.</p></div>'), segment: 'Our paralegal team prepares every filing with the client before the hearing.' },
      {
        name: 'a footer token above most of the page (a page wrapper) is not read',
        input: html(`<div class="sticky-footer-wrapper">${['The river town rebuilt its old wooden bridge this spring.', 'Carpenters worked through April to replace the rotten beams.', 'The mayor opened the bridge on the first Sunday of May.', 'Children crossed it first, carrying paper lanterns.', 'The old beams were sold to a boat builder up the coast.'].map((t) => `<p>${t}</p>`).join('')}</div>`),
        segment: 'The mayor opened the bridge on the first Sunday of May.',
      },
    ],
  },

  'nav.author-bio': {
    fires: [
      { name: 'a two-sentence bio in section.author-box', input: html('<section class="author-box"><div class="box-inner"><p>Jane Doe has covered the river towns for twenty years. She lives near the old mill.</p></div></section>'), segment: 'Jane Doe has covered the river towns for twenty years. She lives near the old mill.' },
      { name: 'an author token as a suffix (div.blog-author), four cue-bearing elements up', input: html('<div class="blog-author"><div class="a1"><div class="a2"><div class="a3"><p>Jane Doe writes about bridges. She has built three of them herself.</p></div></div></div></div>'), segment: 'Jane Doe writes about bridges. She has built three of them herself.' },
    ],
    silent: [
      { name: 'one sentence under the cue (a byline)', input: html('<div class="author-box"><p>Jane Doe has covered the river towns for twenty years.</p></div>'), segment: 'Jane Doe has covered the river towns for twenty years.' },
      { name: 'no author cue', input: html('<div class="writer-note"><p>Jane Doe writes about bridges. She has built three of them herself.</p></div>'), segment: 'Jane Doe writes about bridges. She has built three of them herself.' },
      { name: 'the cue five cue-bearing elements up', input: html('<div class="blog-author"><div class="a1"><div class="a2"><div class="a3"><div class="a4"><p>Jane Doe writes about bridges. She has built three of them herself.</p></div></div></div></div></div>'), segment: 'Jane Doe writes about bridges. She has built three of them herself.' },
      { name: 'a post that names its author in its class (article.hentry.author-jane-doe)', input: html('<article class="hentry author-jane-doe"><p>The bridge opened on Monday. Crowds came from the next valley.</p></article>'), segment: 'The bridge opened on Monday. Crowds came from the next valley.' },
    ],
  },

  'nav.control': {
    fires: [
      { name: 'text in a <button>', input: html('<main><p>The kettle boils a litre in four minutes.</p><button type="button">Add this kettle to your shopping basket</button></main>'), segment: 'Add this kettle to your shopping basket' },
      { name: 'text in a span inside a <button>', input: html('<main><button class="quick"><span class="label">Take a quick look at this kettle</span></button></main>'), segment: 'Take a quick look at this kettle' },
      { name: 'a link classed as a button (a.btn-primary)', input: html('<main><p>The kettle boils a litre in four minutes.</p><a class="btn-primary" href="/apply">Apply now for the spring workshop</a></main>'), segment: 'Apply now for the spring workshop' },
      { name: 'a paragraph whose parent is classed as a button (div.product-btn)', input: html('<main><div class="product-btn"><p>Shop the whole kettle range</p></div></main>'), segment: 'Shop the whole kettle range' },
    ],
    silent: [
      { name: 'a link classed button (a word, not btn)', input: html('<main><a class="button" href="/range">Shop the whole kettle range</a></main>'), segment: 'Shop the whole kettle range' },
      { name: 'btn on the grandparent only (a card that a btn-classed wrapper holds)', input: html('<main><div class="btn-wrap"><div class="card"><p>Shop the whole kettle range</p></div></div></main>'), segment: 'Shop the whole kettle range' },
      { name: 'a word that contains btn in its middle', input: html('<main><div class="abtnx"><p>Shop the whole kettle range</p></div></main>'), segment: 'Shop the whole kettle range' },
    ],
  },

  'nav.short-bare': {
    fires: [
      { name: '10 characters without sentence punctuation (the threshold)', input: zh('一二三四五六七八九十'), segment: '一二三四五六七八九十' },
      { name: 'an English label', input: en('Read more'), segment: 'Read more' },
    ],
    silent: [
      { name: '11 characters', input: zh('一二三四五六七八九十百'), segment: '一二三四五六七八九十百' },
      { name: 'a short sentence with a full stop', input: zh('好的。'), segment: '好的。' },
    ],
  },

  'body.long-text': {
    fires: [
      { name: 'weighted length 150 (49 Han + 2 Latin + 。)', input: zh(`${han(49)}ab。`), segment: `${han(49)}ab。` },
      { name: 'English, 150 characters', input: en(EN_150), segment: EN_150 },
      { name: 'link density 17/60 (0.28)', input: html(`<p><a href="/x">${han(17)}</a>${han(42)}。</p>`), segment: `${han(17)}${han(42)}。` },
    ],
    silent: [
      { name: 'weighted length 149', input: zh(`${han(49)}a。`), segment: `${han(49)}a。` },
      { name: 'English, 149 characters', input: en(EN_149), segment: EN_149 },
      { name: 'link density 18/60 (0.3)', input: html(`<p><a href="/x">${han(18)}</a>${han(41)}。</p>`), segment: `${han(18)}${han(41)}。` },
      { name: 'a pipe list of long items', input: zh(`${han(20)}|${han(20)}|${han(20)}`), segment: `${han(20)}|` },
    ],
  },

  'body.medium-text': {
    fires: [
      { name: 'weighted length 60 (20 Han characters)', input: zh(han(20)), segment: han(20) },
      { name: 'English, 60 characters', input: en(EN_60), segment: EN_60 },
      { name: 'Japanese sentence', input: ja('今日はとても良い天気だったので、家族と一緒に近くの公園まで散歩に出かけました。'), segment: '今日はとても良い天気' },
    ],
    silent: [
      { name: 'weighted length 59 (19 Han + 2 digits)', input: zh(`${han(19)}12`), segment: `${han(19)}12` },
      { name: 'English, 59 characters', input: en(EN_59), segment: EN_59 },
      { name: 'link density 6/20 (0.3)', input: html(`<p><a href="/x">${han(6)}</a>${han(14)}</p>`), segment: `${han(6)}${han(14)}` },
      { name: 'a pipe list', input: zh(`${han(10)}|${han(10)}|${han(10)}`), segment: `${han(10)}|` },
    ],
  },

  'body.sentence': {
    fires: [
      { name: '12 characters ending in 。 (the threshold)', input: zh(`${han(11)}。`), segment: `${han(11)}。` },
      { name: 'English sentence', input: en('It rained all day.'), segment: 'It rained all day.' },
      { name: 'Japanese sentence', input: ja('今日はとても良い天気でした。'), segment: '今日はとても良い天気でした。' },
      { name: 'a question in quotes', input: zh('他问：“明天还会下雨吗？”'), segment: '他问：“明天还会下雨吗？”' },
      { name: 'link density 7/16 (0.44)', input: html(`<p><a href="/x">${han(7)}</a>${han(8)}。</p>`), segment: `${han(7)}${han(8)}。` },
    ],
    silent: [
      { name: '11 characters', input: zh(`${han(10)}。`), segment: `${han(10)}。` },
      { name: 'ends in …… without sentence punctuation', input: zh(`${han(15)}……`), segment: `${han(15)}……` },
      { name: 'holds sentence punctuation but ends in ；', input: zh(`${han(15)}；`), segment: `${han(15)}；` },
      { name: 'link density 8/16 (0.5)', input: html(`<p><a href="/x">${han(8)}</a>${han(7)}。</p>`), segment: `${han(8)}${han(7)}。` },
    ],
  },

  'body.punctuated': {
    fires: [
      { name: '1 mark per 33 characters (0.0303)', input: zh(`${han(32)}，`), segment: `${han(32)}，` },
      { name: '20 characters (the threshold)', input: zh(`${han(19)}，`), segment: `${han(19)}，` },
      { name: 'English with commas', input: en('Rain, wind and cold: a long winter'), segment: 'Rain, wind and cold: a long winter' },
      { name: 'link density 9/20 (0.45)', input: html(`<p><a href="/x">${han(9)}</a>${han(10)}，</p>`), segment: `${han(9)}${han(10)}，` },
    ],
    silent: [
      { name: '1 mark per 34 characters (0.0294)', input: zh(`${han(33)}，`), segment: `${han(33)}，` },
      { name: '19 characters', input: zh(`${han(18)}，`), segment: `${han(18)}，` },
      { name: 'link density 10/20 (0.5)', input: html(`<p><a href="/x">${han(10)}</a>${han(9)}，</p>`), segment: `${han(10)}${han(9)}，` },
    ],
  },

  'body.stopwords': {
    fires: [
      { name: '2 stopwords in 10 words (0.2)', input: en('red green blue black white pink gray brown of the'), segment: 'red green blue black white pink gray brown of the' },
      { name: '8 words (the threshold)', input: en('red green blue black white pink of the'), segment: 'red green blue black white pink of the' },
      { name: 'Chinese prose', input: zh(han(20)), segment: han(20) },
      { name: 'link density 19/40 (0.48)', input: html('<p><a href="/x">red green blue black wh</a>ite pink gray brown of the</p>'), segment: 'red green blue black white pink gray brown of the' },
    ],
    silent: [
      { name: '1 stopword in 10 words (0.1)', input: en('red green blue black white pink gray brown navy of'), segment: 'red green blue black white pink gray brown navy of' },
      { name: '7 words', input: en('red green blue black white of the'), segment: 'red green blue black white of the' },
      { name: 'link density 20/40 (0.5)', input: html('<p><a href="/x">red green blue black whi</a>te pink gray brown of the</p>'), segment: 'red green blue black white pink gray brown of the' },
    ],
  },

  'body.headline': {
    fires: [
      {
        name: 'an <h1> equal to the first part of the <title>',
        input: { html: '<html><head><title>央行宣布下调存款准备金率 - 财经网</title></head><body><h1>央行宣布下调存款准备金率</h1><p>正文内容。</p></body></html>' },
        segment: '央行宣布下调存款准备金率',
      },
      { name: 'a text line equal to the first part of the title', input: { text: 'Markets rally after rate cut - Daily News\nMarkets rally after rate cut\nThe index rose two percent.' }, segment: 'Markets rally after rate cut' },
      {
        name: 'an <h1> equal to the last crumb of the breadcrumb',
        input: { html: '<html><head><title>财经网</title></head><body><p>首页 > 财经 > 央行宣布下调存款准备金率</p><h1>央行宣布下调存款准备金率</h1></body></html>' },
        segment: '央行宣布下调存款准备金率',
      },
      {
        name: 'a heading linking to itself (phpBB topic title)',
        input: { html: "<html><head><title>Raspberry Pi won't boot after update - Hardware - Forum</title></head><body><h2><a href=\"./viewtopic.php?t=9\">Raspberry Pi won't boot after update</a></h2></body></html>" },
        segment: "Raspberry Pi won't boot after update",
      },
      { name: 'a 6-character headline (the minimum)', input: { html: '<html><head><title>央行宣布降准 - 财经网</title></head><body><h1>央行宣布降准</h1></body></html>' }, segment: '央行宣布降准' },
    ],
    silent: [
      { name: 'a 5-character headline', input: { html: '<html><head><title>央行宣布降 - 财经网</title></head><body><h1>央行宣布降</h1></body></html>' }, segment: '央行宣布降' },
      {
        name: 'a linked line that is not a heading (link density 1: a related link to the same story)',
        input: { html: '<html><head><title>央行宣布下调存款准备金率 - 财经网</title></head><body><p><a href="/x">央行宣布下调存款准备金率</a></p></body></html>' },
        segment: '央行宣布下调存款准备金率',
      },
      { name: 'an <h1> unlike the title', input: { html: '<html><head><title>央行宣布下调存款准备金率 - 财经网</title></head><body><h1>本地天气预报</h1></body></html>' }, segment: '本地天气预报' },
    ],
  },

  'nav.legal-notice': {
    fires: [
      { name: 'a reprint notice with two phrases, 50 Han characters (weighted 150, the threshold)', input: zh(LEGAL_50), segment: LEGAL_50 },
      { name: 'a long disclaimer paragraph that would otherwise be body', input: zh(`${LEGAL_50}${P1}${P2}`), segment: `${LEGAL_50}${P1}${P2}` },
      { name: 'English: may not be reproduced + privacy policy', input: en(EN_LEGAL), segment: EN_LEGAL },
      { name: 'English: a trademark notice (are trademarks of + property of their respective owners)', input: en(EN_TRADEMARKS), segment: EN_TRADEMARKS },
      { name: 'English: financing fine print (subject to credit approval + actual terms may vary)', input: en(EN_FINE_PRINT), segment: EN_FINE_PRINT },
      { name: 'English: a cookie notice (this website uses cookies + opt-out of these cookies)', input: en(EN_COOKIE_NOTICE), segment: EN_COOKIE_NOTICE },
      { name: 'English: an affiliate disclosure (affiliate links + may earn a commission)', input: en(EN_AFFILIATE), segment: EN_AFFILIATE },
      { name: 'a financial site\'s investment disclaimer (不构成任何投资建议 + 据此操作 + 风险自担)', input: zh(ZH_INVESTMENT_DISCLAIMER), segment: ZH_INVESTMENT_DISCLAIMER },
    ],
    silent: [
      { name: '49 Han characters, weighted 147 (a credit line under the article)', input: zh(LEGAL_50.slice(1)), segment: LEGAL_50.slice(1) },
      { name: 'one phrase only, however long', input: zh(`本站内容未经授权，${han(60)}。`), segment: `本站内容未经授权，${han(60)}。` },
      { name: 'a court report on a copyright case', input: zh(`法院认定被告侵犯了原告的著作权并判令其承担法律责任，${han(40)}。`), segment: `法院认定被告侵犯了原告的著作权并判令其承担法律责任，${han(40)}。` },
      { name: 'over 1,000 characters', input: zh(`${LEGAL_50}${han(1000)}`), segment: `${LEGAL_50}${han(1000)}` },
      { name: 'English: a news paragraph naming one trademark phrase in passing', input: en(EN_TRADEMARK_NEWS), segment: EN_TRADEMARK_NEWS },
      { name: 'English: a news paragraph about how websites use cookies', input: en(EN_COOKIE_NEWS), segment: EN_COOKIE_NEWS },
      { name: 'English: a news paragraph quoting one disclaimer phrase (the views expressed)', input: en(EN_VIEWS_NEWS), segment: EN_VIEWS_NEWS },
      { name: 'a policy report naming one investment-disclaimer phrase (风险自担 as a market principle)', input: zh(ZH_RISK_NEWS), segment: ZH_RISK_NEWS },
    ],
  },

  'body.byline': {
    fires: [
      { name: 'publication time and source', input: zh('发布时间：2024-06-05 来源：新华社'), segment: '发布时间：2024-06-05 来源：新华社' },
      { name: 'author and a Chinese date', input: zh('作者：张三 2024年6月5日'), segment: '作者：张三 2024年6月5日' },
      { name: '120 characters (the threshold)', input: zh(`发布时间：2024-06-05 来源：新华社 ${han(99)}`), segment: '发布时间：2024-06-05' },
      { name: 'link density 6/13 (0.46)', input: html('<p>来源：<a href="/s">新华社官网站</a>6月5日</p>'), segment: '来源：新华社官网站6月5日' },
      { name: 'English: By … with a date (By is named in the description)', input: en('By Jane Smith, June 5, 2024'), segment: 'By Jane Smith, June 5, 2024' },
      { name: 'Japanese: a 配信 dateline', input: ja('2024年5月12日 10時21分配信 示例新聞'), segment: '2024年5月12日 10時21分配信 示例新聞' },
      { name: 'Japanese: 公開日 with a date', input: ja('公開日：2024/05/12'), segment: '公開日：2024/05/12' },
      { name: 'Japanese: month/day with its weekday (3/9(木) 18:45配信)', input: ja('示例ニュース 3/9(木) 18:45配信'), segment: '示例ニュース 3/9(木) 18:45配信' },
      { name: 'in the article\'s own meta line (a body cue)', input: html('<article><p class="meta">By Jane Smith, June 5, 2024</p></article>'), segment: 'By Jane Smith, June 5, 2024' },
    ],
    silent: [
      { name: 'a byline word without a date', input: zh('来源：新华社'), segment: '来源：新华社' },
      { name: 'Japanese: two press conferences and a date (記者会見 is allowed out of the half-weight 記者)', input: ja('首相は5月12日の記者会見と13日の記者会見で表明'), segment: '首相は5月12日の記者会見と13日の記者会見で表明' },
      { name: 'a date without a byline word', input: zh('2024-06-05 星期三'), segment: '2024-06-05 星期三' },
      { name: 'Japanese: a fraction, not a date (3/9 の割合で配信)', input: ja('全体の3/9の割合で配信'), segment: '全体の3/9の割合で配信' },
      { name: '121 characters', input: zh(`发布时间：2024-06-05 来源：新华社 ${han(100)}`), segment: '发布时间：2024-06-05' },
      { name: 'link density 7/14 (0.5)', input: html('<p>来源：<a href="/s">新华通讯社官网</a>6月5日</p>'), segment: '来源：新华通讯社官网6月5日' },
      { name: 'a commenter\'s byline under a comments container', input: html('<div id="comments"><div class="item"><p class="credit">Posted by: Good_Karma | January 16 2008 at 03:26 PM</p></div></div>'), segment: 'Posted by: Good_Karma | January 16 2008 at 03:26 PM' },
      { name: 'a byline in the site footer', input: html('<footer><p>作者：网站编辑部 2024年6月5日</p></footer>'), segment: '作者：网站编辑部 2024年6月5日' },
    ],
  },

  'body.dom-cue': {
    fires: [
      { name: 'an <article> ancestor', input: html('<article><p>文章里的一段文字</p></article>'), segment: '文章里的一段文字' },
      { name: 'class post-content', input: html('<div class="post-content"><p>文章里的一段文字</p></div>'), segment: '文章里的一段文字' },
      { name: 'id artibody', input: html('<div id="artibody"><p>文章里的一段文字</p></div>'), segment: '文章里的一段文字' },
      { name: 'itemprop=articleBody beats share in the same element', input: html('<div class="share-wrapper" itemprop="articleBody"><p>文章里的一段文字</p></div>'), segment: '文章里的一段文字' },
    ],
    silent: [
      { name: 'comment-content: navigation wins within one element', input: html('<div class="comment-content"><p>网友发表的一段文字</p></div>'), segment: '网友发表的一段文字' },
      { name: 'no cue', input: html('<div><p>普通的一段文字</p></div>'), segment: '普通的一段文字' },
      { name: 'a content wrapper inside a <footer>', input: html('<footer><div class="content"><p>页脚里的正文文字</p></div></footer>'), segment: '页脚里的正文文字' },
      { name: 'a message inside a comments block', input: html('<div id="comments"><div class="message"><p>网友留言的一段文字</p></div></div>'), segment: '网友留言的一段文字' },
    ],
  },
};

/** The context pass and the never-body constraints: not rules of data/rules, but hits all the same. */
const PSEUDO: Record<string, RuleCases> = {
  'context.between-body': {
    fires: [
      { name: 'an undecided line between two body paragraphs', input: zh(P1, '摄于二零二四年春天的公园里', P2), segment: '摄于二零二四年春天的公园里' },
      { name: 'an undecided HTML block between body paragraphs', input: html(`<div><p>${P1}</p><p>摄于二零二四年春天的公园里</p><p>${P2}</p></div>`), segment: '摄于二零二四年春天的公园里' },
    ],
    silent: [
      { name: 'a decided body line between body paragraphs', input: zh(P1, P3, P2), segment: P3 },
      { name: 'an undecided line between navigation lists', input: zh('首页 > 新闻 > 国内', '摄于二零二四年春天的公园里', '关于我们 | 联系我们 | 网站地图'), segment: '摄于二零二四年春天的公园里' },
    ],
  },
  'context.between-navigation': {
    fires: [
      { name: 'an undecided line between navigation lists', input: zh(P1, '首页 > 新闻 > 国内', '摄于二零二四年春天的公园里', '关于我们 | 联系我们 | 网站地图'), segment: '摄于二零二四年春天的公园里' },
      { name: 'an undecided line after navigation at the page end (the page edges count as navigation)', input: zh(P1, '关于我们 | 联系我们 | 网站地图', '摄于二零二四年春天的公园里'), segment: '摄于二零二四年春天的公园里' },
    ],
    silent: [
      { name: 'an undecided line between body paragraphs', input: zh(P1, '摄于二零二四年春天的公园里', P2), segment: '摄于二零二四年春天的公园里' },
      { name: 'a decided navigation line', input: zh('首页 > 新闻 > 国内', '关于我们 | 联系我们 | 网站地图'), segment: '首页 > 新闻 > 国内' },
    ],
  },
  'context.only-text': {
    fires: [
      { name: 'a page whose only text is one undecided line', input: zh('摄于二零二四年春天的公园里'), segment: '摄于二零二四年春天的公园里' },
      { name: 'an undecided line between navigation lists on a page without body', input: zh('首页 > 新闻 > 国内', '摄于二零二四年春天的公园里', '关于我们 | 联系我们 | 网站地图'), segment: '摄于二零二四年春天的公园里' },
    ],
    silent: [
      { name: 'the same line on a page that has body', input: zh(P1, '关于我们 | 联系我们 | 网站地图', '摄于二零二四年春天的公园里'), segment: '摄于二零二四年春天的公园里' },
      { name: 'decided navigation on a page without body stays navigation', input: zh('首页 > 新闻 > 国内', '摄于二零二四年春天的公园里'), segment: '首页 > 新闻 > 国内' },
    ],
  },
  'context.only-description': {
    fires: [
      {
        name: 'an app shell whose page flow has no text: the meta description is its body',
        input: html('<div id="app"></div><script>renderThread()</script>', `<meta name="description" content="${P1}">`),
        segment: P1,
      },
    ],
    silent: [
      { name: 'the same description on a page that has body', input: html(`<div><p>${P2}</p></div>`, `<meta name="description" content="${P1}">`), segment: P1 },
      { name: 'a description of a few words on a page without body', input: html('<div id="app"></div>', '<meta name="description" content="论坛">'), segment: '论坛' },
    ],
  },
  'context.border': {
    fires: [
      { name: 'an undecided line between body and navigation', input: zh(P1, '摄于二零二四年春天的公园里', '关于我们 | 联系我们 | 网站地图'), segment: '摄于二零二四年春天的公园里' },
      { name: 'an undecided line between navigation and body', input: zh('首页 > 新闻 > 国内', '摄于二零二四年春天的公园里', P1), segment: '摄于二零二四年春天的公园里' },
    ],
    silent: [{ name: 'an undecided line between body paragraphs', input: zh(P1, '摄于二零二四年春天的公园里', P2), segment: '摄于二零二四年春天的公园里' }],
  },
  'context.doorway-page': {
    fires: [
      {
        name: 'a short heading on a page made of lottery-prediction text',
        input: zh('引言', '新澳门一肖一码是一种彩票游戏，一肖一码的玩法很多。', '一肖一码的定义', '一肖一码是一种基于生肖的游戏。'),
        segment: '引言',
      },
    ],
    silent: [
      { name: 'a clean line on a page with one spam line', input: zh(P1, P2, P3, '国产精品 一区二区 久久精品 中文字幕'), segment: P2 },
    ],
  },
  'context.between-spam': {
    fires: [
      {
        name: 'a keyword line with one known phrase between two keyword lines',
        input: zh(P1, '国产精品 | 一区二区 | 久久精品 | 中文字幕', '免费在线 | 毛片 | 高清视频 | 最新地址', '日韩精品 | 无码专区 | 人妻少妇 | 午夜福利'),
        segment: '免费在线 | 毛片 | 高清视频 | 最新地址',
      },
    ],
    silent: [
      {
        name: 'a line without spam terms between keyword lines',
        input: zh(P1, '国产精品 | 一区二区 | 久久精品 | 中文字幕', '关于我们 | 联系我们 | 网站地图', '日韩精品 | 无码专区 | 人妻少妇 | 午夜福利'),
        segment: '关于我们 | 联系我们 | 网站地图',
      },
    ],
  },
  'context.outside-main': {
    fires: [
      {
        name: 'a body-looking paragraph outside the main container',
        input: html(`<div id="main"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><div class="box"><p>本站所有文章均由编辑整理，转载时请保留原文的出处。</p></div>`),
        segment: '本站所有文章均由编辑整理',
      },
    ],
    silent: [
      {
        name: 'a paragraph inside the main container',
        input: html(`<div id="main"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><div class="box"><p>本站所有文章均由编辑整理，转载时请保留原文的出处。</p></div>`),
        segment: P2,
      },
      {
        name: 'an anchored byline outside the main container',
        input: html(`<div class="meta"><p>发布时间：2024-06-05 来源：新华社</p></div><div id="main"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`),
        segment: '发布时间：2024-06-05 来源：新华社',
      },
      { name: 'text input has no containers', input: zh(P1, P2, '本站所有文章均由编辑整理，转载时请保留原文的出处。'), segment: '本站所有文章均由编辑整理' },
    ],
  },
  'constraint.title-not-body': {
    fires: [
      { name: 'a plain title', input: titled('关于本站的说明'), segment: '关于本站的说明' },
      { name: 'a body-looking first line is still the title', input: titled(P1, P2), segment: P1 },
    ],
    silent: [
      { name: 'a spam title (labelled spam, no constraint needed)', input: titled('国产精品-一区二区-天气预报'), segment: '国产精品-一区二区-天气预报' },
      { name: 'an <h1>', input: html(`<h1>关于本站的说明</h1><p>${P1}</p>`), segment: '关于本站的说明' },
    ],
  },
  'constraint.meta-not-body': {
    fires: [{ name: 'a prose meta description', input: html(`<p>${P2}</p>`, `<meta name="description" content="${P1}">`), segment: P1 }],
    silent: [
      { name: 'a spam meta (labelled spam)', input: html('<p>正文</p>', '<meta name="keywords" content="国产精品,一区二区,麻豆传媒">'), segment: '国产精品,一区二区,麻豆传媒' },
      { name: 'the same text in a paragraph', input: html(`<p>${P1}</p>`), segment: P1 },
    ],
  },
  'constraint.hidden-not-body': {
    fires: [{ name: 'a hidden prose paragraph', input: html(`<p>${P2}</p><p style="display:none">${P1}</p>`), segment: P1 }],
    silent: [
      { name: 'a visible prose paragraph', input: html(`<p>${P1}</p>`), segment: P1 },
      {
        name: 'a hidden spam block labelled spam',
        input: html('<div style="position:absolute;left:-9999px"><a href="/1">cialis</a> <a href="/2">cheap</a> <a href="/3">levitra</a></div>'),
        segment: 'cialis cheap levitra',
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Running the cases

const RULE_IDS = rulesOnDisk().map((rule) => rule.id);

function describeSegments(report: Report): string {
  return report.segments.map((s) => `  «${s.text.slice(0, 60)}» ${s.label}: ${s.hits.map((h) => h.rule).join(' ') || '(no hits)'}`).join('\n');
}

/** The segment whose text equals `needle`, else the only segment containing it. */
function target(report: Report, needle: string): Segment {
  const exact = report.segments.filter((s) => s.text === needle);
  const found = exact.length > 0 ? exact : report.segments.filter((s) => s.text.includes(needle));
  if (found.length !== 1) {
    throw new Error(`expected one segment matching «${needle}», found ${found.length}:\n${describeSegments(report)}`);
  }
  return found[0]!;
}

function hitRules(input: Input, needle: string): { rules: string[]; explain: string } {
  const report = sifter.sift(input);
  const segment = target(report, needle);
  const rules = segment.hits.map((h) => h.rule);
  return { rules, explain: `segment «${segment.text.slice(0, 80)}» (${segment.label}) hits: ${rules.join(' ') || '(none)'}` };
}

function runTable(table: Record<string, RuleCases>, ids: readonly string[]): void {
  describe.each(ids.map((id) => [id]))('%s', (id) => {
    const entry = table[id];
    if (!entry) {
      it.skip('has no cases (see the coverage test)', () => {});
      return;
    }
    if (entry.fires.length > 0) {
      it.each(entry.fires)('fires: $name', ({ input, segment }) => {
        const { rules, explain } = hitRules(input, segment);
        expect(rules, explain).toContain(id);
      });
    }
    if (entry.silent.length > 0) {
      it.each(entry.silent)('silent: $name', ({ input, segment }) => {
        const { rules, explain } = hitRules(input, segment);
        expect(rules, explain).not.toContain(id);
      });
    }
  });
}

describe('rule table coverage', () => {
  it('finds the rule files', () => {
    expect(RULE_IDS.length).toBeGreaterThan(0);
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });

  it.each(RULE_IDS.map((id) => [id]))('%s has at least one fires and one silent case', (id) => {
    const entry = TABLE[id];
    expect(entry, `no TABLE entry for rule ${id}: add its must-fire and must-not-fire cases`).toBeDefined();
    expect(entry!.fires.length).toBeGreaterThan(0);
    expect(entry!.silent.length).toBeGreaterThan(0);
  });

  it('has no entries for rules that do not exist', () => {
    expect(Object.keys(TABLE).filter((id) => !RULE_IDS.includes(id))).toEqual([]);
  });

  it('every pseudo-rule has both kinds of case', () => {
    for (const [id, entry] of Object.entries(PSEUDO)) {
      expect(entry.fires.length, id).toBeGreaterThan(0);
      expect(entry.silent.length, id).toBeGreaterThan(0);
    }
  });
});

describe('rules', () => {
  runTable(TABLE, RULE_IDS);
});

describe('context pass and constraints', () => {
  runTable(PSEUDO, Object.keys(PSEUDO));
});
