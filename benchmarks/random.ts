/** A seeded pseudo-random generator for benchmarks (xorshift32): the same numbers for the same seed on every machine. */
export const DEFAULT_SEED = 0x2545f491;

/** The next unsigned 32-bit number of the sequence started by `seed`, on each call. */
export function xorshift32(seed = DEFAULT_SEED): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}
