import { join } from 'node:path';
import { DATA_DIR } from '../data-dir.js';
import { shortLineRule } from './short-line.js';

/**
 * A web form's consent line: the acknowledgement a sign-up, contact or review form prints by its
 * button or check box — "By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of
 * Use and Privacy Policy.", "By submitting your email to subscribe, you agree to … Privacy
 * Policy.", "I agree to receive personalized marketing emails from …". It is a full sentence and
 * the form often sits inside the article's container (a newsletter box between paragraphs, a
 * review form under the text), so the rules make it body; it is the form's legal small print, not
 * the page's content. A whole body block of at most FORM_CONSENT_MAX_CHARS characters that opens
 * with one of the patterns of FORM_CONSENT.file (the form's action named: "by clicking", "by
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

/**
 * A consent line has at most this many characters: the four body lines of the training folds 1-2
 * have 69 to 98 characters, and a form's longest notices (SMS marketing terms naming the sender,
 * the rates and the way to opt out) run to about 250; a paragraph that goes on after such a
 * sentence is no form's small print.
 */
export const FORM_CONSENT_MAX_CHARS = 300;

/** The pass's line test: the patterns of data/sections/form-consents.json, lines of at most FORM_CONSENT_MAX_CHARS characters, and its hit. */
export const FORM_CONSENT = shortLineRule({
  file: join(DATA_DIR, 'sections', 'form-consents.json'),
  maxChars: FORM_CONSENT_MAX_CHARS,
  what: 'a list of form-consent patterns',
  rule: 'context.form-consent',
  description: 'a web form\'s consent line ("By clicking Subscribe, you agree to our Terms …", "I agree to receive emails …"): the form\'s small print, not the page',
});
