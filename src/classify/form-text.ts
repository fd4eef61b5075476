import { PAGE_TYPES, type PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * The text of a form: a shop's order form (the variant options "Standard Upholstery: Optional
 * Premium Leather: …", an add-on's note, "Availability: Usually ships in 2-3 weeks", "Quantity"),
 * a pricing plan picker ("Select Plan:", "Couple (2 adults, 20 devices)"), a contact or
 * request-a-quote box ("What product(s) are you interested in? *", "Didn't find your answer?"), a
 * search or filter box. A form asks the reader for something; its labels, options and notes are
 * the page's machinery, not what the reader came to read, but written as short sentences beside
 * the content they are made body by the rules and the context passes. A body block inside a
 * `<form>` element (Block.formId, the outermost form) becomes navigation when that form's body
 * text is at most FORM_TEXT_MAX_SHARE of the page's body: a form that holds most of the page is a
 * wrapper (an ASP.NET page is one form from top to bottom, a results table sits inside its filter
 * form), and its text is the page's. Not on a forum (FORM_TEXT_PAGE_TYPES): a thread engine puts
 * each post in its own form (the moderation or reply form of every comment), each a sliver of the
 * page.
 *
 * wcxb-dev folds 1-2 (session 39, helper product-39): outside forums, the body text in forms was
 * in no gold body on 15 pages of 15 sites (three shops' order forms, a plan picker, contact and
 * quote forms, sign-up forms' consent lines, a review-submission form, a ZIP-code lookup, a search
 * box), each form holding 0.1 % to 10.4 % of its page's body, but for one service site's three
 * price tokens; the forms whose text the gold keeps held 98.9 % to 100 % of their page's body (an ASP.NET
 * brokerage page, a plumber's page, a rankings table, a directory of electricians, a camera
 * forum). Built: wcxb-dev training folds 0.93809 -> 0.93853 (folds 1-2 +0.00037, 14 pages up and
 * one down, a service page's plan prices -0.006; folds 3-4 +0.00049, 8 pages up, none down);
 * product 0.87605 -> 0.87776 (folds 1-2 +0.0029, 3-4 +0.0003), service +0.00037, article +0.00021,
 * collection +0.0035, listing +0.00016; l3s-gn1 +0.00048, readability +0.00006, zh-gbk +0.00029
 * (at a share of 0.5, zh-gbk -0.00305: see FORM_TEXT_MAX_SHARE).
 */

/** The page types the pass runs on: all but a forum, whose posts sit each in a form of its own. */
export const FORM_TEXT_PAGE_TYPES: readonly PageType[] = PAGE_TYPES.filter((t) => t !== 'forum');

/**
 * A form whose body text is more than this share of the page's body text (characters) holds the
 * page, or half of it: its text stays. On wcxb-dev folds 1-2 the forms whose text is not in the
 * gold held at most 0.104 of their page's body, and those whose text the gold keeps at least 0.989;
 * a board's login wall in zh-gbk (a page that is a notice and the login form, the form 0.49 of
 * its body, kept by its gold) fell 0.969 -> 0.626 at 0.5. At a third, the rest of the body
 * outweighs the form twice over.
 */
export const FORM_TEXT_MAX_SHARE = 1 / 3;

export interface FormTextInput {
  label: Label;
  text: string;
  /** The outermost `<form>` element that holds the segment (Block.formId); undefined outside forms. */
  formId: number | undefined;
  /** An inline cut (a phrase split out of a block) is never demoted by itself. */
  inline: boolean;
}

/** The indices of the body segments that are a form's text, in a form that holds at most FORM_TEXT_MAX_SHARE of the page's body. */
export function findFormText(segments: readonly FormTextInput[]): number[] {
  let body = 0;
  const inForm = new Map<number, number>();
  for (const s of segments) {
    if (s.label !== 'body') continue;
    body += s.text.length;
    if (s.formId !== undefined) inForm.set(s.formId, (inForm.get(s.formId) ?? 0) + s.text.length);
  }
  const found: number[] = [];
  segments.forEach((s, i) => {
    if (s.label !== 'body' || s.inline || s.formId === undefined) return;
    if ((inForm.get(s.formId) ?? 0) <= FORM_TEXT_MAX_SHARE * body) found.push(i);
  });
  return found;
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const FORM_TEXT_HIT: RuleHit = relabelHit('context.form-text', 'navigation', 'text of a form that holds little of the page (an order form\'s options, a plan picker, a quote form): the page asks the reader for something, this is not its content');
