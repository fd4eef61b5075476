import type { RuleHit } from '../rules/engine.js';
import { SPAM_MIN_SCORE } from '../classify/thresholds.js';
import { DOORWAY_MIN_CHARS } from '../doorway/features.js';
import { MAX_REPEATS, type Candidate } from './candidates.js';

/**
 * What the evidence of a cut phrase reads as: the rule an injected run hits (a kit string, a
 * foreign-script cut, a lexicon cut, a keyword string, an opening keyword, or a plain weak cut),
 * and the readings that keep a run in its sentence (a topic the page is about, a Japanese noun its
 * grammar carries). split.ts cuts the runs out; the thresholds that decide what a cut means are here.
 */

/**
 * A candidate is cut out when its injection probability reaches the threshold fitted with the
 * model (its out-of-fold candidates keep the target precision there); it is a strong injection
 * at this probability.
 */
export const INLINE_STRONG_P = 0.95;
/**
 * Spam scores of an inline segment: a segment labelled spam carries at least SPAM_MIN_SCORE, so
 * one injected phrase makes the page spam at the default threshold.
 */
export const INLINE_SCORE = SPAM_MIN_SCORE;
export const INLINE_STRONG_SCORE = SPAM_MIN_SCORE + 2;

const INLINE_HIT: RuleHit = Object.freeze({ rule: 'spam.inline', label: 'spam', score: INLINE_SCORE, category: 'injection', description: 'a phrase spliced into ordinary text: the Bayes model finds it far more spam-like than its sentence (with repeats across the page, a switch of script or keyword separators as further evidence)' });
const INLINE_STRONG_HIT: RuleHit = Object.freeze({ ...INLINE_HIT, rule: 'spam.inline-strong', score: INLINE_STRONG_SCORE, description: 'a phrase spliced into ordinary text, with strong evidence (injection probability ≥ 0.95): far more spam-like than its sentence, repeated, a switch of script or keyword separators' });

/**
 * A kit string: a cut phrase of at least KIT_MIN_CHARS letters (word characters other than digits), found at least
 * KIT_MIN_COPIES times on the page, of whose units (support.ts) at most KIT_MAX_SUPPORT are used
 * anywhere else on the page. Hijack kits splice one string again and again into text it has
 * nothing to do with; a page's own topic word recurs in other phrases of the page. Such a cut
 * scores as a strong one whatever its words. Set on the training folds' out-of-fold cuts (see
 * benchmarks/RESULTS.md, session 7): the clean pages with a repeated cut had support 0.33–0.75
 * or phrases of 4–6 characters (全身脱毛, TXT小说网); the kit strings missed, 0–0.08 and 9–30.
 */
export const KIT_MIN_CHARS = 8;
export const KIT_MIN_COPIES = 3;
export const KIT_MAX_SUPPORT = 0.1;
const INLINE_FOREIGN_HIT: RuleHit = Object.freeze({ ...INLINE_HIT, rule: 'spam.inline-foreign', score: INLINE_STRONG_SCORE, description: 'a phrase spliced into ordinary text, in Simplified characters that the Traditional text around it does not use, whose words the page uses nowhere else' });
const INLINE_KIT_HIT: RuleHit = Object.freeze({ ...INLINE_HIT, rule: 'spam.inline-kit', score: INLINE_STRONG_SCORE, description: `a kit string: a phrase of ${KIT_MIN_CHARS}+ letters spliced ${KIT_MIN_COPIES}+ times into the page, whose words the page uses nowhere else (cut whatever the model's odds when it is Simplified text in Traditional text)` });

/** Whether a cut candidate is a kit string (see KIT_MIN_CHARS). */
export function isKitString(candidate: KitView): boolean {
  return hasKitShape(candidate, KIT_MIN_COPIES, KIT_MIN_CHARS);
}

/** Spliced `minCopies` times or more, `minLetters` letters or more, its words used nowhere else on the page (KIT_MAX_SUPPORT). */
function hasKitShape(candidate: KitView, minCopies: number, minLetters: number): boolean {
  const { repeats, pageSupport } = candidate.features;
  return repeats + 1 >= minCopies && pageSupport <= KIT_MAX_SUPPORT && candidate.letters >= minLetters;
}

/** What the kit tests read of a candidate: its copies and support, and its length in letters (`Candidate.letters`: a date in a forum's "发表于 2011-4" is no part of a kit's vocabulary). */
export type KitView = Pick<Candidate, 'letters'> & { features: Pick<Candidate['features'], 'repeats' | 'pageSupport'> };

/**
 * A kit string in a foreign script is cut whatever the model's odds: Simplified keyword strings
 * spliced again and again into Traditional text (the commonest injection of the pool's
 * Traditional pages) are often words the Bayes model has not seen (父皇哥哥们爱我txt, 无忧运力网怎么样).
 */
export function isForeignKit(candidate: KitView & Pick<Candidate, 'foreignScript'>): boolean {
  return candidate.foreignScript && (isKitString(candidate) || isShortForeignKit(candidate));
}

/**
 * A shorter foreign kit string: at least FOREIGN_KIT_SHORT_MIN_CHARS letters, spliced at least
 * FOREIGN_KIT_SHORT_MIN_COPIES times (the most the repeat count tells apart, MAX_REPEATS), whose
 * words the page uses nowhere else. Out of fold on the training folds (session 11), no clean
 * document had a Simplified run in Traditional text with three or more copies and support at most
 * KIT_MAX_SUPPORT, at any length; a kit "色即是空1下载" (6 letters) was spliced 19 times into a
 * Traditional engineering article and was missed at KIT_MIN_CHARS.
 */
export const FOREIGN_KIT_SHORT_MIN_CHARS = 5;
export const FOREIGN_KIT_SHORT_MIN_COPIES = MAX_REPEATS;

function isShortForeignKit(candidate: KitView): boolean {
  return hasKitShape(candidate, FOREIGN_KIT_SHORT_MIN_COPIES, FOREIGN_KIT_SHORT_MIN_CHARS);
}

/**
 * The same in a list read for kit strings only (features/segment-features.ts kitOnlyList), where the text
 * around is judged by its foreign characters alone (candidates.ts foreignInConvertedText): a spec
 * list converted to Traditional keeps 于, 后 and 范. Only there: in prose, the looser test let a
 * shop's own "购买链接: <url>", repeated under each product, be cut (pool, training folds).
 */
export function isForeignKitInList(candidate: KitView & Pick<Candidate, 'foreignInConvertedText'>): boolean {
  return candidate.foreignInConvertedText && isKitString(candidate);
}

/**
 * A cut phrase (one the fitted evidence already cuts) in a foreign script, whose words the page
 * uses nowhere else (pageSupport at most KIT_MAX_SUPPORT), scores as a strong cut. Out of fold on
 * the training folds, the clean documents whose verdict sat at one weak cut (债務整理, 全身脱毛,
 * 金沙綜合娛樂城, 安徒生童話) had no script switch; five spam documents there did (岁少妇见网友出轨,
 * 堕落少女图解): page recall 221 → 226 of 547, no clean document more (session 8).
 */
export function isForeignCut(candidate: Pick<Candidate, 'features' | 'foreignScript'>): boolean {
  return candidate.foreignScript && candidate.features.pageSupport <= KIT_MAX_SUPPORT;
}

/**
 * A cut phrase holding a spam-lexicon word (lexiconShare above 0), at most this share of whose
 * words the page uses elsewhere (pageSupport), scores as a strong cut: the lexicon names what
 * the phrase sells, and the page around it does not talk about it (a casino keyword "欢乐博娱乐城
 * 网络博彩" in stitched news; 六合彩图库 in a Taiwanese blog). Out of fold on the pool's training
 * folds (session 10), no clean document's cut held a lexicon word, and the spam documents whose
 * verdict sat at one such weak cut had support 0–0.33 (benchmarks/RESULTS.md). Session 11: raised
 * from 1/3 to one half, below TOPIC_MIN_SUPPORT; the one clean training document with a cut of
 * lexicon words (成人电影, a topic) had 0.67, and a spam document's spliced "…多年乱伦辱两女儿" had
 * 0.36.
 */
export const LEXICON_CUT_MAX_SUPPORT = 0.5;
/**
 * ...and the term must carry at least this lexicon weight. A lexicon gives a term less than its
 * full weight where the term is also the ordinary word of pages that report (博彩 *0.3 in a
 * gaming-revenue report, 开奖直播 *0.5 in lottery news, data/lexicons/zh/gambling.txt): such a term
 * still raises the phrase's odds for the fitted model (LEXICON_CHAR_SCORE) and makes a weak cut,
 * but it does not make the phrase a strong cut on its own. Set on the found development batch dev3
 * (session 17): a casino-stock report's "11月博彩毛收入" and a lottery-draw report's "開獎直播" were
 * strong cuts that flagged the pages.
 */
export const LEXICON_CUT_MIN_WEIGHT = 1;
const INLINE_LEXICON_HIT: RuleHit = Object.freeze({ ...INLINE_HIT, rule: 'spam.inline-lexicon', score: INLINE_STRONG_SCORE, description: 'a phrase spliced into ordinary text, holding a spam-lexicon word, whose words the page uses little elsewhere' });

/**
 * Whether a cut phrase is a lexicon cut (see LEXICON_CUT_MAX_SUPPORT). Not on a page that reports
 * (REPORTING_PAGE_MIN_TERMS distinct reporting terms: a feature on Macau's junkets cuts 澳門博彩中介,
 * a report on a raid 博彩平台): there the phrase is cut as a weak injection at most, and the verdict
 * needs other evidence.
 */
export function isLexiconCut(candidate: Pick<Candidate, 'features' | 'termWeight'>, reportingPage = false): boolean {
  return !reportingPage && candidate.termWeight >= LEXICON_CUT_MIN_WEIGHT && candidate.features.pageSupport <= LEXICON_CUT_MAX_SUPPORT;
}

/**
 * Japanese grammar carries a phrase that belongs to its sentence: a noun the sentence uses is
 * followed by a case particle or by する (個人輸入して服用, 偽ブランドの見分け方, 個人輸入代行のほとんど),
 * while a kit's keyword is set between sentences or runs into the next one unmarked. A run that
 * holds a spam-lexicon word, ends on a Han or katakana letter and is followed by one of these is
 * not cut. Set on the development batch of real pages (session 13): clinic pages on Viagra and
 * columns on telling fake brand goods from real ones were cut at 個人輸入 and 偽ブランド; out of fold
 * on the pool's training folds one Japanese spam page of 69 was lost (a porn word salad cut at a
 * porn term inside a scraped blurb), no clean page changed. The adverbial particle など ("and the
 * like") carries a noun the same way: (個人輸入など)で入手した on an ED clinic's page about fakes
 * (found development batch dev4, session 18).
 */
export const JA_PARTICLE_AFTER = /^(?:[をがはのにでともへやしだ]|など)/;
const RUN_ENDS_ON_NOUN = /[\p{Script=Han}\p{Script=Katakana}\u30fc]$/u;
/**
 * A run that opens a bracket is read up to that bracket's closing one, which may end the run or
 * follow it: the noun before the closing bracket is what the particle after it carries.
 * 偽物の時計(コピー時計)の売買 / だと知りながら / を購入 is the writer's own phrase, repeated with its
 * bracket, each copy carried by the grammar after it (found development batch dev, session 17: a
 * pawnshop's column on telling copy watches from real ones, cut five times). A kit string is
 * spliced in whole and does not close a bracket of the page's text. The copula だ joins the
 * particles for the same page (時計)だと: a noun the sentence goes on to say something of).
 */
const CLOSING_BRACKET = /^[)）」』】]/;
const ENDS_ON_CLOSING_BRACKET = /[)）」』】]$/;
const OPENING_BRACKETS = /[(（「『【]/;

/** Whether a spam-lexicon run is continued by a Japanese particle (see JA_PARTICLE_AFTER), read past the closing bracket of a bracket it opens (OPENING_BRACKETS). */
export function isParticleEmbedded(candidate: Pick<Candidate, 'start' | 'end' | 'features' | 'foreignScript'>, text: string): boolean {
  if (candidate.foreignScript || candidate.features.lexiconShare === 0) return false;
  let run = text.slice(candidate.start, candidate.end).trimEnd();
  let after = text.slice(candidate.start + run.length);
  if (OPENING_BRACKETS.test(run)) {
    if (ENDS_ON_CLOSING_BRACKET.test(run)) run = run.slice(0, -1);
    else if (CLOSING_BRACKET.test(after)) after = after.slice(1);
  }
  return RUN_ENDS_ON_NOUN.test(run) && JA_PARTICLE_AFTER.test(after);
}

/**
 * A topic, not an injection: a run made only of spam-lexicon words (lexiconShare 1), in the script
 * of its text, whose words the page uses elsewhere in at least this share (pageSupport). A news
 * report on the porn industry says 成人电影 four times and talks about films and adults all along;
 * a kit splices its phrase into text that never mentions it. Such a run stays in its sentence
 * whatever the model's odds. Set on the training folds' out-of-fold cuts (session 10): the one
 * clean page with a strong cut had 0.67 (成人电影); no spam page's strong cut of lexicon words only
 * was above 0.5 (スーパーコピー, 0.50).
 */
export const TOPIC_MIN_SUPPORT = 0.6;

/** Whether a candidate is a topic the page is about (see TOPIC_MIN_SUPPORT). */
export function isTopicMention(candidate: Pick<Candidate, 'features' | 'foreignScript'>): boolean {
  return !candidate.foreignScript && candidate.features.lexiconShare >= 1 && candidate.features.pageSupport >= TOPIC_MIN_SUPPORT;
}

/**
 * A keyword string: a cut phrase (one the fitted evidence already cuts) whose characters are at
 * least KEYWORD_STRING_MIN_SEPARATORS separators (",", "|", "-", "_", "、", spaces: short keywords
 * joined into a string) and whose words the page uses nowhere else (pageSupport at most
 * KIT_MAX_SUPPORT) scores as a strong cut: "开心五月天,五月天开心激情网,开心情色站,开心播播网"
 * spliced once into stitched news. Out of fold on the training folds (session 11), the clean
 * documents' cuts with separators had support 0.17 and more (a film-review listing); 61 spam
 * documents had such cuts, most of them caught by other rules already.
 */
export const KEYWORD_STRING_MIN_SEPARATORS = 0.1;
const INLINE_KEYWORDS_HIT: RuleHit = Object.freeze({ ...INLINE_HIT, rule: 'spam.inline-keywords', score: INLINE_STRONG_SCORE, description: 'a string of short keywords joined by separators, spliced into ordinary text, whose words the page uses nowhere else' });

/** Whether a cut phrase is a keyword string (see KEYWORD_STRING_MIN_SEPARATORS). */
export function isKeywordString(candidate: Pick<Candidate, 'features'>): boolean {
  return candidate.features.separators >= KEYWORD_STRING_MIN_SEPARATORS && candidate.features.pageSupport <= KIT_MAX_SUPPORT;
}

/**
 * An opening keyword: a candidate run that starts within OPENING_KEYWORD_MAX_START characters of
 * the page's first body text (a title excepted: titles have rules of their own), holds a
 * spam-lexicon word and whose words the page uses nowhere else (pageSupport at most
 * KIT_MAX_SUPPORT). It is cut whatever the model's odds: a doorway or a hijacked page opens on its
 * target keyword ("澳门永利贵宾会手机版" over stitched news) and never mentions it again, while a page
 * about the subject goes on using its words. Spliced once, such a phrase has none of the repeats
 * the fitted model leans on, so the model alone rarely cuts it. Read off the training folds'
 * rejected candidates (session 11): the spam documents' opening keywords started at 0–27
 * characters with support 0–0.08; the clean documents' rejected runs holding a lexicon word that
 * near the start had support 0.23 (a film listing) and 0.5 (a sex-health article).
 */
export const OPENING_KEYWORD_MAX_START = 30;
/**
 * An opening keyword occurs at most this many times on the page (title and opening line). A page
 * about a drug opens on its name and goes on using it ("Tadalafil" as the heading, then "What is
 * Tadalafil?", "Take Tadalafil…"); the support of a one-word run cannot show that, since support
 * leaves out the run's own copies. Set on the development batch of real pages (session 13): clean
 * drug guides and news on Viagra opened on a name they used 3–9 times; out of fold on the pool's
 * training folds no spam page was lost at 2 (306 of 547 at 1: a heading that repeats the title).
 */
export const OPENING_KEYWORD_MAX_COPIES = 2;
/**
 * ...and only on a page with at least this many characters of body text besides the phrase: that
 * a page never uses a phrase's words again says nothing on a page of one line ("国产91和麻豆传媒这两个
 * 词出现在同一行里面" is one term in a sentence). The doorway stage judges no page under the same
 * length (DOORWAY_MIN_CHARS).
 */
export const OPENING_KEYWORD_MIN_OTHER_CHARS = DOORWAY_MIN_CHARS;
const OPENING_KEYWORD_HIT: RuleHit = Object.freeze({ ...INLINE_HIT, rule: 'spam.opening-keyword', score: INLINE_STRONG_SCORE, description: 'the page opens on a phrase holding a spam-lexicon word that the rest of the page never uses: a keyword heading over unrelated text' });

/**
 * Whether a candidate starting `start` characters into the page's first body text, on a page with
 * `otherChars` characters of body text besides it, is an opening keyword (see OPENING_KEYWORD_MAX_START).
 */
export function isOpeningKeyword(candidate: Pick<Candidate, 'features'>, start: number, otherChars: number): boolean {
  return start <= OPENING_KEYWORD_MAX_START && otherChars >= OPENING_KEYWORD_MIN_OTHER_CHARS && candidate.features.lexiconShare > 0 && candidate.features.pageSupport <= KIT_MAX_SUPPORT;
}

const TERM_PHRASE_HIT: RuleHit = Object.freeze({ ...INLINE_HIT, rule: 'spam.inline-term', score: INLINE_STRONG_SCORE, description: 'a spam-lexicon term standing as a phrase of its own between separators, whose words the page uses nowhere else: a bonus line or brand spliced into a listing or a story' });

/**
 * The score of a glued-term cut (glued-term.ts): a strong cut, as the other cuts made whatever the
 * model says (spam.opening-keyword, spam.inline-term). Hand-set, not fitted: one such cut flags the
 * page, which 0 of the 2,535 clean pool training documents and 0 of the development sets' clean
 * training pages got (session 24).
 */
export const GLUED_TERM_SCORE = INLINE_STRONG_SCORE;
const GLUED_TERM_HIT: RuleHit = Object.freeze({ ...INLINE_HIT, rule: 'spam.inline-glued', score: GLUED_TERM_SCORE, description: 'a gambling-lexicon term glued to the front of a sentence fragment, used nowhere else on the page: the keyword a stitched doorway prepends to scraped text' });

/** The two ways a spam-lexicon term is cut whatever the model says. */
export type TermCut = 'term phrase' | 'glued term';

/** A candidate the stage cuts out, with its injection probability and whether it is an opening keyword. */
export interface Accepted {
  candidate: Candidate;
  p: number;
  opening: boolean;
  /**
   * A spam-lexicon term cut whatever the model says: standing as a phrase of its own
   * (term-phrase.ts) or glued to the front of a fragment (glued-term.ts).
   */
  termCut?: TermCut;
  /** The page reports (REPORTING_PAGE_MIN_TERMS): a lexicon phrase is no strong evidence there (isLexiconCut). */
  reportingPage: boolean;
}

/** The rule a cut candidate hits: the strongest reading of the evidence. */
export function injectionHit({ candidate, p, opening, reportingPage, termCut }: Accepted): RuleHit {
  if (p >= INLINE_STRONG_P) return INLINE_STRONG_HIT;
  if (opening) return OPENING_KEYWORD_HIT;
  if (termCut === 'term phrase') return TERM_PHRASE_HIT;
  if (termCut === 'glued term') return GLUED_TERM_HIT;
  if (isKitString(candidate)) return INLINE_KIT_HIT;
  if (isForeignCut(candidate)) return INLINE_FOREIGN_HIT;
  if (isLexiconCut(candidate, reportingPage)) return INLINE_LEXICON_HIT;
  if (isKeywordString(candidate)) return INLINE_KEYWORDS_HIT;
  return INLINE_HIT;
}

/**
 * The candidates that do not overlap one another, in text order (a run and a repeated stretch may
 * cover the same copy): the one whose rule scores highest wins, then the most probable. A kit
 * string of 15 letters ("色情电影 五月天,校内1 ,张筱雨的写真", four copies) and a likelier run of its
 * first 7 letters cover the same copy; the run alone is no kit string, so it cut the phrase as a
 * weak injection (session 11).
 */
export function nonOverlapping<T extends Accepted>(accepted: readonly T[]): T[] {
  const kept: T[] = [];
  const strength = new Map<T, number>(accepted.map((c) => [c, injectionHit(c).score]));
  for (const c of [...accepted].sort((a, b) => strength.get(b)! - strength.get(a)! || b.p - a.p)) {
    if (!kept.some((k) => k.candidate.start < c.candidate.end && c.candidate.start < k.candidate.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.candidate.start - b.candidate.start);
}
