import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeatureSpace, STATIC_FEATURES, type Features } from '../src/features/feature-set.js';
import { compileCondition, compileRule, conditionFeatures, RuleError, type CompiledRule } from '../src/rules/compile.js';
import { applyRules } from '../src/rules/engine.js';
import { compileRules, loadRuleFile, parseRuleFile } from '../src/rules/load.js';
import { conditionSchema, MAX_RULE_ID_CHARS, ruleSchema, type Condition, type Rule } from '../src/rules/schema.js';

/** rules/: schema, compile, load, engine. */

const KNOWN = new FeatureSpace([...Object.keys(STATIC_FEATURES), 'lex.porn.hits']);
const XAB = new FeatureSpace(['x', 'a', 'b', 'c']);

/** A feature vector of `space` with the given values (the others 0). */
function vector(space: FeatureSpace, values: Record<string, number>): Features {
  const features = space.vector();
  for (const [name, value] of Object.entries(values)) features[space.indexOf(name)] = value;
  return features;
}

const rule = (over: Partial<Rule> = {}): Rule => ({
  id: 'spam.test-rule',
  description: 'a rule written for the tests',
  label: 'spam',
  score: 3,
  when: { feature: 'chars', gte: 1 },
  ...over,
});

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an exception');
}

describe('conditions', () => {
  it.each<[string, Condition, number, boolean]>([
    ['gte at', { feature: 'x', gte: 5 }, 5, true],
    ['gte below', { feature: 'x', gte: 5 }, 4.999, false],
    ['gt at', { feature: 'x', gt: 5 }, 5, false],
    ['gt above', { feature: 'x', gt: 5 }, 5.001, true],
    ['lte at', { feature: 'x', lte: 0.5 }, 0.5, true],
    ['lte above', { feature: 'x', lte: 0.5 }, 0.501, false],
    ['lt at', { feature: 'x', lt: 0.5 }, 0.5, false],
    ['lt below', { feature: 'x', lt: 0.5 }, 0.499, true],
    ['eq equal', { feature: 'x', eq: 1 }, 1, true],
    ['eq other', { feature: 'x', eq: 1 }, 0, false],
    ['range inside', { feature: 'x', gte: 2, lt: 4 }, 3, true],
    ['range upper edge', { feature: 'x', gte: 2, lt: 4 }, 4, false],
    ['range lower edge', { feature: 'x', gte: 2, lt: 4 }, 2, true],
  ])('%s: %j with x = %d → %s', (_name, condition, x, expected) => {
    expect(compileCondition(condition, XAB)(vector(XAB, { x }))).toBe(expected);
  });

  it('an unset feature is 0', () => {
    expect(compileCondition({ feature: 'x', eq: 0 }, XAB)(XAB.vector())).toBe(true);
    expect(compileCondition({ feature: 'x', gte: 1 }, XAB)(XAB.vector())).toBe(false);
  });

  it('a feature unknown to the space cannot be compiled', () => {
    expect(() => compileCondition({ feature: 'nope', eq: 0 }, XAB)).toThrow('unknown feature "nope"');
  });

  const a: Condition = { feature: 'a', eq: 1 };
  const b: Condition = { feature: 'b', eq: 1 };
  it.each<[string, Condition, [number, number, boolean][]]>([
    ['all', { all: [a, b] }, [[0, 0, false], [1, 0, false], [0, 1, false], [1, 1, true]]],
    ['any', { any: [a, b] }, [[0, 0, false], [1, 0, true], [0, 1, true], [1, 1, true]]],
    ['not all', { not: { all: [a, b] } }, [[0, 0, true], [1, 0, true], [0, 1, true], [1, 1, false]]],
    ['all with not', { all: [a, { not: b }] }, [[0, 0, false], [1, 0, true], [0, 1, false], [1, 1, false]]],
    ['any of all', { any: [{ all: [a, b] }, { not: a }] }, [[0, 0, true], [1, 0, false], [0, 1, true], [1, 1, true]]],
  ])('%s truth table', (_name, condition, table) => {
    const test = compileCondition(condition, XAB);
    expect(table.map(([va, vb]) => test(vector(XAB, { a: va, b: vb })))).toEqual(table.map(([, , out]) => out));
  });

  it('conditionFeatures lists every named feature, nested', () => {
    expect(conditionFeatures({ all: [{ feature: 'a', gte: 1 }, { any: [{ not: { feature: 'b', eq: 0 } }, { feature: 'c', lt: 2 }] }] })).toEqual(['a', 'b', 'c']);
  });
});

describe('schema', () => {
  it('accepts a complete rule', () => {
    expect(ruleSchema.parse(rule({ category: 'title-hijack' }))).toEqual(rule({ category: 'title-hijack' }));
  });

  it.each<[string, unknown]>([
    ['no operator', { feature: 'chars' }],
    ['unknown operator', { feature: 'chars', ge: 1 }],
    ['empty all', { all: [] }],
    ['empty feature name', { feature: '', gte: 1 }],
    ['two keys', { all: [{ feature: 'a', eq: 1 }], any: [{ feature: 'b', eq: 1 }] }],
    ['string threshold', { feature: 'chars', gte: '1' }],
  ])('rejects a condition with %s', (_name, condition) => {
    expect(conditionSchema.safeParse(condition).success).toBe(false);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['score', { score: 'x' }, 'rules.0.score'],
    ['score', { score: Infinity }, 'rules.0.score'],
    ['id', { id: 'Not An Id' }, 'rules.0.id'],
    ['id', { id: 'spam' }, 'rules.0.id'],
    ['label', { label: 'ham' }, 'rules.0.label'],
    ['description', { description: 'short' }, 'rules.0.description'],
    ['category', { category: 'Title Hijack' }, 'rules.0.category'],
    ['when', { when: { feature: 'chars' } }, 'rules.0.when'],
    ['when', { when: { all: [{ feature: 'chars', ge: 1 }] } }, 'rules.0.when.all.0'],
    ['unknown key', { extra: true }, 'rules.0'],
  ])('a bad %s is reported with its path', (_name, over, path) => {
    // JSON.stringify writes Infinity as null; a rule file can hold 1e999, which JSON.parse reads as Infinity
    const text = JSON.stringify({ rules: [{ ...rule(), ...over }] }).replace('"score":null', '"score":1e999');
    const error = errorOf(() => parseRuleFile(text, 'rules/x.json'));
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).origin).toBe('rules/x.json');
    expect(error.message.startsWith(`rules/x.json: ${path}: `)).toBe(true);
  });

  it.each([
    ['spam.keyword-title', true],
    ['nav.a.b-c-d.e2', true],
    ['spam.x1', true],
    ['spam', false],
    ['spam.', false],
    ['spam..x', false],
    ['spam.-x', false],
    ['spam.x-', false],
    ['-spam.x', false],
    ['spam-x.y', false],
    ['Spam.x', false],
    ['1spam.x', false],
  ] as const)('rule id %j valid: %s', (id, valid) => {
    expect(ruleSchema.safeParse(rule({ id })).success).toBe(valid);
  });

  it('a rule id is at most MAX_RULE_ID_CHARS long; a 10 M-character id is refused without a RangeError from the regex engine', () => {
    const id = (n: number): string => `spam.${'a-'.repeat(n)}b`;
    expect(ruleSchema.safeParse(rule({ id: id((MAX_RULE_ID_CHARS - 6) / 2) })).success).toBe(true);
    expect(ruleSchema.safeParse(rule({ id: id((MAX_RULE_ID_CHARS - 6) / 2 + 1) })).success).toBe(false);
    // "a-" repeated, then a character no id holds: the backtracking stack overflowed here
    const error = errorOf(() => parseRuleFile(JSON.stringify({ rules: [rule({ id: `spam.${'a-'.repeat(5_000_000)}!` })] }), 'f.json'));
    expect(error).toBeInstanceOf(RuleError);
    expect(error.message).toBe(`f.json: rules.0.id: rule id: at most ${MAX_RULE_ID_CHARS} characters`);
  });

  it('the path counts rules from 0', () => {
    const error = errorOf(() => parseRuleFile(JSON.stringify({ rules: [rule(), rule({ id: 'spam.other' }), { ...rule({ id: 'spam.third' }), score: 'high' }] }), 'f.json'));
    expect(error.message).toBe('f.json: rules.2.score: Invalid input: expected number, received string');
  });

  it('a file that is an array of rules, or one rule, is told the file\'s shape (zod said "(root): expected object, received array")', () => {
    expect(() => parseRuleFile(JSON.stringify([rule()]), 'f.json')).toThrow('f.json: a rule file is an object { "rules": [ … ] }, as data/rules/*.json, not an array: put the array under "rules"');
    expect(() => parseRuleFile(JSON.stringify(rule()), 'f.json')).toThrow('f.json: a rule file is an object { "rules": [ … ] }, as data/rules/*.json, not a single rule: put it in "rules": [ … ]');
    // an object with rules, or without a rule's `when`, is left to the schema's own messages
    expect(() => parseRuleFile(JSON.stringify({ rules: [rule()], when: 1 }), 'f.json')).toThrow(/Unrecognized key: "when"/);
    expect(() => parseRuleFile(JSON.stringify({ id: 'spam.x' }), 'f.json')).toThrow(/^f\.json: rules: /);
  });

  it('a file needs a rules array and nothing else but $comment', () => {
    expect(parseRuleFile(JSON.stringify({ $comment: 'fine', rules: [] }), 'f.json')).toEqual([]);
    expect(() => parseRuleFile(JSON.stringify({ rule: [] }), 'f.json')).toThrow(/^f\.json: rules: .*Unrecognized key: "rule"/);
  });
});

describe('loading files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pagesift-rules-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('bad JSON → RuleError naming the file', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(path, '{"rules": [ { "id": "spam.x", }');
    const error = await loadRuleFile(path).then(
      () => undefined,
      (e: unknown) => e as RuleError,
    );
    expect(error).toBeInstanceOf(RuleError);
    expect(error!.origin).toBe(path);
    expect(error!.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON \\(`));
  });

  it('a valid file loads its rules', async () => {
    const path = join(dir, 'ok.json');
    await writeFile(path, JSON.stringify({ rules: [rule()] }));
    expect(await loadRuleFile(path)).toEqual([rule()]);
  });
});

describe('compiling', () => {
  it('an unknown feature → RuleError naming the origin and the rule id', () => {
    const error = errorOf(() => compileRules([{ origin: 'options.rules', rules: [rule({ id: 'spam.typo', when: { all: [{ feature: 'chars', gte: 1 }, { feature: 'lex.pron.hits', gte: 1 }] } })] }], KNOWN));
    expect(error).toBeInstanceOf(RuleError);
    expect(error.message).toBe('options.rules: rule "spam.typo" names unknown feature "lex.pron.hits"');
    expect((error as RuleError).origin).toBe('options.rules');
  });

  it('a duplicate id → RuleError naming both origins', () => {
    const error = errorOf(() =>
      compileRules(
        [
          { origin: 'data/rules/10_spam.json', rules: [rule({ id: 'spam.same' })] },
          { origin: 'extra/more.json', rules: [rule({ id: 'spam.other' }), rule({ id: 'spam.same' })] },
        ],
        KNOWN,
      ),
    );
    expect(error).toBeInstanceOf(RuleError);
    expect(error.message).toBe('extra/more.json: duplicate rule id "spam.same" (first defined in data/rules/10_spam.json)');
  });

  it('a duplicate inside one origin names that origin twice', () => {
    expect(() => compileRules([{ origin: 'a.json', rules: [rule(), rule()] }], KNOWN)).toThrow('a.json: duplicate rule id "spam.test-rule" (first defined in a.json)');
  });

  it('keeps the order of sets and rules and records the origin', () => {
    const compiled = compileRules(
      [
        { origin: 'one', rules: [rule({ id: 'spam.a' }), rule({ id: 'spam.b' })] },
        { origin: 'two', rules: [rule({ id: 'body.c', label: 'body' })] },
      ],
      KNOWN,
    );
    expect(compiled.map((r) => [r.id, r.origin])).toEqual([
      ['spam.a', 'one'],
      ['spam.b', 'one'],
      ['body.c', 'two'],
    ]);
  });
});

describe('applyRules', () => {
  const compiled: CompiledRule[] = [
    compileRule(rule({ id: 'spam.long', score: 2, category: 'stuffing', when: { feature: 'chars', gte: 10 } }), 'o', KNOWN),
    compileRule(rule({ id: 'spam.porn', score: 5.5, category: 'porn', when: { feature: 'lex.porn.hits', gte: 1 } }), 'o', KNOWN),
    compileRule(rule({ id: 'nav.links', label: 'navigation', score: 3, when: { feature: 'linkDensity', gt: 0.5 } }), 'o', KNOWN),
    compileRule(rule({ id: 'nav.short', label: 'navigation', score: 1, when: { feature: 'chars', lt: 10 } }), 'o', KNOWN),
    compileRule(rule({ id: 'body.punct', label: 'body', score: -1.5, description: 'negative scores subtract', when: { feature: 'sentencePunct', gte: 1 } }), 'o', KNOWN),
  ];

  it('sums scores per label and records every hit, in rule order', () => {
    const result = applyRules(compiled, vector(KNOWN, { chars: 12, 'lex.porn.hits': 2, linkDensity: 0.9, sentencePunct: 1 }));
    expect(result.scores).toEqual({ body: -1.5, navigation: 3, spam: 7.5 });
    expect(result.hits).toEqual([
      { rule: 'spam.long', label: 'spam', score: 2, description: 'a rule written for the tests', category: 'stuffing' },
      { rule: 'spam.porn', label: 'spam', score: 5.5, description: 'a rule written for the tests', category: 'porn' },
      { rule: 'nav.links', label: 'navigation', score: 3, description: 'a rule written for the tests' },
      { rule: 'body.punct', label: 'body', score: -1.5, description: 'negative scores subtract' },
    ]);
  });

  it('no hit → zero scores and no hits', () => {
    expect(applyRules(compiled.slice(1, 3), vector(KNOWN, { chars: 10, linkDensity: 0.5 }))).toEqual({ hits: [], scores: { body: 0, navigation: 0, spam: 0 } });
  });

  it('a rule on the boundary fires (gte) and just below does not', () => {
    expect(applyRules(compiled, vector(KNOWN, { chars: 10 })).hits.map((h) => h.rule)).toEqual(['spam.long']);
    expect(applyRules(compiled, vector(KNOWN, { chars: 9 })).hits.map((h) => h.rule)).toEqual(['nav.short']);
  });
});
