import { join } from 'node:path';
import { DATA_DIR } from '../data-dir.js';
import { shortLineRule } from './short-line.js';
import type { PageType } from '../pagetype/model.js';

/**
 * A board's appeal to its guests to register or log in: "You're browsing the Message Boards as a
 * guest. Sign Up for free (or Log In …) to be able to post messages", "When you register for an
 * account, you'll always come back to exactly where you were before", "Sign up to request
 * clarification or add additional context in comments.", "Join to see EXIF info for this image".
 * The board prints it between the posts or above them, often in the posts' own element, in full
 * sentences, so the rules make it body; it is the board talking to a visitor, not the thread, and
 * WCXB's gold of a thread leaves it out. On a page typed forum (GUEST_APPEAL_PAGE_TYPES), a whole
 * body block of at most GUEST_APPEAL_MAX_CHARS characters in which one of the patterns of
 * GUEST_APPEAL.file is found becomes navigation.
 *
 * Forum pages only: on an article or a service page such a sentence is the page's own offer. An
 * earlier, broader pattern (any "sign up / log in / join … to"), simulated on the article and
 * listing pages of the wcxb-dev training folds as well, took two articles down by 0.006-0.007
 * ("When you sign up for a free … account, you'll unlock …", "Join us to see … launches" are gold
 * there). Measured on the training folds, session 38 (helper forum-38): 0.93761 -> 0.93775 (folds
 * 1-2 +0.00022, 3-4 +0.00007), forum 0.8821 -> 0.8839; four threads of four sites up (GameFAQs
 * 0.762 -> 0.844, a NodeBB board 0.830 -> 0.858), none down; no page of another type changed.
 */
export const GUEST_APPEAL_PAGE_TYPES: readonly PageType[] = ['forum'];

/**
 * A guest appeal has at most this many characters. Training forum pages: the appeals run from 51
 * ("Join to see EXIF info …") to 353 characters (a NodeBB board's three-sentence "Getting fed up of
 * having to scroll …? When you register for an account, …" banner); at 300 that banner stayed
 * body (forum +0.0011 against +0.0014, simulated), and 600 caught the same blocks as 400. A post that mentions
 * registering runs longer, or does not open a sentence with the appeal.
 */
export const GUEST_APPEAL_MAX_CHARS = 400;

/** The pass's line test: the patterns of data/sections/guest-appeals.json, lines of at most GUEST_APPEAL_MAX_CHARS characters, and its hit. */
export const GUEST_APPEAL = shortLineRule({
  file: join(DATA_DIR, 'sections', 'guest-appeals.json'),
  maxChars: GUEST_APPEAL_MAX_CHARS,
  what: 'a list of guest-appeal patterns',
  rule: 'context.guest-appeal',
  description: 'a board\'s appeal to its guests to register or log in ("Sign up to reply", "When you register for an account, …"), not the thread',
});
