/**
 * Run `work` over an (async) iterable with at most `window` items in flight and yield the results
 * in input order. Reading stops when the consumer stops (return() on the generator), so a
 * cancelled batch does not read its whole input.
 */
export async function* orderedMap<T, R>(items: Iterable<T> | AsyncIterable<T>, window: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  const iterator = Symbol.asyncIterator in items ? (items as AsyncIterable<T>)[Symbol.asyncIterator]() : toAsync((items as Iterable<T>)[Symbol.iterator]());
  let done = false;
  try {
    while (!done || pending.length > 0) {
      while (!done && pending.length < window) {
        const next = await iterator.next();
        if (next.done) done = true;
        else {
          const result = work(next.value);
          // keep a rejection from being reported as unhandled before its turn comes
          result.catch(() => undefined);
          pending.push(result);
        }
      }
      const head = pending.shift();
      if (head !== undefined) yield await head;
    }
  } finally {
    if (!done) await iterator.return?.();
  }
}

function toAsync<T>(iterator: Iterator<T>): AsyncIterator<T> {
  return {
    next: () => Promise.resolve(iterator.next()),
    return: (value?: unknown) => Promise.resolve(iterator.return?.(value as T) ?? { done: true as const, value: undefined as T }),
  };
}
