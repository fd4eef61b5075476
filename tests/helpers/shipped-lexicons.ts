import { join } from 'node:path';
import { DATA_DIR } from '../../src/data-dir.js';
import { loadLexiconDir } from '../../src/lexicon/load.js';
import { createLexiconMatcher, type LexiconHit } from '../../src/lexicon/matcher.js';
import { addJiebaWords, jiebaPieces } from '../../src/tokenize/jieba.js';
import { createNormalizer } from '../../src/tokenize/normalize.js';
import { loadTraditionalToSimplified } from '../../src/tokenize/traditional.js';

/** The shipped lexicons (data/lexicons/**) through the real matcher, as the pipeline builds it: normaliser, jieba words, token boundaries. */
export const LEXICON_DIR = join(DATA_DIR, 'lexicons');
export const lexicons = await loadLexiconDir(LEXICON_DIR);
export const normalize = createNormalizer(loadTraditionalToSimplified());
export const matcher = createLexiconMatcher(lexicons, normalize);
addJiebaWords(matcher.terms);

/** Every lexicon hit in `text`, with jieba's pieces as token boundaries. */
export function hitsOf(text: string): LexiconHit[] {
  const normalized = normalize(text);
  const boundary = new Uint8Array(normalized.length + 1);
  let at = 0;
  for (const piece of jiebaPieces(normalized)) {
    boundary[at] = 1;
    at += piece.length;
    boundary[at] = 1;
  }
  return matcher.match(normalized, boundary);
}
