import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, createSifter, DEFAULT_MAX_BYTES, LexiconError, PagesiftOptionsError, RuleError, type Rule, type Sifter, type SifterOptionsInput } from '../src/index.js';
import { parseOptions } from '../src/options.js';
import { rejection } from './helpers/rejection.js';

/** createSifter options: validation errors, extra rules and lexicons, disabled rules, user files. */

const userRule = (over: Partial<Rule> = {}): Rule => ({
  id: 'spam.user-brand',
  description: 'a user rule on a user lexicon category',
  label: 'spam',
  score: 9,
  category: 'user-brand',
  when: { feature: 'lex.testbrand.hits', gte: 1 },
  ...over,
});

describe('option validation', () => {
  it('no options → the defaults', () => {
    expect(parseOptions(undefined)).toEqual(parseOptions({}));
    // spamThreshold is left unset: the sifter then uses the threshold chosen from data (data/weights)
    expect(parseOptions(undefined)).toEqual({
      maxBytes: DEFAULT_MAX_BYTES,
      includeFeatures: false,
      rules: [],
      ruleFiles: [],
      disableRules: [],
      lexicons: [],
      lexiconFiles: [],
    });
  });

  it('an unknown key is rejected and named', async () => {
    const error = await rejection(createSifter({ maxbytes: 10 } as unknown as SifterOptionsInput));
    expect(error).toBeInstanceOf(PagesiftOptionsError);
    expect(error.name).toBe('PagesiftOptionsError');
    expect(error.message).toContain('"maxbytes"');
    const issues = (error as PagesiftOptionsError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('unrecognized_keys');
  });

  it.each<[string, unknown, string]>([
    ['maxBytes as a string', { maxBytes: '10MB' }, 'maxBytes'],
    ['maxBytes not an integer', { maxBytes: 1.5 }, 'maxBytes'],
    ['maxBytes zero', { maxBytes: 0 }, 'maxBytes'],
    ['spamThreshold negative', { spamThreshold: -1 }, 'spamThreshold'],
    ['spamThreshold infinite', { spamThreshold: Infinity }, 'spamThreshold'],
    ['includeFeatures as a string', { includeFeatures: 'yes' }, 'includeFeatures'],
    ['a rule label', { rules: [userRule({ label: 'ham' as Rule['label'] })] }, 'rules.0.label'],
    ['a rule score', { rules: [userRule(), { ...userRule({ id: 'spam.second' }), score: '9' }] }, 'rules.1.score'],
    ['a rule condition', { rules: [userRule({ when: { feature: 'chars' } })] }, 'rules.0.when'],
    ['rules not an array', { rules: userRule() }, 'rules'],
    ['a lexicon category', { lexicons: [{ category: 'Test Brand', label: 'spam', terms: ['x'] }] }, 'lexicons.0.category'],
    ['a reserved lexicon category', { lexicons: [{ category: 'any-spam', label: 'spam', terms: ['x'] }] }, 'lexicons.0.category'],
    ['a lexicon label', { lexicons: [{ category: 'brand', label: 'ham', terms: ['x'] }] }, 'lexicons.0.label'],
    ['empty lexicon terms', { lexicons: [{ category: 'brand', label: 'spam', terms: [] }] }, 'lexicons.0.terms'],
    ['a blank lexicon term', { lexicons: [{ category: 'brand', label: 'spam', terms: ['ok', '  '] }] }, 'lexicons.0.terms.1'],
    ['disableRules entry', { disableRules: [42] }, 'disableRules.0'],
    ['lexiconFiles entry', { lexiconFiles: [''] }, 'lexiconFiles.0'],
  ])('%s → the error names %s', async (_name, options, path) => {
    const error = await rejection(createSifter(options as SifterOptionsInput));
    expect(error).toBeInstanceOf(PagesiftOptionsError);
    const issues = (error as PagesiftOptionsError).issues;
    expect(issues.map((i) => i.path.join('.'))).toContain(path);
    expect(error.message).toMatch(new RegExp(`^invalid pagesift options: .*${path.replace(/\./g, '\\.')}: `));
  });

  it('lists every problem', async () => {
    const error = (await rejection(createSifter({ maxBytes: -1, spamThreshold: 'high' } as unknown as SifterOptionsInput))) as PagesiftOptionsError;
    expect(error.issues.map((i) => i.path.join('.')).sort()).toEqual(['maxBytes', 'spamThreshold']);
  });

  it.each([['a string', 'fast'], ['an array', []], ['a number', 3], ['null', null]])('options as %s are rejected', async (_name, options) => {
    expect(await rejection(createSifter(options as unknown as SifterOptionsInput))).toBeInstanceOf(PagesiftOptionsError);
  });

  it('null is not "no options": undefined and {} are the defaults, null a PagesiftOptionsError naming the options', async () => {
    expect(parseOptions(undefined)).toEqual(parseOptions({}));
    expect(() => parseOptions(null)).toThrow(PagesiftOptionsError);
    expect(() => parseOptions(null)).toThrow(/^invalid pagesift options: \(options\): /);
    const error = (await rejection(createSifter(null as unknown as SifterOptionsInput))) as PagesiftOptionsError;
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toEqual([]);
  });
});

describe('extra rules and lexicons', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await createSifter({
      lexicons: [
        { category: 'testbrand', label: 'spam', terms: ['zorblax', '蓝莓代购网'] },
        { category: 'testnav', label: 'navigation', description: 'extra menu words', terms: ['Sitemap'] },
      ],
      rules: [
        userRule(),
        {
          id: 'navigation.user-sitemap',
          description: 'a user navigation rule on a user lexicon',
          label: 'navigation',
          score: 6,
          when: { feature: 'lex.testnav.hits', gte: 1 },
        },
      ],
      disableRules: ['spam.canary'],
      includeFeatures: true,
    });
  });

  it('a user lexicon term and a user rule on it give a hit with the user rule id', () => {
    const report = sifter.sift({ text: '本地新闻\n今天在 zorblax 商店买了东西，价格很公道。\n' });
    const line = report.segments[1]!;
    expect(line.terms).toEqual([{ term: 'zorblax', category: 'testbrand', start: 4, end: 11 }]);
    expect(line.features?.['lex.testbrand.hits']).toBe(1);
    expect(line.hits).toContainEqual({ rule: 'spam.user-brand', label: 'spam', score: 9, description: 'a user rule on a user lexicon category', category: 'user-brand' });
    expect(line.label).toBe('spam');
    expect(report.verdict.spam).toBe(true);
    expect(report.verdict.categories).toEqual(expect.arrayContaining(['user-brand', 'testbrand']));
  });

  it('user terms are normalised and matched like built-in ones (Han term, full-width Latin)', () => {
    const report = sifter.sift({ text: '标题\n欢迎光临藍莓代購網的页面。\nＺＯＲＢＬＡＸ\n' });
    expect(report.segments.map((s) => s.terms.map((t) => t.term))).toEqual([[], ['藍莓代購網'], ['ＺＯＲＢＬＡＸ']]);
    expect(report.segments[1]!.hits.map((h) => h.rule)).toContain('spam.user-brand');
  });

  it('a user navigation lexicon and rule', () => {
    const report = sifter.sift('<html><body><p>Sitemap</p></body></html>');
    expect(report.segments[0]!.hits.map((h) => h.rule)).toContain('navigation.user-sitemap');
    expect(report.segments[0]!.label).toBe('navigation');
  });

  it('a disabled built-in rule does not fire', () => {
    const report = sifter.sift({ text: `标题\n${CANARY}\n` });
    expect(report.segments.flatMap((s) => s.hits.map((h) => h.rule))).not.toContain('spam.canary');
  });
});

describe('rule and disableRules errors', () => {
  it('disableRules with an unknown id → a PagesiftOptionsError naming the field and the id, like any wrong option value', async () => {
    const error = await rejection(createSifter({ disableRules: ['spam.canary', 'spam.no-such-rule'] }));
    expect(error).toBeInstanceOf(PagesiftOptionsError);
    expect(error.message).toBe('invalid pagesift options: disableRules.1: unknown rule id "spam.no-such-rule"');
    expect((error as PagesiftOptionsError).issues.map((i) => i.path)).toEqual([['disableRules', 1]]);
  });

  it('an extra rule naming an unknown feature → RuleError naming options.rules and the rule id', async () => {
    const error = await rejection(createSifter({ rules: [userRule({ id: 'spam.typo', when: { feature: 'lex.no-such-category.hits', gte: 1 } })] }));
    expect(error).toBeInstanceOf(RuleError);
    expect(error.message).toBe('options.rules: rule "spam.typo" names unknown feature "lex.no-such-category.hits"');
  });

  it('an extra rule reusing a built-in id → RuleError naming both origins', async () => {
    const error = await rejection(createSifter({ rules: [userRule({ id: 'spam.canary', when: { feature: 'chars', gte: 1 } })] }));
    expect(error).toBeInstanceOf(RuleError);
    expect(error.message).toBe('options.rules: duplicate rule id "spam.canary" (first defined in data/rules/10_spam.json)');
  });
});

describe('user files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pagesift-options-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['an unknown boundary', 'zorblax @tokens', 4, /unknown boundary "@tokens"/],
    ['a bad weight', 'zorblax *heavy', 4, /bad weight "\*heavy"/],
    ['a weight above 100', 'zorblax *101', 4, /bad weight/],
    ['an empty allow phrase', 'zorblax !', 4, /empty allow-list phrase/],
    ['an allow phrase without the term', 'zorblax !something else', 4, /does not contain the term "zorblax"/],
  ])('a lexicon file with %s → LexiconError naming file and line', async (_name, line, lineNo, message) => {
    const path = join(dir, `bad-${lineNo}-${line.length}.txt`);
    await writeFile(path, `# description: a user lexicon for the tests\n# label: spam\ngood term\n${line}\n`);
    const error = await rejection(createSifter({ lexiconFiles: [path] }));
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as LexiconError).file).toBe(path);
    expect((error as LexiconError).line).toBe(lineNo);
    expect(error.message.startsWith(`${path}:${lineNo}: `)).toBe(true);
    expect(error.message).toMatch(message);
  });

  it('a lexicon file without its header → LexiconError at line 1', async () => {
    const path = join(dir, 'headless.txt');
    await writeFile(path, 'zorblax\n');
    const error = await rejection(createSifter({ lexiconFiles: [path] }));
    expect(error).toBeInstanceOf(LexiconError);
    expect(error.message).toBe(`${path}:1: missing "# description: …" header`);
  });

  it('a good lexicon file and a rule file work together; the category is the file name', async () => {
    const lexicon = join(dir, 'testbrand.txt');
    await writeFile(lexicon, '# description: a user lexicon for the tests\n# label: spam\nzorblax *2\n');
    const rules = join(dir, 'rules.json');
    await writeFile(rules, JSON.stringify({ rules: [userRule({ when: { feature: 'lex.testbrand.hits', gte: 2 } })] }));
    const sifter = await createSifter({ lexiconFiles: [lexicon], ruleFiles: [rules] });
    const report = sifter.sift({ text: '标题\nzorblax today\n' });
    expect(report.segments[1]!.hits.map((h) => h.rule)).toContain('spam.user-brand');
  });

  it('a rule file with bad JSON → RuleError naming the file', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(path, '{ "rules": [ ');
    const error = await rejection(createSifter({ ruleFiles: [path] }));
    expect(error).toBeInstanceOf(RuleError);
    expect(error.message.startsWith(`${path}: not valid JSON`)).toBe(true);
  });

  it('a missing file → an error naming the path', async () => {
    const path = join(dir, 'does-not-exist.txt');
    const error = await rejection(createSifter({ lexiconFiles: [path] }));
    expect(error.message).toContain(path);
  });
});

describe('unreadable user files', () => {
  it('a rule file or lexicon file that does not exist, or is a folder → RuleError / LexiconError naming it, not a bare ENOENT', async () => {
    const missing = join(tmpdir(), 'pagesift-no-such-dir', 'rules.json');
    const ruleError = await rejection(createSifter({ ruleFiles: [missing] }));
    expect(ruleError).toBeInstanceOf(RuleError);
    expect(ruleError.message).toBe(`${missing}: cannot read the rule file (no such file or directory)`);
    const folder = await rejection(createSifter({ ruleFiles: [tmpdir()] }));
    expect(folder).toBeInstanceOf(RuleError);
    expect(folder.message.startsWith(`${tmpdir()}: cannot read the rule file (`)).toBe(true);
    const lexicon = join(tmpdir(), 'pagesift-no-such-dir', 'brand.txt');
    const lexiconError = await rejection(createSifter({ lexiconFiles: [lexicon] }));
    expect(lexiconError).toBeInstanceOf(LexiconError);
    expect((lexiconError as LexiconError).file).toBe(lexicon);
    expect(lexiconError.message).toBe(`${lexicon}: cannot read the lexicon file (no such file or directory)`);
  });
});
