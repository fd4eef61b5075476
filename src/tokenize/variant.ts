/**
 * Which variant of Chinese script a text is written in, from characters that exist in only one:
 * 國 (Traditional only) versus 国 (Simplified only). Hijack kits inject Simplified keyword spam into
 * Traditional pages (the seed) and convert scraped Simplified text to Traditional.
 */
export interface VariantCounts {
  traditional: number;
  simplified: number;
  /** Of the `simplified` ones, those clean Traditional text does not use (foreign-chars.ts): 们, 爱, 网, not 出 or 台. */
  foreign: number;
}

export type CountVariants = (text: string) => VariantCounts;

const TRADITIONAL_ONLY = 1;
const SIMPLIFIED_ONLY = 2;
const FOREIGN_SIMPLIFIED = 3;

/** `foreignToTraditional`: the Simplified characters clean Traditional text does not use (foreign-chars.ts; none: `foreign` stays 0). */
export function createVariantCounter(traditionalToSimplified: ReadonlyMap<string, string>, foreignToTraditional = ''): CountVariants {
  // one byte per UTF-16 unit: the character table holds single-unit entries only
  const table = new Uint8Array(0x10000);
  for (const traditional of traditionalToSimplified.keys()) table[traditional.charCodeAt(0)] = TRADITIONAL_ONLY;
  for (const simplified of traditionalToSimplified.values()) {
    const code = simplified.charCodeAt(0);
    if (table[code] !== TRADITIONAL_ONLY) table[code] = SIMPLIFIED_ONLY;
  }
  for (let i = 0; i < foreignToTraditional.length; i++) {
    const code = foreignToTraditional.charCodeAt(i);
    if (table[code] === SIMPLIFIED_ONLY) table[code] = FOREIGN_SIMPLIFIED;
  }
  return (text) => {
    const counts: VariantCounts = { traditional: 0, simplified: 0, foreign: 0 };
    for (let i = 0; i < text.length; i++) {
      const kind = table[text.charCodeAt(i)];
      if (kind === TRADITIONAL_ONLY) counts.traditional++;
      else if (kind === SIMPLIFIED_ONLY) counts.simplified++;
      else if (kind === FOREIGN_SIMPLIFIED) {
        counts.simplified++;
        counts.foreign++;
      }
    }
    return counts;
  };
}

/** A text is written in one variant when it has at least this many characters unique to it… */
export const VARIANT_MIN_CHARS = 3;
/** …and this many times as many as characters unique to the other variant. */
export const VARIANT_DOMINANCE = 3;

export type Variant = 'traditional' | 'simplified' | undefined;

export function variantOf(counts: Pick<VariantCounts, 'traditional' | 'simplified'>): Variant {
  if (counts.traditional >= VARIANT_MIN_CHARS && counts.traditional >= VARIANT_DOMINANCE * counts.simplified) return 'traditional';
  if (counts.simplified >= VARIANT_MIN_CHARS && counts.simplified >= VARIANT_DOMINANCE * counts.traditional) return 'simplified';
  return undefined;
}
