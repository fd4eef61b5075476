import { join } from 'node:path';
import { DATA_DIR } from '../data-dir.js';
import { shortLineRule } from './short-line.js';

/**
 * A product card's merchandising tag, printed as a line of its own: the number of variants the
 * item comes in ("3 colors", "+ 9 Colors", "2 options", "Available in additional 2 options") or a
 * discount ("Up to 61% off"). It says how the item is sold, not what it is. On a shop's category
 * page the listing promotion (late-promotions.ts `promoteListingItems`) takes it with the card's
 * name and price, and the context pass can make it body between them; WCXB's gold leaves it out
 * on every training page that has one. A whole body block of at most CARD_BADGE_MAX_CHARS
 * characters that matches one of the anchored patterns of CARD_BADGE.file becomes navigation, on
 * every page type, after every promotion. The patterns never match part of a longer text: "The
 * kettle comes in 3 colors and two sizes." stays body.
 *
 * wcxb-dev training folds (session 28, helper body-28b; simulated on the session's labels, then
 * built, the same figures): body F1 0.93342 -> 0.93346 (folds 1-2 +0.00006, folds 3-4 +0.00002),
 * collection 0.86954 -> 0.87024, listing +0.00001, every other type unchanged; four pages of four
 * sites up (a solar shop +0.043, a department store +0.007, a clothing shop +0.004, a running shop
 * +0.002), none down; snippets unchanged. l3s-gn1, readability and zh-gbk unchanged page for page.
 * The variant counts alone moved three of the pages (+0.00001, folds 1-2 unchanged); the discount
 * tag is one site's, kept because no gold body on the training folds holds a "% off" line that a
 * pass made body.
 */

/**
 * A card badge has at most this many characters: the longest tag the patterns matched on the
 * wcxb-dev training folds is "Available in additional 2 options" (34); 60 leaves room for a
 * longer wording and keeps the test cheap on the long body blocks every late pass is given.
 */
export const CARD_BADGE_MAX_CHARS = 60;

/** The pass's line test: the patterns of data/cues/card-badges.json, lines of at most CARD_BADGE_MAX_CHARS characters, and its hit. */
export const CARD_BADGE = shortLineRule({
  file: join(DATA_DIR, 'cues', 'card-badges.json'),
  maxChars: CARD_BADGE_MAX_CHARS,
  what: 'a list of card-badge patterns',
  rule: 'context.card-badge',
  description: 'a product card\'s merchandising tag ("3 colors", "2 options", "Up to 40% off"): how the item is sold, not the page\'s content',
});
