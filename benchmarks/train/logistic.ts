/**
 * L2-regularised logistic regression by full-batch gradient descent on standardised features;
 * the weights are returned on the original scale. Small and dependency-free: the fits here have
 * at most a few dozen features and a few thousand rows.
 */
export interface LogisticFit {
  weights: number[];
  intercept: number;
}

export interface LogisticOptions {
  /** L2 penalty on the standardised weights (not on the intercept). */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Weight of positive rows relative to negative ones (class balance). */
  positiveWeight?: number;
  /** Keep every weight ≥ 0 (projected gradient): a spam rule may not count against spam. */
  nonNegative?: boolean;
}

export const DEFAULT_LOGISTIC: LogisticOptions = { l2: 0.01, iterations: 3000, learningRate: 0.5 };

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** `rowWeights` (optional, one per row, > 0) weighs each row's loss, on top of `positiveWeight`. */
export function fitLogistic(rows: readonly number[][], labels: readonly number[], options: LogisticOptions = DEFAULT_LOGISTIC, rowWeights?: readonly number[]): LogisticFit {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  if (n === 0) return { weights: new Array<number>(d).fill(0), intercept: 0 };
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of rows) row.forEach((x, j) => (mean[j]! += x / n));
  for (const row of rows) row.forEach((x, j) => (scale[j]! += (x - mean[j]!) ** 2 / n));
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  const z = rows.map((row) => row.map((x, j) => (x - mean[j]!) / scale[j]!));
  const positiveWeight = options.positiveWeight ?? 1;
  const rowWeight = labels.map((y, i) => (y === 1 ? positiveWeight : 1) * (rowWeights?.[i] ?? 1));
  const totalWeight = rowWeight.reduce((a, b) => a + b, 0);
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < options.iterations; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const row = z[i]!;
      let s = b;
      for (let j = 0; j < d; j++) s += w[j]! * row[j]!;
      const err = (sigmoid(s) - labels[i]!) * rowWeight[i]!;
      for (let j = 0; j < d; j++) gw[j]! += err * row[j]!;
      gb += err;
    }
    for (let j = 0; j < d; j++) {
      w[j]! -= options.learningRate * (gw[j]! / totalWeight + options.l2 * w[j]!);
      if (options.nonNegative && w[j]! < 0) w[j] = 0;
    }
    b -= options.learningRate * (gb / totalWeight);
  }
  const weights = w.map((wj, j) => wj / scale[j]!);
  const intercept = b - w.reduce((acc, wj, j) => acc + (wj * mean[j]!) / scale[j]!, 0);
  return { weights, intercept };
}

export function predict(fit: LogisticFit, row: readonly number[]): number {
  let s = fit.intercept;
  row.forEach((x, j) => (s += (fit.weights[j] ?? 0) * x));
  return sigmoid(s);
}
