import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR } from '../data-dir.js';
import { readDataFile } from '../data-file.js';
import type { RuleHit } from '../rules/engine.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A web-form builder's stock text: Webflow prints "Thank you! Your submission has been received!"
 * and "Oops! Something went wrong while submitting the form." beside every form (`div.w-form-done`,
 * `div.w-form-fail`, hidden by the builder's style sheet, which the segmenter does not read);
 * Gravity Forms adds "This field is for validation purposes and should be left unchanged." to its
 * honeypot field and "This field is hidden when viewing the form" to its admin-only fields; a
 * forum prints a stock notice at its reply form (XenForo's "Not open for further replies." on a
 * closed thread, Stack Exchange's terms notice under the answer form). They
 * are sentences, often inside the page's main container, so the segment rules read them as body.
 * A body segment whose whole text is one of the messages of data/cues/form-messages.json,
 * compared word by word (formMessageKey), becomes navigation, on every page type: the texts are
 * the builder's, not the site's.
 *
 * wcxb-dev training folds, session 26 (helper body-26d): the listed texts stand 160 times on 62
 * training pages; the gold keeps none of them. This pass changes 13 pages of 13 sites (8 article,
 * 5 service), all up (a web agency's portfolio page 0.437 -> 0.54 with its 13 hidden-field notes,
 * an identity-protection service 0.756 -> 0.769), none down: all 0.93216 -> 0.93228, service
 * 0.9022 -> 0.9030, folds 1–2 +0.00022 and folds 3–4 +0.00002 (three pages of three sites
 * there). The guard sets (readability, l3s-gn1, zh-gbk) are unchanged page for page. The two
 * reply-form notices, added after measuring: 7 forum pages of 6 sites up, none down, all 0.93228
 * -> 0.93234 (forum 0.8731 -> 0.8740, snippets 0.8876 -> 0.8879), both halves up.
 */

/** The data file of the messages (data/cues). */
export const FORM_MESSAGES_FILE = join('cues', 'form-messages.json');

/**
 * A text longer than this is none of the stock texts (the longest in the list is 115 characters;
 * the key ignores only case, punctuation and spacing). Tested first so that a long paragraph —
 * every body segment is tried — is not lower-cased and split into words only to be refused
 * (session 26: the key of every body segment cost ~1 % of single-thread time).
 */
export const FORM_MESSAGE_MAX_CHARS = 300;

const messagesSchema = z.strictObject({ description: z.string(), messages: z.array(z.string().min(1)) });

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const CURLY_APOSTROPHE = /[\u2018\u2019]/gu;

/** A text's words, lower case, joined by one space: "Don’t put anything here." -> "don't put anything here". */
export function formMessageKey(text: string): string {
  return (text.toLowerCase().replace(CURLY_APOSTROPHE, "'").match(WORD) ?? []).join(' ');
}

/** The messages of data/cues/form-messages.json, as keys (formMessageKey). */
export function loadFormMessages(dataDir: string = DATA_DIR): ReadonlySet<string> {
  const path = join(dataDir, FORM_MESSAGES_FILE);
  const keys = readDataFile(messagesSchema, path, 'a form-message list').messages.map(formMessageKey);
  return new Set(keys.filter((key) => key !== ''));
}

/** Whether a segment's whole text is one of the messages (keys of loadFormMessages). */
export function isFormMessage(text: string, messages: ReadonlySet<string>): boolean {
  if (text.length > FORM_MESSAGE_MAX_CHARS) return false;
  return messages.has(formMessageKey(text));
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const FORM_MESSAGE_HIT: RuleHit = relabelHit('context.form-message', 'navigation', "a form builder's stock text (a sent or failed message, a honeypot field's note): the builder's, not the page's");
