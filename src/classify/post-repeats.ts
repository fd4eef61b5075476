import type { RuleHit } from '../rules/engine.js';
import { pathShape } from '../segment/place.js';
import { firstPassLabel, scoresWithoutRule, SENTENCE_RULE } from './label.js';
import { outsideMain, type PostUnitInput } from './post-units.js';
import { OUTSIDE_MAIN_HIT } from './main-content.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Replies in numbered post containers, on a forum page. The main container (main-content.ts) is
 * often the thread's first post alone, and the replies after it get the outside-main navigation
 * score. post-units.ts brings a reply back when its element is labelled like the post inside
 * (same tag and first class); some templates write the first post and the replies into elements
 * named differently — Ruby China (Homeland, an open-source Rails forum run by many Chinese
 * communities) writes the topic into `div.card-body.markdown` and each reply into `div.markdown`
 * under `div#reply12 > div#reply-380869` — and there nothing matched.
 *
 * A forum says what a reply is in its own way: it numbers every post's container by the post's id
 * (`#post_123` Discourse, `#post-123` XenForo, `#p123` phpBB, `#pid_123` MyBB, `#postmessage_123`
 * Discuz!, `#reply-123` Homeland). On a page typed forum, segments demoted as outside the main
 * container that read as body without that score (firstPassLabel), whose paths are the same once
 * digits are set aside (pathShape) and that sit in at least REPEATED_POSTS_MIN containers whose
 * numbered ids differ, are the thread's replies — when at least one of them is a sentence (the rule
 * SENTENCE_RULE hits it): body. The sentence tells replies from a template's own repeated lines,
 * which read as body by the bare margin too: IPS quote headers ("15 hours ago, X said:",
 * l-camera-forum, wcxb-dev 1658: 0.946 -> 0.934 without it) and Tapatalk's per-post date lines
 * ("Aug 08, 2006#1 2006-08-08T22:13", 0560: 0.885 -> 0.875), all of body 2 against 0 without the
 * outside-main score; no reply run of the unseen thread lacked one. A sidebar's or footer's repeated boxes are
 * no such run: their ids, when they have numbered ones, are the same for every box (a MyBB
 * side-box plugin's `table#asb_custom_1_main_8` holds all its rows), and their text is mostly cued
 * or linked (not a candidate, or not body without the score).
 *
 * Found on forum-unseen2 half A (session 44, helper forumrep-44): the Ruby China thread's six
 * longer replies (162 gold tokens, none outside the gold) were navigation, F1 0.732; the numbers
 * before/after are in benchmarks/RESULTS.md (session 44, forumrep-44).
 */

/**
 * The fewest numbered post containers a repeated path must run through. Two could be a post and
 * its quote box, or a pair of boxes; three replies in three numbered containers is a thread. On
 * forum-unseen2 half A the Ruby China thread has six such replies demoted and the MyBB thread's
 * side box three rows under one id (no run).
 */
export const REPEATED_POSTS_MIN = 3;

/** A segment as the pass reads it: the post-unit pass's view (post-units.ts), the same fields. */
export type RepeatedPostInput = PostUnitInput;

/** An element label with an id that holds a digit: `div#reply-380869`, `table#pid123`. */
const NUMBERED_ID = /#[^.>#]*\d/;

/**
 * The numbered ids on a block's path, joined (`#reply3>#reply-380876`), or undefined when it has
 * none: which post container the block sits in.
 */
export function numberedContainer(path: string): string | undefined {
  const ids = path.split('>').filter((label) => NUMBERED_ID.test(label));
  return ids.length === 0 ? undefined : ids.map((label) => label.slice(label.indexOf('#'))).join('>');
}


/** Indices of the navigation segments that are replies in a run of numbered post containers (see above). */
export function findRepeatedPosts(segments: readonly RepeatedPostInput[]): number[] {
  const runs = new Map<string, { indices: number[]; containers: Set<string>; sentence: boolean }>();
  segments.forEach((s, i) => {
    if (s.label !== 'navigation' || !s.candidate || !outsideMain(s.hits)) return;
    const container = numberedContainer(s.path);
    if (container === undefined) return;
    if (firstPassLabel(scoresWithoutRule(s.scores, s.hits, OUTSIDE_MAIN_HIT.rule)).label !== 'body') return;
    const shape = pathShape(s.path);
    let run = runs.get(shape);
    if (run === undefined) runs.set(shape, (run = { indices: [], containers: new Set(), sentence: false }));
    run.indices.push(i);
    run.containers.add(container);
    run.sentence ||= s.hits.some((h) => h.rule === SENTENCE_RULE);
  });
  const posts: number[] = [];
  for (const run of runs.values()) if (run.containers.size >= REPEATED_POSTS_MIN && run.sentence) posts.push(...run.indices);
  return posts.sort((a, b) => a - b);
}

/** One frozen hit, shared by every post it is given to (rules/relabel-hit.ts). */
export const REPEATED_POST_HIT: RuleHit = relabelHit('context.forum-post-repeat', 'body', 'on a forum page, replies outside the main container in a run of numbered post containers built alike: body');
