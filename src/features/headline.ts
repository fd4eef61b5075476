import { detectList } from '../segment/list.js';
import { countScripts } from '../tokenize/script.js';
import { weightedLength } from './text.js';

/**
 * The article headline usually repeats elsewhere on the page: as the first part of the
 * `<title>` ("Headline - Site") or as the last crumb of the breadcrumb. A short segment equal to
 * one of these (or containing it / contained by it, above a minimum length) is the headline.
 */

/** Shorter texts (weighted: HAN_CHAR_WEIGHT per Han character) match too easily ("首页", "News", "Sports", a prefix of "Sports news: …") to be called the headline: 6 Han or 18 Latin characters. */
export const HEADLINE_MIN_WEIGHT = 18;

const weightOf = (squashed: string): number => weightedLength(countScripts(squashed));
/** A headline candidate longer than this is a paragraph that happens to quote the title. */
export const HEADLINE_MAX_CHARS = 200;

const TITLE_SEPARATOR = /\s+[-–—|_]\s+|[|｜_]|\s*[-–—]\s*(?=[^-–—]*$)/u;

/** Text without whitespace, as candidates and segments are compared. Squashing twice changes nothing. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Normalised headline candidates from the title and the breadcrumb (texts given normalised). */
export function headlineCandidates(title: string | undefined, breadcrumbTails: readonly string[], repeated: readonly string[] = []): string[] {
  const out = new Set<string>();
  if (title) {
    out.add(squash(title));
    const first = title.split(TITLE_SEPARATOR)[0];
    if (first && !detectList(title)) out.add(squash(first));
  }
  for (const tail of breadcrumbTails) out.add(squash(tail));
  for (const line of repeated) out.add(line);
  return [...out].filter((c) => weightOf(c) >= HEADLINE_MIN_WEIGHT);
}

/**
 * A line that appears twice on the page is a headline candidate (a headline shown as h1 and again
 * above the text) when its weighted length (HAN_CHAR_WEIGHT per Han character) is at least this:
 * 8 Han characters or 24 Latin ones. Counted in plain characters, a two-word line repeated in a
 * comment thread ("To leighsowrd，") became the headline.
 */
export const REPEATED_LINE_MIN_WEIGHT = 24;
export const REPEATED_LINE_MAX_CHARS = 100;
/** More repeated lines than this and none is taken as a headline. */
export const MAX_REPEATED_CANDIDATES = 10;

export interface PlainLine {
  text: string;
  /** The line sits under a navigation or comment class/id/tag cue (a footer, a header bar, a sidebar, a comment shown twice as "hot" and in its thread). */
  boilerplateCue: boolean;
}

/**
 * Normalised texts that occur at least twice among `lines` (only plain, link-free lines are given),
 * at least once outside a navigation or comment cue: a site's footer printed twice (desktop and mobile
 * layouts: "主办单位：…人民政府办公厅") is a repeated line, not a headline.
 */
export function repeatedLines(lines: readonly PlainLine[]): string[] {
  const seen = new Map<string, { n: number; outsideCue: boolean }>();
  for (const line of lines) {
    const key = squash(line.text);
    if (key.length > REPEATED_LINE_MAX_CHARS || weightOf(key) < REPEATED_LINE_MIN_WEIGHT) continue;
    const entry = seen.get(key);
    if (entry) {
      entry.n++;
      entry.outsideCue ||= !line.boilerplateCue;
    } else seen.set(key, { n: 1, outsideCue: !line.boilerplateCue });
  }
  const repeated = [...seen].filter(([, { n, outsideCue }]) => n >= 2 && outsideCue).map(([key]) => key);
  // many repeated lines are a template (menus, teasers), not a headline; and each candidate is
  // compared with every segment, so their number must stay small
  return repeated.length <= MAX_REPEATED_CANDIDATES ? repeated : [];
}

/**
 * Only headlines this long count as repeated inside a text: a topic name ("New Zealand", 11
 * characters) recurs in every paragraph of an encyclopedia article; a whole headline sentence
 * (the spun-filler kits repeat 20–30 characters) does not.
 */
export const REPEAT_MIN_CHARS = 16;

/**
 * How often a headline candidate occurs inside a longer segment (spun filler repeats the headline).
 * `text` is the segment's normalised text squashed (the feature stage squashes it once for this and `isSquashedHeadline`).
 */
export function headlineRepeats(text: string, candidates: readonly string[]): number {
  let most = 0;
  for (const candidate of candidates) {
    if (candidate.length < REPEAT_MIN_CHARS || text.length <= candidate.length * 1.5) continue;
    let n = 0;
    for (let at = text.indexOf(candidate); at >= 0; at = text.indexOf(candidate, at + candidate.length)) n++;
    most = Math.max(most, n);
  }
  return most;
}

export function isHeadline(normalized: string, candidates: readonly string[]): boolean {
  return isSquashedHeadline(squash(normalized), candidates);
}

/** `isHeadline` of a text already squashed. */
export function isSquashedHeadline(text: string, candidates: readonly string[]): boolean {
  if (text.length > HEADLINE_MAX_CHARS || weightOf(text) < HEADLINE_MIN_WEIGHT) return false;
  // candidates are all at least HEADLINE_MIN_WEIGHT long (headlineCandidates)
  return candidates.some((c) => c === text || c.startsWith(text) || text.startsWith(c));
}
