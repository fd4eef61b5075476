import type { Sifter } from '../../src/index.js';

/** Phase "sift": `sifter.sift()` on this thread, one page after another, over the same jobs the queue gets. */
export function siftRate(sifter: Sifter, pages: readonly { bytes: Uint8Array }[], count: number): number {
  const started = performance.now();
  for (let i = 0; i < count; i++) sifter.sift({ bytes: pages[i % pages.length]!.bytes });
  return count / ((performance.now() - started) / 1000);
}
