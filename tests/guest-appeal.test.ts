import { beforeAll, describe, expect, it } from 'vitest';
import { GUEST_APPEAL, GUEST_APPEAL_MAX_CHARS } from '../src/classify/guest-appeal.js';
import type { Sifter } from '../src/index.js';
import { describeShortLineRule } from './helpers/short-line-table.js';
import { defaultSifter, segmentWith } from './helpers/sifter.js';

/**
 * classify/guest-appeal.ts: on a page typed forum, the board's appeal to its guests to register or
 * log in is not the thread. The lines and pages below were written for these tests.
 */

const fire: string[] = [
  'You are browsing the Garden Forum as a guest. Sign up for free to post replies and see photos.',
  'When you register for an account, you can follow threads and get a note when someone replies.',
  'Sign up to request clarification or add additional context in comments.',
  'Join to see the full size image and its camera settings.',
  'Nice photo. Log in to reply.',
  '您需要 登录 才可以下载或查看，没有账号？立即注册',
  '您需要登录后才可以回帖 登录 | 立即注册',
  '马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。',
];
const stay: string[] = [
  // a help thread's answer: log in to a device, not to the board
  'Log in to your router and set the DNS server to the one your provider gives you.',
  // a poster's own plans
  'I will sign up for the evening course and register for the exam in May.',
  'We joined the club last year and registered our boat to race in the summer series.',
  // the imperative not at a sentence start
  'My son wanted to sign up to see the match, but the tickets were gone.',
  // a help answer in Chinese: log in to the router, not to the board; a poster who registered
  '你需要登录路由器的管理页面后才可以修改DNS，默认地址是192.168.1.1。',
  '我上个月注册了账号，登录以后发现以前的帖子都还在。',
];
const appeal = 'Sign up to reply to this thread.';
const at = `${'The valve kept dripping after I changed the washer, so I took the whole tap apart again. '.repeat(5).slice(0, GUEST_APPEAL_MAX_CHARS - appeal.length - 2)}. ${appeal}`;
describeShortLineRule('GUEST_APPEAL', GUEST_APPEAL, { fire, stay, bound: { at, over: `x${at}` } });

const POSTS = [
  'My tomato plants have yellow leaves at the bottom and brown spots are spreading upwards. I water them every morning and they get sun all afternoon.',
  'That sounds like early blight. Take off the lower leaves, water the soil rather than the leaves, and leave more room between the plants for air.',
  'Thanks, I took off the spotted leaves yesterday and the new growth at the top looks clean so far. I will space them out next year.',
];
const GUEST_LINE = 'You are browsing the Garden Forum as a guest. Sign up for free to post replies, follow threads and see the photos in posts.';

function post(n: number, author: string, text: string): string {
  return `<div class="post" id="post-${n}"><div class="author"><a href="/members/${author}">${author}</a></div><div class="post-body"><p>${text}</p></div></div>`;
}

function forumPage(): string {
  return `<!doctype html><html><head><title>Yellow leaves on tomato plants | Garden Forum</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/forums">Forums</a></li><li><a href="/latest">Latest</a></li></ul></nav></header>
<div class="thread"><h1>Yellow leaves on tomato plants</h1><div class="post-body"><p>${GUEST_LINE}</p></div>${POSTS.map((text, i) => post(i + 1, ['greenthumb', 'soilman', 'rowhoe'][i]!, text)).join('')}</div>
<footer><p>Powered by forum software. Terms of service. Privacy policy.</p></footer></body></html>`;
}

const STORY = [
  'The city garden club opened its new allotments by the river on Saturday, with forty plots for families who have no garden of their own.',
  'Each plot comes with a water butt and a small shed, and the club runs a course for beginners on the first Sunday of every month.',
  'The waiting list is already long, the club said, and a second field further up the river may be turned into plots next spring.',
];

function articlePage(): string {
  return `<!doctype html><html><head><title>New allotments open by the river | City News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"New allotments open by the river"}</script></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
<main><article><h1>New allotments open by the river</h1><div class="article-body">${STORY.map((p) => `<p>${p}</p>`).join('')}<p>${GUEST_LINE}</p></div></article></main>
<footer><p>City News. All rights reserved.</p></footer></body></html>`;
}

describe('a thread with a guest appeal above the posts', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the appeal is navigation, the posts stay body', () => {
    const report = sifter.sift({ html: forumPage() });
    expect(report.pageType.type).toBe('forum');
    for (const text of POSTS) expect(segmentWith(report, text.slice(0, 40))?.label, text).toBe('body');
    const appeal = segmentWith(report, GUEST_LINE.slice(0, 40));
    expect(appeal?.label).toBe('navigation');
    expect(appeal?.hits.map((h) => h.rule)).toContain(GUEST_APPEAL.hit.rule);
  });

  it('the same line on a page that is not a forum is left as the classifier called it', () => {
    const report = sifter.sift({ html: articlePage() });
    expect(report.pageType.type).not.toBe('forum');
    expect(segmentWith(report, GUEST_LINE.slice(0, 40))?.hits.map((h) => h.rule)).not.toContain(GUEST_APPEAL.hit.rule);
  });
});

const ZH_POSTS: readonly (readonly [string, string, string])[] = [
  ['老王', '2021-9-16 20:39', '最近家里的热水器总是忽冷忽热，洗澡的时候水温一会儿烫一会儿凉，请问大家这是什么原因？已经换过一次温控阀了，还是一样。'],
  ['水电李师傅', '2021-9-16 21:05', '先看看进水压力稳不稳，楼层高的话水压不够也会这样。另外燃气热水器要检查一下水量伺服器，脏了就会忽冷忽热。'],
  ['老王', '2021-9-17 08:12', '谢谢师傅，早上量了一下水压确实偏低，物业说是加压泵坏了，这周会修，修好以后我再试试看。'],
];
const ZH_BANNER = '马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。';
const ZH_NOTICE = '您需要 登录 才可以下载或查看，没有账号？立即注册';

/** A thread laid out as Discuz! X lays one out (table.plhin posts, td.t_f texts), the guest banner at the top of the first post. */
function discuzPage(): string {
  const post = (i: number, [author, date, text]: readonly [string, string, string]): string =>
    `<table id="pid${i}" class="plhin"><tr><td class="pls"><div class="authi"><a href="space-uid-${i}.html">${author}</a></div></td><td class="plc"><div class="pi"><strong><a>${i + 1}楼</a></strong><div class="authi"><em>发表于 ${date}</em> | 只看该作者</div></div><div class="pct"><div class="pcb">${i === 0 ? `<div class="locked"><h3>${ZH_BANNER}</h3><p>您需要 <a href="member.php?mod=logging&action=login">登录</a> 才可以下载或查看，没有账号？<a href="member.php?mod=register">立即注册</a></p></div>` : ''}<table><tr><td class="t_f" id="postmessage_${i}">${text}</td></tr></table></div></div></td></tr></table>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>热水器忽冷忽热怎么办 - 家居生活 - 海安论坛</title></head><body>
<div id="hd"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/forum.php">论坛</a></li><li><a href="/home.php">家园</a></li></ul></div>
<div id="pt" class="bm cl"><a href="/">海安论坛</a> › <a href="/forum-2-1.html">家居生活</a> › 热水器忽冷忽热怎么办</div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm"><h1 class="ts"><span id="thread_subject">热水器忽冷忽热怎么办</span></h1>${ZH_POSTS.map((p, i) => post(i, p)).join('')}</div>
<div id="f_pst" class="pl bm"><div class="pt hm">您需要登录后才可以回帖 <a href="member.php?mod=logging&action=login">登录</a> | <a href="member.php?mod=register">立即注册</a></div></div></div>
<div id="ft" class="wp cl"><p>Powered by Discuz! X3.4 © 2001-2021 Comsenz Inc.</p></div></body></html>`;
}

describe('a Discuz! thread in Chinese with the board\'s guest banner in its first post', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the banner and the attachment notice are navigation by the guest-appeal pass, the posts stay body', () => {
    const report = sifter.sift({ html: discuzPage() });
    expect(report.pageType.type).toBe('forum');
    for (const [, , text] of ZH_POSTS) expect(segmentWith(report, text.slice(0, 20))?.label, text).toBe('body');
    for (const line of [ZH_BANNER, ZH_NOTICE]) {
      const segment = segmentWith(report, line.slice(0, 12));
      expect(segment?.label, line).toBe('navigation');
      expect(segment?.hits.map((h) => h.rule), line).toContain(GUEST_APPEAL.hit.rule);
    }
  });
});
