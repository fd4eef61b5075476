/**
 * UTF-16 without a byte order mark, told from its bytes. Every ASCII character of UTF-16 text — the
 * markup of an HTML page, the spaces, digits and line breaks of CJK text — is a NUL byte beside its
 * code: after it in UTF-16LE (NULs at odd offsets), before it in UTF-16BE (even offsets). A page in
 * UTF-8, a legacy single-byte charset, GBK, Big5 or Shift_JIS holds no NUL at all; a binary file
 * holds NULs at both parities, or bytes that make no text when read as UTF-16.
 *
 * An input is UTF-16 in one byte order when, in its first UTF16_SNIFF_BYTES bytes:
 *   - at least UTF16_MIN_NUL_SHARE of the 16-bit units have a NUL in that order's high byte, and
 *   - read in that order, at most UTF16_MAX_BAD_SHARE of the units are not text: a NUL unit, a
 *     C0/C1 control other than tab, line feed, vertical tab, form feed and carriage return, a
 *     surrogate without its pair, a private-use character or a noncharacter (U+FFFE, U+FFFF), and
 *   - at most UTF16_MAX_ASCII_PAIR_SHARE of the units are two printable ASCII bytes.
 * A start that reads as UTF-8 but for its NULs needs UTF16_MIN_NUL_SHARE_IF_UTF8 of NULs instead.
 * When both orders pass (a few units of text), the one with fewer bad units wins, then the one with
 * more NULs in place. The measurement: benchmarks/diagnose/utf16-sniff.ts, its numbers in
 * benchmarks/RESULTS.md ("Session 31 … UTF-16 without a byte order mark").
 */

/** How much of the start is examined (the CLI's binary sniff, decode/binary.ts, reads 8 KiB; 4 KiB is 2,048 units). */
export const UTF16_SNIFF_BYTES = 4096;
/**
 * Share of units with a NUL high byte. Measured (session 31, benchmarks/diagnose/utf16-sniff.ts) on
 * the guard sets' 349 pages encoded as UTF-16, their first 4 KiB: the lowest share was 0.37 for the
 * HTML and 0.0034 (7 NULs in 2,048 units) for the pages' text with the tags stripped (zh-gbk: Chinese
 * text, where only line breaks, digits and Latin words make NULs).
 */
export const UTF16_MIN_NUL_SHARE = 0.002;
/**
 * Share of units that are no text. Measured (session 31): at most 0.011 (HTML) and 0.018 (text) on
 * the guard sets' pages read in the right order (a zh-gbk page's user-defined GBK codes are
 * private-use characters); at least 0.081 on the 3,351 binary files of the measuring machine that hold
 * a NUL and NULs enough for the share above (PNG, gzip, xz, fonts, wasm, shared objects,
 * executables…), none of which passes.
 */
export const UTF16_MAX_BAD_SHARE = 0.04;

/**
 * Share of units made of two printable ASCII bytes. ASCII text read as UTF-16 is nothing else (and
 * makes no bad units: "<p" is U+703C, a CJK character), so a Latin-1 page holding a few stray NULs
 * would pass the two tests above; UTF-16 text has such units only for the CJK characters and kana
 * whose low byte happens to be printable. Measured (session 31): at most 0.19 (HTML) and 0.45
 * (Chinese text) on the guard sets' pages in UTF-16.
 */
export const UTF16_MAX_ASCII_PAIR_SHARE = 0.6;

/**
 * Share of units with a NUL high byte asked of a start that reads as UTF-8 but for at most two
 * faults per NUL (a stray NUL breaks one sequence at most). UTF-16 text reads so only
 * when nearly all its characters are ASCII, and then nearly every unit holds a NUL; a UTF-8 page
 * with stray NULs holds few (a MathJax page of symbols with 4 NULs written into it passed the three
 * tests above at 0.006). Measured (session 31): UTF-16 pages and texts of the guard sets that read
 * as UTF-8 hold at least 0.98 (text in Cyrillic, whose UTF-16 bytes read as UTF-8 too, holds a NUL
 * for each space, ~0.15); 0.1 asks a UTF-8 page for one NUL in every 20 bytes.
 */
export const UTF16_MIN_NUL_SHARE_IF_UTF8 = 0.1;

export type Utf16Order = 'utf-16le' | 'utf-16be';

/** The byte order a UTF-16 byte order mark opening `bytes` states (FF FE little-endian, FE FF big-endian), or undefined. */
export function utf16Mark(bytes: Uint8Array): Utf16Order | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Whether a 16-bit unit is no text (see above); surrogates are judged by the caller, in pairs. */
function badUnit(unit: number): boolean {
  if (unit < 0x20) return unit < 0x09 || unit > 0x0d;
  if (unit >= 0x7f && unit <= 0x9f) return true;
  if (unit >= 0xe000 && unit <= 0xf8ff) return true;
  return unit === 0xfffe || unit === 0xffff;
}

export interface Utf16Evidence {
  /** Units with a NUL in this order's high byte. */
  nuls: number;
  /** Units both of whose bytes are printable ASCII (what ASCII text read as UTF-16 is made of). */
  asciiPairs: number;
  /** Units that are no text read in this order. */
  bad: number;
  units: number;
}

/** Counts, over the first `units` units of `bytes`, the evidence for one byte order. */
export function utf16Evidence(bytes: Uint8Array, order: Utf16Order): Utf16Evidence {
  const units = Math.floor(Math.min(bytes.length, UTF16_SNIFF_BYTES) / 2);
  const hi = order === 'utf-16le' ? 1 : 0;
  const lo = 1 - hi;
  let nuls = 0;
  let bad = 0;
  let asciiPairs = 0;
  for (let u = 0; u < units; u++) {
    const high = bytes[2 * u + hi]!;
    const low = bytes[2 * u + lo]!;
    if (high === 0) nuls++;
    else if (high >= 0x20 && high <= 0x7e && low >= 0x20 && low <= 0x7e) asciiPairs++;
    const unit = (high << 8) | low;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (u + 1 === units) continue; // a pair cut by the window's end
      const next = (bytes[2 * (u + 1) + hi]! << 8) | bytes[2 * (u + 1) + lo]!;
      if (next >= 0xdc00 && next <= 0xdfff) {
        u++;
        continue;
      }
      bad++;
    } else if ((unit >= 0xdc00 && unit <= 0xdfff) || badUnit(unit)) bad++;
  }
  return { nuls, asciiPairs, bad, units };
}

function passes(evidence: Utf16Evidence): boolean {
  return evidence.units > 0 && evidence.nuls >= UTF16_MIN_NUL_SHARE * evidence.units && evidence.bad <= UTF16_MAX_BAD_SHARE * evidence.units && evidence.asciiPairs <= UTF16_MAX_ASCII_PAIR_SHARE * evidence.units;
}

/** How many faults (U+FFFD) reading bytes as UTF-8 makes, a sequence cut by their end aside. */
function utf8Faults(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes, { stream: true });
  let faults = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) faults++;
  return faults;
}

/** The byte order of UTF-16 text without a byte order mark, or undefined for anything else. */
export function sniffUtf16(bytes: Uint8Array): Utf16Order | undefined {
  const window = bytes.subarray(0, UTF16_SNIFF_BYTES);
  if (window.indexOf(0) < 0) return undefined; // no NUL: not UTF-16 by this test (and the common case, settled at native speed)
  const le = utf16Evidence(bytes, 'utf-16le');
  const be = utf16Evidence(bytes, 'utf-16be');
  const lePasses = passes(le);
  const bePasses = passes(be);
  // UTF-8 but for its NULs: a stray NUL breaks one UTF-8 sequence at most, into two faults at most
  // (a NUL put in the middle of a character leaves its lead and its tail alone)
  if ((lePasses || bePasses) && Math.max(le.nuls, be.nuls) < UTF16_MIN_NUL_SHARE_IF_UTF8 * le.units && utf8Faults(window) <= 2 * (le.nuls + be.nuls)) return undefined;
  if (lePasses && bePasses) return le.bad !== be.bad ? (le.bad < be.bad ? 'utf-16le' : 'utf-16be') : le.nuls >= be.nuls ? 'utf-16le' : 'utf-16be';
  if (lePasses) return 'utf-16le';
  if (bePasses) return 'utf-16be';
  return undefined;
}
