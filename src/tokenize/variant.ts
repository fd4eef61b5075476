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
