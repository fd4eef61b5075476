import { sniffUtf16, utf16Mark } from './utf16-sniff.js';

/**
 * Whether input bytes are binary data rather than a page — a body still gzip- or brotli-compressed
 * (`http.get` does not undo Content-Encoding), an image, an executable — so that the report can say so
 * (a `binary` warning, decode.ts) and the CLI too (as grep says "binary file matches"), instead of
 * junk segments coming out clean as if from a page.
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

/** The report's warning for such bytes (code `binary`); a gzip stream is named, as it is the usual cause. */
export function binaryMessage(bytes: Uint8Array): string {
  const gzip = bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  return gzip
    ? 'the bytes are a gzip stream (a body whose Content-Encoding was not undone?), not a page: decompress before sifting; sifted as text'
    : 'binary data (a NUL byte near the start: compressed, an image…), not a page; sifted as text';
}

/** The first two bytes of every gzip stream (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b] as const;
