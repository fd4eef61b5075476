import { ruleHit as hit } from './rule-hit.js';

/**
 * The rule hits the tests of the context passes' undoers share (same-place, undecided-list,
 * inside-main): what a segment the context pass alone decided carries, and the hits that show a
 * rule (or a constraint) decided it instead. Scores as in data/rules.
 */
export const DOM_CUE = hit('body.dom-cue', 'body', 1);
export const SENTENCE = hit('body.sentence', 'body', 2);
export const SHORT_BARE = hit('nav.short-bare', 'navigation', 1);
export const LINK_DENSE = hit('nav.link-dense', 'navigation', 3);
export const BETWEEN_NAVIGATION = hit('context.between-navigation', 'navigation', 0);
export const BORDER_NAVIGATION = hit('context.border', 'navigation', 0);
export const BORDER_CUED = hit('context.border-cued', 'navigation', 0);
export const HIDDEN = hit('constraint.hidden-not-body', 'navigation', 0);
