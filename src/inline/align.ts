import { decodeHTML } from 'entities';

/**
 * Where each character of a segment's text sits in its raw markup: a left-to-right walk that
 * skips tags, comments and whitespace and reads character references, matching the text's
 * non-space characters in order. Used to give a piece of an HTML segment (inline/split.ts) a
 * span that starts and ends where its text does. Undefined when the text cannot be followed
 * through the markup (the caller then keeps the whole segment's span).
 */

/** Longest character reference read (`&CounterClockwiseContourIntegral;` is 33 units). */
const MAX_REFERENCE = 40;
const SPACE = /\s/u;
/** An opening tag of an element whose content is raw text, not markup (read from the first RAW_TEXT_PEEK units of a tag). */
const RAW_TEXT_OPEN = /^<(style|script)[\s>\/]/i;
const RAW_TEXT_PEEK = 8;

export interface Aligned {
  /** Raw offset of text unit i (−1 for whitespace units of the text). */
  start: Int32Array;
  /** Raw offset just past text unit i. */
  end: Int32Array;
}

/** Length of a character reference at `at` that stands for whitespace (`&nbsp;`, `&#12288;`), else 0. */
function spaceReference(raw: string, at: number): number {
  if (raw[at] !== '&') return 0;
  const semicolon = raw.indexOf(';', at);
  if (semicolon === -1 || semicolon - at > MAX_REFERENCE) return 0;
  const decoded = decodeHTML(raw.slice(at, semicolon + 1));
  return decoded.length > 0 && /^\s+$/u.test(decoded) ? semicolon + 1 - at : 0;
}

function skipMarkup(raw: string, at: number): number {
  while (at < raw.length) {
    const ch = raw[at]!;
    const reference = spaceReference(raw, at);
    if (reference > 0) {
      at += reference;
    } else if (SPACE.test(ch)) {
      at++;
    } else if (raw.startsWith('<!--', at)) {
      const close = raw.indexOf('-->', at + 4);
      at = close === -1 ? raw.length : close + 3;
    } else if (ch === '<' && /[a-zA-Z/!?]/.test(raw[at + 1] ?? '')) {
      const name = RAW_TEXT_OPEN.exec(raw.slice(at, at + RAW_TEXT_PEEK))?.[1]?.toLowerCase();
      const close = raw.indexOf('>', at + 1);
      at = close === -1 ? raw.length : close + 1;
      if (name !== undefined) {
        // the content of a raw-text element (a style sheet, a script) is no text of the segment
        const end = raw.toLowerCase().indexOf(`</${name}`, at);
        at = end === -1 ? raw.length : end;
      }
    } else {
      return at;
    }
  }
  return at;
}

export function alignToMarkup(text: string, raw: string): Aligned | undefined {
  const start = new Int32Array(text.length).fill(-1);
  const end = new Int32Array(text.length).fill(-1);
  let at = 0;
  let i = 0;
  while (i < text.length) {
    if (SPACE.test(text[i]!)) {
      i++;
      continue;
    }
    at = skipMarkup(raw, at);
    if (at >= raw.length) return undefined;
    if (raw[at] === '&') {
      const semicolon = raw.indexOf(';', at);
      if (semicolon !== -1 && semicolon - at <= MAX_REFERENCE) {
        const decoded = decodeHTML(raw.slice(at, semicolon + 1));
        if (decoded.length > 0 && text.startsWith(decoded, i)) {
          for (let k = 0; k < decoded.length; k++) {
            start[i + k] = at;
            end[i + k] = semicolon + 1;
          }
          i += decoded.length;
          at = semicolon + 1;
          continue;
        }
      }
    }
    if (raw[at] !== text[i]) return undefined;
    start[i] = at;
    end[i] = at + 1;
    i++;
    at++;
  }
  return { start, end };
}

/** The raw span of text units [from, to): from the first non-space unit's start to the last one's end. */
export function spanOf(aligned: Aligned, from: number, to: number): { start: number; end: number } | undefined {
  let first = from;
  while (first < to && aligned.start[first] === -1) first++;
  let last = to - 1;
  while (last >= first && aligned.start[last] === -1) last--;
  if (first > last) return undefined;
  return { start: aligned.start[first]!, end: aligned.end[last]! };
}
