import { matchesCue } from '../features/dom.js';
import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Excerpts of other posts on an article. Blog themes and page builders mark the summary of a post
 * shown in a list with an `excerpt` class (WordPress's `the_excerpt`: div.entry-excerpt,
 * Elementor's div.elementor-post__excerpt, p.post-excerpt): an article page shows its own text
 * in full, so an excerpt on it introduces another page — a "more posts" grid under the story, a
 * sidebar's recent posts. Such summaries read as prose and stay body when the teaser pass
 * (teasers.ts) does not see their unit (a date between the linked title and the summary) and the
 * main-content pass does not reach them (inside the container, or long enough to outweigh
 * context.outside-main). On a page typed article (EXCERPT_PAGE_TYPES), a body segment with an
 * EXCERPT_CUES token on one of its recorded cue groups (Block.cues, class/id tokens of up to six
 * elements, matched like navigation cues: equal, prefix, suffix) becomes navigation.
 */

/**
 * Class/id tokens of a post's excerpt. Measured on the wcxb-dev training folds (session 22,
 * helper body-22a; with context.after-main, after-main.ts, in place): body F1 0.9288 -> 0.9293,
 * article 0.9589 -> 0.9595 (P 0.9397 -> 0.9410, R 0.9789 -> 0.9788), listing 0.8436 -> 0.8445,
 * service 0.8984 -> 0.8991, other types unchanged; 18 pages changed, 15 up (a law firm's article
 * with a "latest posts" grid under it 0.53 -> 0.71, a blog post 0.92 -> 0.98, a podcast page
 * 0.88 -> 0.98), 3 down (0.919 -> 0.913 and two by <= 0.004). With summary as well (post-summary,
 * but also an article's own summary box): 0.9236, article 0.9524 (R 0.979 -> 0.967).
 */
export const EXCERPT_CUES: readonly string[] = ['excerpt'];

/**
 * The page types the pass runs on. On a listing or a home page the excerpts are its content: on
 * every page type, training folds 0.9288 -> 0.9283, listing 0.8436 -> 0.8407 (R 0.877 -> 0.863),
 * product 0.8548 -> 0.8392.
 */
export const EXCERPT_PAGE_TYPES: readonly PageType[] = ['article'];

/** Whether a block's recorded cue groups (Block.cues) hold an excerpt token. */
export function inExcerpt(groups: readonly (readonly string[])[]): boolean {
  return groups.some((group) => group.some((token) => matchesCue(token, EXCERPT_CUES)));
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const EXCERPT_TEXT_HIT: RuleHit = relabelHit('context.excerpt', 'navigation', "a post's excerpt on an article page: the summary of another page, not the article");
