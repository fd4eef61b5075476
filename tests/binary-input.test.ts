import { describe, expect, it } from 'vitest';
import { BINARY_SNIFF_BYTES, looksBinary } from '../src/decode/binary.js';

/** looksBinary: which inputs the CLI warns about (must and must not fire). */

const bytes = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('looksBinary', () => {
  it.each([
    ['an executable header', bytes([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00])],
    ['a NUL inside text', bytes('<p>sunny', [0x00], ' tomorrow</p>')],
    ['a NUL just inside the sniffed start', bytes('a'.repeat(BINARY_SNIFF_BYTES - 1), [0x00])],
  ])('fires on %s', (_name, input) => {
    expect(looksBinary(input)).toBe(true);
  });
  it.each([
    ['UTF-8 HTML', bytes('<p>明天晴天，温暖。</p>')],
    ['GBK bytes', bytes([0xc3, 0xf7, 0xcc, 0xec, 0xc7, 0xe7])],
    ['UTF-16LE with its mark', bytes([0xff, 0xfe], [0x3c, 0x00, 0x70, 0x00, 0x3e, 0x00])],
    ['UTF-16BE with its mark', bytes([0xfe, 0xff], [0x00, 0x3c, 0x00, 0x70, 0x00, 0x3e])],
    ['a NUL past the sniffed start', bytes('a'.repeat(BINARY_SNIFF_BYTES), [0x00])],
    ['nothing at all', bytes('')],
  ])('does not fire on %s', (_name, input) => {
    expect(looksBinary(input)).toBe(false);
  });
});
