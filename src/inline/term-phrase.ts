import { isCjkUnit, isDigitUnit } from '../bayes/tokens.js';
import { isWordUnit } from '../tokenize/word-chars.js';
import type { LexiconHit } from '../lexicon/matcher.js';
import type { Candidate, PageContext } from './candidates.js';
import { LEXICON_CUT_MAX_SUPPORT, LEXICON_CUT_MIN_WEIGHT } from './evidence.js';
import { INLINE_LIST_MIN_MEAN_ITEM_CHARS } from '../features/segment-features.js';

/**
 * A spam-lexicon term standing as a phrase of its own: the stretch of word characters around a
 * full-weight term, between two separators (a space, a comma, a bracket, a line break), is mostly
 * that term, and the page uses its words nowhere else. A kit splices its bonus line or brand into a
 * listing between spaces ("玉山镇 注册送彩金28 100提款>> 白天班") or between commas into a news story,
 * where the Bayes model, having seen the words rarely, gives the phrase odds too low to cut, and a
 * list that is not prose gets no per-character odds at all (features/segment-features.ts). An ordinary
 * mention is a word of its sentence: "赌客在娱乐城输掉" is one stretch of which the term is a small
 * part. Cut whatever the model says, in lists too; not on a page that reports (REPORTING_PAGE_MIN_TERMS).
 * Only stretches holding Han characters: Latin text puts every word between spaces.
 */

/**
 * The share of a stretch's word characters (digits included) that full-weight spam terms must
 * cover. Set on the pool's training folds, out of fold (session 23): at 0.5 a sex-health article's
 * "(包括口交," and a news headline "AV女優養成班" (4 of 7) were cut and flagged; the kits' stretches
 * "注册送彩金28" (5 of 7) and "pk10葡萄" (4 of 6) hold their terms at 0.67 and more.
 */
export const TERM_PHRASE_MIN_SHARE = 0.6;
/**
 * The stretch's copies on the page at most (counted as text anywhere): a page about a game says
 * its name again and again ("百家乐" as heading, in rules and in tips), a kit's line is spliced once
 * or twice. As OPENING_KEYWORD_MAX_COPIES.
 */
export const TERM_PHRASE_MAX_COPIES = 2;
/**
 * The share of the stretch's words the page uses elsewhere at most (support.ts pageSupport): the
 * bound of a lexicon cut (LEXICON_CUT_MAX_SUPPORT). Out of fold on the pool's training folds
 * (session 23) it found one spam document more than KIT_MAX_SUPPORT (0.1), no clean one: " 成人漫畫 "
 * spliced between spaces into a temple's page, whose 成人 the page's own 換成人工關節 also holds (0.33).
 */
export const TERM_PHRASE_MAX_SUPPORT = LEXICON_CUT_MAX_SUPPORT;

/**
 * The segment holds at least this many word characters besides the stretch: the phrase stands
 * inside an ordinary sentence or listing. A keyword line or a title ("国产精品 最新消息 今日更新") is
 * judged whole by the segment rules (spam.keyword-list, spam.title-off-topic…), which a cut would
 * take apart. 40 is the shortest mean item of a list the inline stage reads as prose
 * (INLINE_LIST_MIN_MEAN_ITEM_CHARS: longer than keyword phrases and headlines); the segments of the
 * training documents this rule gained hold 490 and more.
 */
export const TERM_PHRASE_MIN_OTHER_CHARS = INLINE_LIST_MIN_MEAN_ITEM_CHARS;

/** The spam-lexicon terms of a page by category (its segments' spam phrase hits): the page's spam vocabulary. */
export type PageTerms = ReadonlyMap<string, ReadonlySet<string>>;

/** The spam terms of every segment of a page, by category. */
export function pageTerms(segments: readonly { lexiconHits: readonly LexiconHit[] }[]): PageTerms {
  const out = new Map<string, Set<string>>();
  for (const s of segments) for (const h of s.lexiconHits) if (h.label === 'spam') (out.get(h.category) ?? out.set(h.category, new Set()).get(h.category)!).add(h.term);
  return out;
}

/**
 * Whether the page uses other terms of a phrase's categories than the phrase's own: a porn site's
 * own post names 性爱 beside its "[無碼]" tag, an adult shop lists genre after genre. A kit's line is
 * the only spam vocabulary of the page it is spliced into. Set on the pool's training folds (session
 * 23): a clean torrent post was flagged for its "無碼" tag without this test.
 */
export function pageSpeaksOf(terms: readonly LexiconHit[], page: PageTerms): boolean {
  const own = new Set(terms.map((t) => t.term));
  return terms.some((t) => [...(page.get(t.category) ?? [])].some((other) => !own.has(other)));
}

/** The stretch of word characters around [start, end): up to the nearest non-word character on each side. */
export function stretchAround(normalized: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from > 0 && isWordUnit(normalized.charCodeAt(from - 1))) from--;
  while (to < normalized.length && isWordUnit(normalized.charCodeAt(to))) to++;
  return [from, to];
}

/** A term phrase found in a segment: a candidate to cut, with the evidence split.ts reports. */
export type TermPhrase = Candidate;

/** The term phrases of a segment's normalised text (see TERM_PHRASE_MIN_SHARE), in text order. */
export function termPhrases(normalized: string, spamTerms: readonly LexiconHit[], page: PageContext, terms: PageTerms): TermPhrase[] {
  const strong = spamTerms.filter((t) => t.weight >= LEXICON_CUT_MIN_WEIGHT);
  const out: TermPhrase[] = [];
  if (strong.length === 0) return out;
  let wordChars = 0;
  for (let i = 0; i < normalized.length; i++) if (isWordUnit(normalized.charCodeAt(i))) wordChars++;
  for (const term of strong) {
    const [start, end] = stretchAround(normalized, term.start, term.end);
    if (out.some((p) => p.start === start)) continue;
    let letters = 0;
    let cjk = 0;
    const inTerm = new Uint8Array(end - start);
    for (const t of spamTerms) for (let i = Math.max(start, t.start); i < Math.min(end, t.end); i++) inTerm[i - start] = 1;
    let termChars = 0;
    for (let i = start; i < end; i++) {
      const code = normalized.charCodeAt(i);
      if (inTerm[i - start] === 1) termChars++;
      if (isDigitUnit(code)) continue;
      letters++;
      if (isCjkUnit(code)) cjk++;
    }
    if (cjk === 0 || termChars < TERM_PHRASE_MIN_SHARE * (end - start) || wordChars - (end - start) < TERM_PHRASE_MIN_OTHER_CHARS) continue;
    if (pageSpeaksOf(spamTerms.filter((t) => t.start < end && t.end > start), terms)) continue;
    const phrase = normalized.slice(start, end);
    const copies = page.textIndex.occurrences(phrase, TERM_PHRASE_MAX_COPIES + 1);
    if (copies > TERM_PHRASE_MAX_COPIES) continue;
    const support = page.support(phrase);
    if (support > TERM_PHRASE_MAX_SUPPORT) continue;
    out.push(termPhrase(start, end, letters, termChars, copies, support, term.weight));
  }
  return out.sort((a, b) => a.start - b.start);
}

function termPhrase(start: number, end: number, letters: number, termChars: number, copies: number, support: number, weight: number): TermPhrase {
  return {
    start,
    end,
    kind: 'run-cjk',
    letters,
    termWeight: weight,
    foreignScript: false,
    foreignInConvertedText: false,
    features: { runScore: 0, runMean: 0, contextMean: 0, logChars: Math.log1p(end - start), repeats: Math.max(0, copies - 1), scriptSwitch: 0, segmentShare: 0, separators: 0, lexiconShare: termChars / (end - start), pageSupport: support },
  };
}
