import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHiddenElement, PIXELS, TINY_MARQUEE_PX } from '../src/segment/hidden.js';

/** PIXELS as it was before session 30: two runs of spaces with nothing between them (quadratic on `1`, tabs, `1`). */
const PIXELS_BEFORE = /^\s*(\d{1,6})(?:\.\d+)?\s*(?:px)?\s*$/i;

describe('PIXELS (a marquee size attribute)', () => {
  it.each([
    ['4', '4'],
    [' 4 ', '4'],
    ['4px', '4'],
    ['4 PX', '4'],
    ['4.5px ', '4'],
    ['\t1\t px\t', '1'],
    ['999999', '999999'],
  ])('%j reads %j', (value, digits) => {
    expect(PIXELS.exec(value)?.[1]).toBe(digits);
  });

  it.each([['1234567'], ['4 p x'], ['4pxpx'], ['px4'], ['4 4'], ['-4'], ['4em'], ['']])('%j is no size', (value) => {
    expect(PIXELS.exec(value)).toBeNull();
  });

  it('matches what the pattern before session 30 matched, with the same digits, on random and adversarial values', () => {
    const part = fc.constantFrom('1', '4', '0', '.', ' ', '\t', '\n', '\u3000', 'p', 'P', 'x', 'X', 'px', 'e', 'm');
    fc.assert(
      fc.property(fc.oneof(fc.array(part, { maxLength: 24 }).map((a) => a.join('')), fc.string({ maxLength: 16 })), (value) => {
        expect(PIXELS.exec(value)?.[1]).toBe(PIXELS_BEFORE.exec(value)?.[1]);
        expect(PIXELS.test(value)).toBe(PIXELS_BEFORE.test(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('hides a tiny marquee whatever the whitespace around its size, and reads a long run of it at once', () => {
    expect(isHiddenElement({ height: `\t${TINY_MARQUEE_PX}\tpx ` }, 'marquee')).toBe(true);
    expect(isHiddenElement({ height: `1${'\t'.repeat(200_000)}1` }, 'marquee')).toBe(false);
    expect(isHiddenElement({ height: `1${'\t'.repeat(200_000)}` }, 'marquee')).toBe(true);
  });
});
