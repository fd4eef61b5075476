import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { wordCount } from '../tokenize/word-count.js';
import { tagOf } from './undecided-list.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A description list's term over its description. Reference documentation lists an interface's
 * members, a function's parameters or an element's attributes as `<dl>`: each `<dt>` names the
 * member — often a link to the member's own page (MDN's "WebSocket.close()", "align Deprecated"),
 * a signature, or a bare field name ("signature:") — and the `<dd>` under it says what it does.
 * All link text or one short word, the term reads as a menu entry (nav.link-only, nav.short-bare)
 * while its description is body; WCXB's gold keeps the term with it. A navigation block of at most
 * DEFINED_TERM_MAX_WORDS words inside a `<dt>` (within its last DEFINED_TERM_PATH_LABELS path
 * labels) right before a body block inside a `<dd>` (likewise) becomes body — a late promotion, on every page type but a forum. A `<dl>` of
 * links in a sidebar has navigation under its terms, and is left as it is.
 *
 * wcxb-dev training folds 1-2 (session 40, helper article-40; simulated on the final labels of
 * main at 2fe65f7, then built): 34 terms on 7 documentation pages of 4 sites (MDN's member and
 * attribute lists, Celery's "signature:" fields, Python's signatures, a Django reference link),
 * 33 of them gold (not: a Python page's "Author:" field), and 3 entry ids of arXiv's listing, gold;
 * no article page has one. Built: folds 1-2 0.93442 -> 0.93447 (8 pages up, none down; an MDN
 * interface page 0.941 -> 0.959), folds 3-4 0.94245 -> 0.94247 (4 up, 1 down -0.0004),
 * documentation 0.95564 -> 0.95614; l3s-gn1, readability, zh-gbk and zh-news-clean unchanged page
 * for page (with DEFINED_TERM_MAX_WORDS). Text a never-body constraint holds, the site's chrome,
 * footers, dialogs, controls and what a page-level pass demoted stay as they are
 * (late-promotions.ts `latePromotable`).
 */

/**
 * The `<dt>` or `<dd>` is among the block's last this many path labels: the term's text sits in
 * the `<dt>` itself or in a link and a `<code>` inside it (MDN: dt>a>code), the description in
 * the `<dd>` or a paragraph of it. Simulated on folds 1-2's documentation pages: 3 and 4 found the
 * same terms.
 */
export const DEFINED_TERM_PATH_LABELS = 4;

/** Whether one of the path's last DEFINED_TERM_PATH_LABELS labels is the element `tag`. */
export function underTag(path: string | undefined, tag: string): boolean {
  if (path === undefined) return false;
  const labels = path.split('>');
  for (let i = Math.max(0, labels.length - DEFINED_TERM_PATH_LABELS); i < labels.length; i++) {
    if (tagOf(labels[i]) === tag) return true;
  }
  return false;
}

/**
 * A term names a thing: at most this many words (tokenize/word-count.ts: runs between white space,
 * and each Han, kana or Thai character, so that a Chinese headline set as a term is as long as an
 * English one). The longest term the rule found on folds 1-2 has 5 (arXiv's "[1] arXiv:2603.05498
 * [pdf, html, other]", gold on its listing; the documentation terms have 1 to 3). A news site's
 * list of other stories set as `<dl>` — each headline a linked `<dt>` over its teaser in a `<dd>` —
 * has terms of 9 and 10 words: without the bound an l3s-gn1 guard page lost 0.12 (its teasers are
 * body already, and their headlines joined them), and a readability page's 7-word heading set as a
 * `<dt>` 0.001.
 */
export const DEFINED_TERM_MAX_WORDS = 5;

export interface DefinedTermInput {
  label: Label;
  path: string | undefined;
  text: string;
  /** May be made body by a late pass, and no page-level pass demoted it. */
  candidate: boolean;
}

/** Indices of the navigation blocks of at most DEFINED_TERM_MAX_WORDS words inside a `<dt>` right before a body block inside a `<dd>`. */
export function findDefinedTerms(segments: readonly DefinedTermInput[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + 1 < segments.length; i++) {
    const s = segments[i]!;
    const next = segments[i + 1]!;
    if (s.label !== 'navigation' || !s.candidate || next.label !== 'body') continue;
    if (underTag(s.path, 'dt') && underTag(next.path, 'dd') && wordCount(s.text) <= DEFINED_TERM_MAX_WORDS) found.push(i);
  }
  return found;
}

/** One frozen hit, shared by every term it is given to (rules/relabel-hit.ts). */
export const DEFINED_TERM_HIT: RuleHit = relabelHit('context.defined-term', 'body', "a description list's term right over its description (an API member, an attribute, a parameter): part of the text");
