import { countScripts } from '../tokenize/script.js';
import type { BayesModel, InlineFeature, InlineKind } from '../bayes/model.js';
import { isCjkUnit, isDigitUnit } from '../bayes/tokens.js';
import { sigmoid } from '../bayes/model.js';
import type { SegmentBayes } from '../bayes/score.js';
import { isWordUnit } from '../tokenize/word-chars.js';
import { variantOf, type CountVariants, type Variant, type VariantCounts } from '../tokenize/variant.js';
import { indexRepeats, REPEAT_GRAM, type RepeatIndex } from './repeats.js';
import { maximalRuns, type Run } from './runs.js';
import { occurrences, pageSupport, pageUnitCounts, type UnitCounts } from './support.js';
import { pageTextIndex, type PageTextIndex } from './text-index.js';

/**
 * Candidate injections inside one segment and the evidence that each is spliced in rather than
 * written there: the model's odds of the run against its sentence, the same words repeated across
 * the page, a switch of script (Simplified inside Traditional text), separators typical of keyword
 * strings. A logistic model fitted on labelled documents (benchmarks/train) weighs the evidence.
 */

/** Units on each side of a run that make its sentence context. */
export const CONTEXT_UNITS = 40;
/** Repeats of a run on the page beyond this count no more. */
export const MAX_REPEATS = 5;
/**
 * Each character inside a spam-lexicon term (data/lexicons) adds this to its Bayes score before runs
 * are sought: the lexicons name hijack-kit vocabulary (一区二区, 久久精品…) that a model trained on
 * one crawl may have seen too rarely. e^1 ≈ 2.7× likelier in spam, per character.
 */
export const LEXICON_CHAR_SCORE = 1;

/** Characters that join the phrases of a keyword string (`A-B-C`, `A|B`, `A,B`). */
const SEPARATORS = new Set(['-', '|', '_', ',', '、', '/', '—', '–', '·', ' ']);

export interface PageContext {
  /** Every segment's normalised text, joined: where repeats are counted. */
  normalizedText: string;
  /** The copies of phrases in `normalizedText` (text-index.ts): what a scan of it would find. */
  textIndex: PageTextIndex;
  countVariants: CountVariants;
  /** Stretches repeated across the page (repeats.ts): candidates even where the model knows no word. */
  repeats: RepeatIndex;
  /**
   * The page's support for a run (support.ts pageSupport), worked out once per distinct run and
   * within SUPPORT_MAX_SCAN_CHARS: each new run scans the page text.
   */
  support(run: string): number;
  /** Copies of a run in the page text, up to MAX_REPEATS + 1, counted within REPEATS_MAX_SCAN_CHARS (then 1: its own). */
  copiesOf(run: string): number;
}

/**
 * How many characters of page text the support of a page's runs may scan in all (each distinct run
 * scans the whole page text, a few times). Without a bound a page of N lines that each repeat a
 * different phrase costs N scans of the page: a crafted 200 KB page took 25 s (benchmarks/
 * pathological). Over every page of the development corpus and the labelled pool (4,679 pages,
 * session 12) the most a page scanned was 27 M characters before each run was judged once, and
 * 19 M after (one zh-gbk page of 34,000 characters with 556 distinct runs; the next 1.0 M): the
 * bound leaves every one of them as it was. Past it a run's support is 1, the page's own words,
 * which cuts nothing.
 */
export const SUPPORT_MAX_SCAN_CHARS = 32_000_000;
/** The support of a run once the page's scan budget is spent: the page's own words. */
const UNJUDGED_SUPPORT = 1;

/**
 * How many characters of page text may be scanned in all to count the copies of runs the gram
 * index cannot answer (runs shorter than REPEAT_GRAM, runs without Han or kana, runs of pages too
 * long to index): each such run is charged the whole page text (it scans up to its MAX_REPEATS +
 * 1st copy, the whole text when it is found fewer times). Unbounded, the scans grow with runs × page, faster than the page:
 * 10 MB of random bytes had 38 such runs and scanned 360 M characters (session 26). On the guard
 * sets (l3s-gn1, readability, zh-gbk) the most a page scanned was 5.1 M characters, a zh-gbk page;
 * the wcxb-dev training folds and the guard sets came out the same with the bound. Past it a run
 * counts as found once, its own copy: no evidence of repetition, which cuts nothing.
 */
export const REPEATS_MAX_SCAN_CHARS = 32_000_000;
/** The copies of a run once the page's repeat-scan budget is spent. */
const UNCOUNTED_COPIES = 1;

/** The page context of a page's normalised segment texts. */
export function pageContext(normalizedTexts: readonly string[], countVariants: CountVariants): PageContext {
  const normalizedText = normalizedTexts.join('\n');
  let counts: UnitCounts | undefined;
  const unitCountsOnce = (): UnitCounts => (counts ??= pageUnitCounts(normalizedText));
  const supportOf = new Map<string, number>();
  let scanned = 0;
  const support = (run: string): number => {
    let known = supportOf.get(run);
    if (known === undefined) {
      scanned += normalizedText.length;
      known = scanned > SUPPORT_MAX_SCAN_CHARS ? UNJUDGED_SUPPORT : pageSupport(run, normalizedText, unitCountsOnce());
      supportOf.set(run, known);
    }
    return known;
  };
  const textIndex = pageTextIndex(normalizedText);
  let repeatScanned = 0;
  const copiesOf = (run: string): number => {
    // charged the whole text as a scan would be, whether the index answers or not: the budget, and so the answer, stays the scan's
    repeatScanned += normalizedText.length;
    return repeatScanned > REPEATS_MAX_SCAN_CHARS ? UNCOUNTED_COPIES : textIndex.occurrences(run, MAX_REPEATS + 1);
  };
  return { normalizedText, textIndex, countVariants, repeats: indexRepeats(normalizedTexts), support, copiesOf };
}

export interface Candidate {
  start: number;
  end: number;
  /** Which fitted model weighs it: how it was found, and the script of its text. */
  kind: InlineKind;
  features: Record<InlineFeature, number>;
  /**
   * Simplified text in Traditional text, by characters Traditional text does not use: the run holds
   * at least one such character (tokenize/foreign-chars.ts) and no Traditional-only one, and the
   * rest of its segment is Traditional. Not a fitted feature: evidence.ts reads it for kit strings.
   */
  foreignScript: boolean;
  /**
   * The same test with the text around judged by its foreign characters only (isTraditionalAround):
   * looser, for the strongest pattern alone (evidence.ts isForeignKit: a long phrase spliced three or
   * more times whose words the page uses nowhere else).
   */
  foreignInConvertedText: boolean;
  /** Word characters of the run other than digits: the length the kit tests of evidence.ts read (not a fitted feature). */
  letters: number;
  /**
   * The highest lexicon weight of the spam-lexicon terms that start inside the run (0: none). The
   * lexicons give a term less than full weight where it is also the ordinary word of news (博彩,
   * 开奖直播): evidence.ts isLexiconCut reads it. Not a fitted feature.
   */
  termWeight: number;
}

function wordUnits(normalized: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isWordUnit(normalized.charCodeAt(i))) n++;
  return n;
}

/**
 * Occurrences of a run on the page. A run of REPEAT_GRAM units or more: the fewest occurrences of
 * any of its grams in the page's gram index (an upper bound, exact for a kit's repeated string, and
 * a hash lookup per gram instead of a scan of the page); a shorter run: counted in the page text.
 */
function repeatsOf(normalized: string, start: number, end: number, page: PageContext): number {
  const run = normalized.slice(start, end);
  if (run.length < REPEAT_GRAM || !page.repeats.searched(run)) return page.copiesOf(run);
  let fewest = Number.POSITIVE_INFINITY;
  for (let i = start; i + REPEAT_GRAM <= end && fewest > 1; i++) fewest = Math.min(fewest, page.repeats.countAt(normalized, i));
  return Math.max(1, fewest);
}

function meanScore(scores: Float64Array, normalized: string, from: number, to: number): number {
  let sum = 0;
  let n = 0;
  for (let i = Math.max(0, from); i < Math.min(to, scores.length); i++) {
    if (!isWordUnit(normalized.charCodeAt(i))) continue;
    sum += scores[i]!;
    n++;
  }
  return n === 0 ? 0 : sum / n;
}

/** The variant counts of a segment less `copies` copies of a run in it. */
function withoutCopies(whole: VariantCounts, run: VariantCounts, copies: number): VariantCounts {
  return { traditional: whole.traditional - copies * run.traditional, simplified: whole.simplified - copies * run.simplified, foreign: whole.foreign - copies * run.foreign };
}

/**
 * Whether the text around a run is Traditional, as `variantOf` judges it but against the characters
 * foreign to Traditional text only (tokenize/foreign-chars.ts): a page converted to Traditional by a
 * mainland firm keeps Simplified forms that Traditional text uses too (于, 后, 范 in 后開門, 應用范圍),
 * which would make a Traditional spec list look mixed; 们, 儿, 经 do not occur in it.
 */
function isTraditionalAround(context: VariantCounts): boolean {
  return variantOf({ traditional: context.traditional, simplified: context.foreign }) === 'traditional';
}

/** `foreignScript` and `foreignInConvertedText` of a run, given its segment less its copies (undefined: the run holds no foreign character). */
function foreignTests(inRun: VariantCounts, around: VariantCounts | undefined): Pick<Candidate, 'foreignScript' | 'foreignInConvertedText'> {
  const simplifiedRun = around !== undefined && inRun.foreign > 0 && inRun.traditional === 0;
  return { foreignScript: simplifiedRun && variantOf(around) === 'traditional', foreignInConvertedText: simplifiedRun && isTraditionalAround(around) };
}

/** Whether a run is written in another variant than the text around it: by the variants of both, or by characters foreign to the Traditional text around it (`foreignScript`). */
function switchesScript(run: Variant, context: Variant, foreignScript: boolean): number {
  return foreignScript || (run !== undefined && context !== undefined && run !== context) ? 1 : 0;
}

/**
 * A segment is Japanese text when at least this share of its Han and kana letters are kana. Its
 * kanji are then neither Simplified nor Traditional Chinese: 会, 国 and 学 are the shinjitai forms
 * that Simplified Chinese shares, beside 費 and 談 that look Traditional, so a Japanese page's own
 * subject (出会い系サイト on a consumer centre's page) read as a switch of script (found
 * development batch dev3, session 16). On the pool, Japanese documents have 0.20 to 0.94 of
 * their Han and kana letters in kana, Chinese ones at most 0.05 but for two Traditional ones
 * (0.11, a spam page, and 0.22, a page quoting Japanese).
 */
export const JAPANESE_MIN_KANA_SHARE = 0.15;

/** Whether a text is written in Japanese (JAPANESE_MIN_KANA_SHARE), so that Chinese script variants say nothing of it. */
export function isJapaneseText(text: string): boolean {
  const { han, kana } = countScripts(text);
  return kana > 0 && kana >= JAPANESE_MIN_KANA_SHARE * (han + kana);
}

/** A span of a spam-lexicon term in the segment's text, with the term's lexicon weight. */
export interface TermSpan {
  start: number;
  end: number;
  weight: number;
}

/**
 * Runs of the segment that could be injected text, with their evidence. `spamTerms` are the
 * segment's spam-lexicon hits.
 */
export function inlineCandidates(model: BayesModel, text: string, normalized: string, bayes: SegmentBayes, spamTerms: readonly TermSpan[], page: PageContext): Candidate[] {
  // no per-character scores (features/segment-features.ts leaves them out where no cut is possible): no candidates
  if (bayes.charScores.length !== normalized.length || normalized.length === 0) return [];
  const { bias, minRunScore, minRunChars } = model.file.inline;
  const isWord = (i: number): boolean => isWordUnit(normalized.charCodeAt(i));
  let scores = bayes.charScores;
  const inTerm = new Uint8Array(normalized.length);
  if (spamTerms.length > 0) {
    scores = Float64Array.from(scores);
    for (const term of spamTerms) {
      for (let i = term.start; i < term.end; i++) {
        if (inTerm[i] === 1) continue;
        inTerm[i] = 1;
        scores[i]! += LEXICON_CHAR_SCORE;
      }
    }
  }
  const runs: (Run & { repeatOnly: number })[] = maximalRuns(scores, isWord, bias)
    .filter((r) => r.score >= minRunScore)
    .map((r) => ({ ...r, repeatOnly: 0 }));
  // a repeated stretch is weighed even where it overlaps a run: a run that spilled into the
  // sentence around a copy may be rejected while the stretch itself is the injection
  for (const [start, end] of page.repeats.stretches(normalized)) {
    let score = 0;
    for (let i = start; i < end; i++) if (isWord(i)) score += scores[i]! - bias;
    runs.push({ start, end, score, repeatOnly: 1 });
  }
  if (runs.length === 0) return [];
  runs.sort((a, b) => a.start - b.start);
  const segmentWords = Math.max(1, wordUnits(normalized, 0, normalized.length));
  const whole = page.countVariants(text);
  const japanese = isJapaneseText(text);
  const out: Candidate[] = [];
  for (const run of runs) {
    const chars = wordUnits(normalized, run.start, run.end);
    if (chars < minRunChars) continue;
    let termChars = 0;
    let cjkChars = 0;
    let digits = 0;
    for (let i = run.start; i < run.end; i++) {
      if (!isWord(i)) continue;
      if (inTerm[i] === 1) termChars++;
      const code = normalized.charCodeAt(i);
      if (isCjkUnit(code)) cjkChars++;
      else if (isDigitUnit(code)) digits++;
    }
    let termWeight = 0;
    for (const term of spamTerms) if (term.start >= run.start && term.start < run.end) termWeight = Math.max(termWeight, term.weight);
    const kind: InlineKind = `${run.repeatOnly === 1 ? 'repeat' : 'run'}-${cjkChars * 2 >= chars ? 'cjk' : 'latin'}`;
    const runText = text.slice(run.start, run.end);
    const inRun = page.countVariants(runText);
    const around = withoutCopies(whole, inRun, 1);
    let separators = 0;
    for (const ch of runText) if (SEPARATORS.has(ch)) separators++;
    const support = page.support(normalized.slice(run.start, run.end));
    const repeats = Math.min(MAX_REPEATS, repeatsOf(normalized, run.start, run.end, page)) - 1;
    const contextMean = (meanScore(scores, normalized, run.start - CONTEXT_UNITS, run.start) + meanScore(scores, normalized, run.end, run.end + CONTEXT_UNITS)) / 2;
    out.push({
      start: run.start,
      end: run.end,
      kind,
      letters: chars - digits,
      termWeight,
      features: {
        runScore: run.score,
        runMean: meanScore(scores, normalized, run.start, run.end),
        contextMean,
        logChars: Math.log1p(chars),
        repeats,
        scriptSwitch: japanese ? 0 : switchesScript(variantOf(inRun), variantOf(around), foreignTests(inRun, around).foreignScript),
        segmentShare: chars / segmentWords,
        separators: separators / runText.length,
        lexiconShare: termChars / chars,
        pageSupport: support,
      },
      // the rules read the text around every copy of the run: a kit splices its string into one
      // paragraph again and again, and twenty copies of a Simplified string make the Traditional
      // paragraph around any one of them look mixed. (The fitted feature above keeps the text
      // around one copy: refitted with every copy left out, the model found 5 fewer spam documents
      // out of fold, session 8.)
      // (the copies are counted only for a run that could be foreign: most runs hold no foreign character)
      ...foreignTests(inRun, inRun.foreign > 0 && !japanese ? withoutCopies(whole, inRun, Math.max(1, occurrences(text, runText))) : undefined),
    });
  }
  return out;
}

/** Probability that a candidate is injected spam, from the fitted weights of its kind in the model file. */
export function injectionProbability(model: BayesModel, candidate: Pick<Candidate, 'kind' | 'features'>): number {
  const { weights, intercept } = model.file.inline.fits[candidate.kind];
  let z = intercept;
  for (const name of Object.keys(candidate.features) as InlineFeature[]) z += (weights[name] ?? 0) * candidate.features[name];
  return sigmoid(z);
}

/** The probability at which a candidate of this kind is cut out (fitted with the model; 1 = never). */
export function injectionThreshold(model: BayesModel, candidate: Pick<Candidate, 'kind'>): number {
  return model.file.inline.fits[candidate.kind].minP;
}
