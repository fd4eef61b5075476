import type { LexiconHit } from '../lexicon/matcher.js';

/**
 * Keyword strings: words of one lexicon strung together with nothing but separators between them
 * ("哪里买最便宜.心得文.试用文.分享文.好用.推荐.评价", "周年庆 使用心得 比价"). A writer puts such
 * words into sentences; a template that writes search queries for a crawler strings them together.
 * The shopping-query words of Taiwanese affiliate autoblogs (data/lexicons/zh/shopping-queries.txt)
 * are the ordinary words of honest review blogs one by one, and their template only in a string.
 */

/** Characters that may stand between two keywords of a string: spaces and the marks keyword strings are joined with. */
const CHAIN_SEPARATORS = new Set([' ', '\t', '\n', '.', ',', '、', '/', '|', '·', '-', '_', '~', '+', '—', '–', '．', '，', '～']);
/**
 * At most this many separator characters between two keywords of a string ("比价 - 周年庆" has 3).
 * More is a list's layout or a sentence, not a string.
 */
export const CHAIN_MAX_GAP = 3;
/**
 * A string is at least this many hits in a row: two words side by side are what any title or
 * sentence may hold ("开箱评价"); a review blog's own title strings three at most once
 * (see the rule spam.shopping-queries in data/rules/10_spam.json for the threshold it reads).
 */
export const CHAIN_MIN_HITS = 3;

function isGap(text: string, from: number, to: number): boolean {
  if (to < from || to - from > CHAIN_MAX_GAP) return false;
  for (let i = from; i < to; i++) if (!CHAIN_SEPARATORS.has(text[i]!)) return false;
  return true;
}

/**
 * Per category, the weight of the hits that stand in keyword strings of CHAIN_MIN_HITS or more
 * hits (`normalized` is the text the hits' offsets point into). Hits overlapping the previous one
 * of their category are skipped.
 */
export function chainedWeights(hits: readonly LexiconHit[], normalized: string): Map<string, number> {
  const byCategory = new Map<string, LexiconHit[]>();
  for (const hit of hits) {
    let list = byCategory.get(hit.category);
    if (list === undefined) byCategory.set(hit.category, (list = []));
    list.push(hit);
  }
  const out = new Map<string, number>();
  for (const [category, list] of byCategory) {
    if (list.length < CHAIN_MIN_HITS) continue;
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let total = 0;
    let run: LexiconHit[] = [];
    const close = (): void => {
      if (run.length >= CHAIN_MIN_HITS) for (const h of run) total += h.weight;
    };
    for (const hit of list) {
      const last = run[run.length - 1];
      if (last !== undefined && hit.start < last.end) continue;
      if (last !== undefined && isGap(normalized, last.end, hit.start)) run.push(hit);
      else {
        close();
        run = [hit];
      }
    }
    close();
    if (total > 0) out.set(category, total);
  }
  return out;
}
