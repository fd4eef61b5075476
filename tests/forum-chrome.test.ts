import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORUM_CHROME_CUE_GROUPS, FORUM_CHROME_HIT, inForumChrome, isForumChromeToken, type ForumChromeCues } from '../src/classify/forum-chrome.js';
import { DATA_DIR } from '../src/data-dir.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter, segmentWith } from './helpers/sifter.js';

/**
 * classify/forum-chrome.ts: on a page typed forum, a signature or a board notice between the posts
 * is not the thread's body. The pages below were written for these tests.
 */

const shipped = JSON.parse(readFileSync(join(DATA_DIR, 'cues', 'class-names.json'), 'utf8')) as ForumChromeCues;
const cues: ForumChromeCues = { forumChrome: shipped.forumChrome, forumChromeNumbered: shipped.forumChromeNumbered, forumChromeExact: shipped.forumChromeExact };

describe('isForumChromeToken: the shipped lists (data/cues/class-names.json)', () => {
  const cases: [string, boolean][] = [
    // signatures
    ['signature', true],
    ['postsignature', true],
    ['signaturecontainer', true],
    ['sig36151819', true],
    ['sig7', true],
    // notices
    ['notice', true],
    ['notices', true],
    ['bottomnotice', true],
    // a quote's expand control (XenForo's bbCodeBlock-expandLink, split at the hyphen)
    ['expandlink', true],
    // a quote's shrink control, the expand control's other state (XenForo's bbCodeBlock-shrinkLink)
    ['shrinklink', true],
    // user cards beside each post: XenForo's h5.userTitle and div.message-userDetails / message-userExtras,
    // vBulletin's span.usertitle, FluxBB's dd.usertitle, a board's div.userinfo, phpBB's dl.postprofile
    ['usertitle', true],
    ['userdetails', true],
    ['userextras', true],
    ['userinfo', true],
    ['postuserinfo', true],
    ['postprofile', true],
    // a post's furniture lines (session 42): XenForo's div.reactionsBar ("Reactions: …"), Discourse's
    // span.post-likes ("3 Likes"), phpBB's dl.attachbox ("Attachments"), vBulletin's threadstarter badge
    ['reactionsbar', true],
    ['likes', true],
    ['postlikes', true],
    ['attachbox', true],
    ['threadstarter', true],
    // not furniture: a bare like or reactions token (a like button's own class), an attachment itself, a thread
    ['like', false],
    ['liked', false],
    ['reactions', false],
    ['attachment', false],
    ['thread', false],
    ['starter', false],
    // not user cards: the poster's name (the gold of XenForo and Discourse threads keeps it), a bare user or details token
    ['user', false],
    ['username', false],
    ['details', false],
    ['title', false],
    // not furniture: sig only with a number after it (an id per post); a bare sig styles some forums' post bodies
    ['sig', false],
    ['sigx7', false],
    ['signup', false],
    ['signin', false],
    ['sigma', false],
    ['design', false],
    ['insignia', false],
    // Discuz!'s signature box div.sign (session 44): the whole token only (forumChromeExact), never a longer word
    ['sign', true],
    ['signs', false],
    ['assign', false],
    ['signin', false],
    ['signature', true],
    // a board's copyright notice inside a post (div#copyright > div.copyright-text, session 44)
    ['copyright', true],
    ['copyrighttext', true],
    ['postcopyright', true],
    ['copy', false],
    ['right', false],
    // notice only at a token's start or end
    ['unnoticeable', false],
    ['post', false],
    ['message', false],
    ['content', false],
    ['expand', false],
    // a phpBB post is div.post.has-profile: profile is no furniture token
    ['profile', false],
  ];
  it.each(cases)('%s: %s', (token, expected) => {
    expect(isForumChromeToken(token, cues)).toBe(expected);
  });
});

describe('inForumChrome: any recorded cue group of a block', () => {
  const cases: [string, string[][], boolean][] = [
    ['GameFAQs: div.signature > div.sig_text', [['sig', 'text'], ['signature'], ['msg', 'body']], true],
    ['phpBB: div#sig123 inside div.postbody', [['sig123'], ['postbody'], ['inner']], true],
    ['a post body styled div.postcontent.sig', [['content', 'commenttext'], ['pb2', 'postcontentheight', 'sig'], ['post', 'content317280']], false],
    ['phpBB edit note: div.notice inside div.postbody', [['notice'], ['postbody']], true],
    ['XenForo: li.notice > div.notice-content > p, far up', [['notice', 'content'], ['notice', 'js', 'notice'], ['notices'], ['p-body']], true],
    ['a post: div.content inside div.postbody', [['content'], ['postbody'], ['inner']], false],
    ['a sign-up box', [['signup', 'form'], ['sidebar']], false],
    ['XenForo reactions: div.reactionsBar > span.sr-only, inside the message', [['sronly'], ['reactionsbar', 'js', 'reactionslist', 'is', 'active'], ['message', 'main']], true],
    ['Discourse: span.post-likes in a crawler post', [['post', 'likes'], ['interactionstatistic'], ['topic', 'body', 'crawler', 'post']], true],
    ['phpBB: dl.attachbox > dt inside div.postbody', [['attachbox'], ['post', 'content550469'], ['postbody']], true],
    ['Discuz!: div.sign under td.plc', [['sign'], ['plc', 'plm'], ['plhin', 'pid1110126']], true],
    ['Discuz!: the copyright box inside td.t_f', [['copyright', 'text'], ['copyright'], ['postmessage', '1110121']], true],
    ['Discuz!: a post\'s own text td.t_f', [['postmessage', '1110122'], ['fsz'], ['pcb']], false],
    ['a sign-in link: a.sign-in', [['sign', 'in'], ['header']], true],
    ['no cues', [], false],
  ];
  it.each(cases)('%s', (_name, groups, expected) => {
    expect(inForumChrome(groups, cues)).toBe(expected);
  });

  // Stack Exchange's user card: div.post-signature five cue-bearing elements above the reputation score
  const above = (n: number): string[][] => [...Array.from({ length: n }, (_, i) => [`level${i}`]), ['post', 'signature', 'owner']];
  it.each([
    [FORUM_CHROME_CUE_GROUPS - 1, true],
    [FORUM_CHROME_CUE_GROUPS, false],
  ])('a signature token after %i nearer cue groups: %s', (nearer, expected) => {
    expect(inForumChrome(above(nearer), cues)).toBe(expected);
  });
});

const POSTS = [
  'Since the last update the game crashes every time I load a saved file from the second chapter, on both of my consoles.',
  'I had the same crash last week. Deleting the cached data from the system settings and downloading the patch again fixed it for me.',
  'That worked here too, thank you. The saves from the second chapter load fine now and nothing was lost from the old files.',
];
// short enough that the signatures and the note stay under half the thread's body: more, and the
// demotion limit (src/classify/demotion-limit.ts) would keep them as the page's content
const SIGNATURE = 'Currently playing three old role-playing games on the handheld.';
const EDIT_NOTE = 'Last edited by the second poster on Tuesday morning, edited two times in total.';

function post(n: number, author: string, text: string): string {
  return `<div class="post" id="p${n}"><div class="postprofile"><a href="/u/${author}">${author}</a></div><div class="postbody"><div class="content"><p>${text}</p></div>`
    + (n === 2 ? `<div class="notice">${EDIT_NOTE}</div>` : '')
    + `<div id="sig${n}" class="signature"><span>${SIGNATURE.replace('three', ['three', 'four', 'five'][n - 1]!)}</span></div></div></div>`;
}

function thread(): string {
  return `<!doctype html><html><head><title>Game crashes when loading a save | Players Forum</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/forums">Forums</a></li><li><a href="/latest">Latest</a></li></ul></nav></header>
<div class="thread"><h1>Game crashes when loading a save</h1>${POSTS.map((text, i) => post(i + 1, ['firstposter', 'secondposter', 'thirdposter'][i]!, text)).join('')}</div>
<footer><p>Powered by forum software. Terms of service. Privacy policy.</p></footer></body></html>`;
}

describe('a thread with signatures and an edit note', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the signatures and the edit note are navigation, the posts stay body', () => {
    const report = sifter.sift({ html: thread() });
    expect(report.pageType.type).toBe('forum');
    for (const text of POSTS) expect(segmentWith(report, text.slice(0, 40))?.label, text).toBe('body');
    for (const text of ['Currently playing', EDIT_NOTE.slice(0, 30)]) {
      const segment = segmentWith(report, text);
      expect(segment?.label, text).toBe('navigation');
    }
    expect(segmentWith(report, EDIT_NOTE.slice(0, 30))?.hits.map((h) => h.rule)).toContain(FORUM_CHROME_HIT.rule);
  });
});

const CARD_POSTS = [
  'The new firmware finally fixed the wifi drops on my router, but the guest network now forgets its password after every restart.',
  'Same here. Setting the guest network up again from the web page instead of the phone app made the password stick for me.',
  'Thanks, that did it. The guest network has kept its password through three restarts since I set it up from the web page.',
];
// a member's custom title reads as a sentence; the card's counts and the join date do not
const CARD_TITLES = ['Dulce et decorum est pro patria mori, as the old poem goes.', 'Routers are like cats, they do what they want.', 'Still waiting for the next firmware, as always.'];

/** A XenForo-like post: the user card (name, custom title, post count) beside the post's text. */
function cardPost(n: number, author: string, title: string, text: string): string {
  return `<article class="message" id="post-${n}"><div class="message-inner"><div class="message-cell message-cell--user"><div class="message-userDetails">`
    + `<h4 class="message-name"><a class="username" href="/members/${author}">${author}</a></h4><h5 class="userTitle message-userTitle">${title}</h5></div>`
    + `<div class="message-userExtras"><dl><dt>Messages</dt><dd>${100 * n + 17}</dd></dl></div></div>`
    + `<div class="message-cell message-cell--main"><div class="message-content"><div class="bbWrapper"><p>${text}</p></div></div></div></div></article>`;
}

function cardThread(): string {
  return `<!doctype html><html><head><title>Guest network forgets its password | Router Forum</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/forums">Forums</a></li><li><a href="/latest">Latest</a></li></ul></nav></header>
<div class="thread"><h1>Guest network forgets its password</h1>${CARD_POSTS.map((text, i) => cardPost(i + 1, ['netfan', 'wifiguy', 'lanlady'][i]!, CARD_TITLES[i]!, text)).join('')}</div>
<footer><p>Powered by forum software. Terms of service. Privacy policy.</p></footer></body></html>`;
}

describe('a thread whose posters\' cards carry custom titles', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the titles in the user cards are navigation, the posts stay body', () => {
    const report = sifter.sift({ html: cardThread() });
    expect(report.pageType.type).toBe('forum');
    for (const text of CARD_POSTS) expect(segmentWith(report, text.slice(0, 40))?.label, text).toBe('body');
    for (const title of CARD_TITLES) expect(segmentWith(report, title)?.label, title).toBe('navigation');
  });
});

const ARTICLE = [
  'The city council voted on Tuesday to extend the opening hours of the central library until ten in the evening on weekdays.',
  'The change follows a survey in which most students asked for longer hours during the exam period, the council said in a statement.',
  'The library will hire four more staff members, paid for from the culture budget, and the new hours start at the beginning of next month.',
];
const ARTICLE_NOTICE = 'This article was updated on Wednesday to add the number of new staff members and the date on which the new hours start.';

function article(): string {
  return `<!doctype html><html><head><title>Library to open until ten in the evening | City News</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
<main><article><h1>Library to open until ten in the evening</h1><div class="article-body">${ARTICLE.map((p) => `<p>${p}</p>`).join('')}<div class="notice"><p>${ARTICLE_NOTICE}</p></div></div></article></main>
<footer><p>City News. All rights reserved.</p></footer></body></html>`;
}

describe('the same tokens on a page that is not a forum', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('an article\'s notice is left as the classifier called it', () => {
    const report = sifter.sift({ html: article() });
    expect(report.pageType.type).not.toBe('forum');
    const segment = segmentWith(report, ARTICLE_NOTICE.slice(0, 40));
    expect(segment?.label).toBe('body');
    expect(segment?.hits.map((h) => h.rule)).not.toContain(FORUM_CHROME_HIT.rule);
  });
});

const FURNITURE_POSTS = [
  'My dishwasher stops halfway through every cycle and shows a blinking light next to the salt symbol on the front panel.',
  'Check the filter at the bottom first. Mine did the same thing and it was full of small pieces of glass from a broken cup.',
  'You were right, the filter was blocked. After cleaning it the machine ran a full cycle without stopping for the first time.',
];
const REACTIONS = 'Reactions: plumberpete and kitchenkate';

/** A post with a board's furniture under it: a reactions bar, a likes count, an attachments header. */
function furniturePost(n: number, author: string, text: string): string {
  return `<article class="message" id="post-${n}"><div class="message-inner"><h4 class="message-name"><a class="username" href="/members/${author}">${author}</a></h4>`
    + `<div class="message-content"><div class="bbWrapper"><p>${text}</p></div></div>`
    + (n === 1 ? `<dl class="attachbox"><dt>Attachments</dt><dd><img src="/a/panel.jpg" alt=""></dd></dl>` : '')
    + (n === 2 ? `<div class="reactionsBar js-reactionsList is-active"><span class="u-srOnly">${REACTIONS}</span></div>` : '')
    + (n === 3 ? `<span class="post-likes">3 Likes</span>` : '')
    + '</div></article>';
}

function furnitureThread(): string {
  return `<!doctype html><html><head><title>Dishwasher stops halfway | Home Forum</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/forums">Forums</a></li><li><a href="/latest">Latest</a></li></ul></nav></header>
<div class="thread"><h1>Dishwasher stops halfway</h1>${FURNITURE_POSTS.map((text, i) => furniturePost(i + 1, ['dishdan', 'plumberpete', 'kitchenkate'][i]!, text)).join('')}</div>
<footer><p>Powered by forum software. Terms of service. Privacy policy.</p></footer></body></html>`;
}

describe('a thread with reactions, likes and attachments under its posts', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the furniture lines are not body, the posts stay body', () => {
    const report = sifter.sift({ html: furnitureThread() });
    expect(report.pageType.type).toBe('forum');
    for (const text of FURNITURE_POSTS) expect(segmentWith(report, text.slice(0, 40))?.label, text).toBe('body');
    for (const text of [REACTIONS, '3 Likes', 'Attachments']) expect(segmentWith(report, text)?.label, text).toBe('navigation');
  });
});

const FLOORS = [
  'Thank you for the translation, I had been waiting for these cards since the set was announced in the spring.',
  'The scans are very clear this time, and the notes under each card explain the names that changed in the new edition.',
  'Great work again. Is the second volume planned as well, or does the publisher only print this first set of cards?',
  'Saved them all. The list of extra characters at the end is what I was looking for, it was missing from the other posts.',
];
// the opening post is long: the main container is its cell, and the other floors lie outside it (as the thread this was found on)
const OPENING = [
  'The first card shows the captain of the ship, with the bounty from the latest chapter and the name of the crew he leads across the seas.',
  'The second card is the navigator, whose notes on the weather of the islands are translated in full, with the maps she drew as a child.',
  'The third card is the cook, and its back lists the dishes he is known for, the island he was born on and the restaurant he worked in.',
  'The fourth card is the doctor, a small reindeer, whose notes explain the medicine he makes from the blossoms of the winter island.',
  'The last cards are the extra characters of the set: the rivals, the admirals and the old pirates, each with a short line of history.',
];
// every floor's signature is the board's welcome line, a sentence; short enough that the signatures
// and the box stay under half the thread's body (the demotion limit, src/classify/demotion-limit.ts)
const BOARD_SIGNATURE = 'Welcome to the fan board, where every reader shares theories.';
const COPYRIGHT_RULES = ['Read the board rules before posting, or the post may be removed.'];

/** A Discuz!-like floor: the user card cell, then the post cell (date line, text in td.t_f, reply button, div.sign signature). */
function floor(n: number, author: string, text: string): string {
  const opening = n === 1 ? OPENING.map((p) => `<div>${p}</div>`).join('') : '';
  const copyright = n === 1 ? `<div id="copyright"><div class="copyright-title"><h3>Board notice</h3></div><div class="copyright-text">${COPYRIGHT_RULES.map((r) => `<p>${r}</p>`).join('')}</div></div>` : '';
  return `<div id="post_${n}"><table id="pid${n}" class="plhin"><tr><td class="pls"><div class="pi"><div class="authi"><a href="/u/${author}" class="xw1">${author}</a></div></div></td>`
    + `<td class="plc"><div class="pi"><div class="pti"><div class="authi"><em id="authorposton${n}">Posted on 2021-5-1 17:0${n}</em></div></div></div>`
    + `<div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_${n}">${text}${opening}${copyright}</td></tr></table></div>`
    + `<div id="lzl_view_post_${n}"><form><button type="submit"><strong>Reply</strong></button></form></div></div></div>`
    + `<div class="sign">${BOARD_SIGNATURE}</div></td></tr></table></div>`;
}

function discuzThread(): string {
  return `<!doctype html><html><head><title>Card translations, the full set | Fan Board</title></head><body>
<div id="hd"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/forum">Forum</a></li><li><a href="/search">Search</a></li></ul></div>
<div id="postlist" class="pl bm"><h1 class="ts"><span id="thread_subject">Card translations, the full set</span></h1>${FLOORS.map((text, i) => floor(i + 1, `reader${i + 1}`, text)).join('')}</div>
<div id="ft"><p>Powered by board software. Terms of service. Privacy policy.</p></div></body></html>`;
}

describe('a Discuz!-like thread: div.sign signatures after a reply button, a copyright box in the first post', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the signatures and the copyright box are navigation (and stay so: no feature rows), the posts stay body', () => {
    const report = sifter.sift({ html: discuzThread() });
    expect(report.pageType.type).toBe('forum');
    for (const text of FLOORS) expect(segmentWith(report, text.slice(0, 40))?.label, text).toBe('body');
    for (const text of [BOARD_SIGNATURE.slice(0, 40), ...COPYRIGHT_RULES.map((r) => r.slice(0, 40))]) {
      const segment = segmentWith(report, text);
      expect(segment?.label, text).toBe('navigation');
    }
    expect(report.segments.filter((s) => s.text.startsWith(BOARD_SIGNATURE.slice(0, 40))).every((s) => s.label === 'navigation')).toBe(true);
  });
});
