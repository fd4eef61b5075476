import { beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_HEADING_MAX_CHARS, ANSWER_LIST_HIT, ANSWER_LIST_MAX_CLIMB, findAnswerListPosts, isAnswerHeading, loadAnswerHeadings, type AnswerListInput } from '../src/classify/answer-list.js';
import { COMMENT_CUE_RULE, REPLY_MIN_WORDS } from '../src/classify/forum.js';
import type { Report, Sifter } from '../src/index.js';
import type { RuleHit } from '../src/rules/engine.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/answer-list.ts: a question's answers printed in comment containers under a heading that
 * counts answers become body; comment sections and comments under answers stay navigation. The
 * pages below were written for these tests.
 */

const HEADINGS = loadAnswerHeadings();

describe('isAnswerHeading', () => {
  const fires = ['3 个回答', '共 12 个回答', '2個回答', '5 条答案', '全部回答（1,234）', '回答 (7)', '回答（3件）', '回答数（3件）', '3件の回答', '5 Answers', '1 answer', 'Answers (12)', '10,000 answers'];
  const silent = ['3 条评论', '评论（3）', 'コメント（3件）', '12 Comments', '3 replies', '2 条回复', '回复（4）', '返信（2件）', 'Answers', '回答', '提交回答', '写下你的回答', '2 Answers 2', 'Sorted by: highest score', '3 个回答，最佳答案由网友推荐'];
  it.each(fires)('fires on %j', (text) => expect(isAnswerHeading(text, HEADINGS)).toBe(true));
  it.each(silent)('does not fire on %j', (text) => expect(isAnswerHeading(text, HEADINGS)).toBe(false));
  it(`holds at most ANSWER_HEADING_MAX_CHARS (${ANSWER_HEADING_MAX_CHARS}) characters, spaces collapsed`, () => {
    const atBound = `${'1'.repeat(ANSWER_HEADING_MAX_CHARS - 8)} answers`;
    expect(atBound).toHaveLength(ANSWER_HEADING_MAX_CHARS);
    expect(isAnswerHeading(atBound, HEADINGS)).toBe(true);
    expect(isAnswerHeading(`1${atBound}`, HEADINGS)).toBe(false);
    expect(isAnswerHeading(`  5   Answers \n`, HEADINGS)).toBe(true);
  });
});

const COMMENT_HIT: RuleHit = { rule: COMMENT_CUE_RULE, label: 'navigation', score: 11, description: 'comment cue' };
const PROSE_HIT: RuleHit = { rule: 'body.long-text', label: 'body', score: 9, description: 'long text' };
const DOM_HIT: RuleHit = { rule: 'nav.dom-cue', label: 'navigation', score: 2, description: 'navigation cue' };
const DOT_HIT: RuleHit = { rule: 'body.punctuated', label: 'body', score: 1, description: 'punctuated' };
const LINK_HIT: RuleHit = { rule: 'nav.link-only', label: 'navigation', score: 4, description: 'a link' };

/** An answer's paragraph under a comment cue (ancestors: page 1, list 2, item `item`, its own element). */
function answer(item: number, overrides: Partial<AnswerListInput> = {}): AnswerListInput {
  return { label: 'navigation', text: 'An answer that reads as prose.', scores: { body: 9, navigation: 13, spam: 0 }, hits: [PROSE_HIT, DOM_HIT, COMMENT_HIT], ancestors: [1, 2, item, item * 10], commentCue: true, candidate: true, punctuated: true, dated: false, words: 6, weight: 100, ...overrides };
}
function heading(text: string, ancestors: number[] = [1, 2, 3], commentCue = true): AnswerListInput {
  return { label: 'navigation', text, scores: { body: 0, navigation: 12, spam: 0 }, hits: [DOM_HIT, COMMENT_HIT], ancestors, commentCue, candidate: true, punctuated: false, dated: false, words: 2, weight: 10 };
}

describe('findAnswerListPosts', () => {
  it('promotes the answers after an answer-count heading in the same container', () => {
    expect(findAnswerListPosts([heading('3 个回答'), answer(4), answer(5)], HEADINGS)).toEqual([1, 2]);
  });

  it('does not fire under a comment-count heading, or without one', () => {
    expect(findAnswerListPosts([heading('3 条评论'), answer(4), answer(5)], HEADINGS)).toEqual([]);
    expect(findAnswerListPosts([answer(4), answer(5)], HEADINGS)).toEqual([]);
  });

  it('leaves chrome (navigation without the cue), name-and-date lines (undecided, dated) and text outside the container', () => {
    const chrome = answer(4, { scores: { body: 0, navigation: 17, spam: 0 }, hits: [LINK_HIT, DOM_HIT, COMMENT_HIT], punctuated: false, words: 1, weight: 8 });
    const byline = answer(4, { scores: { body: 1, navigation: 13, spam: 0 }, hits: [DOT_HIT, DOM_HIT, COMMENT_HIT], punctuated: true, dated: true, words: 3, weight: 20 });
    const outside = answer(4, { ancestors: [1, 9, 90] });
    expect(findAnswerListPosts([heading('3 个回答'), byline, answer(4), chrome, outside], HEADINGS)).toEqual([2]);
  });

  it('takes an undecided answer with clause punctuation only (no 。) and a bare answer of REPLY_MIN_WORDS words, not a shorter one or a dated one', () => {
    // "1、最近好多网站索引都极速下降，可能是百度算法大更，可能会波及": body.punctuated, undecided without the cues
    const clauses = answer(4, { scores: { body: 1, navigation: 13, spam: 0 }, hits: [DOT_HIT, DOM_HIT, COMMENT_HIT], punctuated: true, words: 5, weight: 60 });
    // "大家淡定 保持更新 稳定外链 慢慢会好的": no punctuation, nothing but the comment class calls it navigation
    const bare = (words: number, dated = false): AnswerListInput => answer(5, { scores: { body: 0, navigation: 13, spam: 0 }, hits: [DOM_HIT, COMMENT_HIT], punctuated: false, words, dated, weight: 40 });
    expect(findAnswerListPosts([heading('2 个回答'), clauses, bare(REPLY_MIN_WORDS)], HEADINGS)).toEqual([1, 2]);
    expect(findAnswerListPosts([heading('2 个回答'), clauses, bare(REPLY_MIN_WORDS - 1)], HEADINGS)).toEqual([1]);
    expect(findAnswerListPosts([heading('2 个回答'), clauses, bare(REPLY_MIN_WORDS, true)], HEADINGS)).toEqual([1]);
  });

  it(`looks for the answers' container up to ANSWER_LIST_MAX_CLIMB (${ANSWER_LIST_MAX_CLIMB}) elements above the heading's own`, () => {
    // heading in a header bar: [1, 2, 3(header), 30(h2)]; answers in [1, 2, item]
    const inHeader = heading('5 Answers', [1, 2, 3, 30], false);
    expect(findAnswerListPosts([inHeader, answer(4), answer(5)], HEADINGS)).toEqual([1, 2]);
    // one level deeper: the list (2) is three elements above the heading's own
    const deeper = heading('5 Answers', [1, 2, 3, 31, 32], false);
    expect(findAnswerListPosts([deeper, answer(4), answer(5)], HEADINGS)).toEqual([]);
  });

  it('does not fire when the body text under no comment cue after the heading outweighs the answers (answers in .answer, comments under them)', () => {
    const ownAnswer = (weight: number): AnswerListInput => answer(4, { label: 'body', commentCue: false, hits: [PROSE_HIT], scores: { body: 9, navigation: 0, spam: 0 }, weight });
    const comment = answer(4, { weight: 100 });
    expect(findAnswerListPosts([heading('2 Answers'), ownAnswer(101), comment], HEADINGS)).toEqual([]);
    // the bound: equal weights do not fire, a little less body does
    expect(findAnswerListPosts([heading('2 Answers'), ownAnswer(100), comment], HEADINGS)).toEqual([]);
    expect(findAnswerListPosts([heading('2 Answers'), ownAnswer(99), comment], HEADINGS)).toEqual([2]);
  });

  it('leaves spam, out-of-flow text and a spam heading alone', () => {
    expect(findAnswerListPosts([heading('3 个回答'), answer(4, { label: 'spam' }), answer(5, { candidate: false })], HEADINGS)).toEqual([]);
    expect(findAnswerListPosts([{ ...heading('3 个回答'), label: 'spam' }, answer(4)], HEADINGS)).toEqual([]);
  });
});

/** A Q&A page: question, then `count` heading and answers in comment containers (`layout` picks the template). */
function qaPage(lang: 'zh' | 'ja' | 'en', countHeading: string, answers?: readonly string[]): string {
  const q = {
    zh: ['阳台种的番茄叶子发黄卷曲，是缺什么肥吗？', '今年春天在阳台上用花盆种了两棵番茄，最近下面的叶子开始发黄，边缘还往上卷，浇水是每天一次。'],
    ja: ['ベランダのミニトマトの葉が黄色くなりました。肥料不足でしょうか？', '春からプランターで育てていますが、最近下の葉から黄色くなって、ふちが丸まってきました。水は毎朝あげています。'],
    en: ['Why are the lower leaves of my balcony tomato turning yellow?', 'I planted two tomatoes in pots on my balcony this spring. The lower leaves are now yellow and curl upwards at the edges. I water them once a day.'],
  }[lang];
  const a = {
    zh: ['每天浇水太勤了，花盆底部积水会让根系缺氧，下部叶片最先发黄。建议等表土干了再浇，并检查盆底排水孔是否堵住。', '也可能是缺镁，可以用一点硫酸镁兑水喷叶面，一周一次，看新叶是否恢复正常。'],
    ja: ['毎朝の水やりは多すぎるかもしれません。鉢の底に水がたまると根が弱り、下の葉から黄色くなります。土の表面が乾いてから与えてください。', 'マグネシウム不足の可能性もあります。苦土石灰を少し混ぜるか、液体肥料を週に一度あげてみてください。'],
    en: ['Watering every day is probably too much. Water that stands at the bottom of the pot starves the roots of air, and the lower leaves yellow first. Let the top of the soil dry out before you water again.', 'It could also be a lack of magnesium. Dissolve a little Epsom salt in water and spray the leaves once a week, then watch whether the new leaves stay green.'],
  }[lang].map((text, i) => answers?.[i] ?? text);
  const chrome = { zh: '赞同 12 回复 举报', ja: 'ナイス！ 8 違反報告', en: 'Upvote 12 Share Report' }[lang];
  const items = a.map((text, i) => `<div class="comment-item"><div class="comment-user"><a href="/u/${i}">user${i}</a> <span>2024-05-0${i + 1} 10:1${i}</span></div><div class="comment-text"><p>${text}</p></div><div class="comment-actions"><a href="#">${chrome}</a></div></div>`).join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${q[0]}</title></head><body>
<div class="header"><a href="/">QA</a><ul class="menu"><li><a href="/">Home</a></li><li><a href="/hot">Hot</a></li><li><a href="/ask">Ask</a></li></ul></div>
<div class="main"><div class="question"><h1>${q[0]}</h1><div class="question-body"><p>${q[1]}</p></div></div>
<section class="answers"><h2>${countHeading}</h2>
${items}
</section></div>
<div class="footer"><a href="/about">About</a> | <a href="/help">Help</a></div></body></html>`;
}

/** A blog article of four paragraphs and a comment section under `countHeading`. */
function blogPage(countHeading: string): string {
  const paragraphs = [
    'We spent the spring turning a narrow balcony into a small kitchen garden, with tomatoes, basil and two kinds of lettuce growing in pots along the railing.',
    'The biggest lesson was about water. Pots dry out fast in the sun, but they also drown easily when the drainage holes are blocked by roots or soil.',
    'Feeding mattered less than we expected. A handful of compost at planting time and a liquid feed every two weeks kept everything growing well into autumn.',
    'Next year we plan to add a small trellis for beans and a second box for herbs, since the basil crowded out everything else in the shared pot.',
  ];
  const comments = ['Lovely post, we had exactly the same trouble with the drainage holes last summer.', 'How big were the pots you used for the tomatoes? Ours never got very tall.'];
  const items = comments.map((text, i) => `<li class="comment"><div class="comment-author">reader${i} on May ${i + 3}, 2024</div><div class="comment-content"><p>${text}</p></div></li>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Our balcony garden</title></head><body>
<div class="site-header"><a href="/">Garden notes</a></div>
<article class="post"><h1>Our balcony garden, one year on</h1><div class="entry-content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">${countHeading}</h2><ol class="comment-list">
${items}
</ol></div>
<footer><p>Garden notes, a personal blog.</p></footer></body></html>`;
}

/** A Stack Exchange-like page: answers in `.answer`, short comments in `.comment` under each. */
function stackPage(): string {
  const answers = [
    'Daily watering in a small pot usually means the roots sit in water. Let the top few centimetres of soil dry before watering again, and make sure the pot drains freely through its holes.',
    'Yellowing that starts on the lowest leaves and moves upwards is the classic sign of a nitrogen shortage. A balanced liquid fertiliser every two weeks during fruiting usually fixes it within a month.',
  ];
  const comments = ['Good point about the drainage holes, mine were blocked.', 'Would coffee grounds work as a nitrogen source here?'];
  const blocks = answers.map((text, i) => `<div class="answer" id="answer-${i}"><div class="answercell"><div class="s-prose"><p>${text}</p></div><div class="user-info">answered May ${i + 2}, 2024 by gardener${i}</div></div><div class="comments"><ul class="comments-list"><li class="comment"><span class="comment-copy">${comments[i]}</span> <a class="comment-user" href="/u/${i}">reader${i}</a></li></ul></div></div>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Why are my tomato leaves turning yellow? - Gardening Stack Exchange</title></head><body>
<div class="top-bar"><a href="/">Gardening</a> <a href="/questions">Questions</a> <a href="/tags">Tags</a></div>
<div id="mainbar"><div class="question"><h1>Why are my tomato leaves turning yellow?</h1><div class="s-prose"><p>I planted two tomatoes in pots on my balcony this spring. The lower leaves are now yellow and curl upwards at the edges.</p></div></div>
<div id="answers"><div id="answers-header"><h2>2 Answers</h2></div>
${blocks}
</div></div>
<div class="footer"><a href="/about">About</a> <a href="/legal">Legal</a></div></body></html>`;
}

function segmentWith(report: Report, phrase: string): Report['segments'][number] | undefined {
  return report.segments.find((s) => s.source.kind !== 'title' && s.text.includes(phrase));
}

describe('answers in comment containers, end to end', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it.each([
    ['zh', '2 个回答', '每天浇水太勤了', '花盆底部积水', '赞同 12'],
    ['ja', '回答（2件）', '毎朝の水やりは', 'マグネシウム不足', 'ナイス！'],
    ['en', '2 Answers', 'Watering every day', 'lack of magnesium', 'Upvote 12'],
  ] as const)('%s: the answers under %j become body, the answer chrome and name-and-date lines stay navigation', (lang, count, first, second, chrome) => {
    const report = sifter.sift({ html: qaPage(lang, count) });
    for (const phrase of [first, second]) {
      const s = segmentWith(report, phrase);
      expect(s?.label).toBe('body');
      expect(s?.hits.map((h) => h.rule)).toContain(ANSWER_LIST_HIT.rule);
    }
    expect(segmentWith(report, chrome)?.label).toBe('navigation');
    expect(segmentWith(report, 'user0')?.label).toBe('navigation');
  });

  it('zh: answers without a closing 。 (clause marks only) and a bare answer of a few words become body too', () => {
    const report = sifter.sift({ html: qaPage('zh', '2 个回答', ['1、每天浇水太勤了，花盆底部积水会让根系缺氧，下部叶片最先发黄', '大家别急 等表土干了 再浇水 慢慢会好的']) });
    for (const phrase of ['每天浇水太勤了', '慢慢会好的']) {
      const s = segmentWith(report, phrase);
      expect(s?.label).toBe('body');
      expect(s?.hits.map((h) => h.rule)).toContain(ANSWER_LIST_HIT.rule);
    }
    expect(segmentWith(report, '赞同 12')?.label).toBe('navigation');
    expect(segmentWith(report, 'user0')?.label).toBe('navigation');
  });

  it.each([
    ['zh', '2 条评论'],
    ['ja', 'コメント（2件）'],
    ['en', '2 Comments'],
  ] as const)('%s: the same answers under a comment count %j stay navigation', (lang, count) => {
    const report = sifter.sift({ html: qaPage(lang, count) });
    expect(report.segments.some((s) => s.hits.some((h) => h.rule === ANSWER_LIST_HIT.rule))).toBe(false);
  });

  it.each(['2 条评论', 'コメント（2件）', '2 Comments'])('a blog article\'s comment section headed %j stays navigation', (count) => {
    const report = sifter.sift({ html: blogPage(count) });
    expect(segmentWith(report, 'exactly the same trouble')?.label).toBe('navigation');
    expect(segmentWith(report, 'How big were the pots')?.label).toBe('navigation');
    expect(segmentWith(report, 'The biggest lesson was about water')?.label).toBe('body');
  });

  it('on a Stack Exchange-like page the comments under the answers stay navigation', () => {
    const report = sifter.sift({ html: stackPage() });
    expect(report.segments.some((s) => s.hits.some((h) => h.rule === ANSWER_LIST_HIT.rule))).toBe(false);
    expect(segmentWith(report, 'Good point about the drainage holes')?.label).toBe('navigation');
    expect(segmentWith(report, 'Would coffee grounds work')?.label).toBe('navigation');
    expect(segmentWith(report, 'Daily watering in a small pot')?.label).toBe('body');
  });
});
