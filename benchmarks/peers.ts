/**
 * Peer extractors for `eval --peers`: Mozilla Readability.js (the Firefox Reader View algorithm) on
 * jsdom, run on the same pages in the same run as pagesift and scored with the same metric.
 *
 * jsdom and @mozilla/readability are devDependencies used only here; they are imported lazily so a
 * plain `eval` run does not load them.
 *
 * How a page reaches Readability (see also benchmarks/RESULTS.md, "Peers"):
 * - HTML, column `readability`: the raw bytes go to jsdom as a Buffer with `contentType: 'text/html'`
 *   (no charset), so jsdom decodes them itself with the HTML spec's sniffing: BOM, else a `<meta>`
 *   charset within the first 1024 bytes, else windows-1252. That is what a browser given no HTTP
 *   header would do minus the later meta re-parse and the browser's own charset detector.
 * - HTML, column `readability-pd` ("pagesift-decoded"): the bytes decoded with the charset that
 *   pagesift's report says it used (`report.input.charset`; WHATWG TextDecoder, invalid bytes →
 *   U+FFFD, BOM dropped) and handed to jsdom as a string. Same extractor, same text pagesift read:
 *   this column isolates extraction quality from charset handling. When jsdom's decoding gives the
 *   same text (same encoding, or ASCII-only bytes) the first column's result is reused (eval.ts).
 * - `.txt` pages (both columns, identical input): the UTF-8 text wrapped as
 *   `<html><head><meta charset="utf-8"><title></title></head><body><p>line</p>…</body></html>`, one
 *   `<p>` per non-blank line (escaped). One `<p>` per line gives Readability the paragraph structure
 *   it scores; a single `<pre>` would be one node.
 * - Output: `article.textContent` (Readability's own text of the article); a null article (or a
 *   throw) is an empty body. Timing: wall time of jsdom parse + `new Readability(doc).parse()`.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { errorMessage } from './error-message.js';

/** Column names, in display order. */
export const PEER_READABILITY = 'readability';
export const PEER_READABILITY_PD = 'readability-pd';
export const PEER_NAMES = [PEER_READABILITY, PEER_READABILITY_PD] as const;
export type PeerName = (typeof PEER_NAMES)[number];

/** Short labels for tables. */
export const PEER_LABELS: Record<PeerName, string> = {
  [PEER_READABILITY]: 'Readability',
  [PEER_READABILITY_PD]: 'Readability (pagesift-decoded)',
};

export const PEER_PACKAGES = ['@mozilla/readability', 'jsdom'] as const;

/** The page as a peer gets it. */
export type PeerInput =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'html'; html: string }
  | { kind: 'text'; text: string };

export interface PeerOutput {
  /** Extracted body text ('' for a null article or an error). */
  body: string;
  /** Readability returned null. */
  nullArticle: boolean;
  error: string | null;
  /** jsdom's document.characterSet (the encoding it decoded with; "UTF-8" for string input). */
  charset: string | null;
  ms: number;
}

export interface PeerRunner {
  run(input: PeerInput): PeerOutput;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text → the HTML page Readability is given: one `<p>` per non-blank line. */
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

/** Loads jsdom + Readability and returns a runner (one fresh document per page). */
export async function createReadabilityRunner(): Promise<PeerRunner> {
  const [{ JSDOM, VirtualConsole }, { Readability }] = await Promise.all([import('jsdom'), import('@mozilla/readability')]);
  // A silent console: jsdom reports CSS it cannot parse and script errors; scripts do not run anyway.
  const virtualConsole = new VirtualConsole();
  return {
    run(input: PeerInput): PeerOutput {
      const start = performance.now();
      let charset: string | null = null;
      try {
        const source =
          input.kind === 'bytes' ? Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength)
          : input.kind === 'html' ? input.html
          : textPageToHtml(input.text);
        const dom = new JSDOM(source, { contentType: 'text/html', virtualConsole });
        try {
          charset = dom.window.document.characterSet;
          const article = new Readability(dom.window.document).parse();
          const body = article?.textContent ?? '';
          return { body, nullArticle: article === null, error: null, charset, ms: performance.now() - start };
        } finally {
          dom.window.close();
        }
      } catch (e) {
        return { body: '', nullArticle: false, error: errorMessage(e), charset, ms: performance.now() - start };
      }
    },
  };
}

/** Installed versions of the peer packages (for the results metadata). */
export async function peerVersions(): Promise<Record<string, string | null>> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules');
  const out: Record<string, string | null> = {};
  for (const name of PEER_PACKAGES) {
    try {
      const pkg = JSON.parse(await readFile(join(root, name, 'package.json'), 'utf8')) as { version?: unknown };
      out[name] = typeof pkg.version === 'string' ? pkg.version : null;
    } catch {
      out[name] = null;
    }
  }
  return out;
}
