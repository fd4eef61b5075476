import { join } from 'node:path';
import { DATA_DIR } from '../data-dir.js';
import { shortLineRule } from './short-line.js';

/**
 * A line that files the page under the site's taxonomy: a product's SKU and categories
 * (WooCommerce's product meta, "SKU: N667FD … See all Jewelry, Necklaces"), a post's categories
 * and tags ("Category: review", "Tags: Helena, smart thermostat", "Filed under: …"). It tells where
 * the shop or the blog keeps the page, not what the page says; it sits in the product summary or
 * under the post, inside the body's container, so the first pass or a context pass can make it
 * body, and WCXB's gold leaves it out. A whole body block of at most TAXONOMY_LINE_MAX_CHARS
 * characters that opens with one of the labels of TAXONOMY_LINE.file (and its colon) becomes
 * navigation, on every page type, after every promotion — except an item the listing promotion
 * made body: a wiki's category index lists "Category:Benchmarking" as one of its items, and the
 * gold keeps it.
 *
 * wcxb-dev training folds 1-2 (session 40, helper product-40; simulated on the per-segment dump of
 * benchmarks/diagnose/segments.ts, then built): 25 lines on 23 sites open with these labels. 21
 * were navigation already, one of them gold (an online-books listing files each book "Filed under:
 * …"); of the 4 body ones, 3 are not in their gold bodies (a jewellery shop's SKU line, a heating
 * firm's tag line, a running blog's category line) and the 4th is the wiki index's item the pass
 * leaves alone. Folds 1-2 +0.00012 simulated and built, product (folds 1-2) +0.0025, three pages
 * up, none down; folds 3-4 +0.00002 (three pages up, a documentation page -0.0003); l3s-gn1
 * -0.00007 (two news pages whose gold keeps a "Tags:" line), readability +0.00001.
 */

/**
 * A taxonomy line has at most this many characters: the longest such line on wcxb-dev training
 * folds 1-2 is a fitness blog's list of 30 tags (315 characters; navigation already), the longest
 * body one the jewellery shop's SKU line with its category links (126). A paragraph that opens with
 * "Category:" and goes on is left alone past the bound.
 */
export const TAXONOMY_LINE_MAX_CHARS = 320;

/** The pass's line test: the patterns of data/cues/taxonomy-lines.json, lines of at most TAXONOMY_LINE_MAX_CHARS characters, and its hit. */
export const TAXONOMY_LINE = shortLineRule({
  file: join(DATA_DIR, 'cues', 'taxonomy-lines.json'),
  maxChars: TAXONOMY_LINE_MAX_CHARS,
  what: 'a list of taxonomy-line patterns',
  rule: 'context.taxonomy-line',
  description: 'a line that files the page under the site\'s taxonomy ("SKU: …", "Category: …", "Tags: …"): where the site keeps the page, not what it says',
});
