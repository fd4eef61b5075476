import { describeValue, PagesiftInputError, type SiftInput } from '../decode/input.js';

/** What `siftMany` takes: the pages as an iterable or an async iterable (an array, a generator, a readable stream of inputs). */
export type PageStream = Iterable<SiftInput> | AsyncIterable<SiftInput>;

/**
 * Check, when `siftMany` is called, that its argument can be iterated: a generator function would
 * otherwise fail only when the caller first awaits a report, with the runtime's "is not iterable"
 * TypeError instead of a PagesiftInputError. One page given whole (a string, or its bytes as a
 * Uint8Array or a Buffer), which iterates by characters or numbers, is refused here too. The pages
 * themselves are checked one by one as they come.
 */
export function checkPageStream(inputs: unknown): asserts inputs is PageStream {
  const iterable = inputs !== null && inputs !== undefined && (typeof (inputs as Iterable<unknown>)[Symbol.iterator] === 'function' || typeof (inputs as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function');
  // a string is iterable, but by characters: one page given where a stream of pages was asked for
  if (!iterable || typeof inputs === 'string') throw new PagesiftInputError(`siftMany() takes an iterable or async iterable of pages, not ${describeValue(inputs)}`);
  // so are one page's bytes, by numbers: each failed as "not number" only once the caller awaited a report (session-42 audit)
  if (ArrayBuffer.isView(inputs)) throw new PagesiftInputError(`siftMany() takes an iterable or async iterable of pages, not a ${inputs.constructor.name}: one page's bytes go to sift(), or to siftMany([bytes])`);
}
