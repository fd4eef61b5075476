import iconv from 'iconv-lite';

/**
 * Encode text in a legacy charset the way browsers submit forms and old CMSs write pages:
 * characters the charset lacks (simplified 国 in Big5) become numeric character references.
 */
export function encodeWithNcr(text: string, charset: string): Uint8Array {
  const parts: Buffer[] = [];
  for (const ch of text) {
    const bytes = iconv.encode(ch, charset);
    const roundTrip = iconv.decode(bytes, charset);
    parts.push(roundTrip === ch ? bytes : Buffer.from(`&#${ch.codePointAt(0)};`, 'ascii'));
  }
  return new Uint8Array(Buffer.concat(parts));
}
