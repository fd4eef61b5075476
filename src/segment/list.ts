/**
 * Is a line really a list? Hijack kits join keywords with `-`, `_`, `|` or `,`; portals run
 * related headlines together with spaces; breadcrumbs use `>`. A list keeps its items so rules
 * can ask what share of them are spam phrases.
 */
import { collapseSpaces } from './whitespace.js';

export interface ListShape {
  separator: string;
  items: string[];
}

/** Fewest items for a list joined by an explicit separator (`|`, `>`, spaced or CJK-bound `-`/`_`). */
export const MIN_ITEMS_EXPLICIT = 3;
/** Longest mean item of a `>` list (breadcrumb crumbs, a headline as the last crumb included). */
export const MAX_MEAN_ITEM_CHARS_ARROW = 40;
/** Fewest items for a comma list; commas also join clauses, so more items are needed. */
export const MIN_ITEMS_COMMA = 4;
/** Longest mean item of a comma list (keyword titles: 6–14 chars; the seed's comma clauses average 20+). */
export const MAX_MEAN_ITEM_CHARS_COMMA = 18;
/** Fewest items for a whitespace-joined list of headlines. */
export const MIN_ITEMS_SPACE = 5;
/** Mean item length bounds for headlines run together with spaces (CJK headlines are 8–40 chars). */
export const MIN_MEAN_ITEM_CHARS_SPACE = 6;
export const MAX_MEAN_ITEM_CHARS_SPACE = 60;
/** A space list may hold at most this many 。 per item (the seed's 29-headline run has none). */
export const MAX_FULL_STOPS_PER_ITEM_SPACE = 0.1;
/** At most this share of the characters of a space list may be Latin letters (English prose is space-separated words). */
export const MAX_LATIN_SHARE_SPACE = 0.3;

const SENTENCE_END = /[。！？!?]|\.(?=\s|$)/g;
const FULL_STOP = /。|\.(?=\s|$)/g;
const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

interface Candidate {
  separator: string;
  /** A cheap test that the pattern can match at all: when it fails, the split would give one item, which no candidate accepts (it saves splitting every paragraph five times). */
  possible: RegExp;
  pattern: RegExp;
  accept(items: string[], text: string): boolean;
}

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

function meanLength(items: string[]): number {
  return items.reduce((sum, item) => sum + item.length, 0) / Math.max(1, items.length);
}

const CANDIDATES: Candidate[] = [
  { separator: '|', possible: /[|｜]/, pattern: /\s*[|｜]\s*/u, accept: (items) => items.length >= MIN_ITEMS_EXPLICIT },
  {
    separator: '>',
    possible: /[>»›＞]/,
    pattern: /\s+[>»›]\s+|\s*[>»›]{2}\s*|\s*＞\s*|(?<=\p{Script=Han})[>»›](?=\p{Script=Han})/u,
    // breadcrumbs are short and hold no full stop (a headline crumb may end in ?); prose with comparison signs does
    accept: (items, text) => items.length >= MIN_ITEMS_EXPLICIT && meanLength(items) <= MAX_MEAN_ITEM_CHARS_ARROW && countMatches(text, FULL_STOP) === 0,
  },
  {
    separator: '-',
    possible: /[-–—_]/,
    // spaced dashes anywhere; bare - and _ only between non-ASCII letters (keyword titles), never in English words.
    // A bare run is matched at most 64 at a time (no separator is longer): unbounded, ten million em dashes in
    // one segment threw "Maximum call stack size exceeded" out of split (session 36); a longer run is cut into
    // several separators, with empty items between them, which are dropped
    pattern: /\s+[-–—_]\s+|(?<=[^\x00-\x7F])[-_–—]{1,64}(?=[^\x00-\x7F])|(?<=[0-9a-zA-Z])[-_](?=\p{Script=Han})|(?<=\p{Script=Han})[-_](?=[0-9a-zA-Z])/u,
    accept: (items) => items.length >= MIN_ITEMS_EXPLICIT && meanLength(items) >= 2,
  },
  {
    separator: ',',
    possible: /[,，、]/,
    pattern: /\s*[,，、]\s*/u,
    accept: (items, text) =>
      items.length >= MIN_ITEMS_COMMA &&
      meanLength(items) <= MAX_MEAN_ITEM_CHARS_COMMA &&
      countMatches(text, SENTENCE_END) === 0,
  },
  {
    separator: ' ',
    // a space list needs Han characters (accept() rejects it otherwise): English paragraphs skip the split
    possible: /\p{Script=Han}/u,
    pattern: /\s+/u,
    accept: (items, text) => {
      if (items.length < MIN_ITEMS_SPACE) return false;
      const mean = meanLength(items);
      if (mean < MIN_MEAN_ITEM_CHARS_SPACE || mean > MAX_MEAN_ITEM_CHARS_SPACE) return false;
      const han = countMatches(text, HAN);
      const latin = countMatches(text, LATIN);
      if (han === 0 || latin > MAX_LATIN_SHARE_SPACE * text.length) return false;
      // prose joined by spaces ends its sentences with 。 (Japanese puts spaces between sentences); headline runs rarely do
      return countMatches(text, /。/g) <= items.length * MAX_FULL_STOPS_PER_ITEM_SPACE;
    },
  },
];

/** The list shape of `text`, or undefined when it reads as one piece of prose or one phrase. */
export function detectList(raw: string): ListShape | undefined {
  // one space per whitespace run first: the separator patterns (\s*|\s*, \s+>\s+ …) backtrack
  // quadratically over a long run of whitespace. Block text usually has only single spaces
  // already (the segmenters collapse it): then there is nothing to replace, and no copy is made.
  const text = collapseSpaces(raw);
  for (const candidate of CANDIDATES) {
    if (!candidate.possible.test(text)) continue;
    const items = text
      .split(candidate.pattern)
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
    if (candidate.accept(items, text)) return { separator: candidate.separator, items };
  }
  return undefined;
}
