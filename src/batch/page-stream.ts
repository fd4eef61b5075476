import { PagesiftInputError, type SiftInput } from '../decode/input.js';

/** What `siftMany` takes: the pages as an iterable or an async iterable (an array, a generator, a readable stream of inputs). */
export type PageStream = Iterable<SiftInput> | AsyncIterable<SiftInput>;

/**
 * Check, when `siftMany` is called, that its argument can be iterated: a generator function would
 * otherwise fail only when the caller first awaits a report, with the runtime's "is not iterable"
 * TypeError instead of a PagesiftInputError. The pages themselves are checked one by one as they come.
 */
export function checkPageStream(inputs: unknown): asserts inputs is PageStream {
  const iterable = inputs !== null && inputs !== undefined && (typeof (inputs as Iterable<unknown>)[Symbol.iterator] === 'function' || typeof (inputs as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function');
  // a string is iterable, but by characters: one page given where a stream of pages was asked for
  if (!iterable || typeof inputs === 'string') throw new PagesiftInputError(`siftMany() takes an iterable or async iterable of pages, not ${inputs === null ? 'null' : typeof inputs}`);
}
