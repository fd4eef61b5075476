import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { pathShape } from '../segment/place.js';
import { firstPassLabel, scoresWithoutRule } from './label.js';
import { OUTSIDE_MAIN_HIT } from './main-content.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Posts outside the main container, on a forum page. The main container (main-content.ts) is one
 * element; on a thread it is often one post — the question of a Q&A thread, or the one long reply
 * that outweighs the rest — and every other post lies outside it and gets the outside-main
 * navigation score. The other posts are built like the one inside: a forum writes every post's
 * text into the same element (`div.s-prose`, `div.msg_text`, `div.postbody`, `div.bbWrapper`).
 * On a page typed forum, a segment that was demoted as outside the main container, reads as body
 * without that score and whose parent element has the same tag, id or first class (digits set
 * aside: `#post-123`, `#post-456`) as the nearest named element above a body segment inside it
 * (its parent, or the first element with a class or id further up), is a post: body.
 *
 * The parent must carry a class or id: a bare `<div>` or `<p>` is every page's element. wcxb-dev
 * training folds, session 10 (helper 26), forum body F1 on top of the reply rule of forum.ts
 * (0.7835; no other page type is touched, since only forum pages are read): every demoted segment
 * that reads as body without the score 0.7790 (sidebars, footers and notices came back: 23 of 36
 * changed threads down); same parent label 0.7874, shipped (six threads up by 0.01–0.08: Stack
 * Exchange answers outside the question, GameFAQs and vBulletin replies outside one long
 * post; six down by 0.005–0.036, a teaser in a `div.copy` like the posts' among them); same parent
 * and grandparent labels 0.7863.
 *
 * A post inside the main container is read by its nearest named element, not only its parent
 * (insideLabel): when the main container is a list or a table in one post, that post's text sits in
 * `li`, `ul` or `td` elements with no class of their own, its parent label says nothing, and the
 * posts outside — the question, the other answers, whose paragraphs sit right in `div.s-prose` —
 * had nothing to match. The segment outside still must have a named parent of its own. wcxb-dev
 * training folds, session 38 (helper forum-38), on 0.93721 (folds 1-2 0.93288, 3-4 0.94127; forum
 * 0.87827): nearest named element inside 0.93729 (1-2 0.93304, 3-4 0.94127; forum 0.87953) — a
 * Stack Exchange question and its first answer, outside a main container that was the third
 * answer's bullet list, came back (0.889 -> 0.999); an IPS thread lost 0.022 (a last reply the
 * gold leaves out and a quote of a post it keeps once); no page of another type changed. The
 * nearest named element on both sides too: 0.93726 (three threads down by 0.005–0.035, one up).
 *
 * A reply whose text sits right in its post element, under a bare table row or cell, has no named
 * parent: it is read by its own element instead (postLabel), when that element is numbered by the
 * post's id, as forum engines number their post containers (`#postmessage_123` Discuz!, `#post_123`
 * Discourse, `#post-123` XenForo, `#p123` phpBB, `#pid_123` MyBB: post-repeats.ts). Discuz! X writes
 * a post's text into `tr > td#postmessage_N`, in a `<font>` tag when the poster picked a size or
 * colour and right in the cell when not; the post inside the main container is matched by its
 * nearest named element (`td#postmessage_N > font`), and a plain reply had nothing to match. Any
 * named element of its own was tried first: vBulletin's "All times are GMT +1" line
 * (`div > div.smallfont`, the class of the posts' user-card lines) came back on a training thread
 * (wcxb-dev 0525, forum.doom9.org, 0.951 -> 0.918), so the element must carry a numbered id.
 * Found on forum-unseen2 half A (session 45, helper forumfix-45): the Discuz! threads of two sites
 * (csolbbs.tiancity.com, bbs.talkop.com) had such replies navigation; the numbers are in
 * benchmarks/RESULTS.md (session 45, forumfix-45).
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

/**
 * The label of the nearest element above the block's own element that carries a class or id,
 * digits replaced, or undefined when none does: what a post inside the main container is matched
 * by (a paragraph of a post's list sits in bare `li` and `ul` elements under the post's `div.s-prose`).
 */
export function insideLabel(path: string): string | undefined {
  const labels = path.split('>');
  for (let i = labels.length - 2; i >= 0; i--) {
    const label = labels[i]!;
    if (NAMED_LABEL.test(label)) return pathShape(label);
  }
  return undefined;
}

/** An element label whose id holds a digit: a post container numbered by the post's id (`td#postmessage_53963`). */
const NUMBERED_ID_LABEL = /#[^.>#]*\d/;

/**
 * The label a demoted segment is matched by: its parent's (parentLabel), or, when the parent is a
 * bare element, the segment's own element's when its id holds a digit (a reply's text right in
 * `td#postmessage_N` under a bare `tr`), digits set aside; undefined otherwise.
 */
export function postLabel(path: string): string | undefined {
  const parent = parentLabel(path);
  if (parent !== undefined) return parent;
  const labels = path.split('>');
  if (labels.length < 2) return undefined;
  const own = labels[labels.length - 1]!;
  return NUMBERED_ID_LABEL.test(own) ? pathShape(own) : undefined;
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

/** Whether the main-content pass made a segment navigation for lying outside the main container (OUTSIDE_MAIN_HIT). */
export function outsideMain(hits: readonly RuleHit[]): boolean {
  return hits.some((h) => h.rule === OUTSIDE_MAIN_HIT.rule);
}

/** Indices of the navigation segments that are posts outside the main container (see above). */
export function findPostUnits(segments: readonly PostUnitInput[]): number[] {
  const inside = new Set<string>();
  for (const s of segments) {
    if (s.label !== 'body' || outsideMain(s.hits)) continue;
    const label = insideLabel(s.path);
    if (label !== undefined) inside.add(label);
  }
  if (inside.size === 0) return [];
  const posts: number[] = [];
  segments.forEach((s, i) => {
    if (s.label !== 'navigation' || !s.candidate) return;
    if (!outsideMain(s.hits)) return;
    const label = postLabel(s.path);
    if (label === undefined || !inside.has(label)) return;
    if (firstPassLabel(scoresWithoutRule(s.scores, s.hits, OUTSIDE_MAIN_HIT.rule)).label === 'body') posts.push(i);
  });
  return posts;
}

/** One frozen hit, shared by every post it is given to (rules/relabel-hit.ts). */
export const POST_UNIT_HIT: RuleHit = relabelHit('context.forum-post-unit', 'body', 'on a forum page, a post outside the main container whose element is built like the posts inside it: body');
