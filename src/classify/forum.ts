import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { firstPassLabel, scoresWithoutRule } from './label.js';
import { SPAM_MIN_SCORE } from './thresholds.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Forum posts as body. On an article a user comment is navigation however long it is (README
 * policy): the rule `nav.comment-cue` (data/rules/20_navigation.json) outweighs every non-anchor
 * body rule on text under a comment class/id/itemprop. Forum software marks a thread's replies
 * the same way — schema.org's DiscussionForumPosting holds its replies in `comment`, so
 * Discourse, NodeBB, Invision and phpBB give every reply itemprop="comment" or a comment class —
 * and on such threads every post but the first was lost. On a page that is typed forum
 * (report.pageType) and declares itself a thread, a segment under a comment cue is scored again as
 * if the cue were not there: the replies that read as prose — or that are too short to say, and are
 * not navigation on their own (readsAsPost) — become body, and reply chrome (vote counts, "reply",
 * "quote") stays navigation on its own scores.
 *
 * The declaration is what tells replies from comments. Without it, text under comment cues on
 * forum-typed pages is mostly what the gold leaves out: the comments under a question and its
 * answers (Q&A sites), a comment section under a post. Training folds of wcxb-dev, forum body F1
 * (0.703 before; article 0.917 in every variant): every comment-cued segment of a forum page
 * 0.744 (Q&A comments and comment sections kept: six pages lose 0.02–0.88, one article typed
 * forum 1.00 → 0.35); only on pages declaring THREAD_TYPES 0.759 (no page lost but three whose
 * gold keeps only part of the thread); also requiring that the page does not declare a QAPage
 * 0.734 (seven Discourse threads, which declare both and whose replies are gold, lost again). benchmarks/RESULTS.md,
 * issue 13.
 */

/** Declared page types (segment/declared-types.ts: og:type, JSON-LD and microdata, lower case) that make a page a discussion thread whose comments are its posts. */
export const THREAD_TYPES: readonly string[] = ['discussionforumposting'];

/** Whether the page declares itself a discussion thread (THREAD_TYPES). */
export function declaresThread(declaredTypes: readonly string[] | undefined): boolean {
  return declaredTypes !== undefined && declaredTypes.some((t) => THREAD_TYPES.includes(t));
}

/** The rule that reads the comment cue (dom.commentCue); its hits are what a forum page sets aside. */
export const COMMENT_CUE_RULE = 'nav.comment-cue';

export interface ForumPostInput {
  label: Label;
  scores: Readonly<Record<Label, number>>;
  hits: readonly RuleHit[];
  /** Under a comment cue (dom.commentCue = 1). */
  commentCue: boolean;
  /** In the page flow, not spam, not a spliced-in phrase. */
  candidate: boolean;
  /** Carries sentence or clause punctuation (features sentencePunct, clausePunct). */
  punctuated: boolean;
  /** Its words (feature words). */
  words: number;
}

/** The segment's scores without the comment cue's hits. */
export function scoresWithoutCommentCue(scores: Readonly<Record<Label, number>>, hits: readonly RuleHit[]): Record<Label, number> {
  return scoresWithoutRule(scores, hits, COMMENT_CUE_RULE);
}

/**
 * Whether a segment's scores without the comment cue leave it a post: body on its own, or
 * undecided (within DECISIVE_MARGIN either way) and punctuated like a sentence or a clause. A short
 * reply ("Thanks, that fixed it.", "Dear Brian,") is undecided; reply chrome ("3 Likes Reply", a
 * vote count) is undecided too but carries no punctuation, and stays navigation. Asking for body
 * on its own, as first shipped, left short replies navigation. wcxb-dev training folds, session 10
 * (helper 26), forum body F1: body on its own 0.7807; margin ≥ 0 0.7820; undecided or body 0.7834
 * (reply chrome came along: like counts, "Reply" links); undecided and punctuated 0.7835, shipped
 * (eight Discourse/NodeBB/Invision threads up by 0.01–0.05, four down by 0.008–0.017 where a quoted
 * or one-boxed block came along); no page of another type changed.
 */
export function readsAsPost(scoresWithoutCue: Readonly<Record<Label, number>>, punctuated: boolean): boolean {
  const first = firstPassLabel({ ...scoresWithoutCue });
  return first.label === 'body' || (first.label === undefined && punctuated);
}

/** The rule that reads a block's nearest class cue (dom.navCue); under a comment class it reads the same token as the comment cue. */
export const CLASS_CUE_RULE = 'nav.dom-cue';

/**
 * The fewest words of a bare reply (isBareReply). wcxb-dev training folds, session 29 (helper
 * body-29c), forum body F1 0.8740 before: 3 words 0.8755 but IPS's "Link to comment" permalink under
 * every post came along (one thread −0.009); 4 words 0.8755, shipped (7 threads of 7 sites up, one
 * down by 0.0025); 5 words 0.8751 (two threads' four-word replies and date lines left out).
 */
export const REPLY_MIN_WORDS = 4;

/**
 * Whether a reply too plain for readsAsPost is a post all the same: a line of REPLY_MIN_WORDS words
 * or more that no navigation rule calls navigation but the comment cue and the class cue
 * (CLASS_CUE_RULE, which reads the same comment class), and that is no spam. Without its cue such
 * a line is navigation by the class cue's own score ("Same problem here after the update", a step
 * of a numbered reply: no sentence punctuation, too short for the prose rules), while reply chrome
 * is hit by the rules of short and linked text ("1 Like", "Reply", "Quote"). wcxb-dev training
 * folds, session 29: the replies of Discourse and NodeBB threads, code lines in posts and IPS's
 * "Posted <date>" lines (kept by one thread's gold, not by another's) come back.
 */
export function isBareReply(scores: Readonly<Record<Label, number>>, hits: readonly RuleHit[], words: number): boolean {
  if (words < REPLY_MIN_WORDS || scores.spam >= SPAM_MIN_SCORE) return false;
  return hits.every((h) => h.label !== 'navigation' || h.rule === COMMENT_CUE_RULE || h.rule === CLASS_CUE_RULE);
}

/** Indices of the navigation segments of a forum page that are posts: under a comment cue, and read as a post on their own scores without it (readsAsPost) or a bare reply (isBareReply). */
export function findForumPosts(segments: readonly ForumPostInput[]): number[] {
  const posts: number[] = [];
  segments.forEach((s, i) => {
    if (s.label !== 'navigation' || !s.candidate || !s.commentCue) return;
    if (readsAsPost(scoresWithoutCommentCue(s.scores, s.hits), s.punctuated) || isBareReply(s.scores, s.hits, s.words)) posts.push(i);
  });
  return posts;
}

/** One frozen hit, shared by every post it is given to (rules/relabel-hit.ts). */
export const FORUM_POST_HIT: RuleHit = relabelHit('context.forum-post', 'body', 'on a forum page, text under a comment cue is a post of the thread: scored without the cue, it reads as body');
