import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR } from '../data-dir.js';
import { readDataFile } from '../data-file.js';
import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A section about the article's author, found by its heading. An author's bio box is navigation
 * when its element says so (nav.author-bio reads the `author` class cue); many sites give the box
 * only layout classes (`div.bg-blue-50 > h2.text-xl`, `section.my-12 > h3.text-lg`,
 * `div.wp-block-column > h2.wp-block-heading`) and head it "About the Author", "About the
 * Reviewer". Such a heading (AUTHOR_SECTION_TITLES_FILE) that is the first text of its parent
 * element opens a section: the heading and the run of segments right after it inside that parent
 * element (path prefix) are the author's section, and its body segments become navigation.
 *
 * The heading must be the first text of its parent: a heading "About the Author" written into the
 * article's own text container, after the article's paragraphs, is part of the article (one
 * training page keeps such a section in its gold), and the parent element there is the article's.
 *
 * wcxb-dev training folds, session 24 (helper body-24a): headings with one of the titles stand on
 * 14 training pages; on 12 the gold leaves the text under them out. The pass changes three article
 * pages of three sites, all up: a health publisher's author and reviewer boxes (F1 0.542 -> 0.656),
 * an investing site's author section (0.914 -> 0.940), a school's "About The Author" heading over a
 * bio already navigation (0.991 -> 0.992); no page down. Article body F1 0.9609 -> 0.9611 (P 0.9411
 * -> 0.9415), all 0.93115 -> 0.93125; snippets unchanged (6,715 of 7,571). Without the first-text
 * condition a winery's article whose own text ends with an "About the Author" section that the gold
 * keeps would lose it. readability, l3s-gn1, zh-gbk and the out-of-fold spam report unchanged page
 * for page.
 */

/** The data file of the section titles (data/sections). */
export const AUTHOR_SECTION_TITLES_FILE = join(DATA_DIR, 'sections', 'author-titles.json');

/** The page types the pass runs on: an author's section is an article's furniture. */
export const AUTHOR_SECTION_PAGE_TYPES: readonly PageType[] = ['article'];

const titlesSchema = z.object({ titles: z.array(z.string().min(1)) });

/** The titles of data/sections/author-titles.json, normalised as headings are (normaliseTitle). */
export function loadAuthorSectionTitles(path: string = AUTHOR_SECTION_TITLES_FILE): ReadonlySet<string> {
  const data = readDataFile(titlesSchema, path, 'a list of section titles');
  return new Set(data.titles.map(normaliseTitle));
}

/** One character of a title's trailing punctuation (spaces, colons, points, exclamation and question marks). */
const TRAILING_CHAR = /^[\s:.!?]$/u;

/**
 * The text without its trailing punctuation, read from the end. A pattern anchored at the end
 * alone (`/[\s:.!?]+$/u`, until session 29) was tried from every character of a run of them that
 * something else follows, each try reading to the run's end: a heading of 40,000 points then a
 * letter cost `sift()` a second, 80,000 four (the pathological family `html-heading-punctuation-run`).
 */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_CHAR.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A heading's text compared with the titles: lower case, spaces collapsed, trailing punctuation off. */
export function normaliseTitle(text: string): string {
  return withoutTrailingPunctuation(text.toLowerCase().replace(/\s+/gu, ' ').trim());
}

export interface AuthorSectionInput {
  label: Label;
  heading: boolean;
  text: string;
  /** Element path (`html>body>div.x>h2`); undefined for text without one. */
  path: string | undefined;
  /** Whole block, not an inline piece. */
  candidate: boolean;
}

/** The parent element's path of a path (everything before its last `>`), or undefined at the root. */
export function parentPath(path: string): string | undefined {
  const cut = path.lastIndexOf('>');
  return cut <= 0 ? undefined : path.slice(0, cut);
}

/**
 * Indices of the body segments of authors' sections: for each heading whose text is a title and
 * whose parent element holds no text before it, the heading and the segments right after it whose
 * path lies inside that parent element.
 */
export function findAuthorSections(segments: readonly AuthorSectionInput[], titles: ReadonlySet<string>): number[] {
  const found = new Set<number>();
  segments.forEach((s, i) => {
    if (!s.heading || s.path === undefined || !titles.has(normaliseTitle(s.text))) return;
    const parent = parentPath(s.path);
    if (parent === undefined) return;
    const inside = (p: string | undefined): boolean => p !== undefined && p.startsWith(`${parent}>`);
    // the heading opens its parent element: no text of that element comes before it
    if (i > 0 && inside(segments[i - 1]?.path)) return;
    for (let j = i; j < segments.length && inside(segments[j]?.path); j++) {
      const t = segments[j];
      if (t !== undefined && t.label === 'body' && t.candidate) found.add(j);
    }
  });
  return [...found].sort((a, b) => a - b);
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const AUTHOR_SECTION_HIT: RuleHit = relabelHit('context.author-section', 'navigation', 'a section headed "About the author" (or the reviewer): the author\'s bio is not the article');
