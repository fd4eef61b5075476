import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Text after the story. On an article the main container (main-content.ts) holds the story; what
 * follows it outside the container is the site speaking: the related stories' summaries, the
 * author's biography, the newsletter or donation appeal, the site's "about" blurb, a consent
 * line under a sign-up form. Written in full sentences, such text keeps a body label even though
 * it lies outside the container (context.outside-main, +8, is less than the long-text, sentence
 * and stopword rules together). On a page typed article, a body segment that carries the
 * outside-main hit and comes after the page's last body segment without it (document order: the
 * end of the story as the first pass and the late passes settled it — the container's text, its
 * lead, its continuation, an anchored headline or byline) becomes navigation. Body outside the
 * container before the story or between its parts stays (a hero's summary, a second column).
 *
 * wcxb-dev training folds (session 22, helper body-22a; simulated on the final labels, then
 * built): see AFTER_MAIN_PAGE_TYPES. Causes read on the 40 article pages of lowest body precision
 * (and the 40 of most extra tokens): related-story summaries, author bios, newsletter, donation
 * and subscription appeals after the story, form consent lines, among others (code blocks and
 * captions that the gold leaves out, partial golds) that this pass does not touch.
 */

/**
 * The page types the pass runs on. Training folds, simulated (body F1, mean over pages): on
 * article-typed pages, all 0.9277 -> 0.9288, article 0.9575 -> 0.9589 (P 0.936 -> 0.940, R 0.980
 * -> 0.979), service 0.8968 -> 0.8984, no type down; 48 pages up, one down (an article whose gold
 * keeps a carousel of customer quotes after the story, 0.958 -> 0.736). On every type: all 0.9282
 * but listing 0.8434 -> 0.8397, product 0.8548 -> 0.8505, documentation 0.9507 -> 0.9490
 * (a listing's or docs page's content often runs on past its container). Any outside-main body
 * segment on article pages, wherever it lies: article 0.9598 but R 0.980 -> 0.978 and service
 * 0.8968 -> 0.8953 (a hero's summary, a page built of several blocks); before the story only:
 * article 0.9576; between its parts only: article 0.9582, service 0.8943.
 */
export const AFTER_MAIN_PAGE_TYPES: readonly PageType[] = ['article'];

export interface AfterMainInput {
  label: Label;
  /** The segment carries the outside-main hit (main-content.ts OUTSIDE_MAIN_HIT). */
  outsideMain: boolean;
}

/** Indices of the body segments outside the main container that come after the last body segment inside it (or kept with it). */
export function findAfterMain(segments: readonly AfterMainInput[]): number[] {
  let end = -1;
  segments.forEach((s, i) => {
    if (s.label === 'body' && !s.outsideMain) end = i;
  });
  if (end < 0) return [];
  const found: number[] = [];
  for (let i = end + 1; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.label === 'body' && s.outsideMain) found.push(i);
  }
  return found;
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const AFTER_MAIN_HIT: RuleHit = relabelHit('context.after-main', 'navigation', "body-looking text outside the element that holds the article, after the article's end: related stories, an author's bio, a sign-up appeal — the site's text, not the article");
