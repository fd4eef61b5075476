import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import type { FirstPass } from './label.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * jusText-style context pass: an undecided segment takes its label from the nearest decided
 * body/navigation segments before and after it (spam segments and segments outside the flow are
 * skipped; the page edges count as navigation, as in jusText). Body between body stays body;
 * navigation between navigation stays navigation; at a border, a heading followed by body is body
 * (jusText's heading pass), a segment under a navigation cue that is no sentence is navigation
 * (BORDER_CUED), and otherwise the segment's own lean decides.
 */

export interface ContextInput {
  first: FirstPass;
  /** Title/meta segments are outside the page flow and never serve as context. */
  inFlow: boolean;
  /** An <h1>–<h6> with no navigation score: at a border it belongs to the body that follows it (jusText's heading pass). */
  heading?: boolean;
  /** A headline or byline rule hit the segment: leaning body, it stays body wherever it sits. */
  anchored?: boolean;
  /**
   * Under a navigation cue (dom.navCue) and not a sentence (body.sentence's test): at a border it is
   * navigation whatever it leans to — a promo bar's shipping offers, a card's caption in a
   * `header`, a slide of a carousel — since its lean to body came from length and stopwords
   * alone. wcxb-dev training folds, session 14 (helper 44): body F1 0.9156 -> 0.9158, collection
   * 0.8021 -> 0.8055 (a shop whose promo-bar carousel of twenty shipping offers stood between its
   * menus and its grid 0.15 -> 0.50), forum 0.8510 -> 0.8513; 14 pages up, 6 down by 0.002-0.010;
   * l3s-gn1 0.9755 -> 0.9753 (a headline in div.header with no sentence end), readability three
   * pages up. Every cued segment at a border, sentences too: 0.9151 before the author rule (40 up,
   * 17 down: documentation 0.9290 -> 0.9285).
   */
  cuedNotSentence?: boolean;
}

export interface ContextResult {
  label: Label;
  hit?: RuleHit;
}

/** The context pass's verdict at a body/navigation border, where an undecided segment takes its own lean (section-label.ts reads it). */
export const BORDER_RULE = 'context.border';

/** Its verdict between navigation segments (or at the page's edge). */
export const BETWEEN_NAVIGATION_RULE = 'context.between-navigation';

/** The context pass's verdicts that leave an undecided segment navigation by its neighbours or its own lean alone: a later pass may revise them (same-place.ts, section-heading.ts). */
export const CONTEXT_NAVIGATION_RULES: ReadonlySet<string> = new Set([BETWEEN_NAVIGATION_RULE, BORDER_RULE]);

const ANCHOR = relabelHit('context.anchor', 'body', "undecided, leaning body, and the article's headline or byline: it stays with the body");
const BETWEEN_BODY = relabelHit('context.between-body', 'body', 'undecided segment between body segments');
const BETWEEN_NAVIGATION = relabelHit(BETWEEN_NAVIGATION_RULE, 'navigation', 'undecided segment between navigation segments (or the page edge)');
const HEADING_BEFORE_BODY = relabelHit('context.heading-before-body', 'body', 'undecided heading followed by body: it introduces the text after it');
const borderHit = (lean: Label): RuleHit => relabelHit(BORDER_RULE, lean, `undecided segment at a body/navigation border; its own scores lean to ${lean}`);
const BORDER: Record<Label, RuleHit> = { body: borderHit('body'), navigation: borderHit('navigation'), spam: borderHit('spam') };
const BORDER_CUED = relabelHit('context.border-cued', 'navigation', 'undecided segment at a body/navigation border, under a navigation cue and no sentence: navigation, whatever its scores lean to');

export function contextPass(segments: readonly ContextInput[]): ContextResult[] {
  const decided = segments.map((s) => (s.inFlow && (s.first.label === 'body' || s.first.label === 'navigation') ? s.first.label : undefined));
  const before: (Label | undefined)[] = [];
  let last: Label | undefined;
  for (let i = 0; i < segments.length; i++) {
    before.push(last);
    last = decided[i] ?? last;
  }
  const after: (Label | undefined)[] = new Array(segments.length);
  last = undefined;
  for (let i = segments.length - 1; i >= 0; i--) {
    after[i] = last;
    last = decided[i] ?? last;
  }
  return segments.map((segment, i): ContextResult => {
    const first = segment.first;
    if (first.label !== undefined) return { label: first.label };
    if (segment.anchored && first.lean === 'body') return { label: 'body', hit: ANCHOR };
    const prev = before[i] ?? 'navigation';
    const next = after[i] ?? 'navigation';
    if (prev === 'body' && next === 'body') return { label: 'body', hit: BETWEEN_BODY };
    if (prev === 'navigation' && next === 'navigation') return { label: 'navigation', hit: BETWEEN_NAVIGATION };
    if (segment.heading && next === 'body') return { label: 'body', hit: HEADING_BEFORE_BODY };
    if (segment.cuedNotSentence && first.lean === 'body') return { label: 'navigation', hit: BORDER_CUED };
    return { label: first.lean, hit: BORDER[first.lean] };
  });
}
