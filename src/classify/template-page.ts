import type { RuleHit } from '../rules/engine.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Pages written by a doorway template. Some spam rules fire on the phrases of a template that
 * writes a whole page (a scraped-search page, a website-stats profile, an affiliate autoblog, a
 * search-capture page: rules with `"template": true`); such a phrase is never injected into a real
 * page, so the page's other text is the template's filling: the snippets it scraped, the profile
 * it copied. When such a rule labels one segment spam, every segment not labelled navigation is
 * spam too, as on a doorway page (doorway.ts). Navigation stays: the site's menu is the site's,
 * and a report that lists it as spam says less.
 *
 * On the pool's training folds (session 15, out of fold), the doorway documents found by a
 * template rule had on average half of their text in spam segments (a pool document is two
 * windows of a page, and the phrase sits in one); no injected document was found by one.
 */

/** The evidence a segment's first-pass label and hits give: spam by a template rule. */
export interface TemplateInput {
  label: 'body' | 'navigation' | 'spam' | undefined;
  hits: readonly RuleHit[];
}

/** Whether a template rule labelled a segment of the page spam. */
export function isTemplatePage(segments: readonly TemplateInput[]): boolean {
  return segments.some((s) => s.label === 'spam' && s.hits.some((h) => h.template === true && h.label === 'spam'));
}

/** Indexes of the segments a template page turns spam: those neither spam nor navigation. */
export function templateFilling(segments: readonly TemplateInput[]): number[] {
  const out: number[] = [];
  segments.forEach((s, i) => {
    if (s.label !== 'spam' && s.label !== 'navigation') out.push(i);
  });
  return out;
}

/** Frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const TEMPLATE_PAGE_HIT: RuleHit = relabelHit('context.template-page', 'spam', 'a doorway template wrote this page (a template rule fired on it): its other text is the template\'s filling');
