/**
 * Peer `defuddle`: Defuddle (npm `defuddle`, the extractor of Obsidian's web clipper) on the same
 * jsdom document Readability gets (input.ts), through its Node entry's class (`defuddle/node`,
 * `new DefuddleClass(document, options).parse()`).
 *
 * - Never the network: `useAsync: false` (no async site extractors, which fetch transcripts and
 *   comments from third-party APIs) and a `fetch` option that refuses and fails the page, so a
 *   fetch attempt can be neither silent nor successful.
 * - No URL is given (nor to Readability): the document's URL is about:blank, so Defuddle's
 *   site-specific extractors, chosen by URL, do not run; its generic extraction does.
 * - Output: the text of `content` (Defuddle's cleaned-up HTML of the main content) as a DOM gives
 *   it, `textContent` of the HTML parsed as a fragment, as Readability's `article.textContent` is
 *   the text of its article element. A page with no words in it is a null article (Defuddle never
 *   returns null: it falls back to the whole body).
 * - Defuddle catches its own failures, writes them with console.error and returns the whole body
 *   ("Error processing document"). Its console is captured while it runs: that message makes the
 *   page's error (the fallback body is still scored: it is what a caller gets); its other console
 *   output (stylesheets jsdom's CSSOM cannot read, debug lines) is dropped.
 * - Time: jsdom parse + `parse()` + the fragment parse of its output.
 */
import { performance } from 'node:perf_hooks';
import { errorMessage } from '../error-message.js';
import { withJsdomDocument, type PeerInput, type PeerOutput, type PeerRunner } from './input.js';

export const DEFUDDLE_PACKAGES = ['defuddle', 'jsdom'] as const;

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

/** Loads jsdom + Defuddle (lazily: a plain eval run does not) and returns a runner. */
export async function createDefuddleRunner(): Promise<PeerRunner> {
  const [jsdom, { DefuddleClass }] = await Promise.all([import('jsdom'), import('defuddle/node')]);
  const virtualConsole = new jsdom.VirtualConsole();
  return {
    run(input: PeerInput): PeerOutput {
      const start = performance.now();
      let charset: string | null = null;
      try {
        return withJsdomDocument(jsdom, virtualConsole, input, (document) => {
          charset = document.characterSet;
          let fetched: string | null = null;
          const fetch = (url: unknown): never => {
            fetched = String(url);
            return refusingFetch(url);
          };
          const { value: result, lines } = capturingConsole(() => new DefuddleClass(document as never, { useAsync: false, fetch: fetch as never }).parse());
          const body = jsdom.JSDOM.fragment(result.content).textContent ?? '';
          const failure = lines.find((line) => line.includes(FAILURE_MESSAGE));
          const error = fetched !== null ? `tried to fetch ${fetched}` : failure !== undefined ? failure : null;
          return { body, nullArticle: error === null && body.trim() === '', error, charset, ms: performance.now() - start };
        });
      } catch (e) {
        return { body: '', nullArticle: false, error: errorMessage(e), charset, ms: performance.now() - start };
      }
    },
  };
}
