/**
 * Pathological inputs: does `sift()` stay linear in the size of what an attacker can send?
 *
 *   npx tsx benchmarks/pathological.ts [--out benchmarks/results/pathological.json]
 *                                      [--markdown benchmarks/RESULTS.md] [--only REGEX]
 *                                      [--scale F] [--timeout SECONDS]
 *
 *   --out FILE      JSON results (directories are created); default benchmarks/results/pathological.json,
 *                   except with --only: a partial run writes JSON only where --out says
 *   --markdown FILE write/replace the section between <!-- pathological:start --> and
 *                   <!-- pathological:end --> (appended when the markers are missing; nothing else in
 *                   the file is touched)
 *   --only REGEX    run only the families whose id matches (not with --markdown: merge partial runs
 *                   into the full JSON and write the table with --from-json)
 *   --scale F       multiply every base size by F (e.g. 0.25 for a quick run)
 *   --timeout S     a single measurement taking longer than this is killed and counted as a
 *                   timeout (default 60)
 *   --from-json F   do not measure: write --markdown from the JSON of an earlier run
 *
 * Every family is an input shape (deep nesting, a line with no break, a million separators, …) or
 * an input crafted against one regex of src/. Each family runs in its own child process (one
 * sifter, created before the clock starts; a warm-up sift at n/8), which sifts the shape at sizes
 * n, 2n, 4n, 8n: the time of `sift()` (median of up to 5 runs when a run is short), the child's
 * peak RSS after that size, and the growth ratio per doubling. A family is NON-LINEAR when the
 * time grows by more than NON_LINEAR_RATIO per doubling at the top sizes (8n vs 4n), or when a
 * measurement times out.
 *
 * The regexes are found in src/ with the TypeScript parser (every regex literal and every
 * `new RegExp`); each must be the target of some family — the report lists any that is not.
 * Regexes that only ever see configuration (lexicon/rule files, options, CLI file names) are
 * timed directly on their crafted input ("direct" families); all others through `sift()`.
 */
import { writeSection } from './markdown.js';
import { fork } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Parser } from 'htmlparser2';
import ts from 'typescript';
import { createSifter, type SiftInput, type SifterOptionsInput } from '../src/index.js';
import { ruleSchema, type Rule } from '../src/rules/schema.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = 'benchmarks/results/pathological.json';
/** Time growth per doubling above which a family is flagged NON-LINEAR (linear: 2, quadratic: 4). */
export const NON_LINEAR_RATIO = 3;
/** Top-size times below this are too short to judge a ratio on (noise). */
const MIN_JUDGED_MS = 20;
const DOUBLINGS = [1, 2, 4, 8] as const;

// ---------------------------------------------------------------------------------------------
// Families

type Group = 'html' | 'text' | 'bytes' | 'regex' | 'direct' | 'dependency';
type DirectUse = 'test' | 'split' | 'replace';

interface Family {
  id: string;
  group: Group;
  /** What the input is, for the table. */
  what: string;
  /** Base size n; sizes are n, 2n, 4n, 8n (times --scale). */
  n: number;
  make(n: number): SiftInput;
  /** Regexes this family is built against: `path/from/root.ts::/literal/flags` (or the `new RegExp(...)` text). */
  regexes?: string[];
  options?: SifterOptionsInput;
  /** Direct families run this regex (taken from the source) on the input instead of sift(). */
  direct?: { key: string; use: DirectUse };
  /** Dependency families run this instead of sift() (to attribute a cost to a dependency). */
  run?: (input: SiftInput) => void;
}

/** A valid rule whose id the rule-id families replace (the schema checks the length before the pattern). */
const SAMPLE_RULE: Rule = { id: 'spam.sample', description: 'a sample rule for the rule-id families', label: 'spam', score: 1, when: { feature: 'chars', gte: 1 } };
const page = (body: string, title = 'pathological page'): string => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const asString = (input: SiftInput): string => {
  if (typeof input !== 'string') throw new TypeError('family input must be a string here');
  return input;
};
const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
/** Bytes that are not UTF-8 (GBK-shaped pairs), so the charset prescan and detection run. */
const gbkish = (pairs: number): Uint8Array => {
  const out = new Uint8Array(pairs * 2);
  for (let i = 0; i < pairs; i++) {
    out[2 * i] = 0xb0 + (i % 0x30);
    out[2 * i + 1] = 0xa1 + ((i * 7) % 0x5e);
  }
  return out;
};
const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

const r = (file: string, literal: string): string => `src/${file}::${literal}`;
const WS = '/\\s+/g';
const DATE = r(
  'features/text.ts',
  '/(?:19|20)\\d\\d\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d\\b|\\b\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(?:19|20)\\d\\d\\b|\\b\\d{1,2}\\/\\d{1,2}\\/(?:19|20)\\d\\d\\b|\\b\\d{1,2}\\/\\d{1,2}\\s*[(（][日月火水木金土][)）]/i',
);

/** htmlparser2 alone, with the options and callback set that segment/html.ts uses. */
function bareParser(input: SiftInput): void {
  const parser = new Parser({ onopentag() {}, onclosetag() {}, ontext() {} }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(asString(input));
  parser.end();
}

export const FAMILIES: Family[] = [
  // --- HTML structure -------------------------------------------------------------------------
  { id: 'nested-div', group: 'html', what: '`<div>`×N x `</div>`×N (N nested elements)', n: 12_500, make: (n) => page(`${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`), regexes: [r('segment/element-stack.ts', '/^\\d+$/')] },
  { id: 'nested-div-parser-only', group: 'dependency', what: 'same input, htmlparser2 Parser alone (no pagesift code)', n: 12_500, make: (n) => page(`${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`), run: bareParser },
  { id: 'nested-unclosed-inline', group: 'html', what: '`<b>`×N x, never closed', n: 12_500, make: (n) => page(`${'<b>'.repeat(n)}x`) },
  { id: 'unclosed-div-with-text', group: 'html', what: '`<div>x`×N, never closed (a block per level)', n: 12_500, make: (n) => page('<div>x'.repeat(n)) },
  { id: 'unmatched-close-deep-stack', group: 'html', what: '`<div>`×N then `</span>`×N', n: 5_000, make: (n) => page(`${'<div>'.repeat(n)}${'</span>'.repeat(n)}`) },
  { id: 'form-under-deep-stack', group: 'html', what: '`<form>` `<div>`×N then `<form>`×N', n: 5_000, make: (n) => page(`<form>${'<div>'.repeat(n)}${'<form>'.repeat(n)}`) },
  { id: 'svg-close-deep-stack', group: 'html', what: '`<svg>` `<g>`×N then `</clippath>`×N', n: 5_000, make: (n) => page(`<svg>${'<g>'.repeat(n)}${'</clippath>'.repeat(n)}`) },
  {
    id: 'deep-stack-many-blocks',
    group: 'html',
    what: '255 nested `<div class id>` then `<p>x</p>`×N (each block carries 256 frames)',
    n: 1_500,
    make: (n) => page(`${'<div class="navigation-menu-item" id="some-long-identifier-xyz">'.repeat(255)}${'<p>x</p>'.repeat(n)}`),
  },
  { id: 'data-table-rows', group: 'html', what: 'a `<table>` with a header row and `<tr><td>x</td><td>y</td></tr>`×N (joined into one segment up to DATA_TABLE_MAX_BLOCKS blocks)', n: 25_000, make: (n) => page(`<table><tr><th>a</th><th>b</th></tr>${'<tr><td>x</td><td>y</td></tr>'.repeat(n)}</table>`) },
  { id: 'data-tables-many', group: 'html', what: '`<table><caption>c</caption><tr><td>x</td></tr></table>`×N (N small data tables)', n: 25_000, make: (n) => page('<table><caption>c</caption><tr><td>x</td></tr></table>'.repeat(n)) },
  { id: 'nested-tables', group: 'html', what: '`<table><tr><td>`×N x, then all closed (tables inside cells)', n: 5_000, make: (n) => page(`${'<table><tr><td>'.repeat(n)}x${'</td></tr></table>'.repeat(n)}`) },
  { id: 'many-tiny-paragraphs', group: 'html', what: '`<p>x</p>`×N', n: 25_000, make: (n) => page('<p>x</p>'.repeat(n)) },
  { id: 'many-links-inline', group: 'html', what: '`<a href>link</a>`×N in one `<p>` (adjacent links)', n: 50_000, make: (n) => page(`<p>${'<a href="/p">link</a>'.repeat(n)}</p>`), regexes: [r('segment/block-collector.ts', '/[\\p{Script=Latin}\\p{Nd}]/u')] },
  {
    id: 'javascript-href',
    group: 'html',
    what: '`<a href="` + space×N + `javascrip">x</a>` ×8',
    n: 250_000,
    make: (n) => page(`<p>${`<a href="${' '.repeat(n)}javascrip">x</a>`.repeat(8)}</p>`),
    regexes: [r('segment/open-elements.ts', '/^\\s*javascript:/i')],
  },
  { id: 'many-links-list', group: 'html', what: '`<li><a href>link</a></li>`×N in one `<ul>`', n: 25_000, make: (n) => page(`<ul>${'<li><a href="/p">link</a></li>'.repeat(n)}</ul>`) },
  { id: 'unclosed-tags-mixed', group: 'html', what: '`<p><b><i><a href><span>x`×N, nothing closed', n: 5_000, make: (n) => page('<p><b><i><a href="/x"><span>x'.repeat(n)) },
  { id: 'huge-attribute', group: 'html', what: 'one `<div title="a…a">` of N characters', n: 1_250_000, make: (n) => page(`<div title="${'a'.repeat(n)}">x</div>`) },
  {
    id: 'huge-class-attribute',
    group: 'html',
    what: 'one `<div class="nav nav …">` of 4N characters',
    n: 300_000,
    make: (n) => page(`<div class="${'nav '.repeat(n)}">x</div>`),
    regexes: [r('segment/place.ts', '/[^a-z0-9]+/'), r('segment/place.ts', '/\\S+/')],
  },
  { id: 'comment-storm', group: 'html', what: '`<!--c-->`×N', n: 150_000, make: (n) => page('<!--c-->'.repeat(n)) },
  { id: 'comments-inside-text', group: 'html', what: '`a<!---->`×N inside one `<p>`', n: 150_000, make: (n) => page(`<p>${'a<!---->'.repeat(n)}</p>`) },
  { id: 'cdata-storm', group: 'html', what: '`<![CDATA[x]]>`×N', n: 100_000, make: (n) => page('<![CDATA[x]]>'.repeat(n)) },
  { id: 'unclosed-comment', group: 'html', what: '`<!--` then `a-`×N, never closed', n: 600_000, make: (n) => page(`<!--${'a-'.repeat(n)}`) },
  { id: 'entity-storm-named', group: 'html', what: '`&amp;`×N in one `<p>`', n: 250_000, make: (n) => page(`<p>${'&amp;'.repeat(n)}</p>`) },
  { id: 'entity-storm-numeric', group: 'html', what: '`&#x4e2d;`×N (Han by reference)', n: 125_000, make: (n) => page(`<p>${'&#x4e2d;'.repeat(n)}</p>`) },
  { id: 'entity-storm-legacy-prefix', group: 'html', what: '`&notit;`×N (legacy entity prefix, no semicolon match)', n: 150_000, make: (n) => page(`<p>${'&notit;'.repeat(n)}</p>`) },
  { id: 'entity-long-unknown', group: 'html', what: '`&` + `a`×N + `;`', n: 1_000_000, make: (n) => page(`<p>&${'a'.repeat(n)};</p>`) },
  { id: 'entity-long-numeric', group: 'html', what: '`&#` + `0`×N + `65;`', n: 1_000_000, make: (n) => page(`<p>&#${'0'.repeat(n)}65;</p>`) },
  { id: 'lt-run', group: 'html', what: '`<`×N', n: 1_000_000, make: (n) => page(`<p>${'<'.repeat(n)}</p>`) },
  { id: 'amp-run', group: 'html', what: '`&`×N', n: 1_000_000, make: (n) => page(`<p>${'&'.repeat(n)}</p>`) },
  { id: 'close-lt-run', group: 'html', what: '`</`×N', n: 500_000, make: (n) => page(`<p>x</p>${'</'.repeat(n)}`) },
  { id: 'bang-lt-run', group: 'html', what: '`<!`×N', n: 500_000, make: (n) => page(`<p>x</p>${'<!'.repeat(n)}`) },
  { id: 'whitespace-run-in-block', group: 'html', what: '`<p>a` + space×N + `b</p>`', n: 1_000_000, make: (n) => page(`<p>a${' '.repeat(n)}b</p>`), regexes: [r('segment/whitespace.ts', WS)] },
  { id: 'wide-space-run-in-block', group: 'html', what: '`<p>a` + U+3000×N + `b</p>` (non-ASCII spaces, counted one by one)', n: 1_000_000, make: (n) => page(`<p>a${'\u3000'.repeat(n)}b</p>`), regexes: [r('segment/whitespace.ts', WS)] },
  {
    id: 'repeated-lines',
    group: 'html',
    what: 'N distinct lines, each twice (`<p>line number i here</p>`×2): N headline candidates',
    n: 1_000,
    make: (n) => page(Array.from({ length: n }, (_, i) => `<p>line number ${i} here</p><p>line number ${i} here</p>`).join('')),
  },
  {
    id: 'script-title-storm',
    group: 'html',
    what: '`<script>` + `document.title="x";`×N',
    n: 25_000,
    make: (n) => page(`<script>${'document.title="x";'.repeat(n)}</script>`),
    regexes: [r('segment/script-title.ts', '/document\\.title\\s*=\\s*(["\'`])((?:\\\\.|(?!\\1)[^\\\\]){0,2000})\\1/g')],
  },
  {
    id: 'script-title-unterminated',
    group: 'html',
    what: '`<script>` + (`document.title="` + `\\"`×2100)×N: no literal ends within its 2000-unit bound',
    n: 300,
    make: (n) => page(`<script>${`document.title="${'\\"'.repeat(2100)}`.repeat(n)}</script>`),
    regexes: [r('segment/script-title.ts', '/document\\.title\\s*=\\s*(["\'`])((?:\\\\.|(?!\\1)[^\\\\]){0,2000})\\1/g')],
  },
  {
    id: 'script-title-escapes',
    group: 'html',
    what: '`document.title="\\u0041…"` (300 escapes, spaces)×N',
    n: 1_000,
    make: (n) => page(`<script>${`document.title="${'\\u0041  \\x41 \\n'.repeat(150)}";`.repeat(n)}</script>`),
    regexes: [r('segment/script-title.ts', '/\\\\(u\\{[0-9a-fA-F]{1,6}\\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g'), r('segment/script-title.ts', WS)],
  },
  {
    id: 'meta-storm',
    group: 'html',
    what: '`<meta name="keywords" content="a   b">`×N',
    n: 25_000,
    make: (n) => page('<meta name="keywords" content="a   b,  c">'.repeat(n)),
    regexes: [r('segment/page-facts.ts', WS)],
  },
  {
    id: 'title-whitespace',
    group: 'html',
    what: '`<title>` a + (space×8 + `x -`)×N',
    n: 100_000,
    make: (n) => `<html><head><title>a${'        x -'.repeat(n)}</title></head><body><p>x</p></body></html>`,
    regexes: [r('segment/page-facts.ts', WS), r('features/headline.ts', '/\\s+[-–—|_]\\s+|[|｜_]|\\s*[-–—]\\s*(?=[^-–—]*$)/u'), r('features/headline.ts', WS)],
  },
  {
    id: 'hidden-height-storm',
    group: 'html',
    what: '`<div style="height:0;…">` (227×, 2 KB style)×N',
    n: 500,
    make: (n) => page(`<div style="${'height:0;'.repeat(227)}">x</div>`.repeat(n)),
    regexes: [
      r('segment/hidden.ts', '/(?:^|;|\\s)height\\s*:\\s*0(?:px)?\\s*(?:;|$)[^]*overflow\\s*:\\s*hidden|overflow\\s*:\\s*hidden[^]*(?:^|;|\\s)height\\s*:\\s*0(?:px)?\\s*(?:;|$)/i'),
    ],
  },
  {
    id: 'hidden-overflow-storm',
    group: 'html',
    what: '`<div style="overflow:hidden;…">` (126×, 2 KB style)×N',
    n: 500,
    make: (n) => page(`<div style="${'overflow:hidden;'.repeat(127)}">x</div>`.repeat(n)),
    regexes: [
      r('segment/hidden.ts', '/(?:^|;|\\s)height\\s*:\\s*0(?:px)?\\s*(?:;|$)[^]*overflow\\s*:\\s*hidden|overflow\\s*:\\s*hidden[^]*(?:^|;|\\s)height\\s*:\\s*0(?:px)?\\s*(?:;|$)/i'),
    ],
  },
  {
    id: 'huge-style-near-misses',
    group: 'html',
    what: 'one `style` of N near misses (`;display:nonx;visibility:hiddex;font-size:0.0x;left:-1`)',
    n: 60_000,
    make: (n) => page(`<div style="${';display:nonx;visibility:hiddex;font-size:0.0x;left:-1;display :  '.repeat(n)}">x</div>`),
    regexes: [
      r('segment/hidden.ts', '/(?:^|;|\\s)display\\s*:\\s*none/i'),
      r('segment/hidden.ts', '/(?:^|;|\\s)visibility\\s*:\\s*hidden/i'),
      r('segment/hidden.ts', '/(?:^|;|\\s)font-size\\s*:\\s*0(?:\\.0+)?(?:px|pt|em|rem|%)?\\s*(?:;|$|!)/i'),
      r('segment/hidden.ts', '/(?:^|;|\\s)(?:left|top|text-indent|margin-left|margin-top)\\s*:\\s*-(\\d{1,9})(?:\\.\\d+)?(?:px|pt|em)?/gi'),
    ],
  },
  {
    id: 'style-whitespace-runs',
    group: 'html',
    what: 'one `style` = `display` + whitespace×N + `:none` (and font-size 0.0…0)',
    n: 500_000,
    make: (n) => page(`<div style="display${' '.repeat(n)}:nonx; font-size:0.${'0'.repeat(n)}x">x</div>`),
    regexes: [r('segment/hidden.ts', '/(?:^|;|\\s)display\\s*:\\s*none/i'), r('segment/hidden.ts', '/(?:^|;|\\s)font-size\\s*:\\s*0(?:\\.0+)?(?:px|pt|em|rem|%)?\\s*(?:;|$|!)/i')],
  },

  // --- text input -----------------------------------------------------------------------------
  {
    id: 'long-line-latin',
    group: 'text',
    what: 'one line, no break: `lorem ipsum dolor sit amet, consectetur ` ×N',
    n: 16_000,
    make: (n) => 'lorem ipsum dolor sit amet, consectetur '.repeat(n),
    regexes: [r('tokenize/word-chars.ts', '/^[\\p{L}\\p{M}\\p{N}]$/u'), r('tokenize/tokenize.ts', "/[^\\p{L}\\p{M}\\p{N}'’]+/u"), r('segment/text.ts', '/[^\\r\\n]+/g')],
  },
  { id: 'long-line-latin-one-word', group: 'text', what: 'one line, one word: `a`×N', n: 650_000, make: (n) => 'a'.repeat(n) },
  {
    id: 'long-line-han',
    group: 'text',
    what: 'one line, no break, no punctuation: `中文网页内容测试数据`×N',
    n: 25_000,
    make: (n) => '中文网页内容测试数据'.repeat(n),
    regexes: [r('tokenize/word-chars.ts', '/^[\\p{L}\\p{M}\\p{N}]$/u')],
  },
  {
    id: 'long-line-astral-han',
    group: 'text',
    what: 'one line of astral Han (`𠀀𠀁` CJK Ext. B)×N',
    n: 50_000,
    make: (n) => '𠀀𠀁'.repeat(n),
    regexes: [r('tokenize/jieba.ts', '/[\\uD800-\\uDBFF]/')],
  },
  { id: 'sep-pipe', group: 'text', what: '`a|`×N (a million separators at 8N)', n: 125_000, make: (n) => 'a|'.repeat(n), regexes: [r('segment/list.ts', '/\\s*[|｜]\\s*/u'), r('segment/list.ts', '/[|｜]/')] },
  {
    id: 'sep-dash-han',
    group: 'text',
    what: '`中-`×N',
    n: 125_000,
    make: (n) => '中-'.repeat(n),
    regexes: [r('segment/list.ts', '/[-–—_]/'), r('segment/list.ts', '/\\s+[-–—_]\\s+|(?<=[^\\x00-\\x7F])[-_–—]+(?=[^\\x00-\\x7F])|(?<=[0-9a-zA-Z])[-_](?=\\p{Script=Han})|(?<=\\p{Script=Han})[-_](?=[0-9a-zA-Z])/u')],
  },
  {
    id: 'dash-run-non-ascii',
    group: 'text',
    what: '`中` + `—`×N + `a` (a run the dash separator could backtrack in)',
    n: 1_000_000,
    make: (n) => `中${'—'.repeat(n)}a`,
    regexes: [r('segment/list.ts', '/\\s+[-–—_]\\s+|(?<=[^\\x00-\\x7F])[-_–—]+(?=[^\\x00-\\x7F])|(?<=[0-9a-zA-Z])[-_](?=\\p{Script=Han})|(?<=\\p{Script=Han})[-_](?=[0-9a-zA-Z])/u')],
  },
  {
    id: 'sep-space-han',
    group: 'text',
    what: '`中 `×N',
    n: 125_000,
    make: (n) => '中 '.repeat(n),
    regexes: [r('segment/list.ts', '/\\p{Script=Han}/u'), r('segment/list.ts', '/\\s+/u'), r('segment/whitespace.ts', WS), r('segment/whitespace.ts', '/\\s\\s|[^\\S ]/')],
  },
  {
    id: 'sep-space-headlines',
    group: 'text',
    what: '`中文标题新闻。 `×N (space list candidate, counts Han/Latin/。)',
    n: 60_000,
    make: (n) => '中文标题新闻。 '.repeat(n),
    regexes: [r('segment/list.ts', '/\\p{Script=Han}/gu'), r('segment/list.ts', '/\\p{Script=Latin}/gu'), r('segment/list.ts', '/。/g'), r('segment/list.ts', '/\\s+/u')],
  },
  {
    id: 'sep-comma',
    group: 'text',
    what: '`a,`×N',
    n: 125_000,
    make: (n) => 'a,'.repeat(n),
    regexes: [r('segment/list.ts', '/[,，、]/'), r('segment/list.ts', '/\\s*[,，、]\\s*/u'), r('segment/list.ts', '/[。！？!?]|\\.(?=\\s|$)/g'), r('features/text.ts', '/[，、,：:]/g')],
  },
  {
    id: 'sep-arrow',
    group: 'text',
    what: '`a > `×N (breadcrumb shape)',
    n: 125_000,
    make: (n) => 'a > '.repeat(n),
    regexes: [r('segment/list.ts', '/[>»›＞]/'), r('segment/list.ts', '/\\s+[>»›]\\s+|\\s*[>»›]{2}\\s*|\\s*＞\\s*|(?<=\\p{Script=Han})[>»›](?=\\p{Script=Han})/u'), r('segment/list.ts', '/。|\\.(?=\\s|$)/g')],
  },
  {
    id: 'arrow-run',
    group: 'text',
    what: '`»`×N then `中>`×N',
    n: 250_000,
    make: (n) => `${'»'.repeat(n)}x${'中>'.repeat(n)}`,
    regexes: [r('segment/list.ts', '/\\s+[>»›]\\s+|\\s*[>»›]{2}\\s*|\\s*＞\\s*|(?<=\\p{Script=Han})[>»›](?=\\p{Script=Han})/u')],
  },
  { id: 'many-lines', group: 'text', what: '`a\\n`×N (many tiny lines)', n: 60_000, make: (n) => 'a\n'.repeat(n), regexes: [r('segment/text.ts', '/[^\\r\\n]+/g')] },
  {
    id: 'text-whitespace-runs',
    group: 'text',
    what: 'one line `a` + (space/tab/nbsp)×N + `b` (text lines keep their inner whitespace)',
    n: 1_500,
    make: (n) => `a${' \t\u00a0'.repeat(n)}b`,
    regexes: [
      r('segment/list.ts', '/\\s*[|｜]\\s*/u'),
      r('segment/list.ts', '/\\s+[>»›]\\s+|\\s*[>»›]{2}\\s*|\\s*＞\\s*|(?<=\\p{Script=Han})[>»›](?=\\p{Script=Han})/u'),
      r('segment/list.ts', '/\\s+[-–—_]\\s+|(?<=[^\\x00-\\x7F])[-_–—]+(?=[^\\x00-\\x7F])|(?<=[0-9a-zA-Z])[-_](?=\\p{Script=Han})|(?<=\\p{Script=Han})[-_](?=[0-9a-zA-Z])/u'),
      r('segment/list.ts', '/\\s*[,，、]\\s*/u'),
    ],
  },
  {
    id: 'text-whitespace-run-large',
    group: 'text',
    what: 'the same at 1,000× the size: `a` + (space/tab/nbsp)×N + `b`',
    n: 400_000,
    make: (n) => `a${' \t\u00a0'.repeat(n)}b`,
    regexes: [r('segment/whitespace.ts', WS), r('segment/whitespace.ts', '/\\s\\s|[^\\S ]/')],
  },

  // --- bytes ----------------------------------------------------------------------------------
  {
    id: 'oversize-bytes',
    group: 'bytes',
    what: 'N bytes of `<p>…</p>` (6.25 → 50 MB; cut at maxBytes = 10 MiB)',
    n: 6_250_000,
    make: (n) => {
      const unit = Buffer.from('<p>Some article text, with punctuation. 中文内容。</p>\n', 'utf8');
      const out = Buffer.alloc(n);
      for (let i = 0; i < n; i += unit.length) unit.copy(out, i, 0, Math.min(unit.length, n - i));
      return new Uint8Array(out.buffer, out.byteOffset, out.length);
    },
  },
  {
    id: 'meta-prescan-gbk',
    group: 'bytes',
    what: '`<meta ` + 4 KB attribute soup, then N non-UTF-8 (GBK-shaped) byte pairs',
    n: 250_000,
    make: (n) => concat(utf8(`<html><head><meta ${'c'.repeat(4000)} charset`), gbkish(n)),
    regexes: [r('decode/charset.ts', '/<meta\\b[^>]{0,512}?charset\\s*=\\s*["\']?\\s*([a-z0-9_.:-]{1,40})/gi')],
  },
  {
    id: 'content-type-charset',
    group: 'bytes',
    what: '`{ bytes, contentType: "text/html; " + "charset "×N }`',
    n: 500_000,
    make: (n) => ({ bytes: utf8('<p>中文</p>'), contentType: `text/html; ${'charset '.repeat(n)}` }),
    regexes: [r('decode/charset.ts', '/charset\\s*=\\s*["\']?([^"\';\\s]+)/i')],
  },
  {
    id: 'content-type-kind',
    group: 'bytes',
    what: '`{ bytes, contentType: spaces×N + "htm xm text/plai" }`',
    n: 2_000_000,
    make: (n) => ({ bytes: utf8('<p>中文</p>'), contentType: `${' '.repeat(n)}${'htm xm text/plai'.repeat(4)}` }),
    regexes: [r('decode/input.ts', '/html|xml/i'), r('decode/input.ts', '/^\\s*text\\/plain/i')],
  },

  // --- crafted against one regex (through sift) -----------------------------------------------
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
    what: '`<p>` + `.`×N + `!)`×N + `x</p>`',
    n: 400_000,
    make: (n) => page(`<p>${'.'.repeat(n)}${'!)'.repeat(n)}x</p>`),
    regexes: [r('features/text.ts', '/[。！？；!?;]|\\.(?=\\s|$|["\'”’)）])/g'), r('features/text.ts', '/(?:[。！？!?…]|\\.)["\'”’」』)）\\]]*$/u')],
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
    regexes: [r('lexicon/matcher.ts', '/[\\p{Script=Latin}\\p{Nd}_]/u')],
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

  // --- regexes that only see configuration (timed directly) -----------------------------------
  { id: 'direct-lexicon-field-split', group: 'direct', what: 'lexicon line `a` + space×N + `b` (FIELD_SPLIT)', n: 1_000_000, make: (n) => `a${' '.repeat(n)}b`, direct: { key: r('lexicon/parse.ts', '/ (?=[!@*])/'), use: 'split' } },
  { id: 'direct-lexicon-whitespace', group: 'direct', what: 'lexicon term with space×N runs', n: 1_000_000, make: (n) => `a${' '.repeat(n)}b`, direct: { key: r('lexicon/parse.ts', WS), use: 'replace' } },
  { id: 'direct-lexicon-lines', group: 'direct', what: 'lexicon file of `\\r\\n`×N', n: 1_000_000, make: (n) => 'a\r\n'.repeat(n), direct: { key: r('lexicon/parse.ts', '/\\r?\\n/'), use: 'split' } },
  { id: 'direct-lexicon-header', group: 'direct', what: '`#` + space×N + `descriptio`', n: 1_000_000, make: (n) => `#${' '.repeat(n)}descriptio`, direct: { key: r('lexicon/parse.ts', '/^#\\s*(description|label|category)\\s*:\\s*(.*)$/i'), use: 'test' } },
  { id: 'direct-lexicon-category', group: 'direct', what: '`a`×N + `!`', n: 1_000_000, make: (n) => `${'a'.repeat(n)}!`, direct: { key: r('lexicon/parse.ts', '/^[a-z][a-z0-9-]*$/'), use: 'test' } },
  { id: 'direct-stopword-lines', group: 'direct', what: 'stopword file of `\\r\\n`×N', n: 1_000_000, make: (n) => 'a\r\n'.repeat(n), direct: { key: r('features/stopwords.ts', '/\\r?\\n/'), use: 'split' } },
  { id: 'direct-options-category', group: 'direct', what: 'options lexicon category `a-`×N + `!`', n: 1_000_000, make: (n) => `${'a-'.repeat(n)}!`, direct: { key: r('options.ts', '/^[a-z][a-z0-9-]*$/'), use: 'test' } },
  { id: 'direct-rule-id', group: 'direct', what: 'ruleSchema on rule id `a.` + `a-`×N + `!`', n: 1_000_000, make: (n) => `a.${'a-'.repeat(n)}!`, regexes: [r('rules/schema.ts', '/^[a-z]+\\.[a-z0-9]+(?:[.-][a-z0-9]+)*$/')], run: (input) => void ruleSchema.safeParse({ ...SAMPLE_RULE, id: asString(input) }) },
  { id: 'direct-rule-id-dots', group: 'direct', what: 'ruleSchema on rule id `a` + `.a`×N + `!`', n: 1_000_000, make: (n) => `a${'.a'.repeat(n)}!`, regexes: [r('rules/schema.ts', '/^[a-z]+\\.[a-z0-9]+(?:[.-][a-z0-9]+)*$/')], run: (input) => void ruleSchema.safeParse({ ...SAMPLE_RULE, id: asString(input) }) },
  { id: 'direct-rule-category', group: 'direct', what: 'rule category `a`×N + `!`', n: 1_000_000, make: (n) => `${'a'.repeat(n)}!`, direct: { key: r('rules/schema.ts', '/^[a-z][a-z0-9-]*$/'), use: 'test' } },
  { id: 'direct-jieba-han-word', group: 'direct', what: 'lexicon term `a`×N (no Han)', n: 1_000_000, make: (n) => 'a'.repeat(n), direct: { key: r('tokenize/jieba.ts', '/\\p{Script=Han}/u'), use: 'test' } },
  { id: 'direct-cli-extension', group: 'direct', what: 'file name `.htm`×N + `x`', n: 500_000, make: (n) => `${'.htm'.repeat(n)}x`, direct: { key: r('cli/inputs.ts', '/\\.(?:html?|xhtml|txt)$/i'), use: 'test' } },
];

// ---------------------------------------------------------------------------------------------
// Regex inventory (TypeScript parser over src/)

export interface RegexSite {
  /** `src/…/file.ts::literal` (literal as written in the source). */
  key: string;
  file: string;
  line: number;
  literal: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
    });
}

export function findRegexes(root = ROOT): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const path of tsFiles(join(root, 'src'))) {
    const file = relative(root, path).split('\\').join('/');
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const isLiteral = node.kind === ts.SyntaxKind.RegularExpressionLiteral;
      const isConstructed = (ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'RegExp';
      if (isLiteral || isConstructed) {
        const literal = node.getText(source);
        sites.push({ key: `${file}::${literal}`, file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, literal });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return sites;
}

function regexFromLiteral(literal: string): RegExp {
  const last = literal.lastIndexOf('/');
  if (!literal.startsWith('/') || last <= 0) throw new Error(`not a regex literal: ${literal}`);
  return new RegExp(literal.slice(1, last), literal.slice(last + 1));
}

// ---------------------------------------------------------------------------------------------
// Child: measure one family

interface Measurement {
  n: number;
  /** Input size: characters for strings, bytes for byte input (contentType length for header families). */
  units: number;
  ms: number;
  runs: number;
  /** Peak RSS of the child process after this size, MB. */
  peakRssMb: number;
  segments?: number;
  /** Size of the report as JSON, MB (how much a small input can make the library produce). */
  reportMb?: number | string;
  truncated?: boolean;
  warnings?: string[];
}

type ChildMessage = { type: 'ready'; baselineRssMb: number } | { type: 'size'; measurement: Measurement } | { type: 'error'; message: string };

const MIN_TIMED_MS = 300;
const MAX_RUNS = 5;

function unitsOf(input: SiftInput): number {
  if (typeof input === 'string') return input.length;
  if (input instanceof Uint8Array) return input.length;
  if (input.bytes) return input.bytes.length + (input.contentType?.length ?? 0);
  return (input.html ?? input.text ?? '').length;
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function child(familyId: string, sizes: number[]): Promise<void> {
  const send = (message: ChildMessage): void => {
    process.send?.(message);
  };
  try {
    await measureFamily(familyId, sizes, send);
  } catch (error) {
    // sift() must never throw on page content: report what it threw instead of the time
    send({ type: 'error', message: `threw ${(error as Error).name}: ${(error as Error).message}` });
    process.disconnect?.();
    process.exitCode = 1;
  }
}

async function measureFamily(familyId: string, sizes: number[], send: (message: ChildMessage) => void): Promise<void> {
  const family = FAMILIES.find((f) => f.id === familyId);
  if (!family) throw new Error(`unknown family ${familyId}`);
  let run: (input: SiftInput) => { segments?: number; truncated?: boolean; warnings?: string[]; report?: unknown };
  if (family.direct) {
    const site = findRegexes().find((s) => s.key === family.direct!.key);
    if (!site) throw new Error(`regex ${family.direct.key} not found in src/`);
    const regex = regexFromLiteral(site.literal);
    const use = family.direct.use;
    run = (input) => {
      const text = asString(input);
      regex.lastIndex = 0;
      if (use === 'test') regex.test(text);
      else if (use === 'split') text.split(regex);
      else text.replace(regex, ' ');
      return {};
    };
  } else if (family.run) {
    const custom = family.run;
    run = (input) => {
      custom(input);
      return {};
    };
  } else {
    const sifter = await createSifter(family.options);
    run = (input) => {
      const report = sifter.sift(input);
      return { segments: report.segments.length, truncated: report.input.truncated, warnings: report.warnings.map((w) => w.code), report };
    };
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  run(family.make(Math.max(1, Math.floor((sizes[0] ?? 8) / 8)))); // warm-up
  send({ type: 'ready', baselineRssMb: peakRssMb() });
  for (const n of sizes) {
    const input = family.make(n);
    const times: number[] = [];
    let info: ReturnType<typeof run> = {};
    let total = 0;
    // direct families run once: V8 caches regex results for the same subject string
    const maxRuns = family.direct ? 1 : MAX_RUNS;
    while (times.length < maxRuns && (times.length === 0 || total < MIN_TIMED_MS)) {
      gc?.();
      const start = performance.now();
      info = run(input);
      const ms = performance.now() - start;
      times.push(ms);
      total += ms;
    }
    times.sort((a, b) => a - b);
    const ms = times[Math.floor(times.length / 2)]!;
    const { report, ...rest } = info;
    let reportMb: number | string | undefined;
    if (report !== undefined) {
      try {
        reportMb = Math.round(JSON.stringify(report).length / 1e5) / 10;
      } catch {
        reportMb = '> 512'; // longer than V8's longest string
      }
    }
    info = {};
    send({ type: 'size', measurement: { n, units: unitsOf(input), ms: Math.round(ms * 10) / 10, runs: times.length, peakRssMb: peakRssMb(), ...rest, ...(reportMb !== undefined ? { reportMb } : {}) } });
  }
}

// ---------------------------------------------------------------------------------------------
// Parent: run every family in a child, judge, write JSON and markdown

interface FamilyResult {
  id: string;
  group: Group;
  what: string;
  regexes: string[];
  sizes: Measurement[];
  /** t(2n)/t(n), t(4n)/t(2n), t(8n)/t(4n) for the sizes that finished. */
  ratios: number[];
  baselineRssMb?: number;
  peakRssMb?: number;
  /** Re-run once because it looked non-linear; times are the faster of the two runs. */
  confirmed?: boolean;
  /** Sizes that did not finish: timeout or crash. */
  failed?: { n: number; reason: string };
  /** NON-LINEAR also when a size timed out; THREW when sift() threw; CRASHED when the child died (out of memory…). */
  verdict: 'linear' | 'NON-LINEAR' | 'too fast to judge' | 'THREW' | 'CRASHED';
}

function runFamily(family: Family, scale: number, timeoutMs: number): Promise<Omit<FamilyResult, 'ratios' | 'verdict'>> {
  const sizes = DOUBLINGS.map((k) => Math.max(1, Math.round(family.n * scale)) * k);
  const result: Omit<FamilyResult, 'ratios' | 'verdict'> = { id: family.id, group: family.group, what: family.what, regexes: familyRegexes(family), sizes: [] };
  return new Promise((done) => {
    const proc = fork(fileURLToPath(import.meta.url), ['--child', family.id, JSON.stringify(sizes)], {
      // default heap limit: a family that needs more crashes here as it would for a user
      execArgv: [...process.execArgv, '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let timer: NodeJS.Timeout | undefined;
    let finished = false;
    const nextSize = (): number | undefined => sizes[result.sizes.length];
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const n = nextSize();
        if (n !== undefined) result.failed = { n, reason: `timeout (> ${timeoutMs / 1000} s)` };
        proc.kill('SIGKILL');
      }, timeoutMs);
    };
    arm(); // covers createSifter and the warm-up too
    proc.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') {
        result.baselineRssMb = message.baselineRssMb;
        arm();
      } else if (message.type === 'size') {
        result.sizes.push(message.measurement);
        result.peakRssMb = message.measurement.peakRssMb;
        process.stderr.write(`  ${family.id} n=${message.measurement.n}: ${message.measurement.ms} ms, peak RSS ${message.measurement.peakRssMb} MB\n`);
        arm();
      } else {
        result.failed = { n: nextSize() ?? 0, reason: message.message };
      }
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (finished) return;
      finished = true;
      const n = nextSize();
      if (n !== undefined && !result.failed) result.failed = { n, reason: `child exited (${signal ?? `code ${code}`})` };
      done(result);
    });
  });
}

function familyRegexes(family: Family): string[] {
  return family.regexes ?? (family.direct ? [family.direct.key] : []);
}

function judge(partial: Omit<FamilyResult, 'ratios' | 'verdict'>): FamilyResult {
  const ms = partial.sizes.map((s) => s.ms);
  const ratios: number[] = [];
  for (let i = 1; i < ms.length; i++) ratios.push(Math.round((ms[i]! / Math.max(ms[i - 1]!, 0.05)) * 100) / 100);
  let verdict: FamilyResult['verdict'];
  const top = ms[ms.length - 1] ?? 0;
  const lastRatio = ratios[ratios.length - 1];
  if (partial.failed) verdict = partial.failed.reason.startsWith('timeout') ? 'NON-LINEAR' : partial.failed.reason.startsWith('threw') ? 'THREW' : 'CRASHED';
  else if (top < MIN_JUDGED_MS) verdict = 'too fast to judge';
  else verdict = lastRatio !== undefined && lastRatio > NON_LINEAR_RATIO ? 'NON-LINEAR' : 'linear';
  return { ...partial, ratios, verdict };
}

function fmtUnits(units: number): string {
  if (units >= 1e6) return `${(units / 1e6).toFixed(units >= 1e7 ? 0 : 1)} M`;
  if (units >= 1e3) return `${(units / 1e3).toFixed(units >= 1e4 ? 0 : 1)} k`;
  return String(units);
}

function fmtMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function markdownSection(results: readonly FamilyResult[], sites: readonly RegexSite[], meta: Record<string, string | number>): string {
  const lines: string[] = [];
  const flagged = results.filter((r) => r.verdict === 'NON-LINEAR');
  const failed = results.filter((r) => r.verdict === 'THREW' || r.verdict === 'CRASHED');
  lines.push('## Pathological inputs');
  lines.push('');
  lines.push(`Written by \`npx tsx benchmarks/pathological.ts --markdown benchmarks/RESULTS.md\` (${meta['date']}, Node ${meta['node']}, ${meta['cpus']}). ` +
    `Each family is sifted at sizes n, 2n, 4n, 8n in a child process of its own; ms = median wall time of \`sift()\` (the sifter is created before the clock starts); ` +
    `×/doubling = t(2n)/t(n), t(4n)/t(2n), t(8n)/t(4n) (linear ≈ 2, quadratic ≈ 4); peak RSS = the child's maximum resident set after 8n (baseline after createSifter in brackets); report MB = the 8n report as JSON. ` +
    `Sizes are UTF-16 units for string input, bytes for byte input. **NON-LINEAR** = more than ${NON_LINEAR_RATIO}× per doubling at the top sizes, or a size that did not finish within the timeout (${meta['timeout']} s). ` +
    `"direct" families time one regex that only sees configuration (lexicon/rule files, options, CLI names) on its crafted input; "dependency" runs htmlparser2 alone.`);
  lines.push('');
  lines.push(flagged.length > 0 ? `NON-LINEAR: ${flagged.map((r) => `\`${r.id}\``).join(', ')}.` : 'No family is non-linear.');
  if (failed.length > 0) lines.push('', `THREW or CRASHED (sift must never throw): ${failed.map((r) => `\`${r.id}\` (${escapeCell(r.failed?.reason ?? '')})`).join(', ')}.`);
  lines.push('');
  lines.push('| family | input | size at 8n | ms at n / 2n / 4n / 8n | ×/doubling | peak RSS MB | report MB | verdict |');
  lines.push('|---|---|---:|---|---|---:|---:|---|');
  for (const r of results) {
    const times = DOUBLINGS.map((_, i) => {
      const s = r.sizes[i];
      if (s) return fmtMs(s.ms);
      return r.failed && i === r.sizes.length ? `**${r.failed.reason.startsWith('timeout') ? 'timeout' : r.failed.reason.startsWith('threw') ? 'threw' : 'crash'}**` : '–';
    }).join(' / ');
    const top = r.sizes[r.sizes.length - 1];
    const size = top ? fmtUnits(top.units * (r.sizes.length < 4 ? 2 ** (4 - r.sizes.length) : 1)) : '–';
    const verdict = (r.verdict === 'linear' || r.verdict === 'too fast to judge' ? r.verdict : `**${r.verdict}**`) + (r.failed ? ` (${escapeCell(r.failed.reason)} at n = ${r.failed.n})` : '');
    const reportMb = top?.reportMb ?? '–';
    lines.push(`| \`${r.id}\` (${r.group}) | ${escapeCell(r.what)} | ${size} | ${times} | ${r.ratios.map((x) => x.toFixed(1)).join(', ') || '–'} | ${r.peakRssMb ?? '–'} (${r.baselineRssMb ?? '–'}) | ${reportMb} | ${verdict}${r.confirmed ? ' (confirmed by a second run)' : ''} |`);
  }
  lines.push('');
  lines.push('### Every regex of src/ and the family built against it');
  lines.push('');
  lines.push('| where | regex | families | verdict |');
  lines.push('|---|---|---|---|');
  const ran = new Map(results.map((r) => [r.id, r]));
  for (const site of sites) {
    const targeting = FAMILIES.filter((f) => familyRegexes(f).includes(site.key));
    const measured = targeting.map((f) => ran.get(f.id)).filter((r): r is FamilyResult => r !== undefined);
    const verdict =
      targeting.length === 0 ? '**not covered**'
      : measured.some((f) => f.verdict === 'NON-LINEAR') ? '**NON-LINEAR**'
      : measured.some((f) => f.verdict === 'THREW' || f.verdict === 'CRASHED') ? '**failed** (see the family)'
      : measured.length === 0 ? 'not run'
      : measured.every((f) => f.verdict === 'too fast to judge') ? 'too fast to judge'
      : 'linear';
    lines.push(`| ${site.file}:${site.line} | \`${escapeCell(site.literal.length > 90 ? `${site.literal.slice(0, 87)}…` : site.literal)}\` | ${targeting.map((f) => `\`${f.id}\``).join(', ') || '–'} | ${verdict} |`);
  }
  return lines.join('\n');
}


async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        child: { type: 'string' },
        out: { type: 'string' },
        markdown: { type: 'string' },
        only: { type: 'string' },
        scale: { type: 'string', default: '1' },
        timeout: { type: 'string', default: '60' },
        'from-json': { type: 'string' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: npx tsx benchmarks/pathological.ts [--only REGEX] [--scale N] [--timeout S] [--out FILE] [--markdown FILE] [--from-json FILE]\n`);
    process.exitCode = 2;
    return;
  }
  const { values } = parsed;
  if (values.child !== undefined) {
    const sizes = JSON.parse(process.argv[process.argv.length - 1]!) as number[];
    await child(values.child, sizes);
    return;
  }
  const scale = Number(values.scale);
  const timeoutS = Number(values.timeout);
  if (!(scale > 0) || !(timeoutS > 0)) throw new Error('--scale and --timeout take positive numbers');
  const only = values.only !== undefined ? new RegExp(values.only) : undefined;
  // a partial run must not replace the full results: it writes JSON only where --out says, and no table
  if (only && values.markdown !== undefined && values['from-json'] === undefined) {
    throw new Error('--markdown with --only would replace the full table with a partial one: write the partial run with --out, merge it into the full JSON, then use --from-json');
  }

  const sites = findRegexes();
  if (values['from-json'] !== undefined) {
    if (values.markdown === undefined) throw new Error('--from-json needs --markdown');
    const saved = JSON.parse(await readFile(values['from-json'], 'utf8')) as { families: FamilyResult[]; date: string; node: string; cpus: string; timeout: number; scale: number };
    const file = resolve(values.markdown);
    const meta = { date: saved.date, node: saved.node, cpus: saved.cpus, timeout: saved.timeout, scale: saved.scale };
    await writeSection(file, 'pathological', markdownSection(saved.families, sites, meta));
    process.stdout.write(`wrote section in ${values.markdown} from ${values['from-json']}\n`);
    return;
  }
  const known = new Set(sites.map((s) => s.key));
  for (const family of FAMILIES) {
    for (const key of familyRegexes(family)) {
      if (!known.has(key)) process.stderr.write(`warning: family ${family.id} targets ${key}, which is no longer in src/\n`);
    }
  }
  const covered = new Set(FAMILIES.flatMap(familyRegexes));
  const uncovered = sites.filter((s) => !covered.has(s.key));
  for (const site of uncovered) process.stderr.write(`warning: no family targets ${site.file}:${site.line} ${site.literal}\n`);

  const results: FamilyResult[] = [];
  for (const family of FAMILIES) {
    if (only && !only.test(family.id)) continue;
    process.stderr.write(`${family.id}…\n`);
    let result = judge(await runFamily(family, scale, timeoutS * 1000));
    if (result.verdict === 'NON-LINEAR' && !result.failed) {
      // one more run in a fresh process before calling it: keep the faster time of each size (noise only slows down)
      process.stderr.write(`${family.id}: confirming…\n`);
      const again = await runFamily(family, scale, timeoutS * 1000);
      const sizes = result.sizes.map((s, i) => {
        const other = again.sizes[i];
        return other && other.ms < s.ms ? { ...other, peakRssMb: Math.max(other.peakRssMb, s.peakRssMb) } : s;
      });
      result = judge({ ...result, sizes, confirmed: true });
    }
    results.push(result);
  }

  const meta = { date: new Date().toISOString().slice(0, 10), node: process.versions.node, cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}`, timeout: timeoutS, scale };
  if (values.out !== undefined || !only) {
    const out = resolve(values.out ?? DEFAULT_OUT);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify({ ...meta, nonLinearRatio: NON_LINEAR_RATIO, families: results, regexes: sites, uncovered }, null, 2)}\n`);
    process.stdout.write(`wrote ${relative(process.cwd(), out)}\n`);
  } else process.stdout.write(`--only without --out: ${DEFAULT_OUT} (the full run) left as it was\n`);

  for (const r of results) {
    process.stdout.write(`${r.verdict.padEnd(17)}  ${r.id.padEnd(30)} ${r.sizes.map((s) => fmtMs(s.ms)).join(' / ')}${r.failed ? ` / ${r.failed.reason}` : ''}  ×${r.ratios.join(', ')}  peak ${r.peakRssMb ?? '?'} MB\n`);
  }
  if (values.markdown !== undefined) {
    const file = resolve(values.markdown);
    await mkdir(dirname(file), { recursive: true });
    await writeSection(file, 'pathological', markdownSection(results, sites, meta));
    process.stdout.write(`wrote section in ${values.markdown}\n`);
  }
}

await main();
