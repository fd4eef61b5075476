/** Building blocks of the families' inputs, and the keys that name the regexes they target. */
import type { SiftInput } from '../../../src/index.js';
import { DEFAULT_SEED, xorshift32 } from '../../random.js';

export const page = (body: string, title = 'pathological page'): string => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
export const asString = (input: SiftInput): string => {
  if (typeof input !== 'string') throw new TypeError('family input must be a string here');
  return input;
};
export const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
/** Bytes that are not UTF-8 (GBK-shaped pairs), so the charset prescan and detection run. */
export const gbkish = (pairs: number): Uint8Array => {
  const out = new Uint8Array(pairs * 2);
  for (let i = 0; i < pairs; i++) {
    out[2 * i] = 0xb0 + (i % 0x30);
    out[2 * i + 1] = 0xa1 + ((i * 7) % 0x5e);
  }
  return out;
};
export const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));
/** `n` pseudo-random bytes, the same for the same seed (xorshift32): garbage a crawler may be handed. */
export const noise = (n: number, seed = DEFAULT_SEED): Uint8Array => {
  const out = new Uint8Array(n);
  const next = xorshift32(seed);
  for (let i = 0; i < n; i++) out[i] = next() & 0xff;
  return out;
};

/** The key of a regex of src/: `src/<file>::<literal as written>` (RegexSite.key, regex-sites.ts). */
export const r = (file: string, literal: string): string => `src/${file}::${literal}`;
export const WS = '/\\s+/g';
