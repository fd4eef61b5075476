import { join } from 'node:path';
import { DATA_DIR } from '../data-dir.js';
import { shortLineRule } from './short-line.js';

/**
 * A line that dates a post, an item or a comment relative to the moment the page was served: "3
 * days ago", "Asked 11 years, 9 months ago", "posted 6 years ago", "Alan Woinski | 2 weeks ago",
 * a comment header's "188 points 17 hours ago (11 children)". It tells when the text was written
 * as one visit saw it, not what the text says, and it is wrong by the next day. A listing's
 * promotion takes it with the item's title (a travel column's "author | 3 days ago" under every
 * story, a job board's "2 days ago"), a forum's post units take it with the post (Stack
 * Exchange's "Asked … ago", a board's "posted 6 years ago"), and WCXB's gold leaves it out on
 * every such page of the training folds read. An absolute date line ("March 6, 2026", "Posted on
 * 12 May 2024") is not one of these: DESIGN keeps date lines as body and the gold keeps them.
 *
 * A whole body block of at most AGE_LINE_MAX_CHARS characters that ends with the age ("N unit(s)
 * ago", perhaps an edit mark or a reply count after it, or one short field after a separator:
 * Medium's "·1d ago·3 min read") and holds nothing before it but a separator, a meta verb, a
 * name or a vote count (AGE_LINE.file) becomes navigation, on every page type, after every
 * promotion, listing items included (the age under a listed title is the case the pass is for).
 * A sentence that tells of something years ago ("First Started 75 Years Ago to the Tune of $457
 * Million", "We got the keys 48 hours ago. The house is full of boxes") does not end with the age
 * and stays body.
 *
 * wcxb-dev training folds 1-2 (session 41, helper listing-41; simulated on the per-segment dump of
 * benchmarks/diagnose/segments.ts, then built): folds 1-2 +0.00024 simulated; listing +0.0020,
 * forum +0.0013; 11 pages of 11 sites up (a travel column +0.091, old Reddit +0.048, a homestead
 * board +0.007, five Stack Exchange sites +0.0006 to +0.0054, a job board +0.004, a Medium blog
 * +0.004, a tech news article +0.001), none down; built, the eval gives the same pages and
 * figures. Folds 3-4 (the check, read as an aggregate): -0.000098, within the -0.0001 the
 * protocol allows but not a second gain; l3s-gn1 -0.00008 (three 2008 news pages whose gold
 * keeps a wire byline "By … – 3 days ago"), readability, zh-gbk and zh-news-clean identical.
 * See benchmarks/RESULTS.md, session 41.
 */

/**
 * An age line has at most this many characters: the longest the patterns take as body on wcxb-dev
 * training folds 1-2 is old Reddit's comment header (79; 98 with "comment score below
 * threshold"). 80, 100 and 160 take the same pages there (+0.00024 simulated), 60 leaves Reddit's
 * headers out (+0.00018); the bound keeps the pass to lines, not paragraphs, and the test cheap on
 * the long body blocks every late pass is given.
 */
export const AGE_LINE_MAX_CHARS = 100;

/** The pass's line test: the patterns of data/cues/age-lines.json, lines of at most AGE_LINE_MAX_CHARS characters, and its hit. */
export const AGE_LINE = shortLineRule({
  file: join(DATA_DIR, 'cues', 'age-lines.json'),
  maxChars: AGE_LINE_MAX_CHARS,
  what: 'a list of age-line patterns',
  rule: 'context.age-line',
  description: 'a line that dates the text relative to the visit ("3 days ago", "Asked 2 years ago", "posted 6 years ago"): when one visit saw it written, not what it says',
});
