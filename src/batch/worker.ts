import { workerData } from 'node:worker_threads';
import { createSifter, type Sifter } from '../index.js';
import type { SiftInput } from '../decode/input.js';
import type { SifterOptionsInput } from '../options.js';
import { rendered, type PageName, type RenderOptions, type Rendered } from '../report/render.js';
import type { Report } from '../report/schema.js';

/**
 * Worker side of the pool: one sifter per worker thread, created on the first task with the
 * options the pool was created with (piscina passes them as workerData).
 */

let sifter: Promise<Sifter> | undefined;

function getSifter(): Promise<Sifter> {
  sifter ??= createSifter((workerData as { options?: SifterOptionsInput } | undefined)?.options);
  return sifter;
}

export default async function siftTask(input: SiftInput): Promise<Report> {
  return (await getSifter()).sift(input);
}

export interface RenderTask {
  input: SiftInput;
  page: PageName;
  render: RenderOptions;
}

/** Sift and render in the worker (the CLI's --jobs): only a string crosses back to the caller. */
export async function siftRendered(task: RenderTask): Promise<Rendered> {
  return rendered((await getSifter()).sift(task.input), task.page, task.render);
}
