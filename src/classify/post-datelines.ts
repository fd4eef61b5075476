import type { RuleHit } from '../rules/engine.js';
import { pathShape } from '../segment/place.js';
import { DATELINE_MAX_CHARS } from './dateline.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * The dateline of every post of a thread. dateline.ts keeps the short dated line between a page's
 * headline and its main container: on a forum thread that is the first post's "name date, time"
 * line. Forum software prints the same line, in the same template slot, at the head of every
 * reply — Discourse's `div#post_N > div.crawler-post-meta` — and there, outside the main container
 * (the first post), each was demoted to navigation, while WCXB's gold keeps the poster line of
 * every post (five Discourse threads of the wcxb-dev training folds: openai, docker, rust-lang,
 * netlify, mssociety).
 *
 * A first-pass body segment after a dateline that sits at the same path shape (segment/place.ts
 * `pathShape`: the full tag/class/id path, digits as 0, so `div#post_1` and `div#post_7` match)
 * and is a short dated line as the dateline is (the `hasDate` feature, at most DATELINE_MAX_CHARS
 * characters) is the dateline of a later post: it is not demoted. The shape is what ties it to
 * the first post: a dated line elsewhere (a sidebar's, a related-topics list's, a post date in a
 * template whose first post had no dateline kept) is left as it was. The length bound is the
 * dateline's own (DATELINE_MAX_CHARS, as `body.byline`): no new threshold.
 *
 * wcxb-dev training folds (session 35, helper forum-35), against main ed7476f: body F1 folds 1–2
 * 0.93261 -> 0.93279, folds 3–4 0.94123 -> 0.94128, forum 0.87598 -> 0.87774; five Discourse threads
 * of five sites up (docker +0.019, rust-lang +0.023, mssociety +0.042, openai +0.007, netlify
 * +0.034), no page of any type down. Tapatalk's "date #N" post lines have the same rule hits but
 * are not gold; its first post has no dateline, so they are left alone. Guards (l3s-gn1,
 * readability, zh-gbk, zh-news-clean): no page's tokens changed. benchmarks/RESULTS.md, issue 13.
 */

export interface PostDatelineInput {
  /** The block's tag path (segment/place.ts). */
  path: string | undefined;
  /** First-pass body. */
  isBody: boolean;
  /** Characters of the text. */
  chars: number;
  /** The text holds a date (the `hasDate` feature). */
  dated: boolean;
}

/** Indices of the segments after the page's datelines that sit at a dateline's path shape and are short dated lines (see above). */
export function findPostDatelines(segments: readonly PostDatelineInput[], datelines: readonly number[]): number[] {
  if (datelines.length === 0) return [];
  const shapes = new Set<string>();
  for (const i of datelines) {
    const path = segments[i]?.path;
    if (path !== undefined) shapes.add(pathShape(path));
  }
  const lines: number[] = [];
  for (let i = Math.min(...datelines) + 1; i < segments.length; i++) {
    const s = segments[i]!;
    if (datelines.includes(i) || !s.isBody || !s.dated || s.chars > DATELINE_MAX_CHARS || s.path === undefined) continue;
    if (shapes.has(pathShape(s.path))) lines.push(i);
  }
  return lines;
}

/** One frozen hit, shared by every post dateline it is given to (rules/relabel-hit.ts). */
export const POST_DATELINE_HIT: RuleHit = relabelHit('context.post-dateline', 'body', 'a short dated line at the same place in the page as the dateline under the headline: the dateline of a later post of the thread, not demoted as outside the main content');
