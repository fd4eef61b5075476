import { z } from 'zod';
import { decodeBytes } from './decode.js';
import type { Warning } from '../report/warning.js';
import { knownKeysError } from '../known-keys.js';

/** What `sift` accepts: a string (HTML or text, detected), page bytes, or an object saying which. */
export type SiftInput = string | Uint8Array | { html?: string; text?: string; bytes?: Uint8Array; url?: string | URL; contentType?: string };

export interface DecodedInput {
  text: string;
  kind: 'html' | 'text';
  /** The charset used for bytes; undefined for string input. */
  charset?: string;
  /** Size of the input before any cut, in bytes (or UTF-16 units for strings). */
  size: number;
  truncated: boolean;
  url?: string;
  warnings: Warning[];
}

/** What a wrong value is, in zod's words for its other fields: "number", "null", "object", "array". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

const objectInputSchema = z
  .strictObject({
    html: z.string().optional(),
    text: z.string().optional(),
    bytes: z.instanceof(Uint8Array).optional(),
    // a URL object as well as its text (what `new URL(…)` and `response.url` give): the report holds its href
    // its own message: a union's is zod's bare "Invalid input", which did not say what url takes (session-42 audit)
    url: z.union([z.string(), z.instanceof(URL)], { error: (issue) => `expected a string or a URL, received ${describeValue(issue.input)}` }).optional(),
    contentType: z.string().optional(),
  }, { error: knownKeysError("the input's keys") })
  .refine((o) => [o.html, o.text, o.bytes].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of html, text, bytes',
  });

/** A programming error in the call (not in the page): wrong input type. */
export class PagesiftInputError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'PagesiftInputError';
  }
}

/** How much of the start of a string is examined to tell HTML from text. */
export const HTML_SNIFF_CHARS = 4096;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml|<head[\s>]|<body[\s>]|<!--)/i;
/**
 * A common tag: complete (`<div class="x">`), or opened with an attribute assignment (`<div
 * style="…` whose `>` lies beyond the sniffed window: attackers pad attributes). `[^<>]*` stops
 * at the next `<`, where the next match starts, so the scan is linear.
 */
const HTML_TAG = /<\/?(?:html|head|body|title|meta|div|p|a|span|table|td|br|ul|li|h[1-6]|script|style|link)\b(?:[^<>]*>|\s+[a-z][\w-]*\s*=\s*["']?)/gi;
/** Strings with at least this many common tags near the start are HTML. */
export const HTML_MIN_TAGS = 2;

/**
 * The window starts at the first character that is not white space: a page whose server printed
 * thousands of blank lines before `<!DOCTYPE html>` (a PHP template's includes) was read as text,
 * its markup as words (session-32 audit).
 */
export function looksLikeHtml(text: string): boolean {
  const start = text.search(/\S/);
  if (start < 0) return false;
  const head = text.slice(start, start + HTML_SNIFF_CHARS);
  if (HTML_START.test(head)) return true;
  let tags = 0;
  HTML_TAG.lastIndex = 0;
  for (let match = HTML_TAG.exec(head); match; match = HTML_TAG.exec(head)) {
    if (++tags >= HTML_MIN_TAGS) return true;
    // an attribute still open at the end of the window: a padded tag, the page is markup
    if (!match[0].endsWith('>') && !/[<>]/.test(head.slice(HTML_TAG.lastIndex))) return head.length === HTML_SNIFF_CHARS;
  }
  return false;
}

function cutString(text: string, maxUnits: number): { text: string; truncated: boolean } {
  if (text.length <= maxUnits) return { text, truncated: false };
  let end = maxUnits;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { text: text.slice(0, end), truncated: true };
}

function truncatedWarning(size: number, max: number, unit: string): Warning {
  return { code: 'truncated', message: `input of ${size} ${unit} cut to maxBytes (${max})` };
}

/**
 * "an ArrayBuffer", "a DataView", "a Uint16Array" for binary data that is not a Uint8Array (the
 * ArrayBuffer of `await response.arrayBuffer()`, for one), undefined for anything else: such
 * bytes are refused with what was given and how to wrap it, not as an object missing its field.
 */
function otherBinary(value: unknown): string | undefined {
  const isBuffer = value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
  if (value instanceof Uint8Array || (!isBuffer && !ArrayBuffer.isView(value))) return undefined;
  const name = (value as object).constructor.name;
  return `${/^[AEIO]/.test(name) ? 'an' : 'a'} ${name}`; // a Uint16Array, an Int8Array
}

function binaryHint(given: string): string {
  return given.endsWith('ArrayBuffer') ? 'wrap it: new Uint8Array(buffer)' : 'wrap its bytes: new Uint8Array(view.buffer, view.byteOffset, view.byteLength)';
}

/** An object input checked against its schema; PagesiftInputError for anything sift() does not take. */
function objectInput(input: unknown): z.output<typeof objectInputSchema> {
  if (typeof input !== 'object' || input === null) {
    throw new PagesiftInputError(`sift() takes a string, a Uint8Array or { html | text | bytes }, not ${describeValue(input)}`);
  }
  const given = otherBinary(input);
  if (given !== undefined) throw new PagesiftInputError(`sift() takes a string, a Uint8Array or { html | text | bytes }, not ${given}: ${binaryHint(given)}`);
  const givenBytes = otherBinary((input as { bytes?: unknown }).bytes);
  if (givenBytes !== undefined) throw new PagesiftInputError(`bad sift() input: bytes: not ${givenBytes}, a Uint8Array: ${binaryHint(givenBytes)}`);
  const parsed = objectInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new PagesiftInputError(`bad sift() input: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/**
 * Throw the PagesiftInputError sift() would throw for this input, without decoding it: the pool
 * checks here, in the caller's thread, because an error class does not survive the trip back
 * from a worker thread (it arrives as a plain Error).
 */
export function checkSiftInput(input: unknown): void {
  if (typeof input === 'string' || input instanceof Uint8Array) return;
  objectInput(input);
}

/**
 * The input as a worker thread can receive it: a URL object becomes its href (a URL does not survive
 * structured cloning: "URL object could not be cloned"). Call after checkSiftInput.
 */
export function cloneableInput(input: SiftInput): SiftInput {
  if (typeof input === 'string' || input instanceof Uint8Array || !(input.url instanceof URL)) return input;
  return { ...input, url: input.url.href };
}

export function decodeInput(input: SiftInput, maxBytes: number): DecodedInput {
  if (typeof input === 'string') return fromString(input, undefined, maxBytes);
  if (input instanceof Uint8Array) return fromBytes(input, undefined, maxBytes);
  const { html, text, bytes, url, contentType } = objectInput(input);
  let decoded: DecodedInput;
  if (bytes !== undefined) decoded = fromBytes(bytes, contentType, maxBytes);
  else if (html !== undefined) decoded = { ...fromString(html, 'html', maxBytes) };
  else decoded = fromString(text ?? '', 'text', maxBytes);
  return url !== undefined ? { ...decoded, url: typeof url === 'string' ? url : url.href } : decoded;
}

function fromString(raw: string, kind: 'html' | 'text' | undefined, maxBytes: number): DecodedInput {
  const { text, truncated } = cutString(raw, maxBytes);
  const warnings: Warning[] = truncated ? [truncatedWarning(raw.length, maxBytes, 'characters')] : [];
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Offsets point into the string as given; a leading BOM is replaced by a space to keep them.
  const body = withoutBom === text ? text : ` ${withoutBom}`;
  return { text: body, kind: kind ?? (looksLikeHtml(body) ? 'html' : 'text'), size: raw.length, truncated, warnings };
}

function fromBytes(bytes: Uint8Array, contentType: string | undefined, maxBytes: number): DecodedInput {
  const truncated = bytes.length > maxBytes;
  const cut = truncated ? bytes.subarray(0, maxBytes) : bytes;
  const decoded = decodeBytes(cut, contentType, truncated);
  const warnings = truncated ? [truncatedWarning(bytes.length, maxBytes, 'bytes'), ...decoded.warnings] : decoded.warnings;
  const isHtmlType = contentType ? /html|xml/i.test(contentType) : undefined;
  const isTextType = contentType ? /^\s*text\/plain/i.test(contentType) : false;
  const kind = isTextType ? 'text' : isHtmlType || looksLikeHtml(decoded.text) ? 'html' : 'text';
  return { text: decoded.text, kind, charset: decoded.charset, size: bytes.length, truncated, warnings };
}

