import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';

/**
 * Reading CLI inputs in bounded memory. A page is cut at maxBytes anyway, so the CLI never reads
 * more than maxBytes + 1 bytes of a file or of standard input (the extra byte tells the library
 * the page was longer, and it reports the cut): `pagesift /dev/zero` ends, and a 5 GB file costs
 * 10 MB. JSONL lines are capped the same way, so one endless line cannot fill the memory either.
 */

/**
 * Bytes of a source, at most `limit`. Leaving the loop at the limit destroys the stream (the
 * async iterator does), standard input included: it is read once.
 */
export async function readAtMost(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    const room = limit - length;
    chunks.push(buffer.length > room ? buffer.subarray(0, room) : buffer);
    length += Math.min(buffer.length, room);
    if (length >= limit) break;
  }
  return Buffer.concat(chunks, length);
}

/** A regular file within the limit is read in one call; anything else (a device, a FIFO, a larger file) is streamed up to the limit. */
export async function readFileAtMost(path: string | Buffer, limit: number): Promise<Buffer> {
  const info = await stat(path);
  if (info.isFile() && info.size <= limit) return readFile(path);
  return readAtMost(createReadStream(path, { highWaterMark: Math.min(limit, 1 << 20) }), limit);
}

export type Line = { text: string } | { tooLong: number };

/**
 * The lines of a stream (LF or CRLF), each at most `maxLineBytes` long: a longer line is skipped
 * up to its end and reported as `{ tooLong }` with its length, without being held in memory.
 */
export async function* boundedLines(stream: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let skipped = 0;
  const finish = (): Line => {
    if (skipped > 0) {
      const line = { tooLong: skipped + pendingLength };
      skipped = 0;
      pending = [];
      pendingLength = 0;
      return line;
    }
    let text = Buffer.concat(pending, pendingLength).toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    pending = [];
    pendingLength = 0;
    return { text };
  };
  for await (const chunk of stream) {
    let buffer = chunk as Buffer;
    for (let newline = buffer.indexOf(0x0a); newline >= 0; newline = buffer.indexOf(0x0a)) {
      const piece = buffer.subarray(0, newline);
      if (skipped > 0 || pendingLength + piece.length > maxLineBytes) skipped += piece.length;
      else {
        pending.push(piece);
        pendingLength += piece.length;
      }
      yield finish();
      buffer = buffer.subarray(newline + 1);
    }
    if (skipped > 0 || pendingLength + buffer.length > maxLineBytes) {
      // over the cap: count what is dropped, keep nothing
      skipped += pendingLength + buffer.length;
      pending = [];
      pendingLength = 0;
    } else if (buffer.length > 0) {
      pending.push(buffer);
      pendingLength += buffer.length;
    }
  }
  if (skipped > 0 || pendingLength > 0) yield finish();
}
