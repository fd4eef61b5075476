import { detectList } from '../segment/list.js';

/**
 * The article headline usually repeats elsewhere on the page: as the first part of the
 * `<title>` ("Headline - Site") or as the last crumb of the breadcrumb. A short segment equal to
 * one of these (or containing it / contained by it, above a minimum length) is the headline.
 */

/** Shorter texts match too easily ("首页", "News") to be called the headline. */
export const HEADLINE_MIN_CHARS = 6;
/** A headline candidate longer than this is a paragraph that happens to quote the title. */
export const HEADLINE_MAX_CHARS = 200;

const TITLE_SEPARATOR = /\s+[-–—|_]\s+|[|｜_]|\s*[-–—]\s*(?=[^-–—]*$)/u;

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Normalised headline candidates from the title and the breadcrumb (texts given normalised). */
export function headlineCandidates(title: string | undefined, breadcrumbTails: readonly string[]): string[] {
  const out = new Set<string>();
  if (title) {
    out.add(squash(title));
    const first = title.split(TITLE_SEPARATOR)[0];
    if (first && !detectList(title)) out.add(squash(first));
  }
  for (const tail of breadcrumbTails) out.add(squash(tail));
  return [...out].filter((c) => c.length >= HEADLINE_MIN_CHARS);
}

export function isHeadline(normalized: string, candidates: readonly string[]): boolean {
  const text = squash(normalized);
  if (text.length < HEADLINE_MIN_CHARS || text.length > HEADLINE_MAX_CHARS) return false;
  return candidates.some((c) => c === text || (c.length >= HEADLINE_MIN_CHARS && (c.startsWith(text) || text.startsWith(c))));
}
