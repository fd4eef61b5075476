import { join } from 'node:path';
import { DATA_DIR } from '../data-dir.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { loadLinePatterns, matchesShortLine } from './short-line.js';

/**
 * A line that files the page under the site's taxonomy: a product's SKU and categories
 * (WooCommerce's product meta, "SKU: N667FD … See all Jewelry, Necklaces"), a post's categories
 * and tags ("Category: review", "Tags: Helena, smart thermostat", "Filed under: …"). It tells where
 * the shop or the blog keeps the page, not what the page says; it sits in the product summary or
 * under the post, inside the body's container, so the first pass or a context pass can make it
 * body, and WCXB's gold leaves it out. A whole body block of at most TAXONOMY_LINE_MAX_CHARS
 * characters that opens with one of the labels of TAXONOMY_LINES_FILE (and its colon) becomes
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

/** The data file of the patterns (data/cues). */
export const TAXONOMY_LINES_FILE = join(DATA_DIR, 'cues', 'taxonomy-lines.json');

/**
 * A taxonomy line has at most this many characters: the longest such line on wcxb-dev training
 * folds 1-2 is a fitness blog's list of 30 tags (315 characters; navigation already), the longest
 * body one the jewellery shop's SKU line with its category links (126). A paragraph that opens with
 * "Category:" and goes on is left alone past the bound.
 */
export const TAXONOMY_LINE_MAX_CHARS = 320;

/** The compiled patterns of data/cues/taxonomy-lines.json (case-insensitive, unicode; short-line.ts). */
export function loadTaxonomyLines(path: string = TAXONOMY_LINES_FILE): readonly RegExp[] {
  return loadLinePatterns(path, 'a list of taxonomy-line patterns');
}

/** Whether a line files the page under the site's taxonomy: short enough, and one of the patterns matches it (trimmed, spaces collapsed). */
export function isTaxonomyLine(text: string, patterns: readonly RegExp[]): boolean {
  return matchesShortLine(text, patterns, TAXONOMY_LINE_MAX_CHARS);
}

/** One frozen hit, shared by every line it is given to (like rule hits, rules/engine.ts). */
export const TAXONOMY_LINE_HIT: RuleHit = Object.freeze({
  rule: 'context.taxonomy-line',
  label: 'navigation' satisfies Label,
  score: 0,
  description: 'a line that files the page under the site\'s taxonomy ("SKU: …", "Category: …", "Tags: …"): where the site keeps the page, not what it says',
});
