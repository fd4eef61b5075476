import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { touchedByPagePass } from './label.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Text of the site's chrome that the segment rules alone made body. Under an `<aside>` or `<nav>`
 * with no `<main>` or `<article>` below it, or under the site's `<header>` (segment/place.ts
 * `isInSiteChrome`), text gets navigation +8 (nav.site-chrome). A mega-menu's blurb ("We have many
 * flexible options for advancing your career…"), a promo bar ("No classes 12/22 – 1/4. Happy
 * Holidays!"), a shop's selling-point carousel ("Locally owned small Iowa business."), a sign-up
 * form's consent line can still outscore it: menus are printed twice (desktop and mobile), so the
 * line repeats and is taken for the headline (body.headline, features/headline.ts), and it reads as
 * a sentence. A body block in the site's chrome that no page-level pass made body (no `context.`
 * hit: not a promoted list item, a forum post, an anchored lead…) and that is no heading becomes
 * navigation, on every page type, after every other pass.
 *
 * Headings are left alone: a page's own `<h1>` inside the site's header is its headline on the
 * guard sets' article pages (a reason, not a measurement: no heading changed any page there).
 *
 * wcxb-dev training folds (session 28, helper body-28b; simulated on the session's labels, then
 * built, the same figures): body F1 0.93346 -> 0.93350 (folds 1-2 +0.000068, folds 3-4 +0.000003:
 * both halves up, the second barely), product +0.0003, listing +0.0002, service +0.00006, article
 * +0.00001; snippets 0.8906 -> 0.8912; 14 pages of 14 sites up (a bootcamp's mega-menu panels
 * +0.055, a consent line of a sign-up form +0.019, a shop's selling-point carousel +0.018, a jobs
 * board's intro in its header +0.009 …), 3 down (an agency's tagline in its header that the gold
 * keeps -0.039, figure captions in an aside -0.010, a pest-control call line -0.001). l3s-gn1,
 * readability and zh-gbk unchanged page for page. Without the heading condition (simulated): one
 * page more up, a blog whose headline sits in its site header and is not in that page's gold
 * (+0.005); the condition stays for the pages whose gold keeps such a headline. Session 16 had
 * kept repeated chrome lines out of the headline candidates instead (10 pages up, 3 down: an
 * article 0.997 -> 0.939, whose headline is a repeated line in its header); this pass keeps the
 * headline rule as it is and judges only the chrome's own body text.
 */

export interface ChromeTextInput {
  label: Label;
  /** In the site's chrome (dom.siteChrome). */
  inChrome: boolean;
  /** A heading block (kind.heading). */
  heading: boolean;
  hits: readonly RuleHit[];
}

/** Whether a segment is chrome text that only its own rules made body. */
export function isChromeBodyText({ label, inChrome, heading, hits }: ChromeTextInput): boolean {
  return label === 'body' && inChrome && !heading && !touchedByPagePass(hits);
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const CHROME_TEXT_HIT: RuleHit = relabelHit('context.chrome-text', 'navigation', 'text in the site\'s chrome (a menu, a header bar, a sidebar) that only its own rules made body: a mega-menu blurb, a promo bar, not the page\'s content');
