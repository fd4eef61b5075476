/** Inputs crafted against one regex of src/, timed through sift(). */
import type { Family } from '../families.js';
import { page, r } from './inputs.js';

// the hasDate pattern, built from data/cues/month-names.json (features/text.ts datePattern)
const DATE = r('features/text.ts', "new RegExp(parts.join('|'), 'i')");

export const REGEX_FAMILIES: Family[] = [
  {
    id: 'regex-html-sniff',
    group: 'regex',
    what: 'string: tab×N + `<div ` (no `>`)×N/5 (the HTML sniff reads 4096 chars)',
    n: 500_000,
    make: (n) => `${'\t'.repeat(n)}${'<div '.repeat(n / 5)}`,
    regexes: [
      r('decode/input.ts', '/^\\s*(?:<!doctype\\s+html|<html[\\s>]|<\\?xml|<head[\\s>]|<body[\\s>]|<!--)/i'),
      r('decode/input.ts', '/<\\/?(?:html|head|body|title|meta|div|p|a|span|table|td|br|ul|li|h[1-6]|script|style|link)\\b(?:[^<>]*>|\\s+[a-z][\\w-]*\\s*=\\s*["\']?)/gi'),
      r('decode/input.ts', '/[<>]/'),
    ],
  },
  {
    id: 'stars-run',
    group: 'html',
    what: '`<p>` + `*`×N + `x</p>` (a run of asterisks: the stars marker, once the quadratic `\\*{4,}\\s*$`, now endsWith)',
    n: 1_000_000,
    make: (n) => page(`<p>${'*'.repeat(n)}x</p>`),
  },
  {
    id: 'regex-pinyin-gloss',
    group: 'regex',
    what: '`中(ā`×N',
    n: 250_000,
    make: (n) => page(`<p>${'中(ā'.repeat(n)}</p>`),
    regexes: [r('features/markers.ts', '/\\p{Script=Han}[(（](?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,6}[)）]/gu')],
  },
  {
    id: 'regex-glyph-noise',
    group: 'regex',
    what: '`中♀`×N',
    n: 250_000,
    make: (n) => page(`<p>${'中♀'.repeat(n)}</p>`),
    regexes: [r('features/markers.ts', '/\\p{Script=Han}[♀♂☆★◆◇■□▲△▼▽●○◎※]\\p{Script=Han}/gu')],
  },
  {
    id: 'regex-tag-leak',
    group: 'regex',
    what: 'text: `<tr id=abc1 `×N (tag-leak near misses, never closed)',
    n: 100_000,
    make: (n) => '<tr id=abc1 '.repeat(n),
    regexes: [r('features/markers.ts', '/<[a-z]{1,8}\\s+(?:id|class)=["\']?[a-z]{2,6}\\d{1,5}["\']?\\s*>/gi')],
  },
  {
    id: 'regex-fake-source',
    group: 'regex',
    what: '`<p>` + `来源: 1391234567 `×N (fake-source near misses)',
    n: 60_000,
    make: (n) => page(`<p>${'来源: 1391234567 '.repeat(n)}</p>`),
    regexes: [r('features/markers.ts', '/[来來]源\\s*[:：]\\s*1[3-9]\\d{9}(?!\\d)/')],
  },
  {
    id: 'regex-sentence-punct',
    group: 'regex',
    what: '`<p>` + `.`×N + `!)`×N + ` »`×N + `x</p>`',
    n: 400_000,
    make: (n) => page(`<p>${'.'.repeat(n)}${'!)'.repeat(n)}${' »'.repeat(n)}x</p>`),
    regexes: [r('features/text.ts', '/[。！？；!?;؟؛۔।]|\\.(?=\\s|$|["\'”’“»›)）])/g'), r('features/text.ts', '/(?:[。！？!?…؟۔।]|\\.)(?:[\\s\\u00a0\\u202f]?["\'”’“»›」』)）\\]])*$/u')],
  },
  {
    id: 'regex-date',
    group: 'regex',
    what: '`2020-1 1月1 jan 1, 1 may 1/1/ 3/9(x `×N (date near misses)',
    n: 40_000,
    make: (n) => page(`<p>${'2020-1 1月1 jan 1, 1 may 1/1/ 3/9(x '.repeat(n)}</p>`),
    regexes: [
      DATE,
    ],
  },
  {
    id: 'regex-date-month-run',
    group: 'regex',
    what: '`jan` + `a`×N (one month-word run)',
    n: 1_000_000,
    make: (n) => page(`<p>1 jan${'a'.repeat(n)}</p>`),
    regexes: [DATE],
  },
  {
    id: 'regex-date-weekday-space-run',
    group: 'regex',
    what: '`3/9` + space×N + `(x` (a month/day then one long run before a parenthesis that is no weekday)',
    n: 1_000_000,
    make: (n) => page(`<p>3/9${' '.repeat(n)}(x</p>`),
    regexes: [DATE],
  },
  {
    id: 'regex-lexicon-boundary',
    group: 'regex',
    what: '`online casinox `×N (term hits that fail the word boundary)',
    n: 60_000,
    make: (n) => page(`<p>${'online casinox '.repeat(n)}</p>`),
    regexes: [r('lexicon/matcher.ts', '/[\\p{Script=Latin}\\p{Nd}_\\p{M}]|(?=[\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Arabic}])\\p{L}/u')],
  },
  {
    id: 'regex-scripts',
    group: 'regex',
    what: 'text: `あ한中é١　`×N (every script class)',
    n: 150_000,
    make: (n) => 'あ한中é١\u3000'.repeat(n),
    regexes: [
      r('tokenize/script.ts', '/\\s/u'),
      r('tokenize/script.ts', '/\\p{Script=Han}/u'),
      r('tokenize/script.ts', '/[\\p{Script=Hiragana}\\p{Script=Katakana}]/u'),
      r('tokenize/script.ts', '/\\p{Script=Hangul}/u'),
      r('tokenize/script.ts', '/\\p{Script=Latin}/u'),
      r('tokenize/script.ts', '/\\p{Nd}/u'),
    ],
  },
];
