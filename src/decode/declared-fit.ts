import type { Candidate } from './charset.js';

/**
 * Whether a declared legacy charset (a `<meta>` or a Content-Type) fits the bytes, judged by chardet's
 * candidates for the detection quick sample: it does not when chardet's best is another multibyte
 * (CJK) charset with DECLARED_MISFIT_MIN_CONFIDENCE or more, DECLARED_MISFIT_MIN_LEAD ahead of the
 * declared one.
 * Shift_JIS bytes under `<meta charset=gbk>` are the case: a Shift_JIS pair is almost always a valid
 * GBK pair, so the declaration decodes to Chinese-looking garbage without a U+FFFD. In doubt the
 * declaration is trusted, as browsers trust it.
 */

/**
 * Measured with benchmarks/diagnose/declared-charset.ts (session 43) on the declarations that reach
 * this check: the 37 corpus pages decoded by their `<meta>` and 398 right-declared variants, and
 * 7,492 wrong-declared variants (corpus pages and translated messages in 20 legacy charsets, each
 * under every other one, in a `<meta>` or a Content-Type). Under a right declaration the highest
 * other CJK charset chardet put first scored 61 (EUC-KR on a real GBK page, 11 ahead of GB18030);
 * under a wrong one the CJK charset it put first scored 80 or more in 4,484 of 4,596 variants (60-69:
 * 74, 70-79: 38). 80 keeps 19 points from every right declaration; the 112 below it keep their
 * declaration (in doubt, as browsers do).
 */
export const DECLARED_MISFIT_MIN_CONFIDENCE = 80;
/**
 * How far ahead of the declared charset's own confidence the other charset must be: a tie keeps the
 * declaration. The quick sample's margin of certainty (DETECTION_QUICK_MIN_MARGIN); in the
 * measurement above it costs 6 of the 4,484 fixes and alone also keeps the right GBK page (a lead of 11).
 */
export const DECLARED_MISFIT_MIN_LEAD = 20;

/** Charsets that decode the same bytes alike for this purpose (GB18030 is GBK's superset). */
const SAME_FAMILY: Record<string, string> = { gb18030: 'gbk', 'iso-8859-15': 'windows-1252' };

/** The charset standing for `charset`'s family (SAME_FAMILY): gbk for gb18030, windows-1252 for iso-8859-15, itself otherwise. */
export function charsetFamily(charset: string): string {
  return SAME_FAMILY[charset] ?? charset;
}

/**
 * The charsets that may stand in for a declaration: chardet's multibyte (CJK) ones, which it names
 * from the pairs of bytes the charset allows and the share of its common characters. Its single-byte
 * guesses are n-gram scores that reached 98 on a degenerate sample (one character repeated, under
 * `<meta charset=gbk>`: ISO-8859-8) while they stayed at 68 or less on the real text of the
 * measurement: they never override a declaration. UTF-8 never does either: the bytes were already
 * found not to be UTF-8 as a whole.
 */
const OVERRIDING = new Set(['shift_jis', 'euc-jp', 'euc-kr', 'big5', 'gb18030', 'gbk']);

/**
 * The charset the bytes are in instead of `declared` (a WHATWG name), or undefined when the declaration
 * fits or chardet is not sure enough. `ranked`: chardet's candidates for the quick sample, best first.
 */
export function declaredMisfit(declared: string, ranked: readonly Candidate[]): string | undefined {
  const [top] = ranked;
  if (!top || !OVERRIDING.has(top.charset) || charsetFamily(top.charset) === charsetFamily(declared)) return undefined;
  const own = ranked.find((c) => charsetFamily(c.charset) === charsetFamily(declared))?.confidence ?? 0;
  return top.confidence >= DECLARED_MISFIT_MIN_CONFIDENCE && top.confidence - own >= DECLARED_MISFIT_MIN_LEAD ? top.charset : undefined;
}
