import { matchesCue } from '../features/dom.js';
import type { RuleHit } from '../rules/engine.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A forum's own furniture between the posts: the signature under each post (phpBB's
 * `div#sig36151819`, vBulletin's `div.signaturecontainer`, GameFAQs' `div.signature >
 * div.sig_text`, XenForo's `aside.message-signature`, Stack Exchange's user card in
 * `div.post-signature`), the board's notices (phpBB's "Last edited by … edited 3 times in total."
 * in `div.notice`, XenForo's `ul.notices > li.notice`, Stack Exchange's `div.js-bottom-notice`)
 * and a quote's "Click to expand..." control (XenForo's `div.bbCodeBlock-expandLink`). They are
 * sentences, often under the post's own body cue (`sig_text`, `notice-content`, `postbody`), so
 * the segment rules read them as body; the gold of a thread is its posts. On a page typed forum, a
 * body segment with such a class or id token (data/cues/class-names.json `forumChrome`,
 * `forumChromeNumbered`) on one of its nearest FORUM_CHROME_CUE_GROUPS cue-bearing elements becomes
 * navigation. Not on other pages: documentation calls a function's signature `signature` (one
 * docs page −0.001 on the training folds, simulated), and a shop's or an article's notice may be
 * gold.
 *
 * wcxb-dev training folds, session 18 (helper 56): the text this pass turns to navigation, 1,160
 * tokens on 22 forum-typed pages, holds no segment the gold keeps (by the trigram test of
 * benchmarks/corpus/gold-body.ts). Signatures and notices: forum 0.8609 -> 0.8647, 16 threads up,
 * none down; `expandlink` as well: -> 0.8662, 9 more up, none down; `sig` only with a number after
 * it: -> 0.8663 (a forum that styles its post bodies `div.postcontentheight.sig` had lost seven
 * replies, 181 gold tokens, while its real signatures went: the page still rose, 0.882 -> 0.885,
 * and is back at 0.882); readability, l3s-gn1 and zh-gbk unchanged page for page. `profile` (phpBB's
 * `dl.postprofile` user box: "Joined:", "Posts:") as well: forum 0.8662 -> 0.8338, four phpBB
 * threads lost nearly all their posts — phpBB names the post element itself `div.post.has-profile`
 * — so it is not in the list. `signature` was already a soft navigation cue (+2), too weak against
 * a signature's sentences and a nearer `text` body cue. Session 15 had tried the edit notes by
 * text ("last edited" lines: some gold keeps them when they sit inside the post's own text, not in
 * a notice element); session 17 had simulated the signatures alone (+0.0005 by narrower tokens).
 *
 * The user card beside each post (session 38, helper forum-38): a member's title ("Well-Known
 * Member", "Web Hosting Master", a custom line such as "Dulce et decorum est pro patria mori"),
 * badges ("Science Advisor"), counts and a board's custom profile fields ("Primary OS: Mac OS X
 * other") read as short body text. XenForo's `h5.userTitle`, `div.message-userDetails` and
 * `div.message-userExtras`, vBulletin's and FluxBB's `usertitle`, `div.userinfo` and phpBB's
 * `dl.postprofile` (`postprofile`, not `profile`: see above) joined the list, and `shrinklink`,
 * the expand control's other state. Simulated on the training forum pages, each on its own (forum
 * F1 on 0.8806): usertitle +0.0004 (5 threads), userdetails +0.0004 (6), postprofile +0.0008 (2),
 * userinfo +0.0002 (2), userextras and shrinklink +0.00002 (1 each); none down. Measured together:
 * training folds 0.93749 -> 0.93761 (folds 1-2 +0.00019, 3-4 +0.00004), forum 0.8806 -> 0.8821, ten
 * threads of ten sites up (a VirtualBox phpBB thread 0.894 -> 0.955), none down; no other page
 * changed. Of the text they turned to navigation (by the trigram test) two usernames, 4 tokens, were
 * gold. `username` is not in the list: the gold of XenForo and Discourse threads keeps the name.
 *
 * A post's furniture lines (session 42, helper forum-42): XenForo's reactions bar ("Reactions:
 * netfan and wifiguy", `div.reactionsBar`), Discourse's likes count ("3 Likes", `span.post-likes`),
 * phpBB's attachments header (`dl.attachbox`) and vBulletin's "Original Poster" badge
 * (`threadstarter`) read as short body lines under the post's body cue. On wcxb-dev folds 1-2 the
 * reactions bar sits on five XenForo threads and the likes count on four Discourse threads; the
 * footer or comment cue already made them navigation on all but one of each. Measured together:
 * folds 1-2 0.93534 -> 0.93538, folds 3-4 0.94256 -> 0.94257, forum 0.88488 -> 0.88511; four
 * threads of four sites up (tomshardware +0.006, flyertalk +0.004, rust-lang +0.003, virtualbox
 * +0.001) and two of folds 3-4, none down; l3s-gn1, readability, zh-gbk, zh-news-clean unchanged.
 * `like` and `liked` are not in the list (a like button's class; vBulletin's vbseo `liked` box,
 * "X and Y like this.", was one site's).
 *
 * Discuz! signatures (session 44, helper zhforum-44): Discuz! X, the board software of a large
 * share of Chinese forums, prints every floor's signature as `<div class="sign">` under the post
 * (its viewthread template), no `signature` token anywhere near it; a board's signature is often
 * the same welcome sentence on every floor, and it read as body. `forumChromeExact` holds it as a
 * whole token only. Found on forum-unseen half A (a Discuz! X3.4 thread: four signatures of 118
 * tokens each were body); numbers in benchmarks/RESULTS.md, session 44 (zhforum-44). The same
 * thread's board notice (the forum's posting rules, `div#copyright > div.copyright-text`, printed
 * inside the first floor's text cell) joined `forumChrome` as `copyright`: on a forum page a copyright
 * block is the board's or the site's, never a post (0.961 -> 0.979 on that page; no training or guard
 * page moved). It rests on that one board; the wider web's copyright lines are navigation already.
 */

/** Class and id tokens of a forum's furniture: matched like navigation cues and, for the numbered list, as an entry followed by a number. */
export interface ForumChromeCues {
  /** Matched when a token equals one, begins with it or ends with it (postsignature, signaturecontainer, notices). */
  forumChrome: readonly string[];
  /**
   * Matched when a token is the entry followed by a number (phpBB's `sig36151819`, an id per post):
   * the bare word is no cue (a forum styles its post bodies `div.postcontent.sig`), nor is a longer
   * word it begins (sign, signup).
   */
  forumChromeNumbered: readonly string[];
  /**
   * Matched only as a whole token (see the Discuz! paragraph above): Discuz!'s signature box `div.sign`
   * — as a prefix or suffix `sign` would take signup, signin, design and assign.
   */
  forumChromeExact: readonly string[];
}

const NUMBER = /^\d+$/;

/** Whether one class or id token (segment/place.ts: lower case, split at non-alphanumerics) marks a forum's furniture. */
export function isForumChromeToken(token: string, cues: ForumChromeCues): boolean {
  if (matchesCue(token, cues.forumChrome) || cues.forumChromeExact.includes(token)) return true;
  return cues.forumChromeNumbered.some((cue) => token.length > cue.length && token.startsWith(cue) && NUMBER.test(token.slice(cue.length)));
}

/**
 * The furniture token counts on the block's nearest this many cue-bearing elements (of the six
 * recorded, segment/place.ts MAX_CUE_ANCESTORS): Stack Exchange's user card under each post
 * (`div.post-signature > div.user-info > div.user-details > div.-flair > span.reputation-score`)
 * puts it five elements up. wcxb-dev training folds (session 18, helper 56), against all six: 2
 * and 3 groups forum −0.0009 (six Stack Exchange threads keep their user cards), 4 −0.0002 (three),
 * 5 the same pages as 6. A page wrapper named so sits further up than that.
 */
export const FORUM_CHROME_CUE_GROUPS = 5;

/** Whether one of the nearest FORUM_CHROME_CUE_GROUPS cue groups of a block (Block.cues, nearest element first) holds a forum-furniture token. */
export function inForumChrome(groups: readonly (readonly string[])[], cues: ForumChromeCues): boolean {
  return groups.slice(0, FORUM_CHROME_CUE_GROUPS).some((group) => group.some((token) => isForumChromeToken(token, cues)));
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const FORUM_CHROME_HIT: RuleHit = relabelHit('context.forum-chrome', 'navigation', "a forum's signature or notice (edit notes, board notices) between the posts: the thread is the posts");
