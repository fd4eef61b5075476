/**
 * htmlparser2 12's Parser keeps its open elements in an array with the newest first, adding and
 * removing with unshift/shift: O(depth) per element, so 100,000 nested elements take seconds
 * (quadratic). This stack offers the same operations the Parser uses (unshift, shift, indexOf,
 * includes, [i], length) in O(1) — indexOf is O(distance to the match), and everything above the
 * match is then popped, so it is amortised O(1) — by storing the elements newest-last.
 *
 * It is installed only when the Parser instance has the array field it replaces (checked at
 * runtime, and by tests/segment-html.test.ts for the pinned htmlparser2 version).
 */
class NewestLastStack {
  private readonly items: string[] = [];
  private readonly counts = new Map<string, number>();

  get length(): number {
    return this.items.length;
  }

  set length(value: number) {
    // the Parser only ever empties its stack (reset())
    if (value !== 0) throw new RangeError('this element stack can only be emptied');
    this.items.length = 0;
    this.counts.clear();
  }

  unshift(name: string): number {
    this.items.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    return this.items.length;
  }

  shift(): string | undefined {
    const name = this.items.pop();
    if (name !== undefined) this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
    return name;
  }

  includes(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  indexOf(name: string): number {
    if (!this.includes(name)) return -1;
    for (let k = this.items.length - 1; k >= 0; k--) if (this.items[k] === name) return this.items.length - 1 - k;
    return -1;
  }

  /** Newest first, as the Parser indexes its array. */
  at(index: number): string | undefined {
    return this.items[this.items.length - 1 - index];
  }
}

const INDEX = /^\d+$/;

/** A stand-in for the Parser's array: numeric indexes go to `at`, everything else to the stack. */
function elementStack(): unknown {
  const stack = new NewestLastStack();
  // Bound once: binding on every access allocated a function per element opened or closed.
  const methods = new Map<string | symbol, unknown>(
    (['unshift', 'shift', 'includes', 'indexOf', 'at'] as const).map((name) => [name, stack[name].bind(stack)]),
  );
  return new Proxy(stack, {
    get(target, property, receiver) {
      // the Parser reads `length`, its methods and `[0]` for every element: cheapest checks first
      if (property === 'length') return target.length;
      const method = methods.get(property);
      if (method !== undefined) return method;
      if (typeof property === 'string' && INDEX.test(property)) return target.at(Number(property));
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
    set(target, property, value, receiver) {
      return Reflect.set(target, property, value, receiver);
    },
  });
}

/** Give a htmlparser2 Parser the linear element stack; returns whether it could. */
export function installLinearStack(parser: object): boolean {
  const holder = parser as { stack?: unknown };
  if (!Array.isArray(holder.stack) || holder.stack.length !== 0) return false;
  holder.stack = elementStack();
  return true;
}
