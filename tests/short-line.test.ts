import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortLineRule } from '../src/classify/short-line.js';

/** A rule over a data file written here: two patterns, one anchored, one found anywhere in the line. */
function ruleOver(maxChars: number) {
  const dir = mkdtempSync(join(tmpdir(), 'pagesift-short-line-'));
  const file = join(dir, 'lines.json');
  writeFileSync(file, JSON.stringify({ patterns: [{ name: 'anchored', pattern: '^photo by \\S+$' }, { name: 'anywhere', pattern: 'read more' }] }));
  return shortLineRule({ file, maxChars, what: 'a test list of line patterns', rule: 'context.test-line', description: 'a test line' });
}

describe('shortLineRule: a short-line pass made from its file, bound and hit', () => {
  const rule = ruleOver(20);
  const patterns = rule.load();

  it.each([
    ['Photo by Jane', true],
    ['  Photo   by   Jane  ', true],
    ['Read more', true],
    ['or read more here', true],
    ['A photo by Jane', false],
    ['Photo by Jane Doe', false],
    ['', false],
    ['   ', false],
  ])('%j matches: %s', (line, fires) => {
    expect(rule.matches(line, patterns)).toBe(fires);
  });

  it('takes a line of exactly maxChars characters, spaces collapsed, and not one more', () => {
    const at = `${'x'.repeat(20 - 'read more'.length)}read more`;
    expect(at.length).toBe(20);
    expect(rule.matches(at, patterns)).toBe(true);
    expect(rule.matches(`x${at}`, patterns)).toBe(false);
    expect(rule.matches(at.replace('read ', 'read      '), patterns)).toBe(true);
  });

  it('gives one frozen navigation hit with its rule name and description, shared by every line', () => {
    expect(rule.hit).toEqual({ rule: 'context.test-line', label: 'navigation', score: 0, description: 'a test line' });
    expect(Object.isFrozen(rule.hit)).toBe(true);
    expect(Object.isFrozen(rule)).toBe(true);
    expect(rule.maxChars).toBe(20);
  });

  it('loads its own file by default, another when given one, and names the list in the error for a bad file', () => {
    const other = join(mkdtempSync(join(tmpdir(), 'pagesift-short-line-')), 'other.json');
    writeFileSync(other, JSON.stringify({ patterns: [{ name: 'one', pattern: '^only$' }] }));
    expect(rule.load(other)).toHaveLength(1);
    const broken = join(mkdtempSync(join(tmpdir(), 'pagesift-short-line-')), 'broken.json');
    writeFileSync(broken, JSON.stringify({ patterns: [{ name: 'bad', pattern: '(' }] }));
    expect(() => rule.load(broken)).toThrow(/a test list of line patterns/);
  });
});
