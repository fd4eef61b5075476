/**
 * What every peer extractor of `eval --peers` gets and gives back (benchmarks/peers/*.ts), and how
 * a page reaches jsdom (Readability.js; Defuddle decodes the same way, defuddle.ts).
 *
 * - Bytes: a Buffer to jsdom with `contentType: 'text/html'` (no charset), so jsdom decodes them
 *   itself with the HTML spec's sniffing: BOM, else a `<meta>` charset within the first 1024 bytes,
 *   else windows-1252 (a browser given no HTTP header, minus the later meta re-parse and the
 *   browser's own charset detector).
 * - HTML: text already decoded (the "pagesift-decoded" columns: the charset of pagesift's report).
 * - Text: a `.txt` page, wrapped as `<html><body>` with one `<p>` per non-blank line (escaped), so
 *   a peer sees the paragraph structure it scores; a single `<pre>` would be one node.
 */
import type { JsdomDocument, VirtualConsole } from 'jsdom';

/** The page as a peer gets it. */
export type PeerInput =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'html'; html: string }
  | { kind: 'text'; text: string };

export interface PeerOutput {
  /** The peer's main text ('' when it found none or failed). */
  body: string;
  /** The peer ran but found no main text (Readability: a null article; Defuddle: no words). */
  nullArticle: boolean;
  /** Why the peer failed (it threw, or said it failed); null when it did not. */
  error: string | null;
  /** jsdom's document.characterSet (the encoding it decoded with; "UTF-8" for string input). */
  charset: string | null;
  ms: number;
}

/** One peer extractor, ready to run page after page (a fresh document per page). Never throws. */
export interface PeerRunner {
  run(input: PeerInput): PeerOutput;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text → the HTML page a peer is given: one `<p>` per non-blank line. */
export function textPageToHtml(text: string): string {
  const paragraphs = text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim().length > 0)
    .map((line) => `<p>${line.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] ?? c)}</p>`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>\n${paragraphs.join('\n')}\n</body></html>`;
}

/** Decodes page bytes with a given charset the way pagesift does (replacement, BOM dropped). */
export function decodeWith(bytes: Uint8Array, charset: string): string {
  return new TextDecoder(charset, { fatal: false }).decode(bytes);
}

type Jsdom = typeof import('jsdom');

/**
 * Parses a peer's input with jsdom and hands the document to `use`; the window is closed after.
 * `use` may throw: the caller turns that into the page's error.
 */
export function withJsdomDocument<T>(jsdom: Jsdom, virtualConsole: VirtualConsole, input: PeerInput, use: (document: JsdomDocument) => T): T {
  const source =
    input.kind === 'bytes' ? Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength)
    : input.kind === 'html' ? input.html
    : textPageToHtml(input.text);
  const dom = new jsdom.JSDOM(source, { contentType: 'text/html', virtualConsole });
  try {
    return use(dom.window.document);
  } finally {
    dom.window.close();
  }
}
