import { join } from 'node:path';
import { DATA_DIR } from '../data-dir.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { isBareReply, readsAsPost, scoresWithoutCommentCue } from './forum.js';
import { loadLinePatterns, matchesShortLine } from './short-line.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A question's answers printed in containers named "comment". On a Q&A page the answers are the
 * page's content, but many Q&A templates put them in `comment` classes (`.q-comment-list >
 * .q-comment-item > .q-comment-text`, `section.answers > .comment-item > .comment-body`), and
 * `nav.comment-cue` (data/rules/20_navigation.json) makes every answer navigation: only the
 * question is left. forum.ts sets the comment cue aside only on pages that declare a thread
 * (DiscussionForumPosting), since on the training folds the comment-cued text of undeclared pages
 * is what the gold leaves out — comments under an article, comments under a question and its
 * answers (benchmarks/RESULTS.md, session 32, qa-32: the share of the page's prose held by
 * comment-cued text does not tell a Q&A from an article with a long comment section).
 *
 * What tells answers from comments here is the heading that counts them: a short line that counts
 * answers ("3 个回答", "回答（3件）", "5 Answers": data/sections/answer-headings.json), while a
 * comment section counts comments ("3 条评论", "コメント（3件）", "12 Comments"). Under such a
 * heading — in its own container, or its parent's or grandparent's (ANSWER_LIST_MAX_CLIMB), the
 * nearest that holds comment-cued text after it — each undated comment-cued navigation segment
 * that reads as a post without the cue (forum.ts readsAsPost, with sentence or clause punctuation
 * for the undecided) or is a bare reply (forum.ts isBareReply) is an answer and becomes body.
 * Answer chrome (vote counts, 赞同 / 回复 / 举报, 違反報告) is navigation on its own scores and stays navigation; so do the
 * answerer's name-and-date lines (AnswerListInput `dated`).
 *
 * A Stack Exchange page counts its answers too ("2 Answers"), but prints them in `.answer`
 * containers and keeps `.comment` for the short comments under each: there the answers' own prose,
 * body and under no comment cue, outweighs the comment-cued text after the heading, and nothing is
 * promoted (the comments are no answers). The region is an answer list only when the comment-cued
 * posts hold more of its text than the body text outside comment cues.
 */

/** The data file of the answer-count headings (data/sections). */
export const ANSWER_HEADINGS_FILE = join(DATA_DIR, 'sections', 'answer-headings.json');

/**
 * An answer-count heading has at most this many characters: "全部回答（1,234）" and "10,000 answers"
 * fit; a sentence that mentions answers does not. From the phrases (no page of the training folds
 * sits near the bound: the longest match there is "10 Answers", Stack Overflow, session 35).
 */
export const ANSWER_HEADING_MAX_CHARS = 20;

/**
 * How many elements above the heading's own the answers' container is looked for: the heading's
 * parent (`.q-comment-list > .q-comment-count`, `section.answers > h2`) or grandparent (a heading in
 * a header bar above the list, `#answers > #answers-header > h2`). From the templates: the rule
 * fires on no labelled page (session 35, helper qa-35). Simulated on the wcxb-dev training folds
 * with Stack Exchange's "2 Answers 2" headings matched too: its eight Q&A pages hold their answers
 * four elements above the heading, where the answers' own body text outweighs the comment-cued
 * text after it on every page (closest, electronics.stackexchange: 5,528 comment-cued characters
 * against 6,846), so that even there the weight test below declines.
 */
export const ANSWER_LIST_MAX_CLIMB = 2;

/** The compiled patterns of data/sections/answer-headings.json (case-insensitive, unicode; short-line.ts). */
export function loadAnswerHeadings(path: string = ANSWER_HEADINGS_FILE): readonly RegExp[] {
  return loadLinePatterns(path, 'a list of answer-count heading patterns');
}

/** Whether a line counts a question's answers: short enough, and one of the patterns matches it whole (trimmed, spaces collapsed). */
export function isAnswerHeading(text: string, patterns: readonly RegExp[]): boolean {
  return matchesShortLine(text, patterns, ANSWER_HEADING_MAX_CHARS);
}

export interface AnswerListInput {
  label: Label;
  text: string;
  scores: Readonly<Record<Label, number>>;
  hits: readonly RuleHit[];
  /** Ids of the block-level elements that hold it, root first, its own last (segment/block.ts `ancestors`). */
  ancestors: readonly number[] | undefined;
  /** Under a comment cue (dom.commentCue = 1). */
  commentCue: boolean;
  /** In the page flow, not spam, not a spliced-in phrase, not never-body. */
  candidate: boolean;
  /**
   * Carries sentence or clause punctuation (features sentencePunct, clausePunct: a Chinese answer
   * often ends without a 。, "1、…下降，可能是百度算法大更，可能会波及").
   */
  punctuated: boolean;
  /**
   * Holds a date (feature hasDate): the answerer's name-and-date line ("老电工 2023-12-18 21:30",
   * "tak****さん 2024/2/20 9:15") is undecided without its cue and carries a colon; it is no
   * answer, and stays navigation.
   */
  dated: boolean;
  /** Its words (feature words): a bare answer of REPLY_MIN_WORDS words or more is an answer too (forum.ts isBareReply). */
  words: number;
  /** Its length, a Han character counted as several Latin ones (feature weightedChars). */
  weight: number;
}

/**
 * Whether a segment is an answer of the list: undated comment-cued navigation in the page flow that
 * reads as a post without the cue (forum.ts readsAsPost) or is a bare reply of a few words that
 * nothing but the comment class calls navigation (forum.ts isBareReply), as a forum's replies are.
 */
function isAnswer(s: AnswerListInput): boolean {
  if (s.label !== 'navigation' || !s.candidate || !s.commentCue || s.dated) return false;
  return readsAsPost(scoresWithoutCommentCue(s.scores, s.hits), s.punctuated) || isBareReply(s.scores, s.hits, s.words);
}

/** The segments after `from` that sit in element `container` (a contiguous run in document order). */
function runInside(segments: readonly AnswerListInput[], from: number, container: number): number[] {
  const run: number[] = [];
  for (let i = from + 1; i < segments.length; i++) {
    if (!(segments[i]!.ancestors ?? []).includes(container)) break;
    run.push(i);
  }
  return run;
}

/**
 * The answers under the heading at `at`: in the nearest container (up to ANSWER_LIST_MAX_CLIMB
 * above the heading's element) that holds comment-cued text after the heading, the answers
 * (isAnswer), when they outweigh the body text under no comment cue after the heading there.
 */
function answersUnder(segments: readonly AnswerListInput[], at: number): number[] {
  const chain = segments[at]!.ancestors ?? [];
  for (let up = 1; up <= ANSWER_LIST_MAX_CLIMB && chain.length - 1 - up >= 0; up++) {
    const run = runInside(segments, at, chain[chain.length - 1 - up]!);
    if (!run.some((i) => segments[i]!.commentCue)) continue;
    const answers = run.filter((i) => isAnswer(segments[i]!));
    const answerWeight = answers.reduce((sum, i) => sum + segments[i]!.weight, 0);
    const ownBody = run.reduce((sum, i) => sum + (segments[i]!.label === 'body' && !segments[i]!.commentCue ? segments[i]!.weight : 0), 0);
    return answerWeight > ownBody ? answers : [];
  }
  return [];
}

/** Indices of the comment-cued segments that are answers under an answer-count heading (isAnswerHeading), in order. */
export function findAnswerListPosts(segments: readonly AnswerListInput[], headings: readonly RegExp[]): number[] {
  const found = new Set<number>();
  segments.forEach((s, i) => {
    if (s.label === 'spam' || !isAnswerHeading(s.text, headings)) return;
    for (const a of answersUnder(segments, i)) found.add(a);
  });
  return [...found].sort((a, b) => a - b);
}

/** One frozen hit, shared by every answer it is given to (rules/relabel-hit.ts). */
export const ANSWER_LIST_HIT: RuleHit = relabelHit('context.answer-list', 'body', 'under a heading that counts answers ("3 个回答", "回答（3件）", "5 Answers"), text in a comment container is an answer: scored without the comment cue, it reads as body');
