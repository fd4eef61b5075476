/**
 * Every regular expression that src/ runs, as the ReDoS check (judge.ts) reads it: the regex
 * literals of src/ (regex-sites.ts, shared with the pathological run), the `new RegExp(...)` sites
 * built from src/ constants, and the patterns of data/ that src/ compiles (short-line and
 * status-message files). A `new RegExp` site must be named in CONSTRUCTED, or the list throws: a
 * new one cannot go unchecked.
 */
import { readFileSync } from 'node:fs';
import { CJK_CLASS } from '../../src/bayes/tokens.js';
import { ANSWER_HEADINGS_FILE } from '../../src/classify/answer-list.js';
import { CARD_BADGE } from '../../src/classify/card-badge.js';
import { CREDIT_LINE } from '../../src/classify/credit-line.js';
import { FORM_CONSENT } from '../../src/classify/form-consent.js';
import { FURNITURE_LINE } from '../../src/classify/furniture-line.js';
import { GUEST_APPEAL } from '../../src/classify/guest-appeal.js';
import { loadStatusMessages } from '../../src/classify/status-message.js';
import { SUBSCRIBE_APPEAL } from '../../src/classify/subscribe-appeal.js';
import { TAXONOMY_LINE } from '../../src/classify/taxonomy-line.js';
import { AGE_LINE } from '../../src/classify/age-line.js';
import { QUOTE_PAIRS } from '../../src/doorway/features.js';
import { PRICE, THOUSANDS_SPACE } from '../../src/pagetype/prices.js';
import { datePattern, loadMonthNames } from '../../src/features/text.js';
import { WORD_GAP } from '../../src/tokenize/tokenize.js';
import { findRegexes, regexFromLiteral, type RegexSite } from '../pathological/regex-sites.js';

export interface CheckedRegex {
  /** The site's key (`src/…/file.ts::literal`, as regex-sites.ts writes it), or `data/…json#name` for a data pattern. */
  key: string;
  /** The key of the site of src/ that compiles it (RegexSite.key): the same as key but for data patterns. */
  site: string;
  /** Where a reader finds it: `file:line`, or the data file and the pattern's name. */
  where: string;
  source: string;
  flags: string;
}

/** The flags loadLinePatterns compiles every short-line pattern with (src/classify/short-line.ts). */
const LINE_PATTERN_FLAGS = 'iu';

/** A short-line data file's patterns, each under its own key (the file's `name` of it). */
function linePatterns(site: RegexSite, file: string): CheckedRegex[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { patterns: { name: string; pattern: string }[] };
  const at = file.slice(file.lastIndexOf('/data/') + 1);
  return data.patterns.map(({ name, pattern }) => ({ key: `${at}#${name}`, site: site.key, where: `${at} pattern "${name}"`, source: pattern, flags: LINE_PATTERN_FLAGS }));
}

/**
 * The data files of the short-line passes (src/classify/short-line.ts loadLinePatterns), whose
 * patterns are checked one by one. tests/regex-safety.test.ts checks that every module of
 * src/classify that loads such a file has it here (session 39: guest-appeals.json of session 38
 * had been left out, so its patterns went unchecked).
 */
export const SHORT_LINE_FILES: readonly string[] = [CREDIT_LINE.file, CARD_BADGE.file, FURNITURE_LINE.file, SUBSCRIBE_APPEAL.file, ANSWER_HEADINGS_FILE, FORM_CONSENT.file, GUEST_APPEAL.file, TAXONOMY_LINE.file, AGE_LINE.file];

const fromRegExp = (site: RegexSite, re: RegExp): CheckedRegex => ({ key: site.key, site: site.key, where: `${site.file}:${site.line}`, source: re.source, flags: re.flags });

/**
 * What each `new RegExp(...)` of src/ compiles, keyed by its site's text (the file and the call as
 * written): the regexes built from the same constants or data files that src/ uses.
 */
const CONSTRUCTED: Record<string, (site: RegexSite) => CheckedRegex[]> = {
  'src/bayes/tokens.ts::new RegExp(`^[${CJK_CLASS}]$`, \'u\')': (site) => [fromRegExp(site, new RegExp(`^[${CJK_CLASS}]$`, 'u'))],
  'src/doorway/features.ts::new RegExp(`[${QUOTE_PAIRS.flat().join(\'\')}]`, \'g\')': (site) => [fromRegExp(site, new RegExp(`[${QUOTE_PAIRS.flat().join('')}]`, 'g'))],
  'src/doorway/features.ts::new RegExp(`[${CJK_CLASS}]+`, \'gu\')': (site) => [fromRegExp(site, new RegExp(`[${CJK_CLASS}]+`, 'gu'))],
  // the patterns of the short-line files, one by one (what each pass tests a line against)
  'src/classify/short-line.ts::new RegExp(pattern, LINE_PATTERN_FLAGS)': (site) => SHORT_LINE_FILES.flatMap((file) => linePatterns(site, file)),
  'src/classify/status-message.ts::new RegExp(`^(?:${patterns.map((p) => `(?:${p})`).join(\'|\')})$`, \'iu\')': (site) => [fromRegExp(site, loadStatusMessages().whole)],
  // the price pattern, built from the currency lists of the same file (signs, codes before and after an amount)
  'src/pagetype/prices.ts::new RegExp(`${SIGN_FIRST}|${AMOUNT_START}${AMOUNT_FIRST}`, \'gu\')': (site) => [fromRegExp(site, PRICE)],
  // the thousands-group spaces countPrices makes points before it counts
  'src/pagetype/prices.ts::new RegExp(`(?<=\\\\d)${GROUP_SPACE}(?=\\\\d{3}(?!\\\\d))`, \'g\')': (site) => [fromRegExp(site, THOUSANDS_SPACE)],
  // the hasDate pattern as createSifter builds it from data/cues/month-names.json
  "src/features/text.ts::new RegExp(parts.join('|'), 'i')": (site) => [fromRegExp(site, datePattern(loadMonthNames()))],
  // the gap between words of the Latin tokenizer, bounded by MAX_GAP_UNITS
  "src/tokenize/tokenize.ts::new RegExp(`[^\\\\p{L}\\\\p{M}\\\\p{N}'’]{1,${MAX_GAP_UNITS}}`, 'u')": (site) => [fromRegExp(site, WORD_GAP)],
  // compiles() only asks whether a data file's pattern is valid; the patterns it sees are the ones above
  'src/data-file.ts::new RegExp(source, flags)': () => [],
};

/** Every regex src/ runs (see the module comment); throws on a `new RegExp` site CONSTRUCTED does not name. */
export function checkedRegexes(): CheckedRegex[] {
  const out: CheckedRegex[] = [];
  for (const site of findRegexes()) {
    if (site.literal.startsWith('/')) {
      out.push(fromRegExp(site, regexFromLiteral(site.literal)));
      continue;
    }
    const build = CONSTRUCTED[site.key];
    if (build === undefined) throw new Error(`${site.file}:${site.line}: ${site.literal} is built at run time: say in CONSTRUCTED (benchmarks/regex-safety/regexes.ts) what it compiles`);
    out.push(...build(site));
  }
  return out;
}

/** The keys CONSTRUCTED names, to find the ones no longer in src/. */
export const CONSTRUCTED_KEYS: readonly string[] = Object.keys(CONSTRUCTED);
