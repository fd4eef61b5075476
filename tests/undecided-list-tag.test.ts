import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagOf } from '../src/classify/undecided-list.js';

/** tagOf before session 30: a regex replace, quadratic on a tag name of many `#` that an id's line break follows. */
const tagOfBefore = (label: string | undefined): string => (label ?? '').replace(/[.#].*$/, '');

describe('tagOf (a path label’s tag)', () => {
  it.each([
    ['li', 'li'],
    ['li.item', 'li'],
    ['span#x', 'span'],
    ['a.b#c', 'a'],
    ['p#x\ny', 'p#x\ny'], // the name runs over a line break: the pattern matched nothing
    ['p#x\ny.z', 'p#x\ny'],
    ['', ''],
  ])('%j → %j', (label, tag) => {
    expect(tagOf(label)).toBe(tag);
  });

  it('gives no label an empty string', () => {
    expect(tagOf(undefined)).toBe('');
  });

  it('gives what the regex replace gave, on random and adversarial labels', () => {
    const part = fc.constantFrom('.', '#', 'li', 'a', 'span', '\n', '\r', '\u2028', '\u2029', ' ', 'x', '0');
    fc.assert(
      fc.property(fc.oneof(fc.array(part, { maxLength: 24 }).map((a) => a.join('')), fc.string({ maxLength: 16 })), (label) => {
        expect(tagOf(label)).toBe(tagOfBefore(label));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a long tag name of marks that a line break follows at once', () => {
    const label = `${'#'.repeat(200_000)}\n#`;
    expect(tagOf(label)).toBe(`${'#'.repeat(200_000)}\n`);
  });
});
