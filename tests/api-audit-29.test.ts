import { beforeAll, describe, expect, it } from 'vitest';
import { createSifter, PagesiftInputError, type Sifter, type SiftInput } from '../src/index.js';

/**
 * Page bytes in a binary container other than a Uint8Array — the ArrayBuffer that
 * `await response.arrayBuffer()` gives, a DataView, another typed array — are refused with a
 * message that says what was given and how to pass it (audit, session 29): they were refused as
 * "give exactly one of html, text, bytes", which sent the user looking for a missing field.
 */

const PAGE = '<html><head><title>Weather</title></head><body><p>It will be sunny tomorrow, and warm. The wind stays light all day.</p></body></html>';

let sifter: Sifter;
beforeAll(async () => {
  sifter = await createSifter();
});

function bytes(): Uint8Array {
  return new TextEncoder().encode(PAGE);
}

describe('sift() given page bytes that are not a Uint8Array', () => {
  it.each<[string, () => unknown, string]>([
    ['an ArrayBuffer', () => bytes().buffer, 'not an ArrayBuffer'],
    ['a SharedArrayBuffer', () => new SharedArrayBuffer(8), 'not a SharedArrayBuffer'],
    ['a DataView', () => new DataView(bytes().buffer), 'not a DataView'],
    ['a Uint16Array', () => new Uint16Array(4), 'not a Uint16Array'],
    ['{ bytes: ArrayBuffer }', () => ({ bytes: bytes().buffer, url: 'https://example.com/' }), 'bytes: not an ArrayBuffer'],
    ['{ bytes: DataView }', () => ({ bytes: new DataView(bytes().buffer) }), 'bytes: not a DataView'],
  ])('%s: a PagesiftInputError naming what was given and how to wrap it', (_, make, said) => {
    let thrown: unknown;
    try {
      sifter.sift(make() as SiftInput);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PagesiftInputError);
    const { message } = thrown as Error;
    expect(message).toContain(said);
    expect(message).toContain('new Uint8Array(');
    expect(message).not.toContain('give exactly one of');
  });

  it('the wrapped bytes give the report a Uint8Array gives', () => {
    const buffer = bytes().buffer;
    expect(sifter.sift(new Uint8Array(buffer))).toEqual(sifter.sift(bytes()));
    expect(sifter.sift(Buffer.from(PAGE))).toEqual(sifter.sift(bytes()));
    expect(sifter.sift({ bytes: Buffer.from(PAGE), url: 'https://example.com/' }).segments).toEqual(sifter.sift(bytes()).segments);
  });
});
