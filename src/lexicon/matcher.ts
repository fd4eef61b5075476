import { buildAutomaton } from './automaton.js';
import type { Boundary, Lexicon, LexiconLabel } from './parse.js';
import type { Normalize } from '../tokenize/normalize.js';

/** One lexicon hit, with offsets into the (same-length) normalised and original text. */
export interface LexiconHit {
  category: string;
  label: LexiconLabel;
  term: string;
  weight: number;
  start: number;
  end: number;
  /** Whether the hit alone marks a phrase (its list's `# evidence:` is `phrase`, parse.ts). */
  marksPhrase: boolean;
}

/** Whether a hit is spam evidence on its own: a spam term of a phrase-evidence list (parse.ts LexiconEvidence). */
export function isSpamPhrase(hit: Pick<LexiconHit, 'label' | 'marksPhrase'>): boolean {
  return hit.label === 'spam' && hit.marksPhrase;
}

export interface LexiconMatcher {
  /** Categories and the label their hits support, in load order. */
  readonly categories: ReadonlyMap<string, LexiconLabel>;
  /** Every term, normalised (the tokenizer adds them as words so they stay whole). */
  readonly terms: readonly string[];
  /**
   * Hits in `normalized` text. `tokenBoundary[i]` is 1 where a token starts or ends at offset i;
   * terms marked @token need it, the others ignore it.
   */
  match(normalized: string, tokenBoundary: Uint8Array): LexiconHit[];
}

interface CompiledTerm {
  term: string;
  category: string;
  label: LexiconLabel;
  weight: number;
  marksPhrase: boolean;
  wordStart: boolean;
  wordEnd: boolean;
  token: boolean;
  /** Allow-list phrases with the offset(s) of the term inside each. */
  allow: { phrase: string; offsets: number[] }[];
}

/**
 * Characters a word-bounded term may not touch: Latin letters, digits and `_`, letters of the other
 * alphabets written with spaces between words (Cyrillic, Greek, Arabic: вход, the log-in link, must not
 * fire inside входит; الرئيسية not inside والرئيسية), and combining marks (a letter's accent written apart, an
 * Arabic vowel sign). Han, kana and Thai letters are not: those scripts put no space between words.
 */
const WORDISH = /[\p{Script=Latin}\p{Nd}_\p{M}]|(?=[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}])\p{L}/u;

function isWordish(ch: string | undefined): boolean {
  return ch !== undefined && WORDISH.test(ch);
}

function offsetsOf(phrase: string, term: string): number[] {
  const offsets: number[] = [];
  for (let at = phrase.indexOf(term); at >= 0; at = phrase.indexOf(term, at + 1)) offsets.push(at);
  return offsets;
}

function compile(term: string, boundary: Boundary): Pick<CompiledTerm, 'wordStart' | 'wordEnd' | 'token'> {
  switch (boundary) {
    case 'word':
      return { wordStart: true, wordEnd: true, token: false };
    case 'token':
      return { wordStart: false, wordEnd: false, token: true };
    case 'none':
      return { wordStart: false, wordEnd: false, token: false };
    case 'auto':
      return { wordStart: isWordish(term[0]), wordEnd: isWordish(term[term.length - 1]), token: false };
  }
}

export function createLexiconMatcher(lexicons: readonly Lexicon[], normalize: Normalize): LexiconMatcher {
  const compiled: CompiledTerm[] = [];
  const categories = new Map<string, LexiconLabel>();
  for (const lexicon of lexicons) {
    const known = categories.get(lexicon.category);
    if (known !== undefined && known !== lexicon.label) {
      throw new Error(`lexicon category "${lexicon.category}" has two labels (${known}, ${lexicon.label}); see ${lexicon.source}`);
    }
    categories.set(lexicon.category, lexicon.label);
    for (const entry of lexicon.terms) {
      const term = normalize(entry.term);
      compiled.push({
        term,
        category: lexicon.category,
        label: lexicon.label,
        weight: entry.weight,
        marksPhrase: lexicon.evidence === 'phrase',
        ...compile(term, entry.boundary),
        allow: entry.allow.map((raw) => {
          const phrase = normalize(raw);
          return { phrase, offsets: offsetsOf(phrase, term) };
        }),
      });
    }
  }
  const automaton = buildAutomaton(compiled.map((c) => c.term));

  function allowed(text: string, start: number, entry: CompiledTerm): boolean {
    for (const { phrase, offsets } of entry.allow) {
      for (const offset of offsets) {
        const from = start - offset;
        if (from >= 0 && text.startsWith(phrase, from)) return true;
      }
    }
    return false;
  }

  return {
    categories,
    terms: [...new Set(compiled.map((c) => c.term))],
    match(normalized, tokenBoundary) {
      const hits: LexiconHit[] = [];
      automaton.scan(normalized, ({ pattern, start, end }) => {
        const entry = compiled[pattern]!;
        if (entry.wordStart && isWordish(normalized[start - 1])) return;
        if (entry.wordEnd && isWordish(normalized[end])) return;
        if (entry.token && (tokenBoundary[start] !== 1 || tokenBoundary[end] !== 1)) return;
        if (entry.allow.length > 0 && allowed(normalized, start, entry)) return;
        hits.push({ category: entry.category, label: entry.label, term: entry.term, weight: entry.weight, start, end, marksPhrase: entry.marksPhrase });
      });
      return withoutContained(hits);
    },
  };
}

/**
 * Drop hits lying inside a longer hit of the same label: 主站蜘蛛池模板 is one marker, not three
 * (蜘蛛池, 蜘蛛池模板, 主站蜘蛛池模板), so counts of hits measure phrases, not overlaps. Hits with the
 * very same span in other categories stay (a user lexicon repeating a built-in term). The result
 * is ordered by start offset.
 */
function withoutContained(hits: LexiconHit[]): LexiconHit[] {
  if (hits.length < 2) return hits;
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  // per label: the span of the hit that reaches furthest so far
  const longest: Partial<Record<LexiconLabel, LexiconHit>> = {};
  const kept: LexiconHit[] = [];
  for (const hit of sorted) {
    const cover = longest[hit.label];
    const sameSpan = cover !== undefined && cover.start === hit.start && cover.end === hit.end;
    if (cover !== undefined && hit.end <= cover.end && !sameSpan) continue;
    if (cover === undefined || hit.end > cover.end) longest[hit.label] = hit;
    kept.push(hit);
  }
  return kept;
}
