/** Script detection by character counts (Unicode script properties). */

export interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  latin: number;
  digits: number;
  /** Non-space characters of every kind. */
  chars: number;
}

const SPACE = /\s/u;
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const LATIN = /\p{Script=Latin}/u;
const DIGIT = /\p{Nd}/u;

// Script class per BMP code unit, filled on first sight (regex tests per character were a
// measurable share of the time on Chinese pages).
const SPACE_CLASS = 1;
const HAN_CLASS = 2;
const KANA_CLASS = 3;
const HANGUL_CLASS = 4;
const LATIN_CLASS = 5;
const DIGIT_CLASS = 6;
const OTHER_CLASS = 7;
const classes = new Uint8Array(0x10000);

function classify(ch: string): number {
  if (SPACE.test(ch)) return SPACE_CLASS;
  if (HAN.test(ch)) return HAN_CLASS;
  if (KANA.test(ch)) return KANA_CLASS;
  if (HANGUL.test(ch)) return HANGUL_CLASS;
  if (LATIN.test(ch)) return LATIN_CLASS;
  if (DIGIT.test(ch)) return DIGIT_CLASS;
  return OTHER_CLASS;
}

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, kana: 0, hangul: 0, latin: 0, digits: 0, chars: 0 };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let cls: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // astral characters (CJK extension B…) are classified each time; they are rare
      code = text.codePointAt(i)!;
      cls = classify(String.fromCodePoint(code));
      i++;
    } else {
      cls = classes[code]!;
      if (cls === 0) cls = classes[code] = classify(String.fromCharCode(code));
    }
    if (cls === SPACE_CLASS) continue;
    counts.chars++;
    if (cls === HAN_CLASS) counts.han++;
    else if (cls === KANA_CLASS) counts.kana++;
    else if (cls === HANGUL_CLASS) counts.hangul++;
    else if (cls === LATIN_CLASS) counts.latin++;
    else if (cls === DIGIT_CLASS) counts.digits++;
  }
  return counts;
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}
