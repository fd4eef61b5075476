import { chooseCharset, type CharsetSource } from './charset.js';
import type { Warning } from '../report/warning.js';
import { utf32Message, utf32Mark } from './utf32-mark.js';
import { binaryMessage, looksBinary } from './binary.js';

export interface Decoded {
  text: string;
  charset: string;
  charsetSource: CharsetSource;
  warnings: Warning[];
}

const REPLACEMENT = '\uFFFD';

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf(REPLACEMENT); at >= 0; at = text.indexOf(REPLACEMENT, at + 1)) count++;
  return count;
}

/**
 * Page bytes → text. Never throws: undecodable bytes become U+FFFD and a warning.
 * `bytes` must already be cut to the size limit; `truncated` says it was cut.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string, truncated = false): Decoded {
  const warnings: Warning[] = [];
  const choice = chooseCharset(bytes, contentType);
  const utf32 = utf32Mark(bytes);
  if (utf32) warnings.push({ code: 'bom', message: utf32Message(utf32, choice.charset) });
  else if (looksBinary(bytes)) warnings.push({ code: 'binary', message: binaryMessage(bytes) });
  for (const label of choice.unknownLabels) {
    warnings.push({ code: 'unknown-charset', message: `declared charset "${label}" is not supported; ignored` });
  }
  if (choice.declared) {
    warnings.push({
      code: 'charset-mismatch',
      message: `declared charset ${choice.declared} does not fit the bytes; decoded as ${choice.charset}`,
    });
  }
  if (choice.source === 'detected' || choice.source === 'fallback') {
    // beside a charset-mismatch warning, "no usable charset declaration" read as if nothing had been declared (session-42 audit)
    const why = choice.declared ? 'the declared charset does not fit the bytes' : 'no usable charset declaration';
    warnings.push({ code: 'charset-detected', message: `${why}; ${choice.source} ${choice.charset}` });
  }
  if (choice.source === 'utf-16-pattern') {
    warnings.push({ code: 'charset-detected', message: `no byte order mark; detected ${choice.charset} by the NUL bytes of its ASCII characters` });
  }
  const body = bytes.subarray(choice.skip);
  // A cut made by maxBytes may split the last character: stream mode leaves that tail undecoded
  // instead of blaming the page for a U+FFFD.
  const text = new TextDecoder(choice.charset, { fatal: false, ignoreBOM: true }).decode(body, { stream: truncated });
  const replacements = countReplacements(text);
  const replaced = replacements === 0 ? 0 : replacements - literalReplacementChars(body, choice.charset);
  if (replaced > 0) {
    warnings.push({
      code: 'undecodable-bytes',
      message: `${replaced} byte sequence(s) are not valid ${choice.charset}; replaced with U+FFFD`,
    });
  }
  return { text, charset: choice.charset, charsetSource: choice.source, warnings };
}

/** A page may contain U+FFFD itself (EF BF BD in UTF-8); those are not decoding errors. */
function literalReplacementChars(bytes: Uint8Array, charset: string): number {
  if (charset !== 'utf-8') return 0;
  let count = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}
