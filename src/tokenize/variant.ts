/**
 * Which variant of Chinese script a text is written in, from characters that exist in only one:
 * 國 (Traditional only) versus 国 (Simplified only). Hijack kits inject Simplified keyword spam into
 * Traditional pages (the seed) and convert scraped Simplified text to Traditional.
 */
export interface VariantCounts {
  traditional: number;
  simplified: number;
}

export type CountVariants = (text: string) => VariantCounts;

export function createVariantCounter(traditionalToSimplified: ReadonlyMap<string, string>): CountVariants {
  const traditionalOnly = new Set(traditionalToSimplified.keys());
  const simplifiedOnly = new Set<string>();
  for (const simplified of traditionalToSimplified.values()) if (!traditionalOnly.has(simplified)) simplifiedOnly.add(simplified);
  return (text) => {
    const counts: VariantCounts = { traditional: 0, simplified: 0 };
    for (const ch of text) {
      if (traditionalOnly.has(ch)) counts.traditional++;
      else if (simplifiedOnly.has(ch)) counts.simplified++;
    }
    return counts;
  };
}

/** A text is written in one variant when it has at least this many characters unique to it… */
export const VARIANT_MIN_CHARS = 3;
/** …and this many times as many as characters unique to the other variant. */
export const VARIANT_DOMINANCE = 3;

export type Variant = 'traditional' | 'simplified' | undefined;

export function variantOf(counts: VariantCounts): Variant {
  if (counts.traditional >= VARIANT_MIN_CHARS && counts.traditional >= VARIANT_DOMINANCE * counts.simplified) return 'traditional';
  if (counts.simplified >= VARIANT_MIN_CHARS && counts.simplified >= VARIANT_DOMINANCE * counts.traditional) return 'simplified';
  return undefined;
}
