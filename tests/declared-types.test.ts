import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemaTypeOf } from '../src/segment/declared-types.js';

/** schemaTypeOf as it was before session 30: the last path segment found by a regex search (quadratic on a long name ended by a separator). */
function schemaTypeOfBySearch(value: string): string | undefined {
  const first = value.trim().split(/\s+/)[0] ?? '';
  const name = first.slice(first.search(/[^/#:]*$/)).toLowerCase();
  return /^[a-z][a-z0-9]{1,60}$/.test(name) ? name : undefined;
}

describe('schemaTypeOf', () => {
  it.each([
    ['https://schema.org/Product', 'product'],
    ['http://schema.org/NewsArticle', 'newsarticle'],
    ['schema:Recipe', 'recipe'],
    ['https://example.com/vocab#BlogPosting', 'blogposting'],
    ['Product', 'product'],
    ['  https://schema.org/Event https://schema.org/Thing ', 'event'], // the first of several
    ['https://schema.org/Product/', undefined], // nothing after the last separator
    ['https://schema.org/1Product', undefined],
    ['https://schema.org/X', undefined], // one letter is no type
    ['', undefined],
  ])('%j → %j', (value, expected) => {
    expect(schemaTypeOf(value)).toBe(expected);
  });

  it('gives what the regex search gave, on random and adversarial values', () => {
    const part = fc.constantFrom('/', '#', ':', 'a', 'Z', '0', ' ', '\t', '\n', '.', 'é', 'schema.org', 'https://', 'Product');
    fc.assert(
      fc.property(fc.oneof(fc.array(part, { maxLength: 30 }).map((a) => a.join('')), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), (value) => {
        expect(schemaTypeOf(value)).toBe(schemaTypeOfBySearch(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a long name that a separator ends (the search was quadratic in its length)', () => {
    expect(schemaTypeOf(`${'x'.repeat(200_000)}#`)).toBeUndefined();
    expect(schemaTypeOf(`${'x'.repeat(200_000)}#Product`)).toBe('product');
  });
});
