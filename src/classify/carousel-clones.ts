import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { relabelHit } from '../rules/relabel-hit.js';
import { pathShape } from '../segment/place.js';

/**
 * A looping carousel (slider) of teasers. To scroll without end, a slider prints its first slides
 * again after its last one (and, in some scripts, its last slides again before its first): the
 * texts at the slides' place (the path shape, segment/place.ts, that the slides' elements share)
 * run A B C D E A — or E A B C D E A — a cycle that wraps round. A list the page means to be read
 * never does that: its items differ, and a block printed twice for two screens repeats the whole
 * list (duplicates.ts). The slides introduce other pages (the site's latest releases, featured
 * stories), and their summaries read like prose, so the first pass calls them body — and when
 * the slider stands inside the article's container, which reuses the slides' class words, neither
 * the main-content pass nor a class cue tells them apart. Every body text at a place whose texts
 * wrap round becomes navigation, the clones and the slides they copy alike.
 *
 * The shape is the clone of the common slider scripts: a template that prints the first slide
 * again for a seamless loop (a German council group's press site, its hand-written
 * `titleScroller`), and the clones that slick (`.slick-cloned`), Owl Carousel (`.owl-item.cloned`,
 * `loop: true`), Swiper (`.swiper-slide-duplicate`, loop mode) and bxSlider (`.bx-clone`) write into
 * the page, which a page saved after its scripts ran keeps. Places that wrap round on the wcxb-dev
 * training folds (session 45): loom.com's testimonial slider (six quotes, the first two again at
 * the end); the others hold no body and the pass leaves them as they are — osso.nl's sidebar
 * list, bigwalldecor.com's product titles, 4dayweek.io's tag strip, wethewild.us's rating counts,
 * and community.nodebb.org's topic page, whose post previews (navigation there) print the first
 * five of nine again: a forum's own posts so printed would be taken too.
 *
 * Measured (session 45, helper carousel-45): the unseen press release whose slider stood inside
 * its container (trafilatura set, cdu-fraktion-erfurt.de) 0.653 -> 1.000; wcxb-dev training folds
 * 1-2 unchanged page for page, folds 3-4 0.94283 -> 0.94322 (loom.com's service page 0.689 ->
 * 0.889: the gold leaves the testimonials out), no page down; the guard sets unchanged.
 */

/** A slide's text shorter than this (whitespace collapsed) is not compared: a date, "Read more", a price repeat by design, as in duplicates.ts (DUPLICATE_MIN_CHARS). */
export const CAROUSEL_MIN_CHARS = 20;

/**
 * At least this many different slides before the texts wrap round: with two, "A B A" is a pair of
 * alternatives (a quote shown before and after a paragraph), not a loop; sliders show three or more.
 */
export const CAROUSEL_MIN_SLIDES = 3;

export interface CarouselInput {
  label: Label;
  text: string;
  /** The block's path (segment/place.ts); undefined for plain text. */
  path: string | undefined;
  /** In the page flow, not a spliced-in phrase. */
  candidate: boolean;
}

const WHITESPACE = /\s+/g;

/**
 * Table cells are not slides: a table repeats a value down its rows by design ("Fixed lens",
 * "1 year"), and the path shape (digits set to 0) joins the cells of several tables of one
 * review into one place. Measured on the wcxb-dev training folds: a projector review's five spec
 * tables (projectorreviews.com) wrapped by chance ("Full HD (1920 x 1080)" three rows apart), and
 * their gold cells went (F1 0.979 -> 0.976, folds 1-2 -0.00001); no slider there is a table.
 */
const TABLE_CELL = /(?:^|>)(?:td|th)(?:[.#][^>]*)?$/;

/**
 * The number of slides when `texts` wrap round: the least period p (texts[i] = texts[i + p]) with
 * at least CAROUSEL_MIN_SLIDES different texts in one period and fewer than 2p texts in all (a
 * list printed twice or more, every item copied, is a second layout, not a loop's clones);
 * undefined when they do not.
 *
 * Linear in the number of texts: the first p texts are all different and texts[p] = texts[0], so
 * p can only be the index of the first text seen before — one candidate, checked once. (Trying
 * every p, each with a set of its first p texts, was quadratic: a place of 100,000 list items on a
 * hostile page would take minutes.)
 */
export function wrapPeriod(texts: readonly string[]): number | undefined {
  const n = texts.length;
  const seen = new Set<string>();
  let p = 0;
  while (p < n && !seen.has(texts[p]!)) seen.add(texts[p++]!);
  if (p === n || p < CAROUSEL_MIN_SLIDES || 2 * p <= n || texts[p] !== texts[0]) return undefined;
  for (let i = 0; i + p < n; i++) if (texts[i] !== texts[i + p]) return undefined;
  return p;
}

/** The indices of the body segments at a place (path shape) whose texts, in page order, wrap round (wrapPeriod). */
export function findCarouselClones(segments: readonly CarouselInput[]): number[] {
  const places = new Map<string, { indices: number[]; texts: string[] }>();
  segments.forEach((s, i) => {
    if (!s.candidate || s.path === undefined || TABLE_CELL.test(s.path)) return;
    const text = s.text.replace(WHITESPACE, ' ').trim();
    if (text.length < CAROUSEL_MIN_CHARS) return;
    const shape = pathShape(s.path);
    let place = places.get(shape);
    if (!place) places.set(shape, (place = { indices: [], texts: [] }));
    place.indices.push(i);
    place.texts.push(text);
  });
  const found: number[] = [];
  for (const { indices, texts } of places.values()) {
    if (wrapPeriod(texts) === undefined) continue;
    for (const i of indices) if (segments[i]!.label === 'body') found.push(i);
  }
  return found.sort((a, b) => a - b);
}

/** One frozen hit, shared by every slide it is given to (rules/relabel-hit.ts). */
export const CAROUSEL_CLONE_HIT: RuleHit = relabelHit('context.carousel-clone', 'navigation', "a slide of a looping carousel: the texts at its place wrap round (the first slides printed again after the last), so they are a slider's teasers of other pages, not the page's text");
