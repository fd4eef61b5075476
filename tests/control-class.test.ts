import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isButtonClassLabel, isControlLabel } from '../src/features/control.js';

/** The pattern isButtonClassLabel replaced in session 30 (quadratic on a long tag name of `-btn-` parts). */
const CONTROL_CLASS_BEFORE = /\.(?:[a-z0-9_-]*[-_])?btn(?:[-_][a-z0-9_-]*)?$/i;

describe('isButtonClassLabel', () => {
  it.each([['a.btn'], ['div.product-btn'], ['span.btn_label'], ['a.BTN'], ['a.nav-btn-primary'], ['x.y.btn'], ['a#main.btn'], ['a.-btn-']])('%j is a button class', (label) => {
    expect(isButtonClassLabel(label)).toBe(true);
  });

  it.each([['a'], ['btn'], ['a.button'], ['a.btnx'], ['a.xbtn'], ['a.btn.x'], ['a.btn x'], ['a.my btn'], ['a#btn'], ['a.btn!'], ['a.bt-n']])('%j is not', (label) => {
    expect(isButtonClassLabel(label)).toBe(false);
  });

  it('says what the pattern before session 30 said, on random and adversarial labels', () => {
    const part = fc.constantFrom('.', '#', '-', '_', 'b', 't', 'n', 'B', 'T', 'N', 'x', '0', '!', ' ', '\n', 'btn', '-btn-', 'div', 'é');
    fc.assert(
      fc.property(fc.oneof(fc.array(part, { maxLength: 24 }).map((a) => a.join('')), fc.string({ maxLength: 16 })), (label) => {
        expect(isButtonClassLabel(label)).toBe(CONTROL_CLASS_BEFORE.test(label));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a long custom tag name of btn parts at once (the pattern was quadratic in its length)', () => {
    const tag = `x.-${'-btn-'.repeat(100_000)}`;
    expect(isButtonClassLabel(`${tag}!`)).toBe(false);
    expect(isButtonClassLabel(tag)).toBe(true);
    expect(isControlLabel(`body>div>${tag}!>p`)).toBe(false);
  });
});
