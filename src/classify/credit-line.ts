import { join } from 'node:path';
import { DATA_DIR } from '../data-dir.js';
import { shortLineRule } from './short-line.js';

/**
 * A photo's credit printed as a line of its own: "Image credit: Digital Foundry", "Photo by Jane
 * Doe on Unsplash", "imaginima/Getty Images", "Credit: <site>". It sits in the story's figure or
 * under its picture, inside the article's container, often in the figcaption beside the caption
 * itself, so the first pass makes it body; it says who supplied the picture, not what the story
 * or the caption says, and WCXB's gold leaves it out on most sites that print one. A whole body
 * block of at most CREDIT_LINE_MAX_CHARS characters that matches one of the patterns of
 * CREDIT_LINE.file (a credit label opening the line, or a stock or wire agency's name ending it)
 * becomes navigation, on every page type. A caption that ends with its credit is longer than the
 * bound and stays body (DESIGN §1: captions are body).
 *
 * wcxb-dev training folds (session 29, helper body-29e; simulated on the segment dump, then
 * built): body F1 0.93469 -> 0.93490 (folds 1–2 +0.00021, folds 3–4 +0.00021), article +0.00027,
 * collection +0.00092 (a trade news index over Getty credits), snippets 0.8924 -> 0.8925; 27 pages
 * of 25 sites up (a food site's "Credit: …" under every step photo, a sewing blog's "Photo
 * credit: …", a games site's "Image credit: …"), 2 down (a craft roundup whose gold keeps
 * "Photo Credit: <site>" under each project −0.025, a clinic's "Photo via Pexels" −0.002). The
 * guard sets' golds keep credits more often: l3s-gn1 −0.00007, readability −0.00034 (a how-to
 * page's "…/iStock/Getty Images" lines −0.038), zh-gbk unchanged. Sessions 26 (body-26a,
 * body-26c) measured credit lines by their text without this bound and the agency ending (folds
 * 1–2 −0.00004).
 */

/**
 * A credit line has at most this many characters: "Photo by Solen Feyissa on Unsplash" and
 * "Image credit: Endgame Gear/Digital Foundry" fit, a caption sentence followed by its credit
 * ("This is a good way to disrupt your sleep. X/Moment via Getty Images") does not. Training folds
 * (session 29, simulated): 60 gives +0.00021 (folds 1–2 +0.00022, folds 3–4 +0.00021); 100 gives
 * +0.00024 but the 4 pages it adds are captions that end with a credit (body by DESIGN §1) and a
 * pexels link line the gold keeps.
 */
export const CREDIT_LINE_MAX_CHARS = 60;

/** The pass's line test: the patterns of data/cues/credit-lines.json, lines of at most CREDIT_LINE_MAX_CHARS characters, and its hit. */
export const CREDIT_LINE = shortLineRule({
  file: join(DATA_DIR, 'cues', 'credit-lines.json'),
  maxChars: CREDIT_LINE_MAX_CHARS,
  what: 'a list of credit-line patterns',
  rule: 'context.credit-line',
  description: 'a photo credit on a line of its own ("Image credit: …", "Photo by … on Unsplash", "…/Getty Images")',
});
