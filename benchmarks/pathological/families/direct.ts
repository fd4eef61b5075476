/** Regexes that only ever see configuration (lexicon/rule files, options, CLI file names), timed directly on their crafted input. */
import { ruleSchema, type Rule } from '../../../src/rules/schema.js';
import type { Family } from '../families.js';
import { asString, r, WS } from './inputs.js';

/** A valid rule whose id the rule-id families replace (the schema checks the length before the pattern). */
const SAMPLE_RULE: Rule = { id: 'spam.sample', description: 'a sample rule for the rule-id families', label: 'spam', score: 1, when: { feature: 'chars', gte: 1 } };

export const DIRECT_FAMILIES: Family[] = [
  { id: 'direct-lexicon-field-split', group: 'direct', what: 'lexicon line `a` + space×N + `b` (FIELD_SPLIT)', n: 1_000_000, make: (n) => `a${' '.repeat(n)}b`, direct: { key: r('lexicon/parse.ts', '/ (?=[!@*])/'), use: 'split' } },
  { id: 'direct-lexicon-whitespace', group: 'direct', what: 'lexicon term with space×N runs', n: 1_000_000, make: (n) => `a${' '.repeat(n)}b`, direct: { key: r('lexicon/parse.ts', WS), use: 'replace' } },
  { id: 'direct-lexicon-lines', group: 'direct', what: 'lexicon file of `\\r\\n`×N', n: 1_000_000, make: (n) => 'a\r\n'.repeat(n), direct: { key: r('lexicon/parse.ts', '/\\r?\\n/'), use: 'split' } },
  { id: 'direct-lexicon-header', group: 'direct', what: '`#` + space×N + `descriptio`', n: 1_000_000, make: (n) => `#${' '.repeat(n)}descriptio`, direct: { key: r('lexicon/parse.ts', '/^#\\s*(description|label|category|evidence)\\s*:\\s*(.*)$/i'), use: 'test' } },
  { id: 'direct-lexicon-category', group: 'direct', what: '`a`×N + `!`', n: 1_000_000, make: (n) => `${'a'.repeat(n)}!`, direct: { key: r('lexicon/parse.ts', '/^[a-z][a-z0-9-]*$/'), use: 'test' } },
  { id: 'direct-stopword-lines', group: 'direct', what: 'stopword file of `\\r\\n`×N', n: 1_000_000, make: (n) => 'a\r\n'.repeat(n), direct: { key: r('features/stopwords.ts', '/\\r?\\n/'), use: 'split' } },
  { id: 'direct-options-category', group: 'direct', what: 'options lexicon category `a-`×N + `!`', n: 1_000_000, make: (n) => `${'a-'.repeat(n)}!`, direct: { key: r('options.ts', '/^[a-z][a-z0-9-]*$/'), use: 'test' } },
  { id: 'direct-rule-id', group: 'direct', what: 'ruleSchema on rule id `a.` + `a-`×N + `!`', n: 1_000_000, make: (n) => `a.${'a-'.repeat(n)}!`, regexes: [r('rules/schema.ts', '/^[a-z]+\\.[a-z0-9]+(?:[.-][a-z0-9]+)*$/')], run: (input) => void ruleSchema.safeParse({ ...SAMPLE_RULE, id: asString(input) }) },
  { id: 'direct-rule-id-dots', group: 'direct', what: 'ruleSchema on rule id `a` + `.a`×N + `!`', n: 1_000_000, make: (n) => `a${'.a'.repeat(n)}!`, regexes: [r('rules/schema.ts', '/^[a-z]+\\.[a-z0-9]+(?:[.-][a-z0-9]+)*$/')], run: (input) => void ruleSchema.safeParse({ ...SAMPLE_RULE, id: asString(input) }) },
  { id: 'direct-rule-category', group: 'direct', what: 'rule category `a`×N + `!`', n: 1_000_000, make: (n) => `${'a'.repeat(n)}!`, direct: { key: r('rules/schema.ts', '/^[a-z][a-z0-9-]*$/'), use: 'test' } },
  { id: 'direct-jieba-han-word', group: 'direct', what: 'lexicon term `a`×N (no Han)', n: 1_000_000, make: (n) => 'a'.repeat(n), direct: { key: r('tokenize/jieba.ts', '/\\p{Script=Han}/u'), use: 'test' } },
  { id: 'direct-cli-extension', group: 'direct', what: 'file name `.htm`×N + `x`', n: 500_000, make: (n) => `${'.htm'.repeat(n)}x`, direct: { key: r('cli/inputs.ts', '/\\.(?:html?|xhtml|txt)$/i'), use: 'test' } },
];
