import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ShortLineRule } from '../../src/classify/short-line.js';

/**
 * The table every short-line rule (src/classify/short-line.ts `shortLineRule`) is tested with, as
 * ESLint's rule tester takes each rule's valid and invalid inputs: the lines that must fire, the
 * lines that must not, and both sides of its bound. Each rule's own test file gives the lines (its
 * own wording, written for the test) and adds what only that rule has.
 */
export interface ShortLineTable {
  /** Lines the rule must take. */
  readonly fire: readonly string[];
  /** Lines it must leave alone. */
  readonly stay: readonly string[];
  /**
   * A line it takes of exactly `rule.maxChars` characters, and that line one character longer,
   * which it must not take; the first with every space tripled and spaces around it must still
   * fire (spaces are collapsed before the bound). Absent where the patterns take whole short
   * wordings only and no line can reach the bound (say why in the rule's own test).
   */
  readonly bound?: { readonly at: string; readonly over: string };
}

/**
 * A describe block for `rule`, named `name`, with the table's cases; `more` adds the rule's own
 * cases to the same block and is given the shipped patterns. Returns nothing: the patterns are
 * loaded again by whoever needs them (`rule.load()` is cheap and pure).
 */
export function describeShortLineRule(name: string, rule: ShortLineRule, table: ShortLineTable, more?: (patterns: readonly RegExp[]) => void): void {
  const patterns = rule.load();
  describe(`${name}: lines that must and must not fire (${basename(rule.file)})`, () => {
    it.each(table.fire)('fires: %j', (line) => {
      expect(rule.matches(line, patterns)).toBe(true);
    });
    it.each(table.stay)('does not fire: %j', (line) => {
      expect(rule.matches(line, patterns)).toBe(false);
    });
    const { bound } = table;
    if (bound !== undefined) {
      it(`takes a line of ${rule.maxChars} characters, spaces collapsed, and not one more`, () => {
        expect(bound.at.length).toBe(rule.maxChars);
        expect(bound.over.length).toBe(rule.maxChars + 1);
        expect(rule.matches(bound.at, patterns)).toBe(true);
        expect(rule.matches(bound.over, patterns)).toBe(false);
        expect(rule.matches(`  ${bound.at.replaceAll(' ', '   ')}  `, patterns)).toBe(true);
      });
    }
    it('the shipped patterns compile and the hit, frozen, says navigation', () => {
      expect(patterns.length).toBeGreaterThan(0);
      expect(rule.hit.label).toBe('navigation');
      expect(Object.isFrozen(rule.hit)).toBe(true);
    });
    more?.(patterns);
  });
}
