import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { SAME_PLACE_SOFT_NAVIGATION, type SamePlaceInput } from './same-place.js';
import { CONTEXT_NAVIGATION_RULES } from './context.js';
import { isListItemPath, runsAtOnePath } from './undecided-list.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A specification list: consecutive list items at one element path, each a "Label: value" row —
 * a product's spec or feature rows ("Weight : 700g, easy to carry", "Graphics: NVidia GTX 970"),
 * its warranty and return terms ("Return for refund within: 30 days"), a course's dated items.
 * They are the page's own data, short and without a sentence, so few rules decide them; the
 * context pass (context.ts) makes them navigation when a menu or a price line is the nearest
 * decided text, and the main container (context.outside-main) when the product's tab or
 * accordion sits outside the element that holds its description. A menu's items are links
 * (decided by nav.link-dense / nav.link-only) and are not written "Label: value".
 *
 * So in a run of SPEC_LIST_MIN_ROWS or more consecutive rows at one exact path (any label: a row
 * already body counts, the list is the same), each row that only those soft verdicts made
 * navigation — the context pass, the main container, nav.short-bare; no navigation rule, no
 * constraint (hidden, title, meta), no later pass (duplicate copies, teasers) — becomes body.
 * It takes what context.undecided-list (4 rows decided by the context pass alone) and
 * context.same-place (an item at the exact path of body text, not outside the container) leave:
 * the row shape stands in for the longer run and for the main container's verdict.
 *
 * wcxb-dev training folds (session 33, helper product-33), simulated on the final labels and then
 * built: see SPEC_LIST_MIN_ROWS and SPEC_ROW_MAX_CHARS, and benchmarks/RESULTS.md.
 */

/**
 * Rows in a run. wcxb-dev training folds (simulated): 2 rows +0.00018 (folds 1–2 +0.00020, 3–4
 * +0.00017; a computer shop's two return-term rows are gold on two of its three pages); 3 rows
 * +0.00014 (folds 1–2 +0.00013), those two pages left out.
 */
export const SPEC_LIST_MIN_ROWS = 2;

/**
 * A row is at most this many characters (trimmed): a spec row, not a sentence that has a colon.
 * Every row the rule took on the training folds has at most 80; 80 and 120 gave the same figures.
 */
export const SPEC_ROW_MAX_CHARS = 120;

/**
 * "Label: value": a label of a letter and up to 39 more characters with no colon and no
 * sentence stop (so "Note. See: …" is no label), a colon, then the value's first character.
 * Each character class excludes the mark that ends it, so the match is linear.
 */
const SPEC_ROW = /^\p{L}[^:.!?\n]{0,39}:\s*\S/u;

/** The navigation verdicts that a row may carry and still be revised: the soft ones of same-place.ts and the main container's. */
export const SPEC_ROW_SOFT_NAVIGATION: readonly string[] = [...SAME_PLACE_SOFT_NAVIGATION, 'context.outside-main'];

/** The verdicts, one of which must have made the row navigation: the context pass's or the main container's. */
const SPEC_ROW_VERDICTS: readonly string[] = [...CONTEXT_NAVIGATION_RULES, 'context.outside-main'];

export interface SpecListInput extends SamePlaceInput {
  /** The segment's text (block text). */
  text: string;
}

/** Is this text written as one "Label: value" row (SPEC_ROW, at most SPEC_ROW_MAX_CHARS)? */
export function isSpecRow(text: string): boolean {
  const row = text.trim();
  return row.length <= SPEC_ROW_MAX_CHARS && SPEC_ROW.test(row);
}

/** A row that only the soft verdicts made navigation (SPEC_ROW_SOFT_NAVIGATION), in the page flow and shown. */
function softlyDemoted(s: SpecListInput): boolean {
  if (s.label !== 'navigation' || !s.candidate) return false;
  if (!s.hits.some((h) => SPEC_ROW_VERDICTS.includes(h.rule))) return false;
  return s.hits.every((h) => h.label !== 'navigation' || SPEC_ROW_SOFT_NAVIGATION.includes(h.rule));
}

/** Indices of the rows to make body: the softly demoted rows of runs of SPEC_LIST_MIN_ROWS or more "Label: value" list items at one path. */
export function findSpecLists(segments: readonly SpecListInput[]): number[] {
  return runsAtOnePath(segments, (s) => s.path !== undefined && isListItemPath(s.path) && isSpecRow(s.text))
    .filter((run) => run.length >= SPEC_LIST_MIN_ROWS)
    .flatMap((run) => run.filter((i) => softlyDemoted(segments[i]!)));
}

/** One frozen hit, shared by every row it is given to (rules/relabel-hit.ts). */
export const SPEC_LIST_HIT: RuleHit = relabelHit('context.spec-list', 'body', `a "Label: value" row in a run of ${SPEC_LIST_MIN_ROWS} or more list items at one element path, made navigation only by its neighbours or the main container: a specification list of the page`);
