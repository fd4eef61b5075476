import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { PATH_ELISION, pathShape } from '../segment/place.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * The linked titles of items whose text the page keeps as body. A list of posts, papers, events
 * or products that the classifier reads as the page's content — each item a linked title over a
 * date line and a summary — comes out with the summaries as body and every title as navigation:
 * a title is short and all link, which is what a menu entry looks like. A reader takes the title
 * with its summary. So a navigation segment that is mostly link text, long enough to be a title
 * rather than a name or a button, and followed within ITEM_TITLE_LOOKAHEAD segments (ITEM_TITLE_ITEM_LOOKAHEAD when those between are the item's own lines) by a body
 * segment of the same item (their paths, digits set aside, part at most ITEM_TITLE_MAX_LEVELS
 * elements from the end) becomes body, when at least ITEM_TITLE_MIN_ITEMS titles on the page are
 * built the same way (the same pair of path shapes), and no other title-like segment comes
 * between (the nearest is the item's title; a shop card's category links above its product's
 * title are not titles; but a linked heading is the title over a linked line that is no heading,
 * the item's date and source): one title over one paragraph is a link in an
 * article, a repeated pair is a list. Where the summaries are navigation (an article's "more from"
 * teasers, context.teaser) nothing changes. Forum threads are left alone: a post's "Re: …" title
 * link and the poster's name over each post are not what the gold of a thread keeps.
 *
 * wcxb-dev training folds (session 16, helper 48; simulated on the session's labels first, then
 * built): listing 0.8174 -> 0.8276, documentation 0.9347 -> 0.9383, article 0.9551 -> 0.9555,
 * collection 0.8345 -> 0.8357, product +0.0003, service +0.0001, forum unchanged; 53 pages up (a
 * blog index 0.83 -> 0.98, a news river 0.89 -> 0.99, a paper list 0.46 -> 0.64, four docs
 * indexes), 24 down by at most 0.07 (bylines and "read the full review" links over teasers that
 * are gold-less).
 * Without the nearest-title condition a shop card's category links ("Travel Gear / On Sale")
 * were taken for titles: collection −0.0002 instead of +0.0012 (simulated; a woocommerce
 * category 0.77 -> 0.74 instead of -> 0.83), listing +0.0105 instead of +0.0103. Titles of one
 * link only: collection +0.0012 but listing +0.0086, documentation +0.0016 (arXiv's and docs
 * indexes' titles carry several links).
 * A linked heading over a linked date-and-source line (`h4 > a`, then `time` "12/09/2025 |
 * Source" mostly link) paired with nothing before session 22, the line being the nearer title-like
 * segment: training folds (session 22, helper body-22b) listing 0.8440 -> 0.8447 (a news list
 * 0.966 -> 1.000, a games news list +0.005), service 0.8975 -> 0.8974 (one page -0.007), no other
 * type moved.
 * readability +0.0010 (7 pages up, none down: wikipedia's reference lists, mozilla's docs index),
 * l3s-gn1 and zh-gbk unchanged page for page. Simulated and dropped: only headings as titles
 * (listing +0.0047), titles of 90 % link text (+0.0081), a summary that must be a sentence (+0.0040).
 */

/** The body text of the title's item comes within this many segments after it (a date line may sit between). */
export const ITEM_TITLE_LOOKAHEAD = 2;

/**
 * The body text may come up to this many segments after the title when every segment between is
 * inside the title's own item (`sameItem`): a date line and a byline, each its own block (Pelican's
 * `footer.post-info > time` and `> address`), between a post's title and its summary. Segments
 * that are not the item's — an ad label between two cards of a listicle — keep the plain
 * ITEM_TITLE_LOOKAHEAD (training folds, session 44, helper listA-44: a lookahead of 3 for every
 * title took a car listicle's "Read the full … review" links as titles over the next card's
 * heading, 0.915 -> 0.896).
 */
export const ITEM_TITLE_ITEM_LOOKAHEAD = 3;

/**
 * Title and body belong to one item when their paths part at most this many elements from the
 * end of the longer one (h2 > a and p under one article; header > a and p under one article).
 * Simulated on the training folds: 2 levels listing +0.0093, documentation +0.0029; 3 levels
 * listing +0.0105, documentation +0.0037 (the gain of 3 over 2 is a blog index and four docs
 * pages whose titles sit one element deeper).
 */
export const ITEM_TITLE_MAX_LEVELS = 3;

/**
 * A title has at least this many characters: shorter linked text over a paragraph is a poster's
 * name, a byline or "Read more". Simulated on the training folds: no minimum 49 pages down (names
 * over forum posts, bylines over teasers), 15 characters 23 down, 20 characters listing the same
 * and collection −0.0003 more.
 */
export const ITEM_TITLE_MIN_CHARS = 15;

/**
 * A linked heading (`h3 > a`) is a title from this many characters: the names, bylines and "Read
 * more" links that ITEM_TITLE_MIN_CHARS keeps out are no headings, while a card's heading can be
 * one word ("Illness", "Dental", a product's name "The Super Pack"). Training folds of wcxb-dev
 * (session 22, helper body-22b), against 15 for headings too: 1 and 4 collection 0.8587 ->
 * 0.8603, listing +0.0001, documentation +0.0002, all 0.9280 -> 0.9282, 13 pages up (a shop's
 * four skincare sets 0.83 -> 0.93, eight articles and a docs page whose lists of short linked
 * headings were left navigation, up to +0.01), none down; 8 the same but three pages less, 12
 * six pages less.
 */
export const ITEM_TITLE_HEADING_MIN_CHARS = 4;

/** At least half of a title's characters are link text (the link-dense rule's own share, nav.link-dense). */
export const ITEM_TITLE_MIN_LINK_DENSITY = 0.5;

/**
 * At least this many titles of the same shape make a list. Simulated on the training folds: 3
 * listing +0.0105, 4 +0.0102 (a docs index of three sections lost), 5 +0.0039.
 */
export const ITEM_TITLE_MIN_ITEMS = 3;

/**
 * A run of hexadecimal characters with a digit in it, this long or longer, is a hash that a site
 * gives each item (`article#article-691367e96775211e7a0b01d3`, a CMS's block ids): it is written 0,
 * as runs of digits are (pathShape), so that the items of one list share their shape. Training folds
 * of wcxb-dev (session 17, helper 50; simulated, then built): listing +0.0013 (a consultancy news
 * river whose items carry hash ids 0.93 -> 0.99, a reading list 0.96 -> 0.98), no other page type
 * moved; 6 and 12 characters gave the same pages.
 */
export const ITEM_HASH_MIN_CHARS = 8;

const HEX_RUN = /(?<![a-z])[0-9a-f]*[0-9][0-9a-f]*(?![a-z])/g;

/** A path's shape for telling items apart: digit runs and hash-like hex runs (ITEM_HASH_MIN_CHARS) written 0. */
export function titleShape(path: string): string {
  return pathShape(path.replace(HEX_RUN, (run) => (run.length >= ITEM_HASH_MIN_CHARS ? '0' : run)));
}

export interface ItemTitleInput {
  label: Label;
  /** The block's path (segment/place.ts); undefined for plain text, which has no items. */
  path: string | undefined;
  chars: number;
  linkDensity: number;
  /** Could be a title: in the page flow, not spam, not a control, not in the site's chrome, a footer or a dialog. */
  candidate: boolean;
  /** Body that a page-type pass gave it (a listing's promoted items): such a list is settled already. */
  promoted: boolean;
  /** A heading element (h1–h6): a linked heading is its item's title over a linked line that is no heading (a date and source line). */
  heading: boolean;
}

/** Indices of the navigation segments that are the linked titles of body items. */
export function findItemTitles(segments: readonly ItemTitleInput[]): number[] {
  const pairs: { index: number; key: string }[] = [];
  segments.forEach((s, i) => {
    if (!isTitleLike(s)) return;
    const body = itemBody(segments, i);
    if (body !== undefined) pairs.push({ index: i, key: `${titleShape(s.path!)}\n${titleShape(body)}` });
  });
  const counts = new Map<string, number>();
  for (const { key } of pairs) counts.set(key, (counts.get(key) ?? 0) + 1);
  return pairs.filter(({ key }) => (counts.get(key) ?? 0) >= ITEM_TITLE_MIN_ITEMS).map(({ index }) => index);
}

function isTitleLike(s: ItemTitleInput): boolean {
  return s.label === 'navigation' && s.candidate && s.path !== undefined && s.chars >= (s.heading ? ITEM_TITLE_HEADING_MIN_CHARS : ITEM_TITLE_MIN_CHARS) && s.linkDensity >= ITEM_TITLE_MIN_LINK_DENSITY;
}

/** The path of the body segment of the same item that follows segment `i`, or undefined. */
function itemBody(segments: readonly ItemTitleInput[], i: number): string | undefined {
  const title = segments[i]!.path!;
  for (let j = i + 1; j < segments.length && j <= i + ITEM_TITLE_ITEM_LOOKAHEAD; j++) {
    const next = segments[j]!;
    if (j > i + ITEM_TITLE_LOOKAHEAD && !segments.slice(i + 1, j).every((between) => between.path !== undefined && sameItem(title, between.path))) return undefined;
    // a nearer title is the item's own: a category link above a product's title is not a title;
    // but a linked heading is the title over a linked line that is no heading (its date and source)
    if (isTitleLike(next) && !(segments[i]!.heading && !next.heading)) return undefined;
    if (next.label !== 'body') continue;
    if (next.promoted || next.path === undefined) return undefined;
    return sameItem(title, next.path) ? next.path : undefined;
  }
  return undefined;
}

/**
 * Whether two paths part at most ITEM_TITLE_MAX_LEVELS elements from the end of the longer one
 * (digits and hashes set aside, titleShape). A deep block's path names only its nearest elements
 * after an elision mark (segment/place.ts MAX_PATH_LABELS), so the two paths need not start at the
 * same depth: they are compared at the alignment where they share the longest run of labels from
 * where both begin (`partingLevels`).
 */
export function sameItem(a: string, b: string): boolean {
  return partingLevels(titleShape(a), titleShape(b)) <= ITEM_TITLE_MAX_LEVELS;
}

/**
 * How many elements from the end of the longer path two paths part, the paths aligned by depth. A
 * path that starts with the elision mark (segment/place.ts PATH_ELISION) starts deeper than one
 * that does not, by an unknown number of elements: every such alignment is tried, and the one
 * whose shared run of labels (from where both paths begin) is longest is the paths' own; such
 * paths that share no label at any alignment part above both: Infinity.
 */
export function partingLevels(a: string, b: string): number {
  const left = a.split('>');
  const right = b.split('>');
  const leftElided = left[0] === PATH_ELISION;
  const rightElided = right[0] === PATH_ELISION;
  if (!leftElided && !rightElided) {
    let shared = 0;
    while (shared < left.length && shared < right.length && left[shared] === right[shared]) shared++;
    return Math.max(left.length, right.length) - shared;
  }
  if (leftElided) left.shift();
  if (rightElided) right.shift();
  // offset = depth at which `right` starts minus the depth at which `left` starts
  const low = leftElided ? -left.length : 1;
  const high = rightElided ? right.length : -1;
  let best = 0;
  let parting = Number.POSITIVE_INFINITY;
  for (let offset = low; offset <= high; offset++) {
    // label i of `left` is label i - offset of `right`
    const start = Math.max(0, offset);
    let run = 0;
    while (start + run < left.length && start + run - offset < right.length && left[start + run] === right[start + run - offset]) run++;
    const levels = Math.max(left.length - start - run, right.length - (start - offset) - run);
    if (run > best || (run === best && run > 0 && levels < parting)) {
      best = run;
      parting = levels;
    }
  }
  return parting;
}

/** One frozen hit, shared by every title it is given to (rules/relabel-hit.ts). */
export const ITEM_TITLE_HIT: RuleHit = relabelHit('context.item-title', 'body', 'the linked title of an item whose text is body, one of several items built alike: the title goes with its text');
