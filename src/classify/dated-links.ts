import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import { consecutiveRuns } from './runs.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * An index of other pages printed as a run of dated links: a portal's related-news list
 * ("·标题 (2005-04-27 14:32PM)"), a forum's thread tree under a post ("回复标题【作者】08-11 16:58
 * 138字 [140/0]", "标题 作者 09:02:51 5/23/06 (无内容)"). Each item is a short line that holds a link
 * (its title) and ends with a time stamp and perhaps a few counters. One such line can be a
 * dateline of the story; a run of DATED_RUN_MIN_ITEMS or more in a row is a list of other pages.
 * The first pass reads each item as a short punctuated line and keeps it as body when the link
 * covers less of it than nav.link-dense asks (the date and counters are not link text). On a page
 * typed listing such a list may be the page's content, so the pass runs on the other page types
 * (DATED_LINK_PAGE_TYPES).
 *
 * Session 33 (helper zhchrome-33), zh-gbk (a development set: its pages were read to find the
 * class): 59 items on 4 pages of 3 sites (cn.ent.yahoo.com twice, bbs.cctv.com, bj3.netsh.com),
 * every one non-gold; body F1 0.9553 -> 0.9613 (with the session's lexicon terms 0.9552 -> 0.9613). wcxb-dev training folds, l3s-gn1 and readability: no
 * page has such a run left as body (unchanged).
 */

/** At most this many characters in an item: the longest item of the zh-gbk runs is 76 (a reply title, its author, time, size and counts), most are under 50; a paragraph that ends with a time is longer. */
export const DATED_ITEM_MAX_CHARS = 80;

/** The time of day sits within this many characters of the item's end: on zh-gbk it starts at most 23 from the end (the time, a date in m/d/yy and "(无内容)" after it), 8 on the related lists. */
export const DATED_ITEM_TAIL_CHARS = 28;

/**
 * At least this share of the item is link text, and it holds a link: the zh-gbk items are 0.17-0.71
 * (the title linked, the stamp and counters not). Below nav.link-dense's 0.85, where the first pass
 * already makes the line navigation.
 */
export const DATED_ITEM_MIN_LINK_DENSITY = 0.15;

/** A run of at least this many items in a row: a list, not one dateline. zh-gbk's runs hold 3 to 14 items (a thread tree cut into runs by its branch lines). */
export const DATED_RUN_MIN_ITEMS = 3;

/** The page types the pass runs on: not listing, whose list of dated links may be the page itself. */
export const DATED_LINK_PAGE_TYPES: readonly PageType[] = ['article', 'forum', 'product', 'other'];

/** A time of day, 14:32 or 09:02:51 (a score like 2:1 has one digit after the colon). */
const TIME_OF_DAY = /(?<!\d)\d{1,2}:\d{2}(?!\d)/u;

export interface DatedLinkCandidate {
  text: string;
  linkDensity: number;
  linkCount: number;
  /** A block of the page's visible flow (not a head block, not an inline cut). */
  candidate: boolean;
}

/** Whether one line has the item's shape: short, holding a link, a time of day near its end. */
export function isDatedLinkItem(item: DatedLinkCandidate): boolean {
  if (!item.candidate || item.linkCount < 1 || item.linkDensity < DATED_ITEM_MIN_LINK_DENSITY) return false;
  const text = item.text.trim();
  if (text.length === 0 || text.length > DATED_ITEM_MAX_CHARS) return false;
  return TIME_OF_DAY.test(text.slice(-DATED_ITEM_TAIL_CHARS));
}

/** The indices of the items of every run of DATED_RUN_MIN_ITEMS or more dated link items in a row. */
export function findDatedLinkRuns(items: readonly DatedLinkCandidate[]): number[] {
  return consecutiveRuns(items, isDatedLinkItem)
    .filter((run) => run.length >= DATED_RUN_MIN_ITEMS)
    .flat();
}

/** One frozen hit, shared by every item it is given to (rules/relabel-hit.ts). */
export const DATED_LINK_HIT: RuleHit = relabelHit('context.dated-link-list', 'navigation', `one of ${DATED_RUN_MIN_ITEMS}+ short linked lines in a row that each end with a time stamp (a related-news list, a forum's thread tree): an index of other pages, not the page's text`);
