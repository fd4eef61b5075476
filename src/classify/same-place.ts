import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { touchedByPagePass } from './label.js';
import { CONTEXT_NAVIGATION_RULES } from './context.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Items of one list at the place of body text. A product's feature bullets ("Non-porous and
 * antibacterial", "Thermal shock and etch resistant"), the rows of a specification list, the
 * entries of a course schedule are short: no rule decides them, and the context pass
 * (context.ts) makes them navigation when the nearest decided text around them is a menu or a
 * price line. When another segment at exactly the same place on the page — the same element path
 * (segment/place.ts), classes and ids included — is body by its own rules, they are items of the
 * same list as that body text: an undecided segment that the context pass alone made navigation,
 * with no navigation rule beyond nav.short-bare, becomes body.
 *
 * The path must name an element by a class or an id somewhere: a bare tag path
 * (`table>tr>td>font>b`) recurs in every region of a table-layout page, where a sidebar's bold
 * caption shares the headline's path (on the wcxb-dev training folds the condition changed no page).
 *
 * Only the context pass's verdict is revised: a segment a navigation rule, a constraint (hidden,
 * title, meta), the main container (context.outside-main) or any later pass decided keeps its
 * label, and the body text it is matched with must be body with no page-level pass's help (no
 * `context.` hit: a promoted list item or an unfolded tab does not vouch for its neighbours).
 *
 * wcxb-dev training folds (page types cross-validated), session 23 (helper body-23a): body F1
 * 0.9290 -> 0.9293, product 0.8552 -> 0.8574 (a drinkware shop's feature bullets 0.80 -> 0.88, a
 * computer shop's spec bullets), documentation +0.0005, article +0.0002, collection -0.0001;
 * snippets 0.8846 -> 0.8848; 82 pages up (a course schedule's dates and topics 0.86 -> 0.89, a
 * article's list of materials 0.83 -> 0.96), 32 down (a news page's tag list in its article
 * container 0.79 -> 0.77, a service page's keyword list 0.88 -> 0.85). Measured first on the
 * session's labels: the path read without digits (pathShape), or the body text decided by any
 * pass, took in listing menus (listing -0.0009, forum -0.0003); the body text within 10 segments
 * only: product +0.0012 instead of +0.0023.
 */

export interface SamePlaceInput {
  label: Label;
  /** The block's element path (segment/place.ts); undefined for plain text. */
  path: string | undefined;
  hits: readonly RuleHit[];
  /** In the page flow and shown: not a spliced-in phrase, not screen-reader-only text. */
  candidate: boolean;
}

/** The weak very-short rule (data/rules/20_navigation.json: at most ten characters, no sentence punctuation): its score alone marks a label, a counter or a short heading as navigation. */
export const SHORT_BARE_RULE = 'nav.short-bare';

/** The navigation hits an undecided segment may carry and still be revised: the context pass's two verdicts (context.ts CONTEXT_NAVIGATION_RULES) and the weak very-short rule. */
export const SAME_PLACE_SOFT_NAVIGATION: readonly string[] = [...CONTEXT_NAVIGATION_RULES, SHORT_BARE_RULE];

/** A class (`.`) or an id (`#`) in a path label (segment/place.ts). */
const NAMED_ELEMENT = /[.#]/;

/** A navigation segment that no rule decided, which the context pass alone made navigation (no navigation rule beyond the soft ones): the only kind that same-place.ts and undecided-list.ts revise. */
export function decidedByContextAlone(s: SamePlaceInput): boolean {
  if (s.label !== 'navigation' || !s.candidate || s.path === undefined) return false;
  if (!s.hits.some((h) => CONTEXT_NAVIGATION_RULES.has(h.rule))) return false;
  return s.hits.every((h) => h.label !== 'navigation' || SAME_PLACE_SOFT_NAVIGATION.includes(h.rule));
}

function bodyByOwnRules(s: SamePlaceInput): boolean {
  return s.label === 'body' && s.candidate && s.path !== undefined && !touchedByPagePass(s.hits);
}

/** Indices of the navigation segments that the context pass alone decided and that sit at the exact path of a body segment. */
export function findSamePlaceItems(segments: readonly SamePlaceInput[]): number[] {
  const bodyPaths = new Set<string>();
  for (const s of segments) if (bodyByOwnRules(s) && NAMED_ELEMENT.test(s.path!)) bodyPaths.add(s.path!);
  const items: number[] = [];
  segments.forEach((s, i) => {
    if (decidedByContextAlone(s) && bodyPaths.has(s.path!)) items.push(i);
  });
  return items;
}

/** One frozen hit, shared by every item it is given to (rules/relabel-hit.ts). */
export const SAME_PLACE_HIT: RuleHit = relabelHit('context.same-place', 'body', 'undecided, made navigation by its neighbours only, but at the exact element path of body text: another item of the same list');
