import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { pathShape } from '../segment/place.js';
import { firstPassLabel, scoresWithoutRule } from './label.js';
import { OUTSIDE_MAIN_HIT } from './main-content.js';

/**
 * Posts outside the main container, on a forum page. The main container (main-content.ts) is one
 * element; on a thread it is often one post — the question of a Q&A thread, or the one long reply
 * that outweighs the rest — and every other post lies outside it and gets the outside-main
 * navigation score. The other posts are built like the one inside: a forum writes every post's
 * text into the same element (`div.s-prose`, `div.msg_text`, `div.postbody`, `div.bbWrapper`).
 * On a page typed forum, a segment that was demoted as outside the main container, reads as body
 * without that score and whose parent element has the same tag, id or first class (digits set
 * aside: `#post-123`, `#post-456`) as the parent of a body segment inside it, is a post: body.
 *
 * The parent must carry a class or id: a bare `<div>` or `<p>` is every page's element. wcxb-dev
 * training folds, session 10 (helper 26), forum body F1 on top of the reply rule of forum.ts
 * (0.7835; no other page type is touched, since only forum pages are read): every demoted segment
 * that reads as body without the score 0.7790 (sidebars, footers and notices came back: 23 of 36
 * changed threads down); same parent label 0.7874, shipped (six threads up by 0.01–0.08: Stack
 * Exchange answers outside the question, GameFAQs and vBulletin replies outside one long
 * post; six down by 0.005–0.036, a teaser in a `div.copy` like the posts' among them); same parent
 * and grandparent labels 0.7863.
 */

/** Path labels are `tag`, `tag#id` or `tag.firstclass` (segment/place.ts); a bare tag is no evidence. */
const NAMED_LABEL = /[.#]/;

/** The label of the element that holds the block's own element, digits replaced, or undefined when it has neither class nor id. */
export function parentLabel(path: string): string | undefined {
  const labels = path.split('>');
  if (labels.length < 2) return undefined;
  const parent = labels[labels.length - 2]!;
  if (!NAMED_LABEL.test(parent)) return undefined;
  return pathShape(parent);
}

export interface PostUnitInput {
  label: Label;
  scores: Readonly<Record<Label, number>>;
  hits: readonly RuleHit[];
  /** The block's path (segment/place.ts). */
  path: string;
  /** In the page flow, not spam, not a spliced-in phrase, not under a navigation cue. */
  candidate: boolean;
}

function outsideMain(hits: readonly RuleHit[]): boolean {
  return hits.some((h) => h.rule === OUTSIDE_MAIN_HIT.rule);
}

/** Indices of the navigation segments that are posts outside the main container (see above). */
export function findPostUnits(segments: readonly PostUnitInput[]): number[] {
  const inside = new Set<string>();
  for (const s of segments) {
    if (s.label !== 'body' || outsideMain(s.hits)) continue;
    const label = parentLabel(s.path);
    if (label !== undefined) inside.add(label);
  }
  if (inside.size === 0) return [];
  const posts: number[] = [];
  segments.forEach((s, i) => {
    if (s.label !== 'navigation' || !s.candidate) return;
    if (!outsideMain(s.hits)) return;
    const label = parentLabel(s.path);
    if (label === undefined || !inside.has(label)) return;
    if (firstPassLabel(scoresWithoutRule(s.scores, s.hits, OUTSIDE_MAIN_HIT.rule)).label === 'body') posts.push(i);
  });
  return posts;
}

/** One frozen hit, shared by every post it is given to (like rule hits, rules/engine.ts). */
export const POST_UNIT_HIT: RuleHit = Object.freeze({
  rule: 'context.forum-post-unit',
  label: 'body' satisfies Label,
  score: 0,
  description: 'on a forum page, a post outside the main container whose element is built like the posts inside it: body',
});
