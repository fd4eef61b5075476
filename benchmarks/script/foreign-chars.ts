import { createVariantCounter, variantOf } from '../../src/tokenize/variant.js';

/**
 * A Simplified form making at most this share of its uses beside its Traditional forms' in clean
 * Traditional text is foreign to it. On the training folds' Traditional pages the ordinary shared
 * characters sit far above (出 ~100 %, 台 ~80 %, 于 ~15 %) and the Simplified-only ones at 0–2 %
 * (crawled pages quote some Simplified text).
 */
export const MAX_SHARE = 0.05;

/** What the count was made of, for the file's stamp. */
export interface ForeignCount {
  /** The foreign characters, in code-point order, as one string. */
  chars: string;
  documents: number;
  characters: number;
}

/**
 * The Simplified characters that the clean Traditional texts among `texts` do not use (see
 * MAX_SHARE); a character seen in neither form is taken as OpenCC gives it (Simplified). Texts that
 * are not Traditional (tokenize/variant.ts) are skipped.
 */
export function countForeignChars(texts: Iterable<string>, traditionalToSimplified: ReadonlyMap<string, string>): ForeignCount {
  const countVariants = createVariantCounter(traditionalToSimplified);
  const uses = new Map<string, number>();
  let documents = 0;
  let characters = 0;
  for (const text of texts) {
    if (variantOf(countVariants(text)) !== 'traditional') continue;
    documents++;
    for (const ch of text) {
      uses.set(ch, (uses.get(ch) ?? 0) + 1);
      characters++;
    }
  }
  const traditionalForms = new Map<string, string[]>();
  for (const [traditional, simplified] of traditionalToSimplified) traditionalForms.set(simplified, [...(traditionalForms.get(simplified) ?? []), traditional]);
  const foreign: string[] = [];
  for (const [simplified, forms] of traditionalForms) {
    // a character that is itself the Traditional form of another is Traditional
    if (traditionalToSimplified.has(simplified)) continue;
    const own = uses.get(simplified) ?? 0;
    const all = own + forms.reduce((sum, t) => sum + (uses.get(t) ?? 0), 0);
    if (own <= MAX_SHARE * all) foreign.push(simplified);
  }
  foreign.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
  return { chars: foreign.join(''), documents, characters };
}
