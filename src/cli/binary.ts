import { sniffUtf16, utf16Mark } from '../decode/utf16-sniff.js';

/**
 * Whether a file named on the command line holds binary data rather than a page, so that the CLI
 * can say so (as grep says "binary file matches") instead of printing junk segments as if from a page.
 */

/** How much of the start of an input is looked at (grep and git look at the first few KiB too). */
export const BINARY_SNIFF_BYTES = 8192;

/**
 * A NUL byte in the first BINARY_SNIFF_BYTES bytes, in an input that is not UTF-16: a page in UTF-8,
 * a legacy single-byte charset, GBK, Big5 or Shift_JIS never holds one (their encoders never write
 * byte 0 for a character), an executable, an image or a compressed file almost always does. UTF-16
 * text holds NULs, and is told by its byte order mark or, without one, by where its NULs stand
 * (decode/utf16-sniff.ts, the test decode/charset.ts reads it by).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf16Mark(bytes) !== undefined || sniffUtf16(bytes) !== undefined) return false;
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** The warning the CLI writes to stderr for such an input (the page is still sifted: the user named it). */
export const BINARY_WARNING = 'binary data (a NUL byte near the start), not a page: sifted as it is';
