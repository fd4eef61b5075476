import type { Block } from '../segment/block.js';
import { matchesCue } from './dom.js';

/**
 * A heading's own class word that names it a header is no cue of the site's header. `header` is a
 * navigation cue (data/cues/class-names.json): `header.site-header`, `div#header` hold a site's
 * logo and menu. API documentation generators write it on their headings themselves — Doxygen's
 * `h2.groupheader` over each member table ("Public Member Functions", "Member Function
 * Documentation"), rustdoc's `h2.section-header` ("Implementations") and `h4.code-header` (each
 * method's signature) — and the cue made every such heading and signature navigation. On the
 * heading element's own cue group (the block's innermost element is an <h1>–<h6> with a class or
 * id) the words of data/cues/heading-own.json are not read; the heading's other class words and
 * every ancestor's cues still are: a site name in `div#header > h1`, a tagline in `<header>` stay
 * navigation.
 *
 * Not only generators name a heading so: a CMS's and a theme's headings carry it too (Substack's
 * h3.header-anchor-post, WP Recipe Maker's h3.wprm-recipe-header "Ingredients", an airline's
 * h3.card-headertxt hotel cards, an insurer's h2.article-text--header, XenForo's h3.block-header).
 * wcxb-dev training folds (session 43, helper api-43; on top of anchored-heading.ts, measured by
 * the eval): folds 1-2 0.93587 -> 0.93592 (2 pages up: a Substack post +0.016, an airline's
 * offers page +0.013; 5 down, by 0.0006 to 0.004: a XenForo thread's "Similar threads" box
 * heading, a recipe's "Ingredients" header the gold leaves out, a consultancy's banner heading,
 * two articles), folds 3-4 0.94254 -> 0.94275 (6 up, 5 down; documentation +0.0016, service
 * +0.0004, article +0.0001); l3s-gn1, zh-gbk and zh-news-clean unchanged, readability +0.00001 (an
 * Engadget page). The training folds hold no Doxygen or rustdoc item page: the written pages of
 * tests/heading-own-cue.test.ts show the generators' case (Doxygen's "Public Member Functions" and
 * "Detailed Description", rustdoc's method signatures were navigation by the cue).
 */

const HEADING_TAG = /^h[1-6]$/;

/** The tag of a path label (`h2.groupheader`, `h4#x`, `div`): up to its first `.` or `#`. */
function labelTag(label: string): string {
  const mark = label.search(/[.#]/);
  return mark < 0 ? label : label.slice(0, mark);
}

/** Whether the block's nearest cue group is its own heading element's: the last path label is an <h1>–<h6> with a class or id. */
export function ownHeadingGroup(block: Pick<Block, 'path' | 'cues'>): boolean {
  const path = block.path;
  if (path === undefined || block.cues.length === 0) return false;
  const last = path.slice(path.lastIndexOf('>') + 1);
  return HEADING_TAG.test(labelTag(last)) && /[.#]/.test(last);
}

const filtered = new WeakMap<readonly string[], readonly string[]>();

/**
 * The block's cue groups, with the heading-own words (`words`, matched as navigation cues are)
 * taken out of its own heading element's group (ownHeadingGroup); the groups as they are
 * otherwise. The filtered group is made once per group array (blocks under one element share it).
 */
export function withoutHeadingOwnWords(block: Pick<Block, 'path' | 'cues'>, words: readonly string[]): readonly (readonly string[])[] {
  if (words.length === 0 || !ownHeadingGroup(block)) return block.cues;
  const own = block.cues[0]!;
  let kept = filtered.get(own);
  if (kept === undefined) {
    kept = own.some((token) => matchesCue(token, words)) ? own.filter((token) => !matchesCue(token, words)) : own;
    filtered.set(own, kept);
  }
  return kept === own ? block.cues : [kept, ...block.cues.slice(1)];
}
