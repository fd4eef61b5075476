import type { Sifter } from '../../src/index.js';

/** Phase "sift": `sifter.sift()` on this thread, one page after another, over the same jobs the queue gets. */
export function siftRate(sifter: Sifter, pages: readonly { bytes: Uint8Array }[], count: number): { rate: number; cpuMsPerPage: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) sifter.sift({ bytes: pages[i % pages.length]!.bytes });
  const used = process.cpuUsage(cpu);
  return { rate: count / ((performance.now() - started) / 1000), cpuMsPerPage: (used.user + used.system) / 1000 / count };
}
