import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR } from '../data-dir.js';
import { readDataFile } from '../data-file.js';
import type { RuleHit } from '../rules/engine.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A line of a forum poster's user card: "Joined: Mon Jan 18, 2016 4:51 pm", "Posts: 98",
 * "Location: United Kingdom", "Join Date: Mar 2009". Boards print one card beside or under every
 * post (phpBB's `dl.postprofile > dd.profile-joined`, FluxBB's `div.postleft > dl > dd`,
 * vBulletin's `td.alt2 > div.smallfont`), often under the post's own element, so the segment
 * rules read a dated line there as body; the gold of a thread is its posts. The element gives no
 * safe cue (phpBB names the post itself `div.post.has-profile`, forum-chrome.ts), so the line is
 * known by its text: a field name of data/cues/profile-fields.json, a colon, a value, and at most
 * PROFILE_FIELD_MAX_WORDS words in all. Only on a page typed forum (the pass runs in
 * pipeline.ts refineItems): an article's "Location:" line or a product's "From:" price is not a
 * user card.
 *
 * The field names are in English and, since session 36, in eleven more languages (the board
 * engines' language packs: "Beiträge: 12", "Registriert: Mo 3. Mär 2025", "Messages : 40" with
 * French spacing, "Зарегистрирован: …"); a German phpBB thread is typed forum once its
 * "Registriert:" lines count as forum phrases (data/pagetype/cues.json).
 *
 * wcxb-dev training folds, session 26 (helper body-26d): the lines this pass turns to navigation
 * stand on 7 forum pages of 7 sites (three phpBB boards, a FluxBB and two vBulletin boards,
 * a custom one), all up (all 0.93201 -> 0.93216, forum 0.8713 -> 0.8731, a VirtualBox thread
 * 0.842 -> 0.894), no page down; folds 1–2 +0.00023, folds 3–4 +0.00008. The guard sets
 * (readability, l3s-gn1, zh-gbk) are unchanged page for page. "Last edited by …" lines were measured and left out: 9 pages down,
 * an Arch Linux thread's gold keeps its edit note (−0.039). "Re: <thread title>" post headings
 * were left out too: one site only.
 */

/** The data file of the field names (data/cues). */
export const PROFILE_FIELDS_FILE = join('cues', 'profile-fields.json');

/**
 * A user-card line has at most this many words (split at white space), its field name included.
 * wcxb-dev training folds, session 26: 6 words misses phpBB's "Joined: Mon Jan 18, 2016 4:51 pm"
 * (7); 8 to 30 words change the same pages. 12 leaves room for a longer date or place name.
 */
export const PROFILE_FIELD_MAX_WORDS = 12;

const fieldsSchema = z.strictObject({ description: z.string(), fields: z.array(z.string().regex(/^[\p{Ll}\p{N}]+(?: [\p{Ll}\p{N}]+)*$/u)) });

/** The field names of data/cues/profile-fields.json. */
export function loadProfileFields(dataDir: string = DATA_DIR): ReadonlySet<string> {
  const path = join(dataDir, PROFILE_FIELDS_FILE);
  return new Set(readDataFile(fieldsSchema, path, 'a profile-field list').fields);
}

/** "Name: value" at the start of a text: the name (up to 30 characters, no colon) and a value after the colon. */
const FIELD_LINE = /^\s*([^:\n]{1,30}?)\s*:\s*\S/u;
const SPACES = /\s+/gu;

/** Whether a segment's text is one line of a poster's user card: a known field name, a colon, a value, at most PROFILE_FIELD_MAX_WORDS words. */
export function isProfileField(text: string, fields: ReadonlySet<string>): boolean {
  // the anchored field test first: a long post fails it at once, before it is split into words
  const match = FIELD_LINE.exec(text);
  if (match === null) return false;
  if (text.trim().split(SPACES).length > PROFILE_FIELD_MAX_WORDS) return false;
  // composed (NFC) as the list is written: Vietnamese pages are served in decomposed form too ("bài viết" as a + combining grave)
  return fields.has((match[1] ?? '').normalize('NFC').toLowerCase().replace(SPACES, ' ').trim());
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const PROFILE_FIELD_HIT: RuleHit = relabelHit('context.profile-field', 'navigation', 'a line of the poster\'s user card ("Joined: …", "Posts: 98", "Location: …") beside a post: the thread is the posts');
