/**
 * Multinomial naive Bayes counts and the log-likelihood-ratio table the library applies
 * (src/bayes). Laplace smoothing; rare and weak features are pruned so the table stays small.
 */
export interface ClassCounts {
  spam: Map<string, number>;
  clean: Map<string, number>;
  spamTotal: number;
  cleanTotal: number;
}

export function emptyCounts(): ClassCounts {
  return { spam: new Map(), clean: new Map(), spamTotal: 0, cleanTotal: 0 };
}

export function addFeature(counts: ClassCounts, feature: string, spam: boolean): void {
  const table = spam ? counts.spam : counts.clean;
  table.set(feature, (table.get(feature) ?? 0) + 1);
  if (spam) counts.spamTotal++;
  else counts.cleanTotal++;
}

export function mergeCounts(parts: readonly ClassCounts[]): ClassCounts {
  const out = emptyCounts();
  for (const part of parts) {
    for (const [f, c] of part.spam) out.spam.set(f, (out.spam.get(f) ?? 0) + c);
    for (const [f, c] of part.clean) out.clean.set(f, (out.clean.get(f) ?? 0) + c);
    out.spamTotal += part.spamTotal;
    out.cleanTotal += part.cleanTotal;
  }
  return out;
}

export interface TableOptions {
  smoothing: number;
  /** A feature seen fewer times than this (both classes) is left out. */
  minCount: number;
  /** A feature whose |ratio| is below this is left out (it would barely move a score). */
  minAbsLlr: number;
  decimals: number;
}

export function llrTable(counts: ClassCounts, options: TableOptions): Map<string, number> {
  const vocabulary = new Set([...counts.spam.keys(), ...counts.clean.keys()]);
  const v = vocabulary.size;
  const spamDenominator = counts.spamTotal + options.smoothing * v;
  const cleanDenominator = counts.cleanTotal + options.smoothing * v;
  const factor = 10 ** options.decimals;
  const out = new Map<string, number>();
  for (const feature of [...vocabulary].sort()) {
    const s = counts.spam.get(feature) ?? 0;
    const c = counts.clean.get(feature) ?? 0;
    if (s + c < options.minCount) continue;
    const llr = Math.log((s + options.smoothing) / spamDenominator) - Math.log((c + options.smoothing) / cleanDenominator);
    if (Math.abs(llr) < options.minAbsLlr) continue;
    out.set(feature, Math.round(llr * factor) / factor);
  }
  return out;
}
