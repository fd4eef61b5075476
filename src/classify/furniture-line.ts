import { join } from 'node:path';
import { DATA_DIR } from '../data-dir.js';
import { shortLineRule } from './short-line.js';

/**
 * A line about the page, not of it: "5 min read", "Loading...", "Was this page helpful?", "Table of
 * contents", a forum poster's "Posts: 1,077". Such a line sits inside the article's
 * container, under the same body cue as the paragraphs, and often reads as a sentence or a
 * heading over body text, so the first pass and the context passes make it body; the reader
 * does not read it as the article, and WCXB's gold leaves it out. A whole body block of at most
 * FURNITURE_LINE_MAX_CHARS characters that matches one of the patterns of
 * FURNITURE_LINE.file becomes navigation. An item of a list that the listing promotion made body
 * is left alone: a blog index prints each post's reading time under its title, and the gold of a
 * listing keeps the item's lines.
 *
 * wcxb-dev training folds (session 26, helper body-26a): body F1 0.93201 -> 0.93216 (folds 1-2
 * +0.00018, folds 3-4 +0.00013), snippets 0.8874 -> 0.8884; 63 sites up, 1 down (a forum whose
 * gold keeps a "Loading..." line, -0.003). The poster's statistics alone: forum 0.8713 -> 0.8719,
 * four forums up, none down (a forum's "Contents" line, -0.0004 alone, is offset on that page). Measured on the listing items too: a tech blog's index whose gold
 * keeps "3 min read" under every title -0.05.
 * l3s-gn1: a reading time not anchored at the line's end took a sentence of a match report
 * ("after the 20 minutes read Wings 16"); anchored, the guard sets gain a page each (a "Rate This
 * Article:" line, a "5 min read" line).
 */

/**
 * A furniture line has at most this many characters: a byline with a date and the reading time
 * ("By Jane Doe — November 18, 2025 · 6 min read") fits; a paragraph that mentions a reading time
 * does not. Training folds (session 26): 40 characters caught 4 pages fewer; 60, 80, 150 and 300
 * gave the same pages as 100.
 */
export const FURNITURE_LINE_MAX_CHARS = 100;

/** The pass's line test: the patterns of data/sections/furniture-lines.json, lines of at most FURNITURE_LINE_MAX_CHARS characters, and its hit. */
export const FURNITURE_LINE = shortLineRule({
  file: join(DATA_DIR, 'sections', 'furniture-lines.json'),
  maxChars: FURNITURE_LINE_MAX_CHARS,
  what: 'a list of furniture-line patterns',
  rule: 'context.furniture-line',
  description: 'a line about the page, not of it ("5 min read", "Loading...", "Was this page helpful?", "Table of contents")',
});
