import { isAscii, isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import { sniffUtf16, utf16Mark } from './utf16-sniff.js';
import { declaredMisfit } from './declared-fit.js';

/**
 * Choosing a charset for page bytes, in this order:
 *   1. a byte-order mark, or else UTF-16's pattern of NULs (utf16-sniff.ts);
 *   2. the charset of a `contentType` given by the caller (an HTTP header);
 *   3. valid UTF-8 — checked before any `<meta>`, because declared charsets lie: 32 pages of the
 *      development corpus are UTF-8 under a `<meta charset=iso-8859-1|gb2312>`, while real GBK or
 *      Big5 text with a few non-ASCII characters is practically never valid UTF-8;
 *   4. `<meta charset>` / `http-equiv` in the first bytes;
 *   5. statistical detection (chardet);
 *   6. windows-1252, which decodes any byte.
 * A declaration of UTF-8 loses to step 3 only when the bytes are not UTF-8.
 * A declared legacy charset (step 2 or 4) that chardet's quick sample clearly contradicts gives way to the
 * charset chardet names (declared-fit.ts), with the declaration named as overridden.
 */

/** How many leading bytes are searched for a `<meta>` declaration (HTML spec prescan: 1024; many real pages put it later). */
export const META_PRESCAN_BYTES = 4096;
/**
 * How many bytes chardet reads (its cost grows with the sample: ~20 ms for 64 KB). Measured on the
 * development corpus: 16 KB from the first non-ASCII byte picks the same charset as 64 KB from the
 * start on each of the 10 pages that reach detection.
 */
export const DETECTION_SAMPLE_BYTES = 16_384;
export const FALLBACK_CHARSET = 'windows-1252';

export type CharsetSource = 'bom' | 'utf-16-pattern' | 'content-type' | 'utf-8-valid' | 'meta' | 'detected' | 'fallback' | 'ascii';

export interface CharsetChoice {
  charset: string;
  source: CharsetSource;
  /** Bytes to skip at the start (a BOM). */
  skip: number;
  /** A declared charset that was overridden or not understood. */
  declared?: string;
  unknownLabels: string[];
}

/** The WHATWG name of a charset label that this runtime's TextDecoder supports, or undefined. */
export function supportedCharset(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The length of UTF-8's byte order mark (EF BB BF). */
export const UTF8_MARK_BYTES = 3;

/** Whether `bytes` open with UTF-8's byte order mark, EF BB BF (Windows tools write one). */
export function utf8Mark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function bom(bytes: Uint8Array): { charset: string; skip: number } | undefined {
  if (utf8Mark(bytes)) return { charset: 'utf-8', skip: UTF8_MARK_BYTES };
  const utf16 = utf16Mark(bytes);
  return utf16 === undefined ? undefined : { charset: utf16, skip: 2 };
}

const CONTENT_TYPE_CHARSET = /charset\s*=\s*["']?([^"';\s]+)/i;

export function charsetFromContentType(contentType: string): string | undefined {
  return CONTENT_TYPE_CHARSET.exec(contentType)?.[1];
}

// <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">; the
// attribute soup is bounded so no input can make this backtrack.
const META_CHARSET = /<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*([a-z0-9_.:-]{1,40})/gi;

export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_PRESCAN_BYTES));
  for (const match of head.matchAll(META_CHARSET)) {
    if (match[1]) return match[1];
  }
  return undefined;
}

/**
 * The charset a `<meta>` label stands for: the label's own, except that a page that declares UTF-16
 * in its markup cannot be UTF-16 (the markup was read as ASCII bytes to find the label), so the HTML
 * standard's prescan takes utf-16le and utf-16be declarations for UTF-8, as browsers do
 * (https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding),
 * and x-user-defined for windows-1252.
 */
export function metaCharset(label: string): string | undefined {
  const charset = supportedCharset(label);
  if (charset === 'utf-16le' || charset === 'utf-16be') return 'utf-8';
  if (charset === 'x-user-defined') return 'windows-1252';
  return charset;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return !isAscii(bytes);
}

/**
 * UTF-8 "for all practical purposes": at most UTF8_MAX_INVALID_SHARE of the non-ASCII sequences
 * are invalid (a UTF-8 page with a stray byte stays UTF-8, with a U+FFFD). A GBK or Big5 page read
 * as UTF-8 has most of its sequences invalid (a GBK pair is valid UTF-8 by chance ~8% of the time).
 */
export const UTF8_MAX_INVALID_SHARE = 0.01;

function isMostlyUtf8(bytes: Uint8Array): boolean {
  // Node's native check (simdutf) settles valid pages; the count below is for the rest
  if (isUtf8(bytes)) return true;
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return invalid <= UTF8_MAX_INVALID_SHARE * (valid + invalid); // cut at the end: not a fault
      if (c < 0x80 || c > 0xbf) ok = false;
    }
    // overlongs and surrogates (E0 80–9F, ED A0–BF, F0 80–8F, F4 90+) are invalid too
    if (ok && ((b === 0xe0 && bytes[i + 1]! < 0xa0) || (b === 0xed && bytes[i + 1]! > 0x9f) || (b === 0xf0 && bytes[i + 1]! < 0x90) || (b === 0xf4 && bytes[i + 1]! > 0x8f))) ok = false;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
      // settled: even if every byte left began a valid sequence, the share stays too high (random
      // bytes, or a legacy-charset page, are decided within their first few KB instead of read whole)
      if (invalid > UTF8_MAX_INVALID_SHARE * (valid + invalid + bytes.length - i)) return false;
    }
  }
  return invalid <= UTF8_MAX_INVALID_SHARE * (valid + invalid);
}

/** Where the detection sample starts: this many bytes before the first non-ASCII byte (pages open with kilobytes of ASCII markup, which tell chardet nothing). */
export const DETECTION_LEAD_BYTES = 1024;

function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return bytes.length;
}

/**
 * Detection first reads a short sample and accepts its answer when chardet is sure of it: at least
 * DETECTION_QUICK_MIN_CONFIDENCE and DETECTION_QUICK_MIN_MARGIN ahead of the next charset; otherwise
 * it reads DETECTION_SAMPLE_BYTES. chardet costs ~0.5 ms per KB (8 ms per detected page at 16 KB,
 * 12% of a Chinese page's time). Measured on 146 pages — the development corpus's GBK pages and its
 * UTF-8 pages transcoded to 18 legacy charsets (Cyrillic, Greek, Japanese, Korean, Chinese, Arabic,
 * Hebrew, Latin-1/2), declarations removed: 119 were decided by the short sample, none differently
 * from the long one; the two where 4 KB alone would differ scored 60/60 and 61/50 there.
 */
export const DETECTION_QUICK_SAMPLE_BYTES = 4096;
export const DETECTION_QUICK_MIN_CONFIDENCE = 90;
export const DETECTION_QUICK_MIN_MARGIN = 20;

export interface Candidate {
  charset: string;
  confidence: number;
}

/** chardet's candidates for a sample, best first, keeping only charsets TextDecoder supports. */
function candidates(sample: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const candidate of chardet.analyse(sample)) {
    const charset = supportedCharset(candidate.name);
    if (charset) out.push({ charset, confidence: candidate.confidence });
  }
  return out;
}

/** Whether the short sample's best charset is clear enough to skip the long sample. */
export function quickSampleIsSure(ranked: readonly Candidate[]): boolean {
  const [top] = ranked;
  if (!top) return false;
  const runnerUp = ranked.find((c) => c.charset !== top.charset)?.confidence ?? 0;
  return top.confidence >= DETECTION_QUICK_MIN_CONFIDENCE && top.confidence - runnerUp >= DETECTION_QUICK_MIN_MARGIN;
}

function sampleStart(bytes: Uint8Array): number {
  return Math.max(0, firstNonAscii(bytes) - DETECTION_LEAD_BYTES);
}

/** chardet's candidates for the quick sample (DETECTION_QUICK_SAMPLE_BYTES from sampleStart), best first. */
export function quickCandidates(bytes: Uint8Array): Candidate[] {
  const from = sampleStart(bytes);
  return candidates(bytes.subarray(from, from + DETECTION_QUICK_SAMPLE_BYTES));
}

function detect(bytes: Uint8Array): string | undefined {
  const from = sampleStart(bytes);
  const quick = quickCandidates(bytes);
  if (bytes.length - from <= DETECTION_QUICK_SAMPLE_BYTES || quickSampleIsSure(quick)) return quick[0]?.charset;
  return candidates(bytes.subarray(from, from + DETECTION_SAMPLE_BYTES))[0]?.charset;
}

/**
 * A declared legacy charset that chardet's quick sample clearly contradicts (declared-fit.ts) gives
 * way to the charset chardet is sure of: the choice is then a detection, with the declaration named
 * as declared (`charset` is what the declaration stands for, `declared` its own name).
 */
function misfitChoice(bytes: Uint8Array, charset: string, declared: string, unknownLabels: string[]): CharsetChoice | undefined {
  const instead = declaredMisfit(charset, quickCandidates(bytes));
  return instead === undefined ? undefined : { charset: instead, source: 'detected', skip: 0, unknownLabels, declared };
}

export function chooseCharset(bytes: Uint8Array, contentType?: string): CharsetChoice {
  const unknownLabels: string[] = [];
  const mark = bom(bytes);
  if (mark) return { ...mark, source: 'bom', unknownLabels };

  const headerLabel = contentType ? charsetFromContentType(contentType) : undefined;
  const header = headerLabel ? supportedCharset(headerLabel) : undefined;
  if (headerLabel && !header) unknownLabels.push(headerLabel);

  // UTF-16 without its mark: its bytes say so more surely than a header (any header but UTF-16's
  // own, in the same byte order, is then wrong)
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { charset: utf16, source: 'utf-16-pattern', skip: 0, unknownLabels, ...(header && header !== utf16 ? { declared: header } : {}) };

  if (!hasNonAscii(bytes)) {
    // UTF-16 text writes a NUL for every ASCII character (a space, a line break, '<'): bytes that
    // are all ASCII with no NUL are no UTF-16, whatever a header says
    if ((header === 'utf-16le' || header === 'utf-16be') && bytes.length > 0 && bytes.indexOf(0) < 0) return { charset: 'utf-8', source: 'ascii', skip: 0, unknownLabels, declared: header };
    return { charset: header ?? 'utf-8', source: header ? 'content-type' : 'ascii', skip: 0, unknownLabels };
  }
  const utf8 = isMostlyUtf8(bytes);
  if (header && (header === 'utf-8' ? utf8 : !utf8)) {
    return (header === 'utf-8' ? undefined : misfitChoice(bytes, header, header, unknownLabels)) ?? { charset: header, source: 'content-type', skip: 0, unknownLabels };
  }
  const metaLabel = header ? undefined : charsetFromMeta(bytes);
  const meta = metaLabel ? metaCharset(metaLabel) : undefined;
  if (metaLabel && !meta) unknownLabels.push(metaLabel);
  // named as declared in warnings ("utf-16le", not the utf-8 it stands for)
  const metaDeclared = metaLabel ? supportedCharset(metaLabel) : undefined;
  if (utf8) {
    const declared = header ?? meta;
    return {
      charset: 'utf-8',
      source: 'utf-8-valid',
      skip: 0,
      unknownLabels,
      ...(declared && declared !== 'utf-8' ? { declared } : {}),
    };
  }
  // A page that declares UTF-8 but is not valid UTF-8 is detected instead; the declaration, the
  // caller's Content-Type as much as a <meta>, is named in the charset-mismatch warning (the header's
  // was left out: "no usable charset declaration" alone, session-33 audit)
  if (meta && meta !== 'utf-8') return misfitChoice(bytes, meta, metaDeclared ?? meta, unknownLabels) ?? { charset: meta, source: 'meta', skip: 0, unknownLabels };
  const declared = header ?? metaDeclared;
  const detected = detect(bytes);
  if (detected) {
    return { charset: detected, source: 'detected', skip: 0, unknownLabels, ...(declared ? { declared } : {}) };
  }
  return { charset: FALLBACK_CHARSET, source: 'fallback', skip: 0, unknownLabels, ...(declared ? { declared } : {}) };
}
