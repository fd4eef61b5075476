import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { wordCount } from '../tokenize/word-count.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A heading with nothing of the story under it. A heading heads the text that follows it; on an
 * article, a heading that comes after the story's last body text and is followed only by
 * navigation (the related stories' links, a sign-up form, the site's footer — or the text that
 * after-main.ts has just demoted) heads that navigation: "More Perspectives", "Recommended Posts",
 * "Read more of our articles", "Other Posts You May Enjoy". Such a heading keeps a body label
 * when it sits inside the main container (no outside-main hit for after-main.ts to read) or when
 * a context pass (context.border, context.between-body) gave it body for the body around it.
 *
 * Walking back from the page's last body segment, the trailing body segments that are short
 * headings are taken until the first body segment that is not; none is demoted unless such a
 * segment (the story's own text) comes before them — so a headline over an empty page stays body
 * (DESIGN §1) — and none when the run is longer than TRAILING_HEADING_MAX_RUN (a list of the
 * story's own).
 *
 * wcxb-dev training folds (session 22, helper body-22e): the 31 gold boilerplate snippets of at
 * most 6 words kept as body on article pages were read; about a dozen are such a heading or line
 * after the story over navigation only, 7 of them headings that this pass drops (the others:
 * bylines and dates, CTA lines inside the story, a listing's or product's furniture).
 */

/**
 * The page types the pass runs on. Training folds (WCXB's types, body F1 pooled): article
 * 0.9600 -> 0.9601 (P 0.9414 -> 0.9416), snippets 0.8932 -> 0.8945 (7 more boilerplate snippets
 * dropped, no body snippet lost); service 0.9015 -> 0.9014, other types unchanged; 46 pages up, 6
 * down (a heading the gold keeps over a quote carousel or a call to action, −0.007 at most).
 * Guards: l3s-gn1, readability, zh-gbk, spam unchanged at three decimals.
 */
export const TRAILING_HEADING_PAGE_TYPES: readonly PageType[] = ['article'];

/**
 * Longest heading the pass takes, in words (wordCount). Training folds: 12 words also took a
 * store list's headings (one article 0.831 -> 0.800, a body snippet lost); 6 takes the same block
 * titles without it (the boilerplate headings read were 2–6 words).
 */
export const TRAILING_HEADING_MAX_WORDS = 6;

/**
 * Most segments the trailing run may hold; a longer run of short headings is a list of the
 * story's own (a store list, its products by name). Training folds: with short unpunctuated lines
 * taken as well (tried, dropped) a run of ten contributors' names that the gold keeps was taken
 * without the limit (0.882 -> 0.861); with headings alone no page changes between 3 and no limit.
 */
export const TRAILING_HEADING_MAX_RUN = 3;

export interface TrailingHeadingInput {
  label: Label;
  /** The segment is a heading (h1–h6). */
  heading: boolean;
  text: string;
}

/** A heading of a few words. */
function isHeadingLike(s: TrailingHeadingInput): boolean {
  return s.heading && wordCount(s.text) <= TRAILING_HEADING_MAX_WORDS;
}

/** Indices of the trailing body headings that follow the page's last body text and head nothing but navigation. */
export function findTrailingHeadings(segments: readonly TrailingHeadingInput[]): number[] {
  const found: number[] = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i]!;
    if (s.label !== 'body') continue;
    if (isHeadingLike(s)) {
      found.push(i);
      continue;
    }
    return found.length > TRAILING_HEADING_MAX_RUN ? [] : found.reverse();
  }
  return [];
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const TRAILING_HEADING_HIT: RuleHit = relabelHit('context.trailing-heading', 'navigation', "a heading after the article's last body text with only navigation under it: the title of a related-stories, author or sign-up block, not of the article");
