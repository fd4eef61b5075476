import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { pathShape } from '../segment/place.js';
import { isScreenCopy } from './screen-copy.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Copies of the body text elsewhere on the page. Pages carry their text twice: a desktop and a
 * mobile layout of the same product summary (one hidden by a stylesheet the segmenter does not
 * read), a forum reply that quotes an earlier post, a pull quote or a "summary" box that repeats a
 * paragraph, a sticky header that repeats the headline. A reader sees the text once; the first
 * copy stays body and a later body segment with the same text (whitespace collapsed) becomes
 * navigation — but only when it sits somewhere else: a path (segment/place.ts) unlike the first
 * copy's, digits set aside. The same text at the same path is one more item of a list (every card
 * of a shop grid says "Free shipping on orders over $50"; an events list repeats a description)
 * and the gold keeps each — except where the whole place is a layout printed again (context.layout-copy):
 * on a product page a place whose every text is shown two or three times, on the other page types a
 * place whose every text is shown twice under a screen-variant cue (a desktop and a mobile copy,
 * classify/screen-copy.ts; samePlaceRule).
 *
 * wcxb-dev training folds, session 10 (helper 26), body F1 0.8981 → 0.9024 (article 0.9456 →
 * 0.9483, forum 0.787 → 0.813, product 0.807 → 0.812, collection 0.737 → 0.743, service 0.874 →
 * 0.878, listing 0.773 → 0.774, documentation 0.9273 → 0.9271). Without the path condition 0.9021
 * at 20 characters but listings 0.773 → 0.763 (their repeated items went) and articles that list
 * events or webcams lost 0.1; DUPLICATE_MIN_CHARS 10 gave 0.9024, 30 0.9021, 40 0.9018, 60 0.9015.
 */

/** A copy shorter than this (whitespace collapsed) is left alone: "Read more", a price, a date repeat by design. */
export const DUPLICATE_MIN_CHARS = 20;

/**
 * Page types on which a copy at the *same* place counts too, when the whole place is printed
 * again — every body text at that path shape has two to SAME_PLACE_MAX_COPIES copies: a shop writes
 * a product's description or its service box once per layout (a desktop and a mobile block) with
 * the same elements, so the path does not tell the copies apart, and the reader has the text once.
 * A grid's slot holds texts shown once as well (its cards differ) and stays body, and on the other
 * page types an events list or a card grid that repeats a description is the page's own.
 *
 * wcxb-dev training folds (session 25, helper body-25a; simulated on the final labels, then
 * built): all 0.93139 -> 0.93175, product 0.8582 -> 0.8665, snippets unchanged; 5 pages up on 5
 * sites (a membership page that prints its description twice 0.69 -> 1.00, a shop's "help
 * ordering" box 0.70 -> 0.77, a food-colour shop's title block 0.857 -> 0.870, a cup shop's key
 * point 0.880 -> 0.888, a security shop's call line), none down; the same with page types
 * cross-validated (`--cv-page-types`, as unseen pages are typed). Without the whole-place
 * condition (any text with at most three copies at its place): product 0.8696, but shop grids
 * typed product lost card lines (0.987 -> 0.959 shipped; two more, -0.04 each, under
 * cross-validated types: collection -0.0010, listing -0.0004). On every page type (simulated,
 * without the condition): all 0.9314 -> 0.9318 but folds 1-2 down (0.9264 -> 0.9261), listings,
 * service pages and articles whose gold keeps repeated items.
 */
export const SAME_PLACE_COPY_PAGE_TYPES: readonly PageType[] = ['product'];

/**
 * The most copies of one text at one place (path shape) that still read as a layout printed again
 * (SAME_PLACE_COPY_PAGE_TYPES): a text shown more often there is a list's repeated line. Chosen on
 * wcxb-dev training folds 1-2 before the whole-place condition (all 0.92653 at 2, 0.92660 at 3,
 * 0.92656 at 4, 0.92610 with no limit) and confirmed on folds 3-4 (0.93608 -> 0.93680); with the
 * condition, 3, 5 and no limit give the same pages, 2 loses the call line (simulated).
 */
export const SAME_PLACE_MAX_COPIES = 3;

/**
 * On the other page types (listing, article, forum, other) a place counts as printed again when
 * every body text there is shown exactly this many times and either copy of a text sits under a
 * screen-variant cue (classify/screen-copy.ts): a responsive page's desktop and mobile copies of
 * one block — a ranking page's intro (a listing), a carousel's slides written for each screen, a
 * hero on a game console's page. Without the cue a text printed twice at one place is an article
 * printed twice by its own markup, and l3s-gn1's gold keeps both copies (the same test without
 * the cue: l3s-gn1 0.97546 -> 0.97240, readability 0.96809 -> 0.95678, whose lorem-ipsum fixtures
 * repeat their paragraphs); a text shown three times there is a list's repeated line.
 *
 * wcxb-dev training folds (session 31, helper listing-31; simulated on the per-segment dump of
 * benchmarks/diagnose/segments.ts): with the cue, all +0.00055 (folds 1-2 +0.00052, folds 3-4
 * +0.00059), listing +0.0040, 4 sites up by more than 0.02 (a ranking list's intro 0.63 -> 0.93,
 * a carousel 0.64 -> 0.94, a product page typed listing +0.06, a console's hero +0.02), no page
 * down by more than 0.003; the cue required on both copies to differ gave 3 sites; up to 3 copies
 * took a forum thread's repeated line (-0.02). Without the cue: all +0.00064 (the l3s-gn1 and
 * readability losses above). Built, the same page for page: all 0.93500 -> 0.93555, listing
 * 0.85306 -> 0.85710, product +0.0015, article +0.0004; l3s-gn1, readability and zh-gbk unchanged.
 */
export const SAME_PLACE_MAX_COPIES_OTHER_TYPES = 2;

/** How copies at the same place are read on a page: at most `maxCopies` copies of every text at the place (under 2, no place is printed again) and, with `screenWords`, only a pair of copies one of which sits under a screen-variant cue. */
export interface SamePlaceRule {
  maxCopies: number;
  screenWords: ReadonlySet<string> | undefined;
}

/** Copies at the same place are not looked for (findDuplicateCopies). */
export const NO_SAME_PLACE: SamePlaceRule = Object.freeze({ maxCopies: 0, screenWords: undefined });

/** The same-place rule of a page of this type: on product pages two or three copies, cue or none; on the others two, under a screen-variant cue (`screenWords`, data/cues/screen-variants.json). */
export function samePlaceRule(pageType: PageType, screenWords: ReadonlySet<string>): SamePlaceRule {
  return SAME_PLACE_COPY_PAGE_TYPES.includes(pageType) ? { maxCopies: SAME_PLACE_MAX_COPIES, screenWords: undefined } : { maxCopies: SAME_PLACE_MAX_COPIES_OTHER_TYPES, screenWords };
}

export interface DuplicateInput {
  label: Label;
  text: string;
  /** The block's path (segment/place.ts); undefined for plain text, where nothing is a copy. */
  path: string | undefined;
  /** In the page flow, not a spliced-in phrase. */
  candidate: boolean;
  /** Class/id tokens of the elements that hold the block, nearest first (block.cues); read by a same-place rule with screen words. */
  cues?: readonly (readonly string[])[];
}

const WHITESPACE = /\s+/g;

/** The text a copy is compared by (whitespace collapsed), or undefined when the segment cannot be a copy: not body, not in the page flow, no path, under DUPLICATE_MIN_CHARS. */
function copyText(s: DuplicateInput): string | undefined {
  if (s.label !== 'body' || !s.candidate || s.path === undefined) return undefined;
  const text = s.text.replace(WHITESPACE, ' ').trim();
  return text.length < DUPLICATE_MIN_CHARS ? undefined : text;
}

/** Copies found on a page: at another place than the text's first body copy, and (on a product page) at the same place. */
export interface Copies {
  elsewhere: number[];
  samePlace: number[];
}

/**
 * The body segments that copy an earlier body segment's text at another place on the page — and
 * those at the same place as the text's first copy when that place is printed again as a whole:
 * every body text there (DUPLICATE_MIN_CHARS or more) has two to `rule.maxCopies` copies, and,
 * when the rule has screen words, the copy or the first copy sits under one (samePlaceRule).
 */
export function findCopies(segments: readonly DuplicateInput[], rule: SamePlaceRule): Copies {
  const texts = segments.map(copyText);
  const paths = segments.map((s) => (s.path === undefined ? '' : pathShape(s.path)));
  const printedAgain = rule.maxCopies >= 2 ? placesPrintedAgain(texts, paths, rule.maxCopies) : new Set<string>();
  const firstIndex = new Map<string, number>();
  const copies: Copies = { elsewhere: [], samePlace: [] };
  texts.forEach((text, i) => {
    if (text === undefined) return;
    const path = paths[i]!;
    const first = firstIndex.get(text);
    if (first === undefined) firstIndex.set(text, i);
    else if (paths[first] !== path) copies.elsewhere.push(i);
    else if (printedAgain.has(path) && (rule.screenWords === undefined || isScreenCopy(segments[i]!.cues, segments[first]!.cues, rule.screenWords))) copies.samePlace.push(i);
  });
  return copies;
}

/**
 * The places (path shapes) whose every text is printed more than once and at most `maxCopies`
 * times: the whole place is a layout printed again. A grid's slot holds some texts once (its
 * cards differ), and is not one.
 */
function placesPrintedAgain(texts: readonly (string | undefined)[], paths: readonly string[], maxCopies: number): Set<string> {
  const counts = new Map<string, Map<string, number>>();
  texts.forEach((text, i) => {
    if (text === undefined) return;
    let place = counts.get(paths[i]!);
    if (!place) counts.set(paths[i]!, (place = new Map()));
    place.set(text, (place.get(text) ?? 0) + 1);
  });
  const places = new Set<string>();
  for (const [path, place] of counts) {
    if ([...place.values()].every((n) => n > 1 && n <= maxCopies)) places.add(path);
  }
  return places;
}

/** Indices of the body segments that copy an earlier body segment's text at another place on the page. */
export function findDuplicateCopies(segments: readonly DuplicateInput[]): number[] {
  return findCopies(segments, NO_SAME_PLACE).elsewhere;
}

/** One frozen hit, shared by every copy it is given to (rules/relabel-hit.ts). */
export const DUPLICATE_HIT: RuleHit = relabelHit('context.duplicate', 'navigation', 'repeats the text of an earlier body segment at another place on the page (a second layout, a quote, a summary box): the reader has it once');

/** The hit of a copy at the same place, where the whole place is printed again (samePlaceRule). */
export const LAYOUT_COPY_HIT: RuleHit = relabelHit('context.layout-copy', 'navigation', 'repeats at the same place the text of an earlier body segment, where every text is shown two or three times on a product page, twice for two screens elsewhere (a layout printed again): the reader has it once');
