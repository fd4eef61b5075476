import type { Block } from './block.js';

/**
 * Title rewrites: a hijack kit serves the search engine one `<title>` and, in a script, sets
 * `document.title` to its spam. Each string a script assigns to `document.title` becomes a block
 * of kind 'script-title', so the rules see the spam title as well as the real one.
 */

/** A rewrite longer than this is cut to it (after unescaping); the `{0,2000}` in DOCUMENT_TITLE_ASSIGNMENT is the same bound on the raw literal. */
export const MAX_TITLE_REWRITE_CHARS = 2000;

const DOCUMENT_TITLE_ASSIGNMENT = /document\.title\s*=\s*(["'`])((?:\\.|(?!\1)[^\\]){0,2000})\1/g;

/** Decode JS string escapes (\uXXXX, \xXX, \n…) of a title-rewrite payload. */
export function unescapeJs(text: string): string {
  return text.replace(/\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, esc: string) => {
    if (esc.startsWith('u{')) return String.fromCodePoint(Math.min(0x10ffff, parseInt(esc.slice(2, -1), 16)));
    if (esc[0] === 'u' && esc.length === 5) return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (esc[0] === 'x' && esc.length === 3) return String.fromCharCode(parseInt(esc.slice(1), 16));
    return esc === 'n' ? '\n' : esc === 't' ? '\t' : esc;
  });
}

/**
 * The title rewrites of one script: `source` is its text, `sourceStart` the offset of that text
 * in the input. A block's span is the string literal, quotes included.
 */
export function titleRewritesOf(source: string, sourceStart: number): Block[] {
  const rewrites: Block[] = [];
  for (const match of source.matchAll(DOCUMENT_TITLE_ASSIGNMENT)) {
    const payload = unescapeJs(match[2] ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_REWRITE_CHARS);
    const literal = sourceStart + match.index + match[0].indexOf(match[1]!);
    if (payload) {
      rewrites.push({ text: payload, kind: 'script-title', start: literal, end: literal + match[0].length - match[0].indexOf(match[1]!), path: 'script', cues: [], linkChars: 0, linkCount: 0, hidden: false });
    }
  }
  return rewrites;
}
