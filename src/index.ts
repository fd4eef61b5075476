import { setImmediate } from 'node:timers/promises';
import type { SiftInput } from './decode/input.js';
import { checkPageStream, type PageStream } from './batch/page-stream.js';
import { parseOptions, type SifterOptions, type SifterOptionsInput } from './options.js';
import { siftPage } from './pipeline.js';
import type { Report } from './report/schema.js';
import { loadResources } from './resources.js';
import { keepStringPrototypeFast } from './string-prototype.js';

export interface Sifter {
  /** The validated options, defaults filled in. */
  readonly options: Readonly<SifterOptions>;
  /** Sift one page. Synchronous and pure; never throws on page content (only on a wrong input type). */
  sift(input: SiftInput): Report;
  /**
   * Sift a stream of pages on this thread, yielding reports in input order. The event loop gets a
   * turn every YIELD_EVERY pages, so signals and I/O are served during a long batch.
   */
  siftMany(inputs: Iterable<SiftInput> | AsyncIterable<SiftInput>): AsyncGenerator<Report>;
}

/** siftMany lets the event loop run after this many pages. */
export const YIELD_EVERY = 16;

/** Validate options, load dictionaries, lexicons and rules once; the sifter is then synchronous. */
export async function createSifter(options?: SifterOptionsInput): Promise<Sifter> {
  const parsed = parseOptions(options);
  // string methods on primitives are most of a page's work: keep them fast even in a process that loads ioredis (string-prototype.ts)
  keepStringPrototypeFast();
  const resources = await loadResources(parsed);
  const sift = (input: SiftInput): Report => siftPage(resources, parsed, input);
  async function* siftStream(inputs: PageStream): AsyncGenerator<Report> {
    let count = 0;
    for await (const input of inputs) {
      yield sift(input);
      if (++count % YIELD_EVERY === 0) await setImmediate();
    }
  }
  const siftMany = (inputs: PageStream): AsyncGenerator<Report> => {
    checkPageStream(inputs);
    return siftStream(inputs);
  };
  return Object.freeze({ options: parsed, sift, siftMany });
}

const defaultSifters = new Map<string, Promise<Sifter>>();

/** Convenience: sift one page with a sifter cached per distinct options. */
export async function sift(input: SiftInput, options?: SifterOptionsInput): Promise<Report> {
  const key = JSON.stringify(options ?? {});
  let sifter = defaultSifters.get(key);
  if (!sifter) {
    sifter = createSifter(options);
    defaultSifters.set(key, sifter);
    sifter.catch(() => defaultSifters.delete(key));
  }
  return (await sifter).sift(input);
}

export { createPool, poolOptionsSchema, TASKS_PER_THREAD, type PoolOptionsInput, type SiftPool } from './batch/pool.js';
export { CANARY } from './canary.js';
export { DEFAULT_PAGE_SPAM_THRESHOLD } from './classify/thresholds.js';
export { PagesiftInputError, type SiftInput } from './decode/input.js';
export { LexiconError } from './lexicon/parse.js';
export { DEFAULT_MAX_BYTES, optionsSchema, PagesiftOptionsError, type SifterOptions, type SifterOptionsInput } from './options.js';
export { cliLineSchema, hitSchema, pageTypeSchema, reportJsonSchema, reportSchema, segmentSchema, verdictSchema, type CliLine, type Hit, type Report, type ReportPageType, type ReportVerdict, type Segment } from './report/schema.js';
export type { Warning, WarningCode } from './report/warning.js';
export { RuleError } from './rules/compile.js';
export { ruleSchema, type Label, type Rule } from './rules/schema.js';
