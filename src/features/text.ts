import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR } from '../data-dir.js';
import { readDataFile } from '../data-file.js';
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
/** The data file of the month names (data/cues). */
export const MONTH_NAMES_FILE = join(DATA_DIR, 'cues', 'month-names.json');

/** A month name, joiner or day suffix: letters, marks and digits, words separated by one space (no regex syntax). */
const nameSchema = z.string().regex(/^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*$/u, 'letters and digits, words separated by one space');
const nameListSchema = z.array(nameSchema).min(1);

const monthNamesSchema = z.strictObject({
  $comment: z.string(),
  /** Per language, beginnings of month names that any ASCII letters may follow (English "jan" for January, Jan.). */
  stems: z.record(z.string(), nameListSchema),
  /** Per language, whole month names and abbreviations, every form a date uses (Polish listopada, Russian ноября). */
  words: z.record(z.string(), nameListSchema),
  /** Words between the day and the month (Spanish and Portuguese "5 de noviembre"). */
  joinersBeforeMonth: z.array(nameSchema),
  /** Words between the month and the year ("de 2026", "del 2026", Vietnamese "năm 2026"). */
  joinersBeforeYear: z.array(nameSchema),
  /** Ordinal marks a day may carry (French "1er", Portuguese "1º"). */
  daySuffixes: z.array(nameSchema),
});
export type MonthNames = z.infer<typeof monthNamesSchema>;

/** Reads the month names (an error naming the file when it does not fit the schema). */
export function loadMonthNames(path: string = MONTH_NAMES_FILE): MonthNames {
  return readDataFile(monthNamesSchema, path, 'a list of month names');
}

/** Names as one alternation: longest first, a space matching any run of white space (a no-break space too). */
function alternation(names: Iterable<string>): string {
  return [...new Set([...names].map((n) => n.toLowerCase()))]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((n) => n.split(' ').join('\\s+'))
    .join('|');
}

/**
 * The `hasDate` pattern, built from the month names (`datePattern(loadMonthNames())`):
 * - year first: 2024-06-05, 2024/6/5, 2024.06.05, 2024年6月5日, and 6月5日;
 * - month first, English stems only: June 5, 2024, Jan. 5 2024;
 * - day first, any listed month: 5 June 2024, 3. März 2025, 1er novembre 2026, 16 de outubro de
 *   2026, 12 ноября 2026, 20 tháng 11 năm 2026 (a day of 1–2 digits, optionally with "." or a day
 *   suffix, then a month name, then a 19xx/20xx year);
 * - numeric day first: 06/05/2024 with slashes;
 * - the Japanese news dateline's month/day with its weekday: 3/9(木).
 * Case-insensitive; English stems and day-first dates behave as the literal pattern before session 36.
 *
 * Session 36 (helper dates-36): the month names of other languages, written for five bylines and
 * date lines of pages in other languages whose date went unseen, so that context.dateline did not
 * keep them ("12 listopada 2026", "12 نوفمبر 2026"). On the wcxb-dev training folds and the guard
 * sets (1,284 pages), 44 segments of 4 pages became dated, each a real date ("Post by … » 11. Sep
 * 2024" of a German-locale phpBB, "28 février 2019 à 20:36", "1 de diciembre de 2017"); no label
 * and no page type changed, body F1 identical page for page.
 */
export function datePattern(months: MonthNames): RegExp {
  const stems = alternation(Object.values(months.stems).flat());
  const words = alternation(Object.values(months.words).flat());
  const day = months.daySuffixes.length > 0 ? `\\d{1,2}(?:\\.|${alternation(months.daySuffixes)})?` : '\\d{1,2}\\.?';
  const beforeMonth = months.joinersBeforeMonth.length > 0 ? `(?:(?:${alternation(months.joinersBeforeMonth)})\\s+)?` : '';
  const beforeYear = months.joinersBeforeYear.length > 0 ? `(?:(?:${alternation(months.joinersBeforeYear)})\\s+)?` : '';
  const year = '(?:19|20)\\d\\d\\b';
  const parts = [
    '(?:19|20)\\d\\d\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}',
    '\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日',
    `\\b(?:${stems})[a-z]*\\.?\\s+\\d{1,2},?\\s+${year}`,
    `\\b${day}\\s+${beforeMonth}(?:(?:${stems})[a-z]*|${words})\\.?\\s+${beforeYear}${year}`,
    '\\b\\d{1,2}\\/\\d{1,2}\\/(?:19|20)\\d\\d\\b',
    '\\b\\d{1,2}\\/\\d{1,2}\\s*[(（][日月火水木金土][)）]',
  ];
  return new RegExp(parts.join('|'), 'i');
}

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

/** The text features of one segment; `date` is the `hasDate` pattern (datePattern). */
export function textFeatures(text: string, scripts: ScriptCounts, set: SetFeature, date: RegExp): void {
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
  set('hasDate', date.test(text) ? 1 : 0);
}
