import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { pathShape } from '../segment/place.js';

/**
 * Copies of the body text elsewhere on the page. Pages carry their text twice: a desktop and a
 * mobile layout of the same product summary (one hidden by a stylesheet the segmenter does not
 * read), a forum reply that quotes an earlier post, a pull quote or a "summary" box that repeats a
 * paragraph, a sticky header that repeats the headline. A reader sees the text once; the first
 * copy stays body and a later body segment with the same text (whitespace collapsed) becomes
 * navigation — but only when it sits somewhere else: a path (segment/place.ts) unlike the first
 * copy's, digits set aside. The same text at the same path is one more item of a list (every card
 * of a shop grid says "Free shipping on orders over $50"; an events list repeats a description)
 * and the gold keeps each.
 *
 * wcxb-dev training folds, session 10 (helper 26), body F1 0.8981 → 0.9024 (article 0.9456 →
 * 0.9483, forum 0.787 → 0.813, product 0.807 → 0.812, collection 0.737 → 0.743, service 0.874 →
 * 0.878, listing 0.773 → 0.774, documentation 0.9273 → 0.9271). Without the path condition 0.9021
 * at 20 characters but listings 0.773 → 0.763 (their repeated items went) and articles that list
 * events or webcams lost 0.1; DUPLICATE_MIN_CHARS 10 gave 0.9024, 30 0.9021, 40 0.9018, 60 0.9015.
 */

/** A copy shorter than this (whitespace collapsed) is left alone: "Read more", a price, a date repeat by design. */
export const DUPLICATE_MIN_CHARS = 20;

export interface DuplicateInput {
  label: Label;
  text: string;
  /** The block's path (segment/place.ts); undefined for plain text, where nothing is a copy. */
  path: string | undefined;
  /** In the page flow, not a spliced-in phrase. */
  candidate: boolean;
}

const WHITESPACE = /\s+/g;

/** Indices of the body segments that copy an earlier body segment's text at another place on the page. */
export function findDuplicateCopies(segments: readonly DuplicateInput[]): number[] {
  const firstPath = new Map<string, string>();
  const copies: number[] = [];
  segments.forEach((s, i) => {
    if (s.label !== 'body' || !s.candidate || s.path === undefined) return;
    const text = s.text.replace(WHITESPACE, ' ').trim();
    if (text.length < DUPLICATE_MIN_CHARS) return;
    const path = pathShape(s.path);
    const first = firstPath.get(text);
    if (first === undefined) firstPath.set(text, path);
    else if (first !== path) copies.push(i);
  });
  return copies;
}

/** One frozen hit, shared by every copy it is given to (like rule hits, rules/engine.ts). */
export const DUPLICATE_HIT: RuleHit = Object.freeze({
  rule: 'context.duplicate',
  label: 'navigation' satisfies Label,
  score: 0,
  description: 'repeats the text of an earlier body segment at another place on the page (a second layout, a quote, a summary box): the reader has it once',
});
