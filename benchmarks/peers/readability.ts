/**
 * Peer `readability`: Mozilla Readability.js (the Firefox Reader View algorithm) on jsdom.
 * Output: `article.textContent`, Readability's own text of the article; a null article is an empty
 * body (nullArticle), a throw an empty body with the error. Time: jsdom parse + `parse()`.
 */
import { performance } from 'node:perf_hooks';
import { errorMessage } from '../error-message.js';
import { withJsdomDocument, type PeerInput, type PeerOutput, type PeerRunner } from './input.js';

export const READABILITY_PACKAGES = ['@mozilla/readability', 'jsdom'] as const;

/** Loads jsdom + Readability (lazily: a plain eval run does not) and returns a runner. */
export async function createReadabilityRunner(): Promise<PeerRunner> {
  const [jsdom, { Readability }] = await Promise.all([import('jsdom'), import('@mozilla/readability')]);
  // A silent console: jsdom reports CSS it cannot parse and script errors; scripts do not run anyway.
  const virtualConsole = new jsdom.VirtualConsole();
  return {
    run(input: PeerInput): PeerOutput {
      const start = performance.now();
      let charset: string | null = null;
      try {
        return withJsdomDocument(jsdom, virtualConsole, input, (document) => {
          charset = document.characterSet;
          const article = new Readability(document).parse();
          return { body: article?.textContent ?? '', nullArticle: article === null, error: null, charset, ms: performance.now() - start };
        });
      } catch (e) {
        return { body: '', nullArticle: false, error: errorMessage(e), charset, ms: performance.now() - start };
      }
    },
  };
}
