/**
 * Peer `defuddle`: Defuddle (npm `defuddle`, the extractor of Obsidian's web clipper) through its
 * Node entry's class (`defuddle/node`: `new DefuddleClass(document, options).parse()`), on a
 * linkedom document: the DOM Defuddle's Node entry itself builds from an HTML string.
 *
 * - Why not jsdom, as Readability: Defuddle on jsdom took 1-5 s a page here (jsdom's selector
 *   matching over Defuddle's long selector lists; 2.7 s mean on 20 training pages of wcxb-dev,
 *   against 0.05-0.2 s on linkedom with the same token count on the pages compared), so a --peers
 *   run of the training folds would take about an hour of CPU.
 * - Same text as Readability gets: bytes are decoded the way jsdom decodes them for Readability
 *   (jsdom's own sniffer package, html-encoding-sniffer: BOM, else a `<meta>` charset in the first
 *   1024 bytes, else windows-1252; then WHATWG TextDecoder), strings and text pages as in input.ts.
 * - Never the network: `useAsync: false` (no async site extractors, which fetch transcripts and
 *   comments from third-party APIs) and a `fetch` option that refuses and fails the page, so a
 *   fetch attempt can be neither silent nor successful.
 * - No address is given (nor to Readability): the document's URL is about:blank, so Defuddle's
 *   site-specific extractors, chosen by URL, do not run; its generic extraction does.
 * - Output: the text of `content` (Defuddle's cleaned-up HTML of the main content) as a DOM gives
 *   it, `textContent` of that HTML parsed as a fragment, as Readability's `article.textContent` is
 *   the text of its article element. A page with no words in it is a null article (Defuddle never
 *   returns null: it falls back to the whole body).
 * - Defuddle catches its own failures, writes them with console.error and returns the whole body
 *   ("Error processing document"). Its console is captured while it runs: that message makes the
 *   page's error (the fallback body is still scored: it is what a caller gets); its other console
 *   output (stylesheet warnings, debug lines) is dropped.
 * - Time: decoding + linkedom parse + `parse()` + the fragment parse of its output.
 */
import { performance } from 'node:perf_hooks';
import { errorMessage } from '../error-message.js';
import { decodeWith, textPageToHtml, type PeerInput, type PeerOutput, type PeerRunner } from './input.js';

export const DEFUDDLE_PACKAGES = ['defuddle', 'linkedom', 'html-encoding-sniffer'] as const;

/** The document's address: none known, as for Readability (jsdom's default). */
const NO_URL = 'about:blank';

/** What Defuddle writes to console.error when it caught a failure and fell back to the whole body. */
const FAILURE_MESSAGE = 'Error processing document';

/** The console methods Defuddle writes to (utils logDebug, stylesheet warnings, caught failures). */
const CAPTURED = ['log', 'warn', 'error'] as const;

/** Runs `fn` with console.log/warn/error collected instead of printed; returns what it logged. */
function capturingConsole<T>(fn: () => T): { value: T; lines: string[] } {
  const lines: string[] = [];
  const saved = CAPTURED.map((name) => [name, console[name]] as const);
  for (const name of CAPTURED) {
    console[name] = (...args: unknown[]) => {
      lines.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
    };
  }
  try {
    return { value: fn(), lines };
  } finally {
    for (const [name, original] of saved) console[name] = original;
  }
}

/** The `fetch` Defuddle is given: every call fails the page (eval never touches the network). */
export function refusingFetch(url: unknown): never {
  throw new Error(`network access refused in eval: ${String(url)}`);
}

/** The page as HTML text and the encoding it was decoded with (jsdom's sniffing for bytes, as Readability's input). */
function decoded(input: PeerInput, sniff: (bytes: Uint8Array) => string): { html: string; charset: string } {
  if (input.kind === 'html') return { html: input.html, charset: 'UTF-8' };
  if (input.kind === 'text') return { html: textPageToHtml(input.text), charset: 'UTF-8' };
  const charset = sniff(input.bytes);
  return { html: decodeWith(input.bytes, charset), charset };
}

/** Loads linkedom + Defuddle (lazily: a plain eval run does not) and returns a runner. */
export async function createDefuddleRunner(): Promise<PeerRunner> {
  const [{ parseHTML }, { DefuddleClass }, { default: sniffHTMLEncoding }] = await Promise.all([import('linkedom'), import('defuddle/node'), import('html-encoding-sniffer')]);
  return {
    run(input: PeerInput): PeerOutput {
      const start = performance.now();
      let charset: string | null = null;
      try {
        const page = decoded(input, (bytes) => sniffHTMLEncoding(bytes));
        charset = page.charset;
        const { document } = parseHTML(page.html);
        let fetched: string | null = null;
        const fetch = (url: unknown): never => {
          fetched = String(url);
          return refusingFetch(url);
        };
        const { value: result, lines } = capturingConsole(() => new DefuddleClass(document as never, { url: NO_URL, useAsync: false, fetch: fetch as never }).parse());
        const fragment = parseHTML(`<!DOCTYPE html><html><body>${result.content}</body></html>`).document.body;
        const body = fragment.textContent ?? '';
        const failure = lines.find((line) => line.includes(FAILURE_MESSAGE));
        const error = fetched !== null ? `tried to fetch ${fetched}` : failure !== undefined ? failure : null;
        return { body, nullArticle: error === null && body.trim() === '', error, charset, ms: performance.now() - start };
      } catch (e) {
        return { body: '', nullArticle: false, error: errorMessage(e), charset, ms: performance.now() - start };
      }
    },
  };
}
