/**
 * Evaluation metric of the labelled page corpus (see the corpus README, sections
 * "Metric" and "Conventions"). Pure functions, no I/O.
 *
 * Summary of the metric:
 *   tokens(s)  NFKC, lower-case; every Han ideograph, kana and Hangul character is one token,
 *              other runs of letters (with their combining marks) and digits are one token each.
 *   Bags       multisets of tokens; overlap |pred ∩ gold| = Σ min(count_pred, count_gold).
 *   Per page   P = |pred ∩ gold| / |pred|  (1 if pred and gold are empty, 0 if only pred is empty)
 *              R = |pred ∩ gold| / |gold|  (1 if gold is empty)
 *   Per set    mean P, mean R over the pages with gold, F1 = 2PR/(P+R) of those two means
 *              (F1 of means, NOT mean of per-page F1: ScrapingHub benchmark convention).
 *   Snippets   accuracy = (body snippets found + boilerplate snippets dropped) / all snippets,
 *              pooled over all snippets of all pages (trafilatura convention).
 *   Page level recall over pageSpam=true pages, false-positive rate over pageSpam=false pages.
 */

/** Token bag: token → number of occurrences. */
export type Bag = ReadonlyMap<string, number>;

/** Unicode normalisation form applied before lower-casing. */
export const NORMALIZATION_FORM = 'NFKC';

/**
 * Scripts whose characters are one token each. The README writes `\p{Han}` etc. (Python `regex`
 * style); JavaScript only accepts scripts in the explicit `\p{Script=…}` form, which is the same
 * property (Script, not Script_Extensions — with Script_Extensions, CJK punctuation such as `。`
 * or `、` would become tokens).
 */
const SINGLE_CHAR_SCRIPTS =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';

/**
 * The README regex, verbatim apart from the `\p{Script=…}` spelling:
 * `[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]|(?:(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])\p{L}\p{M}*|\p{N})+`
 */
export const TOKEN_PATTERN =
  `[${SINGLE_CHAR_SCRIPTS}]|(?:(?![${SINGLE_CHAR_SCRIPTS}])\\p{L}\\p{M}*|\\p{N})+`;

/** Regex flags: global (all matches) + unicode (property escapes, code-point semantics). */
export const TOKEN_FLAGS = 'gu';

/** Value of P when both pred and gold are empty. */
export const PRECISION_BOTH_EMPTY = 1;
/** Value of P when pred is empty but gold is not. */
export const PRECISION_PRED_EMPTY = 0;
/** Value of R when gold is empty (whatever pred is). */
export const RECALL_GOLD_EMPTY = 1;

/** Tokens of `s`, in order, with repeats. */
export function tokens(s: string): string[] {
  const normalised = s.normalize(NORMALIZATION_FORM).toLowerCase();
  // A fresh RegExp per call: a shared global regex carries `lastIndex` state.
  return normalised.match(new RegExp(TOKEN_PATTERN, TOKEN_FLAGS)) ?? [];
}

/** Multiset of the given tokens. */
export function bagOf(toks: Iterable<string>): Bag {
  const bag = new Map<string, number>();
  for (const t of toks) bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
}

/**
 * Bag of the tokens of several texts. Each text is tokenised on its own, which equals tokenising
 * the texts joined with a separator (e.g. "\n"): tokens never run across two segments/regions.
 * This is how "tokens of all segments … (concatenated)" is read: joining two segments without a
 * separator could glue `foo` + `bar` into a token `foobar` that is on neither segment.
 */
export function bagOfTexts(texts: Iterable<string>): Bag {
  const bag = new Map<string, number>();
  for (const text of texts) {
    for (const t of tokens(text)) bag.set(t, (bag.get(t) ?? 0) + 1);
  }
  return bag;
}

/** Number of tokens in the bag, counting repeats. */
export function bagSize(bag: Bag): number {
  let n = 0;
  for (const c of bag.values()) n += c;
  return n;
}

/** |a ∩ b| for multisets: Σ over tokens of min(count in a, count in b). */
export function bagOverlap(a: Bag, b: Bag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const [t, c] of small) n += Math.min(c, large.get(t) ?? 0);
  return n;
}

/** True when every token of `part` occurs in `whole` at least as often (multiset containment). */
export function bagContains(whole: Bag, part: Bag): boolean {
  for (const [t, c] of part) {
    if ((whole.get(t) ?? 0) < c) return false;
  }
  return true;
}

/** Scores of one page for one label. */
export interface PageScore {
  precision: number;
  recall: number;
  /** |pred ∩ gold| */
  overlap: number;
  /** |pred| */
  predTokens: number;
  /** |gold| */
  goldTokens: number;
}

/** Per-page P and R with the README's empty-set conventions. */
export function pageScore(pred: Bag, gold: Bag): PageScore {
  const overlap = bagOverlap(pred, gold);
  const predTokens = bagSize(pred);
  const goldTokens = bagSize(gold);
  let precision: number;
  if (predTokens > 0) precision = overlap / predTokens;
  else precision = goldTokens === 0 ? PRECISION_BOTH_EMPTY : PRECISION_PRED_EMPTY;
  const recall = goldTokens === 0 ? RECALL_GOLD_EMPTY : overlap / goldTokens;
  return { precision, recall, overlap, predTokens, goldTokens };
}

/** Per-page P/R from raw texts: pred = texts the system labelled L, gold = gold texts of L. */
export function scoreTexts(predTexts: Iterable<string>, goldTexts: Iterable<string>): PageScore {
  return pageScore(bagOfTexts(predTexts), bagOfTexts(goldTexts));
}

/** Harmonic mean 2PR/(P+R); 0 when P+R = 0. */
export function f1(precision: number, recall: number): number {
  const sum = precision + recall;
  return sum === 0 ? 0 : (2 * precision * recall) / sum;
}

/** Aggregate over the pages that have gold for a label. */
export interface MeanScores {
  /** Number of pages averaged. */
  pages: number;
  /** Mean of per-page P; null when no page has gold. */
  precision: number | null;
  /** Mean of per-page R; null when no page has gold. */
  recall: number | null;
  /** F1 of the two means (not the mean of per-page F1); null when no page has gold. */
  f1: number | null;
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Mean P, mean R and F1-of-means over per-page scores. */
export function aggregate(scores: readonly Pick<PageScore, 'precision' | 'recall'>[]): MeanScores {
  const precision = mean(scores.map((s) => s.precision));
  const recall = mean(scores.map((s) => s.recall));
  return {
    pages: scores.length,
    precision,
    recall,
    f1: precision === null || recall === null ? null : f1(precision, recall),
  };
}

/** Snippet gold of one page. */
export interface SnippetGold {
  body: readonly string[];
  boilerplate: readonly string[];
}

/** Snippet outcome of one page. */
export interface SnippetTally {
  bodyFound: number;
  bodyTotal: number;
  boilerplateDropped: number;
  boilerplateTotal: number;
}

/**
 * "All its tokens are in pred_body" is implemented as MULTISET containment: a snippet with a token
 * twice needs that token at least twice in pred_body. It is the reading consistent with the rest of
 * the metric (bags everywhere); it is the stricter reading for body snippets and the more lenient one
 * for boilerplate snippets. A perfect extractor (pred_body = gold body) still scores 1 under it:
 * body snippets are sentences of the gold body, and boilerplate snippets were chosen "not made only
 * of tokens that also occur in the gold body", so their bag is not contained in the gold body's bag.
 * A snippet with no tokens at all is vacuously contained (found if body, kept if boilerplate);
 * the corpus has none (body snippets have ≥ 8 tokens, boilerplate ≥ 30 characters).
 */
export function snippetIn(predBody: Bag, snippet: string): boolean {
  return bagContains(predBody, bagOf(tokens(snippet)));
}

/** Which snippets of one page are found (body) / dropped (boilerplate) by pred_body. */
export function tallySnippets(predBody: Bag, gold: SnippetGold): SnippetTally {
  let bodyFound = 0;
  for (const s of gold.body) if (snippetIn(predBody, s)) bodyFound++;
  let boilerplateDropped = 0;
  for (const s of gold.boilerplate) if (!snippetIn(predBody, s)) boilerplateDropped++;
  return {
    bodyFound,
    bodyTotal: gold.body.length,
    boilerplateDropped,
    boilerplateTotal: gold.boilerplate.length,
  };
}

/** Pooled snippet accuracy. */
export interface SnippetAccuracy extends SnippetTally {
  /** Pages with at least one snippet. */
  pages: number;
  /** (bodyFound + boilerplateDropped) / (bodyTotal + boilerplateTotal); null with no snippets. */
  accuracy: number | null;
}

/**
 * Accuracy pooled over all snippets of all pages (a page with 20 snippets weighs twice a page
 * with 10), as in "accuracy = (found body + dropped boilerplate) / all snippets".
 */
export function snippetAccuracy(tallies: readonly SnippetTally[]): SnippetAccuracy {
  const sum: SnippetTally = { bodyFound: 0, bodyTotal: 0, boilerplateDropped: 0, boilerplateTotal: 0 };
  let pages = 0;
  for (const t of tallies) {
    if (t.bodyTotal + t.boilerplateTotal === 0) continue;
    pages++;
    sum.bodyFound += t.bodyFound;
    sum.bodyTotal += t.bodyTotal;
    sum.boilerplateDropped += t.boilerplateDropped;
    sum.boilerplateTotal += t.boilerplateTotal;
  }
  const total = sum.bodyTotal + sum.boilerplateTotal;
  const correct = sum.bodyFound + sum.boilerplateDropped;
  return { ...sum, pages, accuracy: total === 0 ? null : correct / total };
}

/** Page-level spam verdict of one page. */
export interface PageVerdict {
  /** Gold: truth.json pageSpam. */
  pageSpam: boolean;
  /** System: report.verdict.spam. */
  flagged: boolean;
}

/** Page-level recall and false-positive rate. */
export interface PageLevel {
  positives: number;
  truePositives: number;
  /** truePositives / positives; null when there is no pageSpam=true page. */
  recall: number | null;
  negatives: number;
  falsePositives: number;
  /** falsePositives / negatives; null when there is no pageSpam=false page. */
  falsePositiveRate: number | null;
}

export function pageLevel(verdicts: readonly PageVerdict[]): PageLevel {
  let positives = 0;
  let truePositives = 0;
  let negatives = 0;
  let falsePositives = 0;
  for (const v of verdicts) {
    if (v.pageSpam) {
      positives++;
      if (v.flagged) truePositives++;
    } else {
      negatives++;
      if (v.flagged) falsePositives++;
    }
  }
  return {
    positives,
    truePositives,
    recall: positives === 0 ? null : truePositives / positives,
    negatives,
    falsePositives,
    falsePositiveRate: negatives === 0 ? null : falsePositives / negatives,
  };
}
