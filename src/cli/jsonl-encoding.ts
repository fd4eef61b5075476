import { TextDecoder } from 'node:util';
import { UTF8_MARK_BYTES, utf8Mark } from '../decode/charset.js';
import { sniffUtf16, utf16Mark, type Utf16Order } from '../decode/utf16-sniff.js';
import { utf32Mark, type Utf32Order } from '../decode/utf32-mark.js';

/**
 * The encoding of a `--jsonl` file, read from its first bytes. JSON lines are UTF-8, but Windows
 * PowerShell 5 writes UTF-16LE with a byte order mark for `>` and `Out-File`: every record of such a
 * file failed with "not valid JSON" and no word of why (session-32 audit). UTF-16 is read (with its
 * mark, FF FE or FE FF, or without one by where its NULs stand: utf16-sniff.ts; a UTF-8 JSON line
 * holds no NUL byte, so the sniff cannot take one for UTF-16), re-encoded as UTF-8 chunk by chunk
 * before the lines are split, so the streaming reader and its line cap are unchanged. UTF-32 has no
 * decoder here (nor in the WHATWG standard): refused with one line saying how to convert it.
 */

/** Bytes needed to tell UTF-32LE's mark (FF FE 00 00) from UTF-16LE's (FF FE). */
const MARK_BYTES = 4;

/** Said of a `--jsonl` file in UTF-32 (readError passes the message on, and the run ends with status 2). */
export class Utf32JsonlError extends Error {
  constructor(order: Utf32Order) {
    super(`this JSON-lines file is ${order} (its byte order mark says so); JSON lines must be UTF-8 or UTF-16: convert it with iconv -f UTF-32 -t UTF-8`);
    this.name = 'Utf32JsonlError';
  }
}

/** The encoding a file's first bytes show: UTF-16 in one order, or UTF-8 (anything else). Throws Utf32JsonlError on a UTF-32 mark. */
export function jsonlEncoding(start: Uint8Array): Utf16Order | 'utf-8' {
  const utf32 = utf32Mark(start);
  if (utf32 !== undefined) throw new Utf32JsonlError(utf32);
  return utf16Mark(start) ?? sniffUtf16(start) ?? 'utf-8';
}

/**
 * The chunks of a stream as UTF-8, without the byte order mark that may open it: passed through as
 * they are when the stream is UTF-8 (a UTF-8 mark, as PowerShell 5's Out-File -Encoding utf8 writes
 * one, dropped: JSON.parse refused the first record for it, "Unexpected token", session-32 audit),
 * re-encoded when it is UTF-16 (its mark dropped; a character or surrogate pair split between
 * chunks is joined, as TextDecoder's stream mode does). The first chunks are held until
 * MARK_BYTES bytes have come (or the stream ended), so a record still passes as soon as it comes.
 */
export async function* utf8Chunks(stream: AsyncIterable<Buffer | Uint8Array>): AsyncGenerator<Buffer> {
  let held: Buffer[] | undefined = [];
  let decoder: TextDecoder | undefined;
  const convert = (chunk: Buffer): Buffer => (decoder ? Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8') : chunk);
  /** The held start, its encoding now known. */
  const decide = (start: Buffer): Buffer => {
    const encoding = jsonlEncoding(start);
    if (encoding !== 'utf-8') decoder = new TextDecoder(encoding);
    held = undefined;
    return convert(encoding === 'utf-8' && utf8Mark(start) ? start.subarray(UTF8_MARK_BYTES) : start);
  };
  for await (const piece of stream) {
    const chunk = Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    if (held === undefined) {
      yield convert(chunk);
      continue;
    }
    held.push(chunk);
    const start = Buffer.concat(held);
    if (start.length >= MARK_BYTES) yield decide(start);
  }
  if (held !== undefined && held.length > 0) yield decide(Buffer.concat(held));
  if (decoder) {
    const rest = decoder.decode();
    if (rest.length > 0) yield Buffer.from(rest, 'utf8');
  }
}
