import type { RuleHit } from '../rules/engine.js';
import { CODE_TAGS } from '../segment/place.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A log or dump pasted into a forum post. A reply that asks for help often carries the whole build
 * log or stack trace in a code block — thousands of lines of timestamps — and the thread's reader
 * (and the gold of a thread) takes the question and the answers, not the dump: in the wcxb-dev
 * training threads every code block over PASTED_LOG_MIN_CHARS characters is left out of the gold or
 * cut to its first lines, and every code block the gold keeps whole is under a thousand characters
 * (commands, a config file, a short traceback). On a page typed forum such a body segment becomes
 * navigation. Articles and documentation keep their long listings (a tutorial's program, a
 * reference's example output): the pass runs on forum pages only.
 *
 * wcxb-dev training folds (session 16, helper 48): forum 0.8548 -> 0.8588 (two help threads with a
 * pasted build log and an error log, 0.34 -> 0.64 and 0.25 -> 0.60), no other page of any set
 * changed.
 */

/**
 * A code block of at least this many characters on a forum page is a pasted log. Training forum
 * pages: code blocks kept by the gold have at most 903 characters, the pasted logs 16,000 and more
 * (a segment's text is counted up to the segment cap); any value between decides the same pages.
 * 3,000 is some forty lines of a log, more than any program a reply quotes in the training threads.
 */
export const PASTED_LOG_MIN_CHARS = 3000;

/** Whether a block's path (segment/place.ts: tag plus class or id per element) runs through a <pre> or <code> element. */
export function inCodeBlock(path: string | undefined): boolean {
  if (path === undefined) return false;
  return path.split('>').some((label) => CODE_TAGS.has(label.split(/[.#[]/, 1)[0]!));
}

/** Whether a body segment of a forum page is a pasted log: a code block of PASTED_LOG_MIN_CHARS characters or more. */
export function isPastedLog(path: string | undefined, chars: number): boolean {
  return chars >= PASTED_LOG_MIN_CHARS && inCodeBlock(path);
}

/** One frozen hit, shared by every log it is given to (rules/relabel-hit.ts). */
export const PASTED_LOG_HIT: RuleHit = relabelHit('context.pasted-log', 'navigation', 'a long log or dump pasted into a forum post as a code block: the thread is the posts, not the dump');
