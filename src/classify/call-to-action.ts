import { join } from 'node:path';
import { DATA_DIR } from '../data-dir.js';
import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import { loadClassWords, someCueToken } from './class-words.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A call to action on an article. Sites set their own advertisement into a story or under it: a
 * box that says "Thinking of selling your business? Get a free valuation", "Sign up and try it
 * free for 14 days", "Download our guide", with a button. Written in full sentences, it reads as
 * body; web designers name it `cta` (div.blog-cta, section.cta-block-content, div.image-cta-banner,
 * p.cta-content) or call-to-action. On a page typed article (CALL_TO_ACTION_PAGE_TYPES), a body
 * segment with such a token (data/cues/call-to-action.json, matched by its parts: isCallToActionToken)
 * on one of its recorded cue groups (Block.cues, up to six elements) — not on the groups that
 * frame the whole page (Block.frameCues: a theme that names its body `has-cta`) — becomes
 * navigation.
 *
 * wcxb-dev training folds, session 26 (helper body-26c): of the body segments pagesift keeps
 * and WCXB's gold leaves out on the article pages, calls to action were on 35 pages of 35 sites
 * (read by their text); of the body-labelled text on WCXB's article pages under a `cta` part
 * in the last four elements of the element path, 531 tokens were not gold and 5 were (simulated
 * on the final labels: article F1 0.96107 -> 0.96131, 20 pages up on 20 sites, none down; the
 * last six elements: 0.96139, 22 up, 1 down). Built (all recorded cue groups but the page's frame,
 * with context.preamble in place; the lead did not merge the preamble, see RESULTS): body F1 0.93231 -> 0.93250 (half A +0.00009, half B +0.00029),
 * article 0.9616 -> 0.9620, listing 0.8524 -> 0.8520, service 0.9022 -> 0.9020, snippets 0.8880 ->
 * 0.8882; 21 pages up on 21 sites (a business newsletter's sign-up and sponsor boxes 0.86 -> 0.88,
 * a marketplace's valuation offers, a salon software's trial boxes), 3 down whose gold keeps the
 * box (a newsletter's appeal for paying subscribers on a page WCXB calls a listing -0.020, a
 * consultancy's webinar promotion on a page it calls a service -0.017, a heading in a page
 * builder's promo module -0.002); l3s-gn1 and zh-gbk unchanged, readability 0.96825 -> 0.96811.
 */

/** The page types the pass runs on. On a service or product page the call to action is often the page's content. */
export const CALL_TO_ACTION_PAGE_TYPES: readonly PageType[] = ['article'];

/** The data file of the call-to-action words (data/cues). */
export const CALL_TO_ACTION_CUES_FILE = join('cues', 'call-to-action.json');

/** The call-to-action words (data/cues/call-to-action.json). */
export function loadCallToActionCues(dataDir: string = DATA_DIR): ReadonlySet<string> {
  return loadClassWords(join(dataDir, CALL_TO_ACTION_CUES_FILE), 'a list of call-to-action words');
}

const PART_SEPARATOR = /[-_]+/u;

/**
 * Whether a class/id token names a call to action: one of its parts (split at - and _) is a word,
 * or consecutive parts spell one (call-to-action). Parts, not substrings: octane, dictate and
 * tactical hold the letters cta.
 */
export function isCallToActionToken(token: string, words: ReadonlySet<string>): boolean {
  const parts = token.split(PART_SEPARATOR).filter((p) => p.length > 0);
  for (let i = 0; i < parts.length; i++) {
    let spelled = '';
    for (let j = i; j < parts.length; j++) {
      spelled += parts[j];
      if (words.has(spelled)) return true;
    }
  }
  return false;
}

/** Whether a block's recorded cue groups, but for those framing the page (`frame`: from, up to), hold a call-to-action token. */
export function inCallToAction(groups: readonly (readonly string[])[], frame: readonly [number, number] | undefined, words: ReadonlySet<string>): boolean {
  return someCueToken(groups, frame, (token) => isCallToActionToken(token, words));
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const CALL_TO_ACTION_HIT: RuleHit = relabelHit('context.call-to-action', 'navigation', "a call-to-action box on an article (a class or id named cta): the site's advertisement for itself, not the article");
