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

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, kana: 0, hangul: 0, latin: 0, digits: 0, chars: 0 };
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      if (code <= 0x20) continue;
      counts.chars++;
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) counts.latin++;
      else if (code >= 0x30 && code <= 0x39) counts.digits++;
      continue;
    }
    if (SPACE.test(ch)) continue;
    counts.chars++;
    if (HAN.test(ch)) counts.han++;
    else if (KANA.test(ch)) counts.kana++;
    else if (HANGUL.test(ch)) counts.hangul++;
    else if (LATIN.test(ch)) counts.latin++;
    else if (DIGIT.test(ch)) counts.digits++;
  }
  return counts;
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}
