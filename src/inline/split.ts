import { isSpamPhrase } from '../lexicon/matcher.js';
import type { BayesModel } from '../bayes/model.js';
import type { LabelledSegment } from '../classify/classify.js';
import type { RuleHit } from '../rules/engine.js';
import type { CountVariants } from '../tokenize/variant.js';
import { alignToMarkup, spanOf, type Aligned } from './align.js';
import { inlineCandidates, injectionProbability, isJapaneseText, injectionThreshold, pageContext, type Candidate, type PageContext, type TermSpan } from './candidates.js';
import { injectionHit, INLINE_STRONG_SCORE, isForeignKit, isForeignKitInList, isOpeningKeyword, isParticleEmbedded, isTopicMention, nonOverlapping, OPENING_KEYWORD_MAX_COPIES, OPENING_KEYWORD_MAX_START, type Accepted } from './evidence.js';
import { sharedContext } from './extend.js';
import { pageTerms, termPhrases } from './term-phrase.js';
import { gluedTerms } from './glued-term.js';

/**
 * Phrases spliced into ordinary text become segments of their own: a body or navigation segment
 * holding an injected run is cut into the text before it (same label), the run (label spam,
 * `source.kind` "inline") and the text after it. Ordinary mentions stay in their sentence: a run
 * is cut out only when the fitted evidence (candidates.ts) says it was spliced in.
 */

export interface InlineContext {
  model: BayesModel | undefined;
  countVariants: CountVariants;
  /** The decoded input, to give pieces of text input their exact offsets and to find pieces of HTML in their markup. */
  input: string;
  inputKind: 'html' | 'text';
  /** Whether the page reports on spam topics (features/lexicon.ts isReportingPage): its weak cuts count once toward the verdict. */
  reportingPage: boolean;
}

function evidence({ candidate, p, termCut }: Accepted, tokens: readonly string[]): string[] {
  const f = candidate.features;
  // a term phrase or a glued term is cut whatever the model says (term-phrase.ts, glued-term.ts): its probability is not read
  const out: string[] = [termCut ?? `p=${p.toFixed(2)}`];
  if (f.repeats > 0) out.push(`repeated ${f.repeats + 1}×`);
  if (f.scriptSwitch === 1 || candidate.foreignScript) out.push('script switch');
  if (f.separators > 0) out.push('keyword separators');
  return [...out, ...tokens];
}

/**
 * Offsets of a piece of a segment in the input: exact for text input; for HTML, the markup from
 * the piece's first character to its last (align.ts; splitInjections cuts no segment whose text
 * cannot be followed through its markup), or the whole segment's span for a piece of spaces only.
 */
function sourceSpan(segment: LabelledSegment, aligned: Aligned | undefined, from: number, to: number, context: InlineContext): { start: number; end: number } {
  const { block } = segment;
  if (context.inputKind === 'text') return { start: block.start + from, end: block.start + to };
  const span = aligned === undefined ? undefined : spanOf(aligned, from, to);
  return span === undefined ? { start: block.start, end: block.end } : { start: block.start + span.start, end: block.start + span.end };
}

function piece(segment: LabelledSegment, aligned: Aligned | undefined, pieceFrom: number, pieceTo: number, context: InlineContext, injected?: Accepted & { phrase: string }): LabelledSegment {
  const { block } = segment;
  let from = pieceFrom;
  let to = pieceTo;
  while (from < to && /\s/u.test(block.text[from]!)) from++;
  while (to > from && /\s/u.test(block.text[to - 1]!)) to--;
  const span = sourceSpan(segment, aligned, from, to, context);
  const lexiconHits = segment.lexiconHits.filter((h) => h.start >= from && h.end <= to).map((h) => ({ ...h, start: h.start - from, end: h.end - from }));
  const base = {
    block: { ...block, text: block.text.slice(from, to), start: span.start, end: span.end, ...(injected ? { kind: 'inline' as const, list: undefined } : {}) },
    normalized: segment.normalized.slice(from, to),
    lexiconHits,
    features: segment.features,
    bayes: undefined,
    kitOnly: false,
  };
  if (!injected) return { ...base, label: segment.label, scores: segment.scores, hits: segment.hits };
  const shared = injectionHit(injected);
  const inRun = (segment.bayes?.top ?? []).filter((t) => segment.normalized.slice(from, to).includes(t.token)).map((t) => t.token);
  const hit: RuleHit = Object.freeze({ ...shared, tokens: evidence(injected, inRun) });
  return { ...base, label: 'spam', scores: { body: 0, navigation: 0, spam: hit.score }, hits: [hit], phrase: injected.phrase };
}

/** Trim a run to its word characters' ends (a run may start or end on punctuation). */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s\p{P}\p{S}]/u.test(text[start]!)) start++;
  while (end > start && /[\s\p{P}\p{S}]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * The opening keyword a candidate of the page's first body text holds (isOpeningKeyword), or
 * undefined. The candidate is first cut back to end at its last spam-lexicon term: a run of spam-like
 * characters may spill from the heading into the sentence after it ("澳门永利贵宾会手机版 今年高考期间，
 * 市出租车…"), and the sentence's words are the page's own.
 */
function openingKeyword(candidate: Candidate, spamTerms: readonly TermSpan[], segment: LabelledSegment, page: PageContext, bodyChars: number): Candidate | undefined {
  const start = candidate.start - leadingSpaces(segment.block.text);
  if (start > OPENING_KEYWORD_MAX_START || candidate.features.lexiconShare === 0) return undefined;
  let end = candidate.start;
  for (const term of spamTerms) if (term.start >= candidate.start && term.start < candidate.end) end = Math.max(end, Math.min(term.end, candidate.end));
  if (end <= candidate.start) return undefined;
  const run = segment.normalized.slice(candidate.start, end);
  if (page.textIndex.occurrences(run, OPENING_KEYWORD_MAX_COPIES + 1) > OPENING_KEYWORD_MAX_COPIES) return undefined;
  const support = page.support(run);
  const trimmed: Candidate = { ...candidate, end, features: { ...candidate.features, pageSupport: support } };
  return isOpeningKeyword(trimmed, start, bodyChars - (end - candidate.start)) ? trimmed : undefined;
}

/**
 * A cut [start, end) grown by the text its copies on the page share (extend.ts), never past `from`
 * (where the cut before it ended) or `to` (where the next one starts), and trimmed again.
 */
function withSharedContext([start, end]: [number, number], segment: LabelledSegment, page: PageContext, from: number, to: number): [number, number] {
  const { before, after } = sharedContext(page.normalizedText, segment.normalized.slice(start, end), page.textIndex);
  if (before === 0 && after === 0) return [start, end];
  return trimmed(segment.block.text, Math.max(from, start - before), Math.min(to, end + after));
}

function leadingSpaces(text: string): number {
  return text.length - text.trimStart().length;
}

export function splitInjections(segments: readonly LabelledSegment[], context: InlineContext): LabelledSegment[] {
  const { model } = context;
  if (model === undefined) return [...segments];
  const page = pageContext(segments.map((s) => s.normalized), context.countVariants);
  // the page's first body text, where a keyword heading sits (isOpeningKeyword)
  const openingSegment = segments.find((s) => s.label === 'body' && s.block.kind !== 'title' && s.block.text.trim() !== '');
  let bodyChars = 0;
  for (const s of segments) if (s.label === 'body') bodyChars += s.normalized.length;
  const { reportingPage } = context;
  const terms = pageTerms(segments);
  const out: LabelledSegment[] = [];
  for (const segment of segments) {
    // segments without per-character scores (features/segment-features.ts: lists, judged whole, and text in
    // which no cut is possible) get no candidates (inlineCandidates) and stay whole
    if (segment.label === 'spam' || segment.bayes === undefined) {
      out.push(segment);
      continue;
    }
    // a word of a segment-evidence list (parse.ts LexiconEvidence) marks no phrase
    const spamTerms = segment.lexiconHits.filter(isSpamPhrase);
    const accepted: (Accepted & { minP: number })[] = inlineCandidates(model, segment.block.text, segment.normalized, segment.bayes, spamTerms, page)
      .map((candidate) => {
        const opening = segment === openingSegment ? openingKeyword(candidate, spamTerms, segment, page, bodyChars) : undefined;
        return { candidate: opening ?? candidate, p: injectionProbability(model, candidate), minP: injectionThreshold(model, candidate), opening: opening !== undefined, reportingPage };
      })
      // a list read for kit strings only (features/segment-features.ts kitOnlyList) gives up nothing else
      .filter((c) => (segment.kitOnly ? isForeignKitInList(c.candidate) : (c.p >= c.minP && !isTopicMention(c.candidate) && !isParticleEmbedded(c.candidate, segment.normalized)) || isForeignKit(c.candidate) || c.opening));
    // a spam term standing as a phrase of its own is cut in any segment, lists included (term-phrase.ts)
    // and so is a gambling term glued to the front of a fragment (glued-term.ts)
    if (!reportingPage && !isJapaneseText(segment.block.text)) {
      for (const candidate of termPhrases(segment.normalized, spamTerms, page, terms)) accepted.push({ candidate, p: 0, minP: 1, opening: false, termCut: 'term phrase', reportingPage });
      for (const candidate of gluedTerms(segment.normalized, spamTerms, page, terms)) accepted.push({ candidate, p: 0, minP: 1, opening: false, termCut: 'glued term', reportingPage });
    }
    if (accepted.length === 0) {
      out.push(segment);
      continue;
    }
    const aligned = context.inputKind === 'html' ? alignToMarkup(segment.block.text, context.input.slice(segment.block.start, segment.block.end)) : undefined;
    // markup the text cannot be followed through (a legacy reference without its semicolon, broken
    // tags): no piece could be given a span that starts and ends where its text does, so nothing is cut
    if (context.inputKind === 'html' && aligned === undefined) {
      out.push(segment);
      continue;
    }
    let at = 0;
    const kept = nonOverlapping(accepted);
    for (const [i, injected] of kept.entries()) {
      const core = trimmed(segment.block.text, injected.candidate.start, injected.candidate.end);
      if (core[1] <= core[0] || core[0] < at) continue;
      const [start, end] = withSharedContext(core, segment, page, at, kept[i + 1]?.candidate.start ?? segment.block.text.length);
      if (segment.block.text.slice(at, start).trim() !== '') out.push(piece(segment, aligned, at, start, context));
      out.push(piece(segment, aligned, start, end, context, { ...injected, phrase: segment.normalized.slice(core[0], core[1]) }));
      at = end;
    }
    if (segment.block.text.slice(at).trim() !== '') out.push(piece(segment, aligned, at, segment.block.text.length, context));
  }
  return out;
}

/**
 * On a page that reports (REPORTING_PAGE_MIN_TERMS), the weak inline cuts (score under
 * INLINE_STRONG_SCORE: a lexicon phrase is cut there as a weak injection at most, isLexiconCut) all
 * count once toward the verdict, under this key: each is "no strong evidence, the verdict needs
 * other evidence", and two of them are still none. A news feature on Macau's VIP rooms was flagged
 * by two different weak cuts (博彩中介, 博彩平台) summing to twice the threshold (development batch,
 * session 13); out of fold on the pool's training folds no spam page changed. Elsewhere each
 * distinct phrase counts (its copies once: pipeline.ts).
 */
export const WEAK_ON_REPORTING_PAGE_KEY = 'inline: weak cuts on a page that reports';

/** The verdict's count-once key of an inline piece (classify/verdict.ts pageVerdict): the phrase the evidence found (before the cut grew by its copies' shared text, extend.ts), or WEAK_ON_REPORTING_PAGE_KEY. */
export function inlineCountOnceKey(segment: Pick<LabelledSegment, 'normalized' | 'scores' | 'phrase'>, reportingPage: boolean): string {
  return reportingPage && segment.scores.spam < INLINE_STRONG_SCORE ? WEAK_ON_REPORTING_PAGE_KEY : (segment.phrase ?? segment.normalized);
}
