import { z } from 'zod';

/**
 * Lexicon file format (data/lexicons/<lang>/<category>.txt):
 *
 *   # description: what the list is for            (required header)
 *   # label: spam | navigation | body              (required header: the label its hits support)
 *   # category: porn                               (optional; default: the file name)
 *   # evidence: phrase | segment                   (optional; default phrase: see LexiconEvidence)
 *   term  [!allowed phrase]… [@word|@token] [*weight]
 *
 * Terms and allow phrases may contain spaces; a field starts at whitespace followed by `!`, `@`
 * or `*`. `!phrase` is an allow-list entry: an occurrence of the term
 * inside that phrase is not a hit (形形色色 for 色色). `@word` asks for word boundaries against
 * Latin letters and digits (the default for terms that begin or end with one); `@token` asks the
 * hit to start and end on tokenizer boundaries. `*N` sets the weight (default 1).
 */

export const LEXICON_LABELS = ['body', 'navigation', 'spam'] as const;
/**
 * What one hit of a list shows. `phrase`: the term itself is the evidence, so a spam term inside
 * ordinary text marks a phrase that may have been injected there (the inline stage starts from it).
 * `segment`: only several different terms together are evidence, read by rules over a segment
 * (`lex.<category>.terms`); one such word inside a clean sentence marks nothing.
 */
export const LEXICON_EVIDENCE = ['phrase', 'segment'] as const;
export type LexiconEvidence = (typeof LEXICON_EVIDENCE)[number];
export type LexiconLabel = (typeof LEXICON_LABELS)[number];
export type Boundary = 'auto' | 'word' | 'token' | 'none';

export interface LexiconTerm {
  term: string;
  allow: string[];
  boundary: Boundary;
  weight: number;
  line: number;
}

export interface Lexicon {
  category: string;
  label: LexiconLabel;
  evidence: LexiconEvidence;
  description: string;
  lang: string;
  source: string;
  terms: LexiconTerm[];
}

export class LexiconError extends Error {
  constructor(
    readonly file: string,
    /** 0: the file as a whole (it could not be read). */
    readonly line: number,
    message: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`);
    this.name = 'LexiconError';
  }
}

const CATEGORY_PATTERN = /^[a-z][a-z0-9-]*$/;
/** `lex.any-spam.*` etc. aggregate all categories of a label; no category may take such a name. */
const RESERVED_CATEGORY_PREFIX = 'any-';
const HEADER_PATTERN = /^#\s*(description|label|category|evidence)\s*:\s*(.*)$/i;
const weightSchema = z.coerce.number().positive().max(100);

export function parseLexicon(text: string, source: string, lang: string, defaultCategory: string): Lexicon {
  const headers = new Map<string, string>();
  const terms: LexiconTerm[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trim();
    if (line === '') return;
    if (line.startsWith('#')) {
      const header = HEADER_PATTERN.exec(line);
      if (header) headers.set(header[1]!.toLowerCase(), header[2]!.trim());
      return;
    }
    terms.push(parseTermLine(line, source, lineNo));
  });

  const description = headers.get('description');
  if (!description) throw new LexiconError(source, 1, 'missing "# description: …" header');
  const label = headers.get('label');
  if (!label || !(LEXICON_LABELS as readonly string[]).includes(label)) {
    throw new LexiconError(source, 1, `missing or bad "# label:" header (expected one of ${LEXICON_LABELS.join(', ')})`);
  }
  const category = headers.get('category') ?? defaultCategory;
  if (!CATEGORY_PATTERN.test(category) || category.startsWith(RESERVED_CATEGORY_PREFIX)) {
    throw new LexiconError(source, 1, `bad category "${category}" (lower-case letters, digits and "-", not starting with "any-")`);
  }
  const evidence = headers.get('evidence') ?? 'phrase';
  if (!(LEXICON_EVIDENCE as readonly string[]).includes(evidence)) {
    throw new LexiconError(source, 1, `bad "# evidence:" header "${evidence}" (expected one of ${LEXICON_EVIDENCE.join(', ')})`);
  }
  return { category, label: label as LexiconLabel, evidence: evidence as LexiconEvidence, description, lang, source, terms };
}

/** Fields start at a space followed by !, @ or * (whitespace runs are collapsed to one space first); the term and allow phrases may contain spaces. One space, not `\s+`: `\s+(?=…)` backtracks quadratically over a long run. */
const FIELD_SPLIT = / (?=[!@*])/;

function parseTermLine(line: string, source: string, lineNo: number): LexiconTerm {
  const [head, ...fields] = line.replace(/\s+/g, ' ').split(FIELD_SPLIT);
  const words = [head!.replace(/\s+/g, ' ')];
  const allow: string[] = [];
  let boundary: Boundary = 'auto';
  let weight = 1;
  for (const field of fields) {
    const value = field.slice(1).trim();
    if (field.startsWith('!')) {
      if (value === '') throw new LexiconError(source, lineNo, 'empty allow-list phrase after "!"');
      allow.push(value.replace(/\s+/g, ' '));
    } else if (field.startsWith('@')) {
      if (value !== 'word' && value !== 'token' && value !== 'none') {
        throw new LexiconError(source, lineNo, `unknown boundary "${field}" (expected @word, @token or @none)`);
      }
      boundary = value;
    } else {
      const parsed = weightSchema.safeParse(value);
      if (!parsed.success) throw new LexiconError(source, lineNo, `bad weight "${field}" (a number in (0, 100])`);
      weight = parsed.data;
    }
  }
  const term = words.join(' ');
  for (const phrase of allow) {
    if (!phrase.includes(term)) {
      throw new LexiconError(source, lineNo, `allow-list phrase "${phrase}" does not contain the term "${term}"`);
    }
  }
  return { term, allow, boundary, weight, line: lineNo };
}
