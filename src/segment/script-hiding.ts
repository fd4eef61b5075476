import { isHiddenElement } from './hidden.js';

/**
 * A hijack kit hides its link block from visitors with two scripts around it, so that the page's
 * own markup carries no hiding style for a scanner to see:
 *
 *   <script>document.write("<div style='display:none'>")</script>
 *   <a href="…">澳门新葡京</a> <a href="…">皇冠体育</a> …
 *   <script>document.write("</div>")</script>
 *
 * A browser runs the first script and the links land inside the hidden `<div>`; a streaming parser
 * that skips scripts sees visible links. `scriptWrite` reads a script's source for such a write: an
 * opening tag whose own attributes hide it (hidden.ts isHiddenElement) and that the same write does
 * not close, or a write of a lone closing tag. segment/html.ts then treats what comes between the
 * two as inside a hidden element (open-elements.ts openWritten/closeWritten).
 */

/** `document.write(` or `document.writeln(` and the string literal it is given (one of the three quote kinds; a literal over this long is not read). */
const WRITE_CALL = /document\.write(?:ln)?\s*\(\s*(["'`])((?:\\.|(?!\1)[^\\]){0,2000})\1\s*\)/g;
/** An opening tag in the written string, with its attributes. */
const OPENING_TAG = /^\s*<([a-z][a-z0-9]*)\b([^<>]*)>\s*$/i;
/** A lone closing tag in the written string. */
const CLOSING_TAG = /^\s*<\/([a-z][a-z0-9]*)\s*>\s*$/i;
/** One attribute of an opening tag: name, then a quoted or bare value. */
const ATTRIBUTE = /([a-z][a-z0-9_:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gi;
/**
 * The elements a kit opens around its links. Not `<a>`: an ad script writes an off-screen `<a>`
 * round a 1×1 tracking image and closes it in its next write (an MSN page of l3s-gn1).
 */
const HIDING_TAGS: ReadonlySet<string> = new Set(['div', 'span', 'p', 'font', 'section', 'ul', 'table', 'marquee']);
/** A script longer than this is not read for writes (a library bundle, not a kit's two lines). */
export const MAX_SCRIPT_CHARS = 4096;

export type ScriptWrite = { kind: 'open-hidden'; tag: string } | { kind: 'close'; tag: string };

/** The string literal's value as the script means it: the escapes a kit's writes use (\", \', \\, \/). */
function unescape(literal: string): string {
  return literal.replace(/\\(.)/g, '$1');
}

function attributesOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

/**
 * The hiding write of a script's source (see above), or undefined: the last write that is one, since
 * a script may write other markup first. A hidden element that a later write of the same script
 * closes (its closing tag anywhere in the written string) hides nothing after the script.
 */
export function scriptWrite(source: string): ScriptWrite | undefined {
  if (source.length > MAX_SCRIPT_CHARS || !source.includes('document.write')) return undefined;
  let found: ScriptWrite | undefined;
  for (const call of source.matchAll(WRITE_CALL)) {
    const written = unescape(call[2]!);
    if (found?.kind === 'open-hidden' && written.toLowerCase().includes(`</${found.tag}`)) found = undefined;
    const opening = OPENING_TAG.exec(written);
    if (opening) {
      const tag = opening[1]!.toLowerCase();
      if (HIDING_TAGS.has(tag) && isHiddenElement(attributesOf(opening[2]!), tag)) found = { kind: 'open-hidden', tag };
      continue;
    }
    const closing = CLOSING_TAG.exec(written);
    if (closing) found = { kind: 'close', tag: closing[1]!.toLowerCase() };
  }
  return found;
}
