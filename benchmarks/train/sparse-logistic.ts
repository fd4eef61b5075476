/**
 * Logistic regression over sparse hashed vectors (the doorway n-gram model), by stochastic
 * gradient descent with an L2 penalty applied to the weights a row touches. Deterministic: rows
 * are visited in an order shuffled by a seeded generator, so a re-run gives the same weights.
 */
export interface SparseRow {
  values: ReadonlyMap<number, number>;
  label: 0 | 1;
}

export interface SparseLogisticOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weight of a positive row's gradient relative to a negative one's (class balance). */
  positiveWeight: number;
  /** The intercept learns at this fraction of the learning rate. */
  interceptRate: number;
  seed: number;
}

export interface SparseFit {
  /** Hash → weight, for every hash a training row held. */
  weights: Map<number, number>;
  intercept: number;
}

/** mulberry32: a small seeded generator, enough to shuffle rows reproducibly. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fitSparseLogistic(rows: readonly SparseRow[], options: SparseLogisticOptions): SparseFit {
  const weights = new Map<number, number>();
  let intercept = 0;
  const order = rows.map((_, i) => i);
  const random = generator(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const row = rows[index]!;
      const z = intercept + dot(weights, row.values);
      const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
      const gradient = (p - row.label) * (row.label === 1 ? options.positiveWeight : 1);
      for (const [hash, value] of row.values) {
        const w = weights.get(hash) ?? 0;
        weights.set(hash, w - options.learningRate * (gradient * value + options.l2 * w));
      }
      intercept -= options.learningRate * options.interceptRate * gradient;
    }
  }
  return { weights, intercept };
}

export function dot(weights: ReadonlyMap<number, number>, values: ReadonlyMap<number, number>): number {
  let z = 0;
  for (const [hash, value] of values) z += (weights.get(hash) ?? 0) * value;
  return z;
}

/** The fit cut to its `keep` largest weights by magnitude (the rest weigh 0), hashes in increasing order. */
export function pruneFit(fit: SparseFit, keep: number): { hashes: number[]; weights: number[]; intercept: number } {
  const kept = [...fit.weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, keep).sort((a, b) => a[0] - b[0]);
  return { hashes: kept.map(([h]) => h), weights: kept.map(([, w]) => w), intercept: fit.intercept };
}
