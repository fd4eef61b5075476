import { beforeAll, describe, expect, it } from 'vitest';
import { CLASS_CUE_RULE, COMMENT_CUE_RULE, declaresThread, findForumPosts, FORUM_POST_HIT, isBareReply, readsAsPost, REPLY_MIN_WORDS, scoresWithoutCommentCue, THREAD_TYPES, type ForumPostInput } from '../src/classify/forum.js';
import type { Report, Sifter } from '../src/index.js';
import { parseOptions } from '../src/options.js';
import { loadResources } from '../src/resources.js';
import type { RuleHit } from '../src/rules/engine.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/forum.ts: on a page typed forum that declares itself a discussion thread, replies under
 * comment cues are posts, each body (issue 13). The pages below were written for these tests.
 */

const COMMENT_HIT: RuleHit = { rule: COMMENT_CUE_RULE, label: 'navigation', score: 11, description: 'comment cue' };
const PROSE_HIT: RuleHit = { rule: 'body.long-text', label: 'body', score: 9, description: 'long text' };
const DOM_HIT: RuleHit = { rule: 'nav.dom-cue', label: 'navigation', score: 2, description: 'navigation cue' };
const SENTENCE_HIT: RuleHit = { rule: 'body.sentence', label: 'body', score: 2, description: 'a sentence' };
const DOT_HIT: RuleHit = { rule: 'body.punctuated', label: 'body', score: 1, description: 'punctuated' };
const LINK_ONLY_HIT: RuleHit = { rule: 'nav.link-only', label: 'navigation', score: 2, description: 'a link' };
const BODY_CUE_HIT: RuleHit = { rule: 'body.dom-cue', label: 'body', score: 1, description: 'body cue' };
const SHORT_HIT: RuleHit = { rule: 'nav.short-bare', label: 'navigation', score: 1, description: 'short' };
const LINK_DENSE_HIT: RuleHit = { rule: 'nav.link-dense', label: 'navigation', score: 3, description: 'link text' };
const STOPWORDS_HIT: RuleHit = { rule: 'body.stopwords', label: 'body', score: 1, description: 'stop words' };
const SPAM_HIT: RuleHit = { rule: 'spam.test', label: 'spam', score: 6, description: 'spam' };

/** A reply paragraph: prose under a comment cue, navigation only because of the cue. */
function reply(overrides: Partial<ForumPostInput> = {}): ForumPostInput {
  return { label: 'navigation', scores: { body: 9, navigation: 13, spam: 0 }, hits: [PROSE_HIT, DOM_HIT, COMMENT_HIT], commentCue: true, candidate: true, punctuated: true, words: 30, ...overrides };
}

describe('scoresWithoutCommentCue', () => {
  it('takes the comment cue rule\'s score off, and nothing else', () => {
    expect(scoresWithoutCommentCue({ body: 9, navigation: 13, spam: 1 }, [PROSE_HIT, DOM_HIT, COMMENT_HIT])).toEqual({ body: 9, navigation: 2, spam: 1 });
    expect(scoresWithoutCommentCue({ body: 9, navigation: 2, spam: 0 }, [PROSE_HIT, DOM_HIT])).toEqual({ body: 9, navigation: 2, spam: 0 });
  });
});

describe('findForumPosts', () => {
  it('promotes a reply that reads as body without its comment cue', () => {
    expect(findForumPosts([reply()])).toEqual([0]);
  });

  it('promotes a short punctuated reply that is undecided without its cue (margin under DECISIVE_MARGIN either way)', () => {
    const short = reply({ scores: { body: 3, navigation: 13, spam: 0 }, hits: [SENTENCE_HIT, DOM_HIT, COMMENT_HIT] });
    const leaningNavigation = reply({ scores: { body: 1, navigation: 13, spam: 0 }, hits: [DOT_HIT, DOM_HIT, COMMENT_HIT] });
    expect(findForumPosts([short, leaningNavigation])).toEqual([0, 1]);
  });

  it('leaves undecided text without punctuation (reply chrome: "3 Likes Reply") and text that is navigation without the cue (margin −2)', () => {
    const likes = reply({ scores: { body: 1, navigation: 11, spam: 0 }, hits: [BODY_CUE_HIT, COMMENT_HIT], punctuated: false, words: 3 });
    const chrome = reply({ scores: { body: 1, navigation: 14, spam: 0 }, hits: [DOT_HIT, LINK_ONLY_HIT, SHORT_HIT, COMMENT_HIT] });
    expect(findForumPosts([likes, chrome])).toEqual([]);
  });

  it('promotes a bare reply: unpunctuated, navigation without its cue only by the class cue, REPLY_MIN_WORDS words or more', () => {
    const bare = reply({ scores: { body: 0, navigation: 13, spam: 0 }, hits: [DOM_HIT, COMMENT_HIT], punctuated: false, words: REPLY_MIN_WORDS });
    const tooShort = reply({ scores: { body: 0, navigation: 13, spam: 0 }, hits: [DOM_HIT, COMMENT_HIT], punctuated: false, words: REPLY_MIN_WORDS - 1 });
    expect(findForumPosts([bare, tooShort])).toEqual([0]);
  });

  it('readsAsPost: body, or undecided and punctuated; never navigation or spam', () => {
    expect(readsAsPost({ body: 9, navigation: 2, spam: 0 }, false)).toBe(true);
    expect(readsAsPost({ body: 2, navigation: 3, spam: 0 }, true)).toBe(true);
    expect(readsAsPost({ body: 2, navigation: 3, spam: 0 }, false)).toBe(false);
    expect(readsAsPost({ body: 1, navigation: 3, spam: 0 }, true)).toBe(false);
    expect(readsAsPost({ body: 9, navigation: 0, spam: 5 }, true)).toBe(false);
  });

  it('leaves reply chrome, text without a comment cue, other labels and out-of-flow text alone', () => {
    const chrome = reply({ scores: { body: 1, navigation: 15, spam: 0 }, hits: [DOT_HIT, LINK_ONLY_HIT, SHORT_HIT, COMMENT_HIT] });
    const menu = reply({ commentCue: false, scores: { body: 0, navigation: 9, spam: 0 }, hits: [DOM_HIT] });
    const spam = reply({ label: 'spam' });
    const body = reply({ label: 'body' });
    const hidden = reply({ candidate: false });
    expect(findForumPosts([chrome, menu, spam, body, hidden])).toEqual([]);
  });
});

describe('isBareReply', () => {
  const CUES = [DOM_HIT, COMMENT_HIT];
  const fires: [string, Record<'body' | 'navigation' | 'spam', number>, RuleHit[], number][] = [
    ['the cues alone, at the fewest words', { body: 0, navigation: 13, spam: 0 }, CUES, REPLY_MIN_WORDS],
    ['the cues and body rules, a longer line', { body: 1, navigation: 13, spam: 0 }, [STOPWORDS_HIT, ...CUES], 9],
    ['the comment cue alone', { body: 0, navigation: 11, spam: 0 }, [COMMENT_HIT], 5],
    ['a spam score under SPAM_MIN_SCORE', { body: 0, navigation: 13, spam: 4 }, CUES, 5],
  ];
  const stays: [string, Record<'body' | 'navigation' | 'spam', number>, RuleHit[], number][] = [
    ['one word short of the fewest', { body: 0, navigation: 13, spam: 0 }, CUES, REPLY_MIN_WORDS - 1],
    ['short text ("1 Like")', { body: 0, navigation: 14, spam: 0 }, [SHORT_HIT, ...CUES], 5],
    ['link text (a permalink, a user name)', { body: 0, navigation: 16, spam: 0 }, [LINK_DENSE_HIT, ...CUES], 5],
    ['a link alone', { body: 0, navigation: 15, spam: 0 }, [LINK_ONLY_HIT, ...CUES], 5],
    ['a spam score at SPAM_MIN_SCORE', { body: 0, navigation: 13, spam: 6 }, [SPAM_HIT, ...CUES], 5],
  ];
  it.each(fires)('fires: %s', (_name, scores, hits, words) => {
    expect(isBareReply(scores, hits, words)).toBe(true);
  });
  it.each(stays)('does not fire: %s', (_name, scores, hits, words) => {
    expect(isBareReply(scores, hits, words)).toBe(false);
  });
  it('reads the class cue by the shipped rule id', async () => {
    const resources = await loadResources(parseOptions({}));
    expect(JSON.stringify(resources.rules.find((r) => r.id === CLASS_CUE_RULE)?.when)).toContain('dom.navCue');
  });
});

describe('declaresThread', () => {
  it('is true for a page declaring a DiscussionForumPosting, whatever else it declares', () => {
    expect(THREAD_TYPES).toContain('discussionforumposting');
    expect(declaresThread(['website', 'discussionforumposting', 'qapage'])).toBe(true);
  });

  it('is false for articles, Q&A pages and pages that declare nothing', () => {
    expect(declaresThread(['article', 'comment'])).toBe(false);
    expect(declaresThread(['qapage', 'question'])).toBe(false);
    expect(declaresThread([])).toBe(false);
    expect(declaresThread(undefined)).toBe(false);
  });
});

describe('the comment cue rule', () => {
  it('is a shipped navigation rule on dom.commentCue, so that a forum page can set it aside', async () => {
    const resources = await loadResources(parseOptions({}));
    const rule = resources.rules.find((r) => r.id === COMMENT_CUE_RULE);
    expect(rule?.label).toBe('navigation');
    expect(JSON.stringify(rule?.when)).toContain('dom.commentCue');
  });
});

const OPENING = [
  'My sourdough starter is three weeks old and still does not double after feeding. I keep it on the kitchen counter and feed it once a day with plain white flour.',
  'It bubbles a little for an hour and then goes flat, and it has started to smell sharp. Is it worth carrying on with it, or should I throw it away and start again?',
];
const REPLIES = [
  'I had the same problem with my sourdough last winter. The kitchen was too cold, so the starter barely rose; moving the jar next to the boiler fixed it within three days.',
  'Try feeding it twice a day with equal weights of flour and water, and use a little rye flour in the mix. Rye wakes a sluggish starter up faster than white flour does.',
  'Mine smelled of nail varnish for a week too. That smell means it is hungry, not dead, so keep feeding it and discard half before each feed until the smell goes away.',
  'Thanks everyone, the warm spot and the rye flour did the trick. This morning it doubled in six hours and the loaf I baked with it had a proper open crumb at last.',
];
const AUTHORS = ['ryeloaf', 'levain', 'crumbfan', 'ryeloaf'];

/** A post as a forum's crawler view writes it: replies carry schema.org's itemprop="comment". */
function post(n: number, author: string, paragraphs: readonly string[], isReply: boolean): string {
  const microdata = isReply ? 'itemprop="comment" itemscope itemtype="http://schema.org/Comment" ' : '';
  return (
    `<div id="post_${n}" ${microdata}class="topic-body crawler-post">` +
    `<div class="crawler-post-meta"><span class="creator"><a href="/u/${author}">${author}</a></span> <span class="post-time">March ${n + 1}, 2026</span></div>` +
    `<div class="post" itemprop="text">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>` +
    `<div class="post-actions"><span class="likes">${n} Likes</span> <a href="/reply">Reply</a></div></div>`
  );
}

/** A thread of an opening post and four replies, declared a DiscussionForumPosting (JSON-LD and microdata) or not. */
function threadPage(declared: boolean, shortReplies: readonly string[] = []): string {
  const jsonLd = declared ? '<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"Sourdough starter will not rise"}</script>' : '';
  const thread = declared ? '<div itemscope itemtype="http://schema.org/DiscussionForumPosting">' : '<div class="posts">';
  return `<!doctype html><html><head><title>Sourdough starter will not rise - Baking - Home Bakers Forum</title>${jsonLd}</head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li><li><a href="/latest">Latest</a></li></ul></nav></header>
<div id="main-outlet"><div id="topic-title"><h1><a href="/t/sourdough-starter/42">Sourdough starter will not rise</a></h1></div>
${thread}${post(1, 'crumbfan', OPENING, false)}${REPLIES.map((r, i) => post(i + 2, AUTHORS[i]!, [r], true)).join('')}${shortReplies.map((r, i) => post(i + 2 + REPLIES.length, 'levain', [r], true)).join('')}</div></div>
<footer><p>Powered by forum software. Terms of service. Privacy policy.</p></footer></body></html>`;
}

function segmentOf(report: Report, phrase: string): Report['segments'][number] | undefined {
  return report.segments.find((s) => s.source.kind !== 'title' && s.text.includes(phrase));
}

describe('forum threads: every post is body', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('on a declared thread the replies are body, each with the forum-post hit; menu, footer and reply buttons stay navigation', () => {
    const report = sifter.sift({ html: threadPage(true) });
    expect(report.pageType.type).toBe('forum');
    for (const p of OPENING) expect(segmentOf(report, p.slice(0, 40))?.label).toBe('body');
    for (const r of REPLIES) {
      const segment = segmentOf(report, r.slice(0, 40));
      expect(segment?.label, r).toBe('body');
      expect(segment?.hits.map((h) => h.rule)).toContain(FORUM_POST_HIT.rule);
    }
    expect(segmentOf(report, 'Categories')?.label).toBe('navigation');
    expect(segmentOf(report, 'Powered by forum software')?.label).toBe('navigation');
    expect(segmentOf(report, '3 Likes')?.label).toBe('navigation');
  });

  it('a short reply with a sentence\'s punctuation is a post too; its like count stays navigation', () => {
    const report = sifter.sift({ html: threadPage(true, ['Thanks, that fixed it.']) });
    expect(report.pageType.type).toBe('forum');
    expect(segmentOf(report, 'Thanks, that fixed it.')?.label).toBe('body');
    expect(segmentOf(report, '6 Likes')?.label).toBe('navigation');
  });

  it('a bare reply of REPLY_MIN_WORDS words or more is a post; a shorter one stays navigation', () => {
    const report = sifter.sift({ html: threadPage(true, ['Same problem here after the update', 'Works for me']) });
    expect(report.pageType.type).toBe('forum');
    const bare = segmentOf(report, 'Same problem here after the update');
    expect(bare?.label).toBe('body');
    expect(bare?.hits.map((h) => h.rule)).toContain(FORUM_POST_HIT.rule);
    expect(segmentOf(report, 'Works for me')?.label).toBe('navigation');
  });

  it('without the declaration the page is still a forum, and text under comment cues stays navigation', () => {
    const report = sifter.sift({ html: threadPage(false) });
    expect(report.pageType.type).toBe('forum');
    for (const p of OPENING) expect(segmentOf(report, p.slice(0, 40))?.label).toBe('body');
    for (const r of REPLIES) expect(segmentOf(report, r.slice(0, 40))?.label, r).toBe('navigation');
    expect(report.segments.flatMap((s) => s.hits.map((h) => h.rule))).not.toContain(FORUM_POST_HIT.rule);
  });
});
