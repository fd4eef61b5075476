import type { ScriptCounts } from '../tokenize/script.js';
import type { SetFeature } from './feature-set.js';

/**
 * Length and punctuation, counted in characters (jusText's whitespace word count gives F1 0.15 on
 * Chinese, DESIGN §4). Punctuation density works across scripts (CETD, GNE).
 */

/**
 * One Han/kana/Hangul character counts as this many Latin characters in `weightedChars`:
 * an English word is ~4.7 letters + 1 space, a Chinese word ~1.6 characters, so one Han
 * character carries about 3.5 Latin characters of text; rounded down to stay conservative.
 */
export const HAN_CHAR_WEIGHT = 3;

/**
 * Sentence and clause marks of the scripts pagesift reads: Latin, CJK full-width, Arabic (؟ ؛ ،),
 * Urdu's full stop (۔) and the Devanagari danda (।). A full stop counts before a space, the end, or
 * a closing quote or bracket: English ” ’, German “ (its closing quote), French and Russian » and ›
 * (session 36: a German, French or Russian paragraph ending `.“` or `.»` never ended like a
 * sentence). French sets a space before » (`. »`): the space is allowed before a closing mark.
 */
const SENTENCE_PUNCT = /[。！？；!?;؟؛۔।]|\.(?=\s|$|["'”’“»›)）])/g;
const CLAUSE_PUNCT = /[，、,：:،]/g;
const ENDS_WITH_SENTENCE = /(?:[。！？!?…؟۔।]|\.)(?:[\s\u00a0\u202f]?["'”’“»›」』)）\]])*$/u;
// 2024-06-05, 2024/6/5, 2024.06.05, 2024年6月5日, 5 June 2024, June 5, 2024, 06/05/2024, and the
// Japanese news dateline's month/day with its weekday: 3/9(木)
const DATE = /(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b|\b\d{1,2}\/\d{1,2}\/(?:19|20)\d\d\b|\b\d{1,2}\/\d{1,2}\s*[(（][日月火水木金土][)）]/i;

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/** Length with each Han/kana/Hangul character counted as HAN_CHAR_WEIGHT Latin characters. */
export function weightedLength(scripts: ScriptCounts): number {
  const wide = scripts.han + scripts.kana + scripts.hangul;
  return scripts.chars - wide + wide * HAN_CHAR_WEIGHT;
}

export function textFeatures(text: string, scripts: ScriptCounts, set: SetFeature): void {
  const chars = scripts.chars;
  const wide = scripts.han + scripts.kana + scripts.hangul;
  const sentencePunct = count(text, SENTENCE_PUNCT);
  const clausePunct = count(text, CLAUSE_PUNCT);
  set('chars', chars);
  set('weightedChars', weightedLength(scripts));
  set('hanShare', chars === 0 ? 0 : scripts.han / chars);
  set('latinShare', chars === 0 ? 0 : scripts.latin / chars);
  set('sentencePunct', sentencePunct);
  set('clausePunct', clausePunct);
  set('punctDensity', chars === 0 ? 0 : (sentencePunct + clausePunct) / chars);
  set('endsWithSentencePunct', ENDS_WITH_SENTENCE.test(text) ? 1 : 0);
  set('hasDate', DATE.test(text) ? 1 : 0);
}
