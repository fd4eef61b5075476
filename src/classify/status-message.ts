import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR } from '../data-dir.js';
import { readDataFile, regexSourceSchema } from '../data-file.js';
import type { RuleHit } from '../rules/engine.js';
import { actionWords } from '../segment/call-to-action.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A status message: text a page's scripts print in reaction to a state, not the page's content —
 * a form's "Thank you for subscribing!" and "Oops! Something went wrong." (present in the HTML,
 * shown by a class; a builder's exact stock texts are form-message.ts's), "Loading...", an empty review
 * list's "There are no reviews yet.", a card's "Sold out" or "Available now", "Log in to set a
 * price alert", "1-24 items of 33". Written as sentences, such text scores as body; a listing's or
 * product tab's promotion takes it with the items around it. A body segment whose whole text
 * (inner space squeezed, ends trimmed) matches one of the patterns of STATUS_MESSAGES_FILE, and
 * that has at most STATUS_MESSAGE_MAX_WORDS words, becomes navigation on every page type. A
 * pattern never matches part of a longer text: "The shop is sold out of the winter stock" or a
 * review that says "something went wrong" stays body.
 *
 * wcxb-dev training folds, session 26 (helper body-26b; simulated on the session's labels, then
 * built): body F1 0.93201 -> 0.93254, folds 1-2 0.92668 -> 0.92710, folds 3-4 0.93700 ->
 * 0.93764; collection 0.8657 -> 0.8711, product 0.8665 -> 0.8706, listing +0.0003, service
 * +0.0003, article unchanged; snippets 0.8874 -> 0.8878. 30 pages of 29 sites up, 3 pages of 3
 * sites down by at most 0.006 (a shop page whose gold keeps its "There are no reviews yet." while
 * two other pages of the same shop drop it, a shop's gold keeping "Sold Out", a forum's
 * "Loading..."). l3s-gn1, readability and zh-gbk unchanged page for page. Causes read
 * on the 61 listing, collection and product training pages of body precision under 0.87 (session
 * 26 grouping in benchmarks/RESULTS.md).
 */

/** The data file of the patterns (data/cues). */
export const STATUS_MESSAGES_FILE = join(DATA_DIR, 'cues', 'status-messages.json');

/**
 * At most this many words (letters-and-digits runs): a notice, not a paragraph. The longest
 * message the patterns matched on the training folds has 10 words ("Get notified by email when
 * this product is in stock."); the patterns are anchored, so the cap only bounds the regex work.
 */
export const STATUS_MESSAGE_MAX_WORDS = 12;
/**
 * A text longer than this is no status message, whatever its word count: the longest text the
 * shipped patterns match on the wcxb-dev training folds is under 100 characters, and 12 words of a
 * status run well under 200. Tested first so that a long paragraph — every body segment is tried —
 * is not normalised and split into words only to be refused (session 26: the late passes' text
 * normalising cost ~2 % of single-thread time). Training folds and guard sets unchanged with it.
 */
export const STATUS_MESSAGE_MAX_CHARS = 300;

const statusMessagesSchema = z.strictObject({
  description: z.string(),
  groups: z.array(z.strictObject({ kind: z.string().min(1), description: z.string(), patterns: z.array(regexSourceSchema('iu')).min(1) })).min(1),
});

/** The patterns, compiled into one anchored, case-insensitive expression. */
export interface StatusMessages {
  whole: RegExp;
}

/** Reads and compiles the patterns (a bad regex is an error naming the file). */
export function loadStatusMessages(path: string = STATUS_MESSAGES_FILE): StatusMessages {
  const data = readDataFile(statusMessagesSchema, path, 'a list of status-message patterns');
  const patterns = data.groups.flatMap((g) => g.patterns);
  return { whole: new RegExp(`^(?:${patterns.map((p) => `(?:${p})`).join('|')})$`, 'iu') };
}

/** The text as the patterns see it: inner space squeezed to one space, ends trimmed. */
export function statusText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Whether a segment's whole text is a status message. */
export function isStatusMessage(text: string, messages: StatusMessages): boolean {
  if (text.length > STATUS_MESSAGE_MAX_CHARS) return false;
  const words = actionWords(text).length;
  if (words === 0 || words > STATUS_MESSAGE_MAX_WORDS) return false;
  return messages.whole.test(statusText(text));
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const STATUS_MESSAGE_HIT: RuleHit = relabelHit('context.status-message', 'navigation', 'a status message a script shows ("Loading...", "Thank you for subscribing!", "Sold out"): the page\'s machinery, not its content');
