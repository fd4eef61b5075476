/**
 * The baseline the issue measures pagesift against: a public keyword list matched as substrings,
 * as a moderation pipeline without pagesift would use it. A page is flagged when any term occurs
 * in its text (lower-cased); its spam tokens are the matched occurrences. Lists are read from files
 * outside the repository (`--keyword-list FILE`, one term a line; their licences are their own).
 */
import { readFileSync } from 'node:fs';

export interface KeywordList {
  name: string;
  terms: string[];
}

export function loadKeywordList(path: string): KeywordList {
  const terms = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const term = line.trim().toLowerCase();
    if (term !== '') terms.add(term);
  }
  if (terms.size === 0) throw new Error(`${path}: no terms`);
  return { name: path, terms: [...terms] };
}

/** The occurrences of the lists' terms in `text` (overlapping terms each counted), as texts. */
export function keywordMatches(lists: readonly KeywordList[], text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const list of lists) {
    for (const term of list.terms) {
      for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) out.push(text.slice(at, at + term.length));
    }
  }
  return out;
}
