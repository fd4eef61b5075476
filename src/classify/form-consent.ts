import { join } from 'node:path';
import { DATA_DIR } from '../data-dir.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { loadLinePatterns, matchesShortLine } from './short-line.js';

/**
 * A web form's consent line: the acknowledgement a sign-up, contact or review form prints by its
 * button or check box — "By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of
 * Use and Privacy Policy.", "By submitting your email to subscribe, you agree to … Privacy
 * Policy.", "I agree to receive personalized marketing emails from …". It is a full sentence and
 * the form often sits inside the article's container (a newsletter box between paragraphs, a
 * review form under the text), so the rules make it body; it is the form's legal small print, not
 * the page's content. A whole body block of at most FORM_CONSENT_MAX_CHARS characters that opens
 * with one of the patterns of FORM_CONSENTS_FILE (the form's action named: "by clicking", "by
 * submitting", "by signing up" …, or "I agree to receive …") becomes navigation, on every page
 * type: a terms or privacy page's own paragraphs open otherwise ("By using this site …", "By
 * providing us with your information …").
 *
 * wcxb-dev training folds 1-2, session 39 (helper article-39; pages of WCXB type article, every
 * segment of at most 300 characters): 24 lines on 16 sites match, 20 of them navigation already,
 * 4 body on 4 sites (a podcast's newsletter card, a tech news site's deals sign-up, a firm's
 * contact form check box, a review form's notice), none in the gold body. Measured: see
 * benchmarks/RESULTS.md, session 39.
 */

/** The data file of the patterns (data/sections). */
export const FORM_CONSENTS_FILE = join(DATA_DIR, 'sections', 'form-consents.json');

/**
 * A consent line has at most this many characters: the four body lines of the training folds 1-2
 * have 69 to 98 characters, and a form's longest notices (SMS marketing terms naming the sender,
 * the rates and the way to opt out) run to about 250; a paragraph that goes on after such a
 * sentence is no form's small print.
 */
export const FORM_CONSENT_MAX_CHARS = 300;

/** The compiled patterns of data/sections/form-consents.json (case-insensitive, unicode; short-line.ts). */
export function loadFormConsents(path: string = FORM_CONSENTS_FILE): readonly RegExp[] {
  return loadLinePatterns(path, 'a list of form-consent patterns');
}

/** Whether a block's text is a form's consent line: short enough, and one of the patterns matches its start (trimmed, spaces collapsed). */
export function isFormConsent(text: string, patterns: readonly RegExp[]): boolean {
  return matchesShortLine(text, patterns, FORM_CONSENT_MAX_CHARS);
}

/** One frozen hit, shared by every block it is given to (like rule hits, rules/engine.ts). */
export const FORM_CONSENT_HIT: RuleHit = Object.freeze({
  rule: 'context.form-consent',
  label: 'navigation' satisfies Label,
  score: 0,
  description: 'a web form\'s consent line ("By clicking Subscribe, you agree to our Terms …", "I agree to receive emails …"): the form\'s small print, not the page',
});
