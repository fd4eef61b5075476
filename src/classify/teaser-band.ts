import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR } from '../data-dir.js';
import { readDataFile } from '../data-file.js';
import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { relabelHit } from '../rules/relabel-hit.js';
import { normaliseLabel } from './related-line.js';

/**
 * A band of teasers to the site's other pages on a company, agency or landing page: a heading
 * such as "Latest insights", "News and insights" or "What's trending with cybersecurity", then
 * cards of a content type ("Research report", "Blog"), a title and a summary. The cards are
 * written as sentences and sit among the page's own sections, so the rules and the card passes
 * make them body; the gold of such a page is its own offer, not the teasers. On a page typed other
 * (TEASER_BAND_PAGE_TYPES), a heading whose text is one of TEASER_BAND_HEADINGS_FILE (or opens
 * with one and goes on with a preposition and a topic) opens the band; every body segment after
 * it, up to the next heading of the same level or a higher one, becomes navigation, the heading
 * too.
 *
 * wcxb-dev training folds (session 46, helper service-46): body F1 0.93979 -> 0.94004 (folds 1-2
 * +0.00044, folds 3-4 +0.00007), service 0.91384 -> 0.91606, other types unchanged; 6 pages
 * changed on 6 sites, 5 up (a consultancy's cybersecurity page with a "What's trending with
 * cybersecurity" card band 0.781 -> 0.981, a "Latest insights" band 0.921 -> 0.941, a "Related
 * articles" band 0.978 -> 0.999), 1 down by 0.0003 (a "Featured insights" heading over link-only
 * cards: only the heading's two words go, which the gold holds elsewhere). Guards (l3s-gn1,
 * readability, zh-gbk, zh-news-clean) unchanged. Readability.js's way, keeping the one container of
 * most running text and dropping the page's other sections, was simulated on the same segments and
 * is far worse here: service 0.917 -> 0.761, article 0.967 -> 0.921 (the gold of most service pages
 * spans all their sections).
 */

/**
 * The page types the pass runs on. On a page typed article the same headings head a story's
 * own related reading that the gold keeps as often as not (training folds, session 46: after such
 * headings on article pages 1672 body tokens on 12 sites, 806 of them gold); on a listing the
 * news is the content.
 */
export const TEASER_BAND_PAGE_TYPES: readonly PageType[] = ['other'];

/** The data file of the band headings (data/sections). */
export const TEASER_BAND_HEADINGS_FILE = join(DATA_DIR, 'sections', 'teaser-band-headings.json');

/** A heading of at most this many words (the band's name and a short topic: "What's trending with cybersecurity" is 4). */
export const TEASER_BAND_MAX_WORDS = 8;

const headingsSchema = z.object({ headings: z.array(z.string().min(1)).min(1) });

/** The headings of data/sections/teaser-band-headings.json, normalised as related-line.ts normalises labels. */
export function loadTeaserBandHeadings(path: string = TEASER_BAND_HEADINGS_FILE): ReadonlySet<string> {
  const data = readDataFile(headingsSchema, path, 'a list of teaser-band headings');
  return new Set(data.headings.map(normaliseLabel));
}

const TOPIC_PREPOSITIONS = new Set(['with', 'on', 'about', 'in', 'from', 'for', 'at']);

/** Whether a heading's text names a teaser band: one of the headings, or one followed by a preposition and a topic. */
export function isTeaserBandHeading(text: string, headings: ReadonlySet<string>): boolean {
  const norm = normaliseLabel(text).replace(/[:.]$/u, '').trim();
  const words = norm.split(' ').filter((w) => w.length > 0);
  if (words.length === 0 || words.length > TEASER_BAND_MAX_WORDS) return false;
  if (headings.has(norm)) return true;
  for (let n = words.length - 2; n >= 1; n--) {
    if (TOPIC_PREPOSITIONS.has(words[n]!) && headings.has(words.slice(0, n).join(' '))) return true;
  }
  return false;
}

export interface TeaserBandInput {
  label: Label;
  /** h1 → 1 … h6 → 6; undefined when the segment is not a heading. */
  headingLevel: number | undefined;
  text: string;
}

/** Indices of the body segments of the teaser bands: each band's heading and the body after it up to the next heading of its level or a higher one. */
export function findTeaserBands(segments: readonly TeaserBandInput[], headings: ReadonlySet<string>): number[] {
  const found: number[] = [];
  let level: number | undefined;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.headingLevel !== undefined) {
      if (level !== undefined && s.headingLevel <= level) level = undefined;
      if (level === undefined && isTeaserBandHeading(s.text, headings)) {
        level = s.headingLevel;
        if (s.label === 'body') found.push(i);
        continue;
      }
    }
    if (level !== undefined && s.label === 'body') found.push(i);
  }
  return found;
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const TEASER_BAND_HIT: RuleHit = relabelHit('context.teaser-band', 'navigation', "a band of teasers to the site's other pages under a 'Latest insights' / 'News and insights' heading: not the page's own content");
