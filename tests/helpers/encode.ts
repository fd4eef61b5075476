import iconv from 'iconv-lite';

/**
 * Encode text in a legacy charset the way browsers submit forms and old CMSs write pages:
 * characters the charset lacks (simplified 国 in Big5) become numeric character references.
 * "Lacks" is judged by the WHATWG decoder the library uses: iconv-lite writes 国 with a Big5-HKSCS
 * code (98 C7) that Node's big5 TextDecoder drops without even a U+FFFD.
 */
export function encodeWithNcr(text: string, charset: string): Uint8Array {
  const parts: Buffer[] = [];
  for (const ch of text) {
    const bytes = iconv.encode(ch, charset);
    const roundTrip = new TextDecoder(charset).decode(bytes);
    parts.push(roundTrip === ch ? bytes : Buffer.from(`&#${ch.codePointAt(0)};`, 'ascii'));
  }
  return new Uint8Array(Buffer.concat(parts));
}
