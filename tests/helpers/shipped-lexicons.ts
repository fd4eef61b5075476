import { join } from 'node:path';
import { DATA_DIR } from '../../src/data-dir.js';
import { loadLexiconDir } from '../../src/lexicon/load.js';
import { createLexiconMatcher, type LexiconHit } from '../../src/lexicon/matcher.js';
import { addJiebaWords } from '../../src/tokenize/jieba.js';
import { createNormalizer } from '../../src/tokenize/normalize.js';
import { tokenize } from '../../src/tokenize/tokenize.js';
import { loadTraditionalToSimplified } from '../../src/tokenize/traditional.js';

/** The shipped lexicons (data/lexicons/**) through the real matcher, as the pipeline builds it: normaliser, jieba words, the tokenizer's boundaries. */
export const LEXICON_DIR = join(DATA_DIR, 'lexicons');
export const lexicons = await loadLexiconDir(LEXICON_DIR);
export const normalize = createNormalizer(loadTraditionalToSimplified());
export const matcher = createLexiconMatcher(lexicons, normalize);
addJiebaWords(matcher.terms);

/** Every lexicon hit in `text`, with the pipeline's token boundaries (tokenize/tokenize.ts). */
export function hitsOf(text: string): LexiconHit[] {
  const normalized = normalize(text);
  return matcher.match(normalized, tokenize(normalized).boundary);
}

/**
 * Every hit in `text` of the shipped lexicons of one category in the languages `langs` alone, matched
 * without token boundaries (a term hits wherever its word boundaries allow): whether those languages'
 * lists stay silent on text in another language.
 */
export function listHitsOf(category: string, langs: ReadonlySet<string>): (text: string) => LexiconHit[] {
  const only = createLexiconMatcher(
    lexicons.filter((l) => l.category === category && langs.has(l.lang)),
    normalize,
  );
  return (text) => {
    const normalized = normalize(text);
    return only.match(normalized, new Uint8Array(normalized.length + 1));
  };
}
