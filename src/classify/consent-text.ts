import { matchesCue } from '../features/dom.js';
import type { RuleHit } from '../rules/engine.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A consent manager's text: the cookie banner and its preference panel (WordPress's GDPR Cookie
 * Compliance `div.moove-gdpr-tab-main-content`, a shop's `div#cookie-consent`) explain in full
 * sentences what the site stores and why, so the segment rules read them as body, and the consent
 * cue (data/cues/class-names.json `consent`) gave them only the soft navigation cue (+2). A body
 * segment with a `consentText` token (matched like navigation cues: consent, gdpr) on any recorded
 * ancestor is navigation, on every page type. `cookie` and `cookies` alone are not among them: a
 * framework's documentation files its section on cookies under `section#cookies`, and a store's
 * "cookies are disabled" notice (`div#cookie-status`) was one script-rendered category page's only
 * flow text (session 17 simulated the whole consent list: documentation −0.0003, that page's
 * recall 0.08 -> 0).
 *
 * wcxb-dev training folds, session 18 (helper 56; simulated on the session's labels, then built):
 * collection 0.8462 -> 0.8503, three shop pages up (a GDPR plugin's overview on a category page
 * 0.935 -> 0.996 and on a shop page 0.498 -> 0.532, a `div#cookie-consent` paragraph +0.003), no
 * page of any type or set down; the text it turns to navigation, 140 tokens on those three pages,
 * holds no segment the gold keeps. The whole consent list instead (cookie, cookies as well): a docs
 * page −0.020 (documentation −0.0003) and the category page whose only flow text is a cookie notice
 * R 0.08 -> 0 (collection +0.0011 only).
 */

/** Class and id tokens of a consent manager, matched like navigation cues (equal, prefix, suffix). */
export interface ConsentTextCues {
  consentText: readonly string[];
}

/** Whether one class or id token marks a consent manager's text. */
export function isConsentTextToken(token: string, cues: ConsentTextCues): boolean {
  return matchesCue(token, cues.consentText);
}

/** Whether a recorded cue group of a block (Block.cues) holds a consent-manager token. */
export function inConsentText(groups: readonly (readonly string[])[], cues: ConsentTextCues): boolean {
  return groups.some((group) => group.some((token) => isConsentTextToken(token, cues)));
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const CONSENT_TEXT_HIT: RuleHit = relabelHit('context.consent-text', 'navigation', "a consent manager's banner or preference text: what the site stores and why is not the page's content");
