/** Text input: long lines, separators, whitespace runs, prose with stray tag ends (the doorway stage). */
import type { Family } from '../families.js';
import { countPrices } from '../../../src/pagetype/prices.js';
import { asString, page, r, WS } from './inputs.js';

/** The regexes of the doorway stage's tag-end and keyword-stuffing counts (src/doorway/features.ts). */
const TAG_END = r('doorway/features.ts', '/"\\s{0,3}\\/?>|\\/>/g');
const LATIN_WORD = r('doorway/features.ts', "/[\\p{Script=Latin}\\p{Nd}']+/gu");
const CJK_RUN = r('doorway/features.ts', "new RegExp(`[${CJK_CLASS}]+`, 'gu')");
/** The quotation marks strayQuotes counts, and the two tests of a Japanese noun a particle carries (src/inline/evidence.ts). */
const QUOTE_MARK = r('doorway/features.ts', "new RegExp(`[${QUOTE_PAIRS.flat().join('')}]`, 'g')");
const RUN_ENDS_ON_NOUN = r('inline/evidence.ts', '/[\\p{Script=Han}\\p{Script=Katakana}\\u30fc]$/u');
/** The price pattern, built from its currency lists (src/pagetype/prices.ts). */
const PRICE_SITE = r('pagetype/prices.ts', "new RegExp(`${SIGN_FIRST}|${AMOUNT_START}${AMOUNT_FIRST}`, 'gu')");
const THOUSANDS_SITE = r('pagetype/prices.ts', "new RegExp(`(?<=\\\\d)${GROUP_SPACE}(?=\\\\d{3}(?!\\\\d))`, 'g')");
const JA_PARTICLE_AFTER = r('inline/evidence.ts', '/^(?:[をがはのにでともへやしだ]|など)/');
/**
 * Lines of prose the doorway stage reads (a page of at least DOORWAY_MIN_CHARS characters and
 * DOORWAY_MIN_SENTENCES sentences of body text). countTagEnds reads the whole body; countStuffing
 * (LATIN_WORD, CJK_RUN) at most its first STUFFING_MAX_CHARS (20,000) characters, whatever the
 * size. No stretch of six characters comes twice within a line: a phrase repeated inside a segment
 * is an inline candidate (src/inline/repeats.ts), whose page-support count is another cost than
 * the one these families time.
 */
const proseLines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => `${line(i)}\n`).join('');

export const TEXT_FAMILIES: Family[] = [
  {
    id: 'long-line-latin',
    group: 'text',
    what: 'one line, no break: `lorem ipsum dolor sit amet, consectetur ` ×N',
    n: 16_000,
    make: (n) => 'lorem ipsum dolor sit amet, consectetur '.repeat(n),
    regexes: [r('tokenize/word-chars.ts', '/^[\\p{L}\\p{M}\\p{N}]$/u'), r('tokenize/tokenize.ts', "new RegExp(`[^\\\\p{L}\\\\p{M}\\\\p{N}'’]{1,${MAX_GAP_UNITS}}`, 'u')"), r('segment/text.ts', '/[^\\r\\n]+/g')],
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
    regexes: [r('segment/list.ts', '/[-–—_]/'), r('segment/list.ts', '/\\s+[-–—_]\\s+|(?<=[^\\x00-\\x7F])[-_–—]{1,64}(?=[^\\x00-\\x7F])|(?<=[0-9a-zA-Z])[-_](?=\\p{Script=Han})|(?<=\\p{Script=Han})[-_](?=[0-9a-zA-Z])/u')],
  },
  {
    id: 'dash-run-non-ascii',
    group: 'text',
    what: '`中` + `—`×N + `a` (a run the dash separator could backtrack in)',
    n: 1_000_000,
    make: (n) => `中${'—'.repeat(n)}a`,
    regexes: [r('segment/list.ts', '/\\s+[-–—_]\\s+|(?<=[^\\x00-\\x7F])[-_–—]{1,64}(?=[^\\x00-\\x7F])|(?<=[0-9a-zA-Z])[-_](?=\\p{Script=Han})|(?<=\\p{Script=Han})[-_](?=[0-9a-zA-Z])/u')],
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
    regexes: [r('segment/list.ts', '/[,，、]/'), r('segment/list.ts', '/\\s*[,，、]\\s*/u'), r('segment/list.ts', '/[。！？!?]|\\.(?=\\s|$)/g'), r('features/text.ts', '/[，、,：:،]/g')],
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
      r('segment/list.ts', '/\\s+[-–—_]\\s+|(?<=[^\\x00-\\x7F])[-_–—]{1,64}(?=[^\\x00-\\x7F])|(?<=[0-9a-zA-Z])[-_](?=\\p{Script=Han})|(?<=\\p{Script=Han})[-_](?=[0-9a-zA-Z])/u'),
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
  {
    id: 'text-digit-run',
    group: 'text',
    what: 'one line of digits, no currency: `7`×N (the page type\'s price count, src/pagetype/prices.ts)',
    n: 125_000,
    make: (n) => '7'.repeat(n),
    regexes: [PRICE_SITE],
  },
  {
    id: 'text-digit-groups',
    group: 'text',
    what: 'one line of thousands groups, no currency: `1` + ` 111`×N, counted by countPrices alone (src/pagetype/prices.ts: the spaces made points, then the price pattern; sift() on this line is dominated by other passes)',
    n: 200_000,
    make: (n) => `1${' 111'.repeat(n)}`,
    regexes: [THOUSANDS_SITE, PRICE_SITE],
    run: (input) => void countPrices(asString(input)),
  },
  {
    id: 'doorway-prose-tag-ends',
    group: 'text',
    what: 'N lines of Chinese and English prose, each with 4 stray tag ends (`" />`, `">`) and the phrases `园林设计方案` / `garden house plans` once (keyword stuffing across the page)',
    n: 100,
    make: (n) =>
      proseLines(
        n,
        (i) =>
          `第${i}天，我们沿着河边走到老桥，园林设计方案" />放在茶馆的桌上。On day ${i} we walked along the river to the old bridge"> and spoke of garden house plans. ` +
          '邻居在傍晚来喝茶，聊起了明天的集市">和天气。The market was quiet" /> when we went home for dinner.',
      ),
    regexes: [TAG_END, LATIN_WORD, CJK_RUN],
  },
  {
    id: 'doorway-tag-end-lookback',
    group: 'text',
    what: 'N lines of Japanese and English prose, each ending in `/>` with no `<` or `>` in the 200 characters before it (the longest look back for its tag), with a `"  /` near miss',
    n: 100,
    make: (n) =>
      proseLines(
        n,
        (i) =>
          `${i}日目、私たちは川沿いを歩いて古い橋まで行きました。喫茶店でコーヒーを飲み、庭のデザインプランを見せてもらいました。` +
          'We crossed the bridge at noon, and our garden design plans were still on a table by the window, "  / so we read them once more. The shop closed early; nobody minded a quiet street/>',
      ),
    regexes: [TAG_END, LATIN_WORD, CJK_RUN],
  },
  {
    id: 'doorway-stray-quotes',
    group: 'text',
    what: 'N lines of Chinese and Japanese prose, each opening quotation marks it never closes (`“`, `「`, `『`) and closing one it never opened (`”`)',
    n: 100,
    make: (n) =>
      proseLines(
        n,
        (i) => `第${i}天，他说“我们明天再去河边，邻居在傍晚来喝茶。${i}日目、「川沿いを歩いて『古い橋まで行きました。天気が良かった”。`,
      ),
    regexes: [QUOTE_MARK, LATIN_WORD, CJK_RUN],
  },
  {
    id: 'inline-katakana-run-before-particle',
    group: 'text',
    what: 'N lines of Japanese prose, each with a spam-lexicon word (フリースピン, 入金不要ボーナス) followed by a particle, and long katakana runs: runs the particle test of inline/evidence.ts reads',
    n: 200,
    make: (n) =>
      proseLines(
        n,
        (i) => `${i}日目、スーパーコピーの時計とフリースピンをもらいました。入金不要ボーナスで${'カタカナ'.repeat(20)}を試しました。`,
      ),
    regexes: [RUN_ENDS_ON_NOUN, JA_PARTICLE_AFTER],
  },
  {
    id: 'inline-phrase-repeated-per-line',
    group: 'text',
    what: 'N lines, each repeating a phrase of its own twice (`第i条：我们看了XY设计方案，又看了XY设计方案。`): N inline candidates whose support each scans the page (25 s at 200 KB before the scan budget of inline/candidates.ts)',
    n: 875,
    make: (n) => {
      const pair = (i: number): string => String.fromCharCode(0x4e00 + ((i * 7) % 20000), 0x4e00 + ((i * 13) % 20000));
      return proseLines(n, (i) => `第${i}条：我们看了${pair(i)}设计方案，又看了${pair(i)}设计方案。`);
    },
  },
  {
    id: 'inline-term-phrase-per-line',
    group: 'text',
    what: 'an article of N paragraphs, each holding a gambling term phrase of its own between separators (` 时时彩XY，`): N term phrases whose copies were each counted by a scan of the page (runs × page before inline/text-index.ts)',
    n: 1_000,
    make: (n) => {
      const pair = (i: number): string => String.fromCharCode(0x4e00 + ((i * 7) % 20000), 0x4e00 + ((i * 13) % 20000));
      const news = ['本市今年将新建三座社区公园，市民在家门口就能散步健身。', '气象台预计明天有小到中雨，早晚气温偏低。', '图书馆周末延长开放时间，读者可在网上预约座位。'];
      const paragraphs = Array.from({ length: n }, (_, i) => `<p>第${i}期：${news[i % 3]}${news[(i + 1) % 3]} 时时彩${pair(i)}，${news[(i + 2) % 3]}</p>\n`).join('');
      return page(`<article><h1>本市社区新闻</h1>${paragraphs}</article>`, '本市社区新闻');
    },
  },
];
