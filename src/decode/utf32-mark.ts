/**
 * A page that opens with UTF-32's byte order mark. The WHATWG Encoding standard, which browsers
 * follow, has no UTF-32: FF FE 00 00 (UTF-32LE) is read as UTF-16LE's mark, and 00 00 FE FF
 * (UTF-32BE) as no mark at all, so such a page is decoded as browsers decode it — into text with a
 * NUL between its characters, whose labels mean little. Said in a report warning (session-32 audit),
 * not decoded as UTF-32: the report stays the one a browser's reading of the page gives.
 */
export type Utf32Order = 'UTF-32LE' | 'UTF-32BE';

/** The UTF-32 byte order whose mark opens `bytes`, or undefined. */
export function utf32Mark(bytes: Uint8Array): Utf32Order | undefined {
  if (bytes.length < 4) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'UTF-32LE';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32BE';
  return undefined;
}

/** The warning's message: what the page looks like, and how it was read. */
export function utf32Message(order: Utf32Order, charset: string): string {
  const mark = order === 'UTF-32LE' ? 'FF FE 00 00' : '00 00 FE FF';
  return `the page starts with a ${order} byte order mark (${mark}), but browsers have no UTF-32: read as ${charset}, as they read it (iconv -f UTF-32 -t UTF-8 converts the page)`;
}
