import { describe, expect, it } from 'vitest';
import { parseOptions, PagesiftOptionsError } from '../src/options.js';
import { poolOptionsSchema } from '../src/batch/pool.js';
import { decodeInput, PagesiftInputError } from '../src/decode/input.js';
import { parseRuleFile } from '../src/rules/load.js';
import { CONDITION_SHAPES } from '../src/rules/schema.js';

/**
 * What a demanding new user met in the library's option errors (audit, session 32): a key the
 * object does not take was named without the keys it does take, and a rule condition that is none
 * of the condition shapes was only "Invalid input".
 */

const DESCRIPTION = 'a description long enough';
const rule = (extra: Record<string, unknown>): Record<string, unknown> => ({ id: 'x.y', description: DESCRIPTION, label: 'spam', score: 1, when: { feature: 'words', gte: 1 }, ...extra });

function optionsMessage(options: unknown): string {
  try {
    parseOptions(options);
  } catch (error) {
    expect(error).toBeInstanceOf(PagesiftOptionsError);
    return (error as Error).message;
  }
  throw new Error('the options were taken');
}

describe('a key that is not taken names the keys that are', () => {
  // [what, options, the message holds]
  const cases: [string, unknown, string][] = [
    ['a misspelt option', { maxbytes: 5 }, '(options): Unrecognized key: "maxbytes" (options: spamThreshold, maxBytes, includeFeatures, rules, ruleFiles, disableRules, lexicons, lexiconFiles)'],
    ['two unknown options', { a: 1, b: 2 }, '(options): Unrecognized keys: "a", "b" (options: spamThreshold,'],
    ["a rule's misspelt field", { rules: [rule({ lable: 'spam' })] }, 'rules.0: Unrecognized key: "lable" (a rule\'s keys: id, description, label, score, category, scope, anchor, template, explain, when)'],
    ['a misspelt comparison', { rules: [rule({ when: { feature: 'words', ge: 1 } })] }, 'rules.0.when: Unrecognized key: "ge" (a comparison\'s keys: feature, gte, gt, lte, lt, eq)'],
    ["a lexicon's unknown field", { lexicons: [{ category: 'x', label: 'spam', terms: ['abc'], weight: 2 }] }, 'lexicons.0: Unrecognized key: "weight" (a lexicon\'s keys: category, label, evidence, description, terms)'],
  ];
  it.each(cases)('%s', (_what, options, message) => {
    expect(optionsMessage(options)).toContain(message);
  });

  it("a pool's options list threads too (the schema that raised the issue is read, extended or not)", () => {
    const parsed = poolOptionsSchema.safeParse({ thread: 2 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Unrecognized key: "thread" (options: spamThreshold, maxBytes, includeFeatures, rules, ruleFiles, disableRules, lexicons, lexiconFiles, threads)');
  });

  it("sift()'s object input names its keys", () => {
    expect(() => decodeInput({ html: '<p>a</p>', foo: 1 } as never, 1024)).toThrow(PagesiftInputError);
    expect(() => decodeInput({ html: '<p>a</p>', foo: 1 } as never, 1024)).toThrow('(input): Unrecognized key: "foo" (the input\'s keys: html, text, bytes, url, contentType)');
  });

  it('a rule file names the keys of the file and of its rules', () => {
    expect(() => parseRuleFile(JSON.stringify({ rule: [] }), 'f.json')).toThrow('Unrecognized key: "rule" (a rule file\'s keys: $comment, rules)');
    expect(() => parseRuleFile(JSON.stringify({ rules: [rule({ lable: 'spam' })] }), 'f.json')).toThrow('f.json: rules.0: Unrecognized key: "lable" (a rule\'s keys: id,');
  });
});

describe('a rule condition that is none of the shapes says what the shapes are', () => {
  // [what, when, the message for `when` (after "rules.0.when: ")]
  const mustSayShapes: [string, unknown][] = [
    ['a number given as a string', { feature: 'words', gte: '1' }],
    ['an expression in a string', 'words > 1'],
    ['all and not together', { all: [{ feature: 'words', gte: 1 }], not: { feature: 'words', gte: 1 } }],
    ['an array', [{ feature: 'words', gte: 1 }]],
    ['null', null],
  ];
  it.each(mustSayShapes)('%s', (_what, when) => {
    expect(optionsMessage({ rules: [rule({ when })] })).toBe(`invalid pagesift options: rules.0.when: ${CONDITION_SHAPES}`);
  });

  // where one shape comes close, zod's issues for that shape stay: they say more than the list of shapes
  const keepZodIssues: [string, unknown, string][] = [
    ['a comparison with no operator', { feature: 'words' }, 'rules.0.when: a feature comparison needs at least one of gte, gt, lte, lt, eq'],
    ['an empty all', { all: [] }, 'rules.0.when.all: Too small: expected array to have >=1 items'],
    ['a misspelt operator inside all', { all: [{ feature: 'words', gtee: 2 }] }, 'rules.0.when.all.0: Unrecognized key: "gtee" (a comparison\'s keys: feature, gte, gt, lte, lt, eq)'],
  ];
  it.each(keepZodIssues)('%s', (_what, when, message) => {
    const text = optionsMessage({ rules: [rule({ when })] });
    expect(text).toContain(message);
    expect(text).not.toContain(CONDITION_SHAPES);
  });

  it('a valid condition is taken', () => {
    expect(() => parseOptions({ rules: [rule({ when: { any: [{ feature: 'words', gte: 1 }, { not: { feature: 'words', lt: 3 } }] } })] })).not.toThrow();
  });
});
