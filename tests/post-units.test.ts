import { beforeAll, describe, expect, it } from 'vitest';
import { OUTSIDE_MAIN_HIT } from '../src/classify/main-content.js';
import { findPostUnits, insideLabel, parentLabel, postLabel, POST_UNIT_HIT, type PostUnitInput } from '../src/classify/post-units.js';
import type { Report, Sifter } from '../src/index.js';
import type { RuleHit } from '../src/rules/engine.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/post-units.ts: on a page typed forum, posts demoted as outside the main container come
 * back when their element is built like the posts inside it (issue 13). The pages below were
 * written for these tests.
 */

const PROSE_HIT: RuleHit = { rule: 'body.medium-text', label: 'body', score: 6, description: 'prose' };

/** A segment of a post inside the main container. */
function inside(path: string): PostUnitInput {
  return { label: 'body', scores: { body: 6, navigation: 0, spam: 0 }, hits: [PROSE_HIT], path, candidate: true };
}

/** A segment demoted as outside the main container: body 6 against the outside-main score 8. */
function outside(path: string, overrides: Partial<PostUnitInput> = {}): PostUnitInput {
  return { label: 'navigation', scores: { body: 6, navigation: 8, spam: 0 }, hits: [PROSE_HIT, OUTSIDE_MAIN_HIT], path, candidate: true, ...overrides };
}

describe('parentLabel', () => {
  it('is the label of the element above the innermost one, digits set aside', () => {
    expect(parentLabel('html>body>div#answers>div.s-prose>p')).toBe('div.s-prose');
    expect(parentLabel('html>body>div#post-123>p')).toBe('div#post-0');
    expect(parentLabel('html>body>div#post-456>p')).toBe(parentLabel('html>body>div#post-123>p'));
  });

  it('is undefined for a parent without class or id, and for a path of one element', () => {
    expect(parentLabel('html>body>div>p')).toBeUndefined();
    expect(parentLabel('title')).toBeUndefined();
    expect(parentLabel('')).toBeUndefined();
  });
});

describe('insideLabel', () => {
  it('is the label of the nearest element above the innermost one that carries a class or id, digits set aside', () => {
    expect(insideLabel('html>body>div#answers>div.s-prose>p')).toBe('div.s-prose');
    expect(insideLabel('html>body>div#answer-77>div.s-prose>ul>li>p')).toBe('div.s-prose');
    expect(insideLabel('html>body>div#post-123>table>tbody>tr>td')).toBe('div#post-0');
  });

  it('is undefined when no element above the innermost one is named', () => {
    expect(insideLabel('html>body>div>ul>li')).toBeUndefined();
    expect(insideLabel('p.note')).toBeUndefined();
    expect(insideLabel('')).toBeUndefined();
  });
});

describe('postLabel', () => {
  it('is the parent label when the parent is named', () => {
    expect(postLabel('html>body>div#post-123>p')).toBe('div#post-0');
    expect(postLabel('html>body>div.s-prose>p.lead')).toBe('div.s-prose');
  });

  it('is the block\'s own element label, digits set aside, when the parent is bare and the element\'s id is numbered (a reply right in its table cell)', () => {
    expect(postLabel('div#postlist>table>tbody>tr>td#postmessage_53963')).toBe('td#postmessage_0');
    expect(postLabel('table>tr>td>div#post_message_12')).toBe('div#post_message_0');
  });

  it('is undefined when the parent is bare and the element is named without a numbered id (a board\'s time line in div.smallfont), or bare', () => {
    expect(postLabel('html>body>div>div.page>div>div.smallfont')).toBeUndefined();
    expect(postLabel('table>tr>td>span.postbody')).toBeUndefined();
    expect(postLabel('table>tr>td#sidebar')).toBeUndefined();
    expect(postLabel('html>body>div>p')).toBeUndefined();
    expect(postLabel('table>tr>td')).toBeUndefined();
    expect(postLabel('td#postmessage_1')).toBeUndefined();
    expect(postLabel('')).toBeUndefined();
  });
});

describe('findPostUnits, a reply right in its post cell', () => {
  it('matches a reply whose text sits right in a numbered cell under a bare row against the first post\'s text in a font tag inside that cell', () => {
    expect(findPostUnits([inside('table>tbody>tr>td#postmessage_1>font'), outside('table>tbody>tr>td#postmessage_2')])).toEqual([1]);
  });

  it('leaves a demoted cell numbered unlike the post inside, a cell named by class only, and a bare cell', () => {
    expect(findPostUnits([inside('table>tbody>tr>td#postmessage_1>font'), outside('table>tbody>tr>td#ad_3'), outside('table>tbody>tr>td.sidebar-box'), outside('table>tbody>tr>td')])).toEqual([]);
  });

  it('leaves a line right in an element named by class like the posts\' user-card lines (vBulletin\'s time line under a bare div)', () => {
    expect(findPostUnits([inside('table#post1>tr>td.alt2>div.smallfont>div'), outside('body>div>div.page>div>div.smallfont')])).toEqual([]);
  });

  it('still reads a named parent first: a reply under a named parent unlike the posts is left even when its own element matches', () => {
    expect(findPostUnits([inside('table>tbody>tr>td#postmessage_1>font'), outside('div.signature>td#postmessage_2')])).toEqual([]);
  });
});

describe('findPostUnits', () => {
  it('matches a demoted post against a post inside the main container whose text sits in a bare list (the nearest named element above it)', () => {
    expect(findPostUnits([inside('body>div#answer-2>div.s-prose>ul>li>p'), outside('body>div#question>div.s-prose>p')])).toEqual([1]);
  });

  it('still asks the demoted segment for a named parent of its own: its nearest named element further up is no match', () => {
    expect(findPostUnits([inside('body>div#answer-2>div.s-prose>ul>li>p'), outside('body>div#question>div.s-prose>ul>li')])).toEqual([]);
  });

  it('leaves a demoted segment whose parent is named unlike the element above the posts inside', () => {
    expect(findPostUnits([inside('body>div#answer-2>div.s-prose>ul>li>p'), outside('body>aside.hot-network>p')])).toEqual([]);
  });


  it('promotes a demoted segment whose parent is labelled like the parent of a body segment inside the main container', () => {
    expect(findPostUnits([inside('body>div#answers>div.s-prose>p'), outside('body>div#question>div.s-prose>p')])).toEqual([1]);
  });

  it('leaves a demoted segment in an element unlike the posts, or in an unnamed one', () => {
    expect(findPostUnits([inside('body>div.s-prose>p'), outside('body>div.about-box>p'), outside('body>div>p')])).toEqual([]);
  });

  it('leaves a segment that is not body without the outside-main score (undecided: body 6 against 5)', () => {
    expect(findPostUnits([inside('body>div.s-prose>p'), outside('body>div.s-prose>p', { scores: { body: 6, navigation: 13, spam: 0 } })])).toEqual([]);
  });

  it('leaves segments that were not demoted, other labels and non-candidates', () => {
    const notDemoted = outside('body>div.s-prose>p', { hits: [PROSE_HIT] });
    const spam = outside('body>div.s-prose>p', { label: 'spam' });
    const cued = outside('body>div.s-prose>p', { candidate: false });
    expect(findPostUnits([inside('body>div.s-prose>p'), notDemoted, spam, cued])).toEqual([]);
  });

  it('finds nothing without a named container inside the main content', () => {
    expect(findPostUnits([inside('body>div>p'), outside('body>div>p')])).toEqual([]);
  });
});

const LONG_POST = [
  'My sourdough starter is three weeks old and still does not double after feeding. I keep it on the kitchen counter and feed it once a day with plain white flour from the corner shop.',
  'It bubbles a little for an hour and then goes flat, and it has started to smell sharp, a bit like nail varnish. The jar is a tall glass one with a loose lid, and the kitchen is cool at night.',
  'I have tried stirring it more often, moving it away from the window and using bottled water instead of tap water, because a friend said the chlorine could be the problem, but nothing changed.',
  'The recipe I followed said the starter should be ready within a week, so I am starting to think something is badly wrong with the flour or with the way I measure the water and the flour.',
  'Is it worth carrying on with it for another week or two, or should I throw it away and start again with a different flour and a warmer spot in the house? Any advice is welcome.',
];
const SHORT_POSTS = [
  'I had the same problem with my sourdough last winter. The kitchen was too cold, so the starter barely rose; moving the jar next to the boiler fixed it within three days.',
  'Try feeding it twice a day with equal weights of flour and water, and use a little rye flour in the mix. Rye wakes a sluggish starter up faster than white flour does.',
];
const ABOUT = 'Our forum has been running since 2009 and welcomes bakers of every level, from beginners to professionals.';

/**
 * A post four elements deep, as XenForo-like boards nest them: the post before the main container
 * then shares no element with it within LEAD_MAX_LEVELS levels and is no lead (classify/lead.ts).
 * The accepted answer's cell is classed on its own (`cell`), so the replies' paths end unlike the
 * one inside the main container and are not its text continued (classify/continued.ts): both
 * would otherwise keep the short posts body before this pass sees them.
 */
function post(n: number, author: string, paragraphs: readonly string[], cell = 'message-cell'): string {
  return `<div class="message" id="post-${n}"><div class="message-inner"><div class="message-main"><div class="${cell}"><div class="message-user"><a href="/u/${author}">${author}</a></div><div class="message-body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div></div></div></div>`;
}

/** A thread whose one long post (the accepted answer) outweighs the two short ones around it; an unmarked about box sits below. */
const THREAD = `<!doctype html><html><head><title>Sourdough starter will not rise | Home Bakers Forum</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/forums">Forums</a></li><li><a href="/latest">Latest</a></li></ul></nav></header>
<div class="thread"><h1>Sourdough starter will not rise</h1>${post(1, 'ryeloaf', SHORT_POSTS.slice(0, 1))}${post(2, 'crumbfan', LONG_POST, 'solution-cell')}${post(3, 'levain', SHORT_POSTS.slice(1))}</div>
<div class="about-box"><p>${ABOUT}</p></div>
<footer><p>Powered by forum software. Terms of service. Privacy policy.</p></footer></body></html>`;

function segmentOf(report: Report, phrase: string): Report['segments'][number] | undefined {
  return report.segments.find((s) => s.source.kind !== 'title' && s.text.includes(phrase));
}

describe('a thread whose main container is one long post', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('keeps the short posts around it as body, with the post-unit hit; text in other elements stays navigation', () => {
    const report = sifter.sift({ html: THREAD });
    expect(report.pageType.type).toBe('forum');
    for (const p of LONG_POST) expect(segmentOf(report, p.slice(0, 40))?.label).toBe('body');
    for (const p of SHORT_POSTS) {
      const segment = segmentOf(report, p.slice(0, 40));
      expect(segment?.label, p).toBe('body');
      expect(segment?.hits.map((h) => h.rule)).toEqual(expect.arrayContaining([OUTSIDE_MAIN_HIT.rule, POST_UNIT_HIT.rule]));
    }
    expect(segmentOf(report, ABOUT.slice(0, 40))?.label).toBe('navigation');
    expect(segmentOf(report, 'Powered by forum software')?.label).toBe('navigation');
  });
});

const QUESTION = [
  'I am cooking for a club dinner of forty people next month, the first time I have cooked for more than eight. The menu is a curry with rice, a salad and two cakes.',
  'What should I plan for that I would not think of when cooking at home? I have one large pot, a rice cooker and the club hall has a small oven.',
];
const FIRST_ANSWER = [
  'Test every recipe at full size before the day, because a curry for forty does not cook like a curry for four. The pot takes far longer to heat and the spices need adjusting.',
  'Write a timetable that works backwards from the serving time, and leave an hour spare for the things that will go wrong, since something always does.',
];
const LIST_ANSWER = [
  'Visit the hall beforehand and check how many sockets it has, since a rice cooker and two hot plates on one circuit may trip the fuse when everything is switched on at once.',
  'Ask whether there is a fridge you can use on the day, or whether you need to bring cool boxes and ice packs for the salad, the cream for the cakes and the milk for the tea.',
  'Find out when you can arrive to set up and when you must leave, and whether you are expected to wash up or to put the tables and the chairs back where they were.',
  'Bring spare serving spoons, tongs, foil, bin bags and cloths, because the ones the hall promises are often missing or broken, and there is no shop near most village halls.',
  'Label each dish with its main ingredients so that guests with allergies do not have to ask, which keeps the queue moving and saves you from answering the same question forty times.',
  'Put the plates at the start of the table and the cutlery and napkins at the end, so that nobody has to juggle a fork and a napkin while they serve themselves from the pots.',
  'Keep a note of how much of each dish was eaten, so that next time you know whether forty portions of rice was too much or too little for a crowd of this size.',
];

/** A question page whose third post, a long list of advice, outweighs the question and the first answer: the main container is that list, whose items sit in bare `ul > li` elements. */
function qaPost(id: string, cell: string, body: string): string {
  return `<div id="${id}" class="post"><div class="post-layout"><div class="${cell}"><div class="s-prose">${body}</div></div></div></div>`;
}
const QA_PAGE = `<!doctype html><html><head><title>Cooking for forty people for the first time - Cooks Q&amp;A</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/questions">Questions</a></li><li><a href="/tags">Tags</a></li></ul></nav></header>
<div id="content"><div id="mainbar"><h1>Cooking for forty people for the first time</h1>
${qaPost('question', 'postcell', QUESTION.map((p) => `<p>${p}</p>`).join(''))}
<div id="answers"><h2>2 Answers</h2>
${qaPost('answer-11', 'answercell', FIRST_ANSWER.map((p) => `<p>${p}</p>`).join(''))}
${qaPost('answer-12', 'answercell', `<ul>${LIST_ANSWER.map((p) => `<li>${p}</li>`).join('')}</ul>`)}
</div></div></div>
<footer><p>Site design and logo. Terms of service. Privacy policy.</p></footer></body></html>`;

describe('a question page whose main container is one answer\'s list', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('keeps the question and the other answer as body', () => {
    const report = sifter.sift({ html: QA_PAGE });
    expect(report.pageType.type).toBe('forum');
    for (const p of LIST_ANSWER) expect(segmentOf(report, p.slice(0, 40))?.label, p).toBe('body');
    for (const p of [...QUESTION, ...FIRST_ANSWER]) {
      const segment = segmentOf(report, p.slice(0, 40));
      expect(segment?.label, p).toBe('body');
      expect(segment?.hits.map((h) => h.rule), p).toEqual(expect.arrayContaining([OUTSIDE_MAIN_HIT.rule, POST_UNIT_HIT.rule]));
    }
    expect(segmentOf(report, 'Site design and logo')?.label).toBe('navigation');
  });
});

const FIRST_POST = [
  'My laptop has a 2560 by 1440 screen, and when I start the game in full screen mode the picture is blown up so far that the edges of the map and the chat box are cut off.',
  'I changed the resolution in the game settings and in the system display settings, and tried the compatibility options as well, but nothing made any difference to the cut-off picture.',
  'Other games on the same laptop run in full screen without any trouble, so I think it is a setting of this game. Has anyone seen this before and found what to change?',
];
const CELL_REPLY = 'I had the same thing half a year ago; the scaling option of the game file fixed it for me, though I forget which box it was.';
const SIDE_NOTE = 'This board is for game feedback only; account questions go to the help desk.';

/** One floor of a table-built board: the user cell on the left, the post cell on the right; the first post's text sits in a font tag, a reply's right in its cell. */
function floor(n: number, author: string, message: string): string {
  return `<div id="post_${n}"><table id="pid${n}" class="plhin"><tbody><tr><td class="pls"><div class="pi"><a href="/space/${author}">${author}</a></div></td>`
    + `<td class="plc"><div class="pi"><em id="authorposton${n}">Posted 2024-5-18 19:27</em></div><div class="pct"><div class="pcb"><div class="t_fsz"><table><tbody><tr>`
    + `<td class="t_f" id="postmessage_${n}">${message}</td></tr></tbody></table></div></div></div></td></tr></tbody></table></div>`;
}
const CELL_THREAD = `<!doctype html><html><head><title>Full screen picture cut off - Feedback - Game Forum</title></head><body>
<div id="hd"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/forum">Forum</a></li><li><a href="/search">Search</a></li></ul></div>
<div id="ct"><div id="postlist"><h1 class="ts"><span id="thread_subject">Full screen picture cut off</span></h1>
${floor(53961, 'gamer', `<font size="3">${FIRST_POST.join('<br>')}</font>`)}${floor(53963, 'helper', CELL_REPLY)}</div>
<div class="side-note"><table><tbody><tr><td class="note-cell">${SIDE_NOTE}</td></tr></tbody></table></div></div>
<div id="ft"><p>Powered by forum software. Terms of service. Privacy policy.</p></div></body></html>`;

describe('a table-built thread whose reply text sits right in its post cell', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('keeps the reply as body by its own numbered cell, with the post-unit hit; a differently named cell stays as it was', () => {
    const report = sifter.sift({ html: CELL_THREAD });
    expect(report.pageType.type).toBe('forum');
    const reply = segmentOf(report, CELL_REPLY.slice(0, 40));
    expect(reply?.label).toBe('body');
    expect(reply?.hits.map((h) => h.rule)).toEqual(expect.arrayContaining([OUTSIDE_MAIN_HIT.rule, POST_UNIT_HIT.rule]));
    expect(segmentOf(report, SIDE_NOTE.slice(0, 30))?.hits.map((h) => h.rule)).not.toContain(POST_UNIT_HIT.rule);
    expect(segmentOf(report, 'Powered by forum software')?.label).toBe('navigation');
  });
});
