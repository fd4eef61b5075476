import type { SegmentBayes } from '../bayes/score.js';
import { scoreSegment } from '../bayes/score.js';
import { CJK_CLASS } from '../bayes/tokens.js';
import type { BayesModel } from '../bayes/model.js';
import { countScripts } from '../tokenize/script.js';
import { tokenize } from '../tokenize/tokenize.js';
import { countEllipses } from '../features/ellipses.js';

/**
 * What a doorway page looks like as a whole, measured over its body text. Doorway filler — pages
 * stitched from sentences of unrelated articles, scraped search snippets, templated keyword text —
 * holds few spam words per segment, so no segment is spam on its own; together the page is.
 * Each feature is one thing a reader would point at:
 *
 * - `pageP`: the Bayes model's spam probability of the body segments, weighted by their length;
 * - `strongShare`: the share of the body's token features that are strong spam evidence;
 * - `openingTop`: the strongest spam evidence in the opening of the body (a doorway's keyword
 *   heading: "北京快乐8外围赌网站, …" over stitched news);
 * - `ellipses`: scraped search snippets, cut with "…" (log of 1 + ellipses per 1,000 characters;
 *   countEllipses);
 * - `support`: the mean share of a sentence's words found in another sentence of the page. An
 *   article keeps coming back to its people, places and subject; a page stitched from unrelated
 *   articles does not (on the pool's training folds 0.35 in doorway pages, 0.55 in clean ones);
 * - `orphans`: the share of sentences none of whose words occur elsewhere on the page;
 * - `headedOrphans`: `openingTop` × `orphans`, a spam heading over sentences that share nothing with
 *   one another ("九五至尊2娱乐手机版" over stitched news): either alone is common on clean pages (a
 *   news page opening on a casino story; a page of short unrelated notices), the two together are not.
 *   Out of fold on the pool's training folds, at the same clean rate, it took the doorway pages found
 *   from 26 to 34 of 341 (session 8, benchmarks/RESULTS.md);
 * - `stuffing`: keyword stuffing, the share of the body's phrases (word 3-grams of Latin text,
 *   4-character runs of Han and kana text) taken by its most repeated one (countStuffing): a
 *   doorway says its target query again and again ("in law house plans", "看護師・薬剤師求人");
 * - `tagEnds`: pieces of HTML left in the text where a scraper cut it (log of 1 + tag ends per 1,000
 *   characters whose tag does not start before them; countTagEnds): a page stitched from scraped
 *   posts keeps `sans-serif">` and `.jpg" border="0" />` in mid-sentence, where a page's own
 *   markup, or markup quoted in a tutorial, keeps its `<`;
 * - `cutOrphans`: `tagEnds` × `orphans`, scraped pieces that share nothing with one another. On the
 *   pool's training folds the clean pages with stray tag ends are whole pages cut from one site
 *   (orphans ≤ 0.09), the doorway pages with them are stitched (orphans ≥ 0.18): either feature
 *   alone is weak evidence, the two together are not;
 * - `strayQuotes`: quotation marks without their partner (log of 1 + strays per 1,000 characters;
 *   countStrayQuotes): a closing 」 or ” with no opening before it in its segment, an opening one
 *   never closed. A page assembled from sentences cut out of other texts, or shuffled, keeps the
 *   half of a quotation that fell inside its cut ("…くる」と思い込んで…"); a written page closes
 *   what it opens. Out of fold on the pool's training folds (session 13) it took the doorway
 *   pages found from 25 to 28 of 341 at the same 1 of 3,044 clean pages, and the gain held at
 *   every L2 strength tried (0.003 to 0.05): the clean pages nearest the threshold have no stray
 *   quotation mark, the three doorway pages it adds have three or four per 1,000 characters;
 * - `looseSpam`: `pageP` × how far `support` falls below LOOSE_SUPPORT (0 at or above it, 1 at no
 *   support at all): spam-leaning words spread over sentences that do not hold together. A clean
 *   page with some spam-leaning words (a news report on an adult-film actress, a review thread)
 *   is still one text; stitched gambling filler is not. The model's linear `support` weight cannot
 *   say "only very low support counts"; this can. Out of fold on the pool's training folds, with
 *   `strayQuotes`, it took the doorway pages found from 28 to 42 of 341 at the same 1 of 3,044
 *   clean pages (41 to 42 at every L2 strength from 0.003 to 0.05), nearly all stitched zh-Hans.
 *   Its weak side: a page of one-sentence Chinese notices on unrelated subjects reads the same
 *   when the Bayes model leans spam on their words (plain news words lean spam because stitched
 *   news fills the pool's doorway pages). No clean training page and no development page did so
 *   (out of fold, 1 of 3,044 before and after), but the eight unrelated notices of
 *   tests/inline.test.ts alone, with no spam heading over them, are called a doorway.
 */
export const DOORWAY_FEATURES = ['pageP', 'strongShare', 'openingTop', 'ellipses', 'support', 'orphans', 'headedOrphans', 'stuffing', 'tagEnds', 'cutOrphans', 'strayQuotes', 'looseSpam'] as const;
export type DoorwayFeature = (typeof DOORWAY_FEATURES)[number];
export type DoorwayFeatures = Record<DoorwayFeature, number>;

/**
 * A page is judged only with at least this many characters of body text and this many sentences
 * to compare (below that, a short page or a page of headings, the features say nothing).
 */
export const DOORWAY_MIN_CHARS = 300;
export const DOORWAY_MIN_SENTENCES = 5;
/**
 * The model judges pages written in Han or kana only: at least this share of the body's letters
 * (Han, kana, Hangul and Latin) are Han or kana. Out of fold on the pool's training folds (session
 * 14, after the Vietnamese and Indonesian labels were added), one model over every page found 25
 * of 406 doorway pages at 1 of 3,599 clean; one model over the Han and kana pages found 39 of 202
 * at none of their 1,277 clean pages, and one over the others 0 of 86 at one clean page, at any
 * threshold that kept clean pages to the rate. Spun English and Indonesian keyword pages do not
 * show in these features (support, orphans, ellipses) the way stitched Chinese does. The pages'
 * shares are far apart: no judged page lies between 0.2 and 0.3 but one doorway page (0.1–0.2),
 * so the cut sits at 0.25.
 */
export const DOORWAY_MIN_CJK_SHARE = 0.25;
/** The opening of the body is its first this many characters (a doorway's keyword heading is shorter). */
export const OPENING_CHARS = 80;

/** One body segment as the doorway stage reads it. */
export interface DoorwaySegment {
  normalized: string;
  bayes: SegmentBayes;
}

/** Characters of body text and sentences, and the script of its letters: whether the page is long enough to judge, and written in Han or kana (DOORWAY_MIN_CJK_SHARE). */
export function judgeable(segments: readonly DoorwaySegment[]): boolean {
  let chars = 0;
  let sentences = 0;
  for (const s of segments) {
    chars += s.normalized.length;
    sentences += s.bayes.sentences.length;
  }
  return chars >= DOORWAY_MIN_CHARS && sentences >= DOORWAY_MIN_SENTENCES && cjkShare(segments) >= DOORWAY_MIN_CJK_SHARE;
}

/** The share of the body's letters (Han, kana, Hangul, Latin) that are Han or kana; 0 without letters. */
export function cjkShare(segments: readonly DoorwaySegment[]): number {
  let cjk = 0;
  let letters = 0;
  for (const s of segments) {
    const counts = countScripts(s.normalized);
    cjk += counts.han + counts.kana;
    letters += counts.han + counts.kana + counts.hangul + counts.latin;
  }
  return letters === 0 ? 0 : cjk / letters;
}

/** The features that need no comparison of sentences (cheap: from the segments' Bayes views). */
export function evidenceFeatures(segments: readonly DoorwaySegment[], model: BayesModel): Pick<DoorwayFeatures, 'pageP' | 'strongShare' | 'openingTop' | 'ellipses' | 'stuffing' | 'tagEnds' | 'strayQuotes'> {
  let chars = 0;
  let weightedP = 0;
  let features = 0;
  let strong = 0;
  let ellipses = 0;
  let tagEnds = 0;
  let strayQuotes = 0;
  for (const s of segments) {
    chars += s.normalized.length;
    weightedP += s.bayes.p * s.normalized.length;
    features += s.bayes.features;
    strong += s.bayes.strongShare * s.bayes.features;
    ellipses += countEllipses(s.normalized);
    tagEnds += countTagEnds(s.normalized);
    strayQuotes += countStrayQuotes(s.normalized);
  }
  // a count per 1,000 characters of body, on a log scale (0 on an empty body)
  const perThousand = (count: number): number => (chars === 0 ? 0 : Math.log1p((count * 1000) / chars));
  return {
    pageP: chars === 0 ? 0 : weightedP / chars,
    strongShare: features === 0 ? 0 : strong / features,
    openingTop: openingTop(segments, model),
    ellipses: perThousand(ellipses),
    stuffing: countStuffing(segments),
    tagEnds: perThousand(tagEnds),
    strayQuotes: perThousand(strayQuotes),
  };
}

/**
 * The quotation marks `strayQuotes` pairs: the curly double quotes and the CJK corner brackets.
 * Straight quotes open and close alike, so they cannot be paired; single curly quotes are left out
 * because ’ is also the apostrophe ("canada’s"); brackets and parentheses are left out because on
 * the pool's training folds their strays were as common on clean pages as on doorway pages (lists
 * and numbered items: "1)").
 */
export const QUOTE_PAIRS: readonly (readonly [open: string, close: string])[] = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
];
const QUOTE_OPEN = new Map(QUOTE_PAIRS.map(([open], i) => [open, i]));
const QUOTE_CLOSE = new Map(QUOTE_PAIRS.map(([, close], i) => [close, i]));
// the regex engine skips the text between marks, so the count costs little on pages without quotation marks
const QUOTE_MARK = new RegExp(`[${QUOTE_PAIRS.flat().join('')}]`, 'g');

/** Quotation marks (QUOTE_PAIRS) without their partner in `text`: closings with nothing open, and openings left open at the end. */
export function countStrayQuotes(text: string): number {
  const open = QUOTE_PAIRS.map(() => 0);
  let stray = 0;
  for (const [mark] of text.matchAll(QUOTE_MARK)) {
    const opening = QUOTE_OPEN.get(mark);
    if (opening !== undefined) {
      open[opening]!++;
      continue;
    }
    const closing = QUOTE_CLOSE.get(mark)!;
    if (open[closing]! > 0) open[closing]!--;
    else stray++;
  }
  for (const n of open) stray += n;
  return stray;
}

/** A tag end: `">`, `" />` (an attribute's closing quote, then the tag's end) or `/>`. */
const TAG_END = /"\s{0,3}\/?>|\/>/g;
/** How far back a tag end looks for the `<` of its tag (an HTML tag with its attributes is rarely longer). */
export const TAG_START_LOOKBACK_CHARS = 200;

/** Tag ends (TAG_END) with no `<` of their own: no `<` after the last `>` within TAG_START_LOOKBACK_CHARS before them. */
export function countTagEnds(text: string): number {
  let count = 0;
  for (const match of text.matchAll(TAG_END)) {
    const stop = Math.max(0, match.index - TAG_START_LOOKBACK_CHARS);
    let opened = false;
    for (let i = match.index - 1; i >= stop; i--) {
      const c = text.charCodeAt(i);
      if (c === 0x3e) break; // '>': the previous tag ended here
      if (c === 0x3c) {
        opened = true; // '<'
        break;
      }
    }
    if (!opened) count++;
  }
  return count;
}

/** Words of Latin text and characters of Han and kana text that make one phrase of `stuffing`. */
export const STUFFING_LATIN_WORDS = 3;
export const STUFFING_CJK_CHARS = 4;
/** `stuffing` reads the first this many characters of the body: a doorway repeats its query throughout, and the count stays cheap on long pages. */
export const STUFFING_MAX_CHARS = 20_000;

const LATIN_WORD = /[\p{Script=Latin}\p{Nd}']+/gu;
const CJK_RUN = new RegExp(`[${CJK_CLASS}]+`, 'gu');

/** The share of the body's phrases (see STUFFING_LATIN_WORDS) taken by the most repeated one; 0 without phrases. */
export function countStuffing(segments: readonly DoorwaySegment[]): number {
  const counts = new Map<string, number>();
  let total = 0;
  let top = 0;
  const add = (phrase: string): void => {
    const n = (counts.get(phrase) ?? 0) + 1;
    counts.set(phrase, n);
    total++;
    if (n > top) top = n;
  };
  let budget = STUFFING_MAX_CHARS;
  for (const s of segments) {
    if (budget <= 0) break;
    const text = s.normalized.slice(0, budget).toLowerCase();
    budget -= text.length;
    const words = text.match(LATIN_WORD) ?? [];
    for (let i = 0; i + STUFFING_LATIN_WORDS <= words.length; i++) add(words.slice(i, i + STUFFING_LATIN_WORDS).join(' '));
    for (const run of text.match(CJK_RUN) ?? []) for (let i = 0; i + STUFFING_CJK_CHARS <= run.length; i++) add(run.slice(i, i + STUFFING_CJK_CHARS));
  }
  return total === 0 ? 0 : top / total;
}

/**
 * `looseSpam` counts a page's support only below this. Tried out of fold on the pool's training
 * folds (session 13, with `strayQuotes`): 0.15, 0.2, 0.25, 0.3, 0.35 found 31, 44, 42, 34, 34 of
 * 341 doorway pages at 1 of 3,044 clean; 0.25 is the middle of the plateau, not its peak. (Mean
 * support: 0.35 on doorway pages, 0.55 on clean ones.)
 */
export const LOOSE_SUPPORT = 0.25;

/** How far `support` falls below LOOSE_SUPPORT, in [0, 1]: 0 at or above it, 1 at no support. */
export function looseness(support: number): number {
  return Math.max(0, LOOSE_SUPPORT - support) / LOOSE_SUPPORT;
}

/** The features that compare sentences (see DOORWAY_FEATURES); `support` and `orphans` look every sentence's words up in a count of the page's. */
export type SupportFeatures = Pick<DoorwayFeatures, 'support' | 'orphans' | 'headedOrphans' | 'cutOrphans' | 'looseSpam'>;

/** `support`, `orphans`, `headedOrphans`, `cutOrphans` and `looseSpam` (which need the evidence features `openingTop`, `tagEnds` and `pageP`). */
export function supportFeatures(segments: readonly DoorwaySegment[], evidence: Pick<DoorwayFeatures, 'openingTop' | 'tagEnds' | 'pageP'>): SupportFeatures {
  const sentenceCount = new Map<string, number>();
  for (const s of segments) for (const sentence of s.bayes.sentences) for (const word of sentence) sentenceCount.set(word, (sentenceCount.get(word) ?? 0) + 1);
  let sentences = 0;
  let support = 0;
  let orphans = 0;
  for (const s of segments) {
    for (const sentence of s.bayes.sentences) {
      let seen = 0;
      for (const word of sentence) if (sentenceCount.get(word)! > 1) seen++;
      sentences++;
      support += seen / sentence.size;
      if (seen === 0) orphans++;
    }
  }
  const orphanShare = sentences === 0 ? 0 : orphans / sentences;
  const meanSupport = sentences === 0 ? 0 : support / sentences;
  return { support: meanSupport, orphans: orphanShare, headedOrphans: evidence.openingTop * orphanShare, cutOrphans: evidence.tagEnds * orphanShare, looseSpam: evidence.pageP * looseness(meanSupport) };
}

export function doorwayFeatures(segments: readonly DoorwaySegment[], model: BayesModel): DoorwayFeatures {
  const evidence = evidenceFeatures(segments, model);
  return { ...evidence, ...supportFeatures(segments, evidence) };
}

/** The Bayes `topMean` of the first OPENING_CHARS characters of the first body segment (tokenized again: the cut may differ from the segment's at the end only). */
function openingTop(segments: readonly DoorwaySegment[], model: BayesModel): number {
  const first = segments.find((s) => s.normalized.trim().length > 0);
  if (first === undefined) return 0;
  const opening = first.normalized.slice(0, OPENING_CHARS);
  // per-character scores asked for so that a short (Latin) opening is scored too, not skipped as too short
  return scoreSegment(model, opening, tokenize(opening).boundary, true).topMean;
}
