import { isCjkUnit, isDigitUnit } from '../bayes/tokens.js';
import { isWordUnit } from '../tokenize/word-chars.js';
import type { LexiconHit } from '../lexicon/matcher.js';
import type { Candidate, PageContext } from './candidates.js';
import { LEXICON_CUT_MIN_WEIGHT } from './evidence.js';
import { pageSpeaksOf, stretchAround, TERM_PHRASE_MAX_COPIES, TERM_PHRASE_MAX_SUPPORT, TERM_PHRASE_MIN_OTHER_CHARS, type PageTerms } from './term-phrase.js';

/**
 * A spam-lexicon term glued to the front of a fragment: a stitched doorway prepends its target
 * keyword to a scraped sentence, with no separator between them ("香港挂牌这首歌真的是…",
 * "时时彩组合60深圳新闻网采取…", "万博app有假的吗所以…"). The stretch of word characters is then a
 * whole clause, of which the term is a small part, so it is no term phrase (term-phrase.ts), and the
 * Bayes model, spliced once, sees no repeats. What marks it is where it stands: it opens the
 * stretch, right after a separator or at the start of the segment, and the page never uses it or
 * its words again. Only the term itself is cut; only terms of GLUED_TERM_CATEGORIES; the other
 * bounds are the term phrase's (one or two copies, support at most one half, no other term of its
 * category on the page, 40+ other word characters in the segment); not on a page that reports, not
 * in Japanese text (split.ts).
 */

/**
 * The lexicon categories whose full-weight terms are cut when glued to a fragment. The Chinese
 * gambling list keeps its ordinary words out or below full weight (its header: 彩票, 盘口, 赌场,
 * 明升, 必发…), so a full-weight term there is a brand or a word of illegal lottery and casino
 * sites. The porn list's full-weight terms include words of sex-health articles and news (群交,
 * 人妻, AV女优): out of fold on the pool's training folds (session 24) the same test on every spam
 * category flagged three clean pages that open a sentence on one ("群交食人等诸番…", "草榴是个好网站",
 * "AV女优养成班") and found no spam page the gambling terms did not; pharma, fraud and counterfeit
 * terms opened no stretch on any page, spam or clean.
 */
export const GLUED_TERM_CATEGORIES: ReadonlySet<string> = new Set(['gambling']);

/** The glued terms of a segment's normalised text (see GLUED_TERM_CATEGORIES), in text order: candidates to cut. */
export function gluedTerms(normalized: string, spamTerms: readonly LexiconHit[], page: PageContext, terms: PageTerms): Candidate[] {
  const out: Candidate[] = [];
  const glued = spamTerms.filter((t) => GLUED_TERM_CATEGORIES.has(t.category) && t.weight >= LEXICON_CUT_MIN_WEIGHT);
  if (glued.length === 0) return out;
  let wordChars = 0;
  for (let i = 0; i < normalized.length; i++) if (isWordUnit(normalized.charCodeAt(i))) wordChars++;
  for (const term of glued) {
    const [start, end] = stretchAround(normalized, term.start, term.end);
    // it opens its stretch and the stretch goes on past it: a stretch that is the term alone (or
    // mostly terms) is the term phrase's to judge, a term inside a clause is a word of its sentence
    if (start !== term.start || end === term.end) continue;
    let letters = 0;
    let cjk = 0;
    for (let i = term.start; i < term.end; i++) {
      const code = normalized.charCodeAt(i);
      if (isDigitUnit(code)) continue;
      letters++;
      if (isCjkUnit(code)) cjk++;
    }
    if (cjk === 0 || wordChars - (term.end - term.start) < TERM_PHRASE_MIN_OTHER_CHARS) continue;
    if (pageSpeaksOf(spamTerms.filter((t) => t.start < term.end && t.end > term.start), terms)) continue;
    const phrase = normalized.slice(term.start, term.end);
    const copies = page.textIndex.occurrences(phrase, TERM_PHRASE_MAX_COPIES + 1);
    if (copies > TERM_PHRASE_MAX_COPIES) continue;
    const support = page.support(phrase);
    if (support > TERM_PHRASE_MAX_SUPPORT) continue;
    out.push({
      start: term.start,
      end: term.end,
      kind: 'run-cjk',
      letters,
      termWeight: term.weight,
      foreignScript: false,
      foreignInConvertedText: false,
      features: { runScore: 0, runMean: 0, contextMean: 0, logChars: Math.log1p(term.end - term.start), repeats: Math.max(0, copies - 1), scriptSwitch: 0, segmentShare: 0, separators: 0, lexiconShare: 1, pageSupport: support },
    });
  }
  return out;
}
