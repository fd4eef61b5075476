import { createSifter, type Sifter } from '../index.js';
import type { SiftInput } from '../decode/input.js';
import type { SifterOptionsInput } from '../options.js';
import type { Report } from '../report/schema.js';

/**
 * Worker side of the pool: one sifter per worker thread, created on the first task with the
 * options the pool was created with (piscina passes them as workerData).
 */
import { workerData } from 'node:worker_threads';

let sifter: Promise<Sifter> | undefined;

export default async function siftTask(input: SiftInput): Promise<Report> {
  sifter ??= createSifter((workerData as { options?: SifterOptionsInput } | undefined)?.options);
  return (await sifter).sift(input);
}
