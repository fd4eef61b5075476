/**
 * Keep String.prototype in V8's fast mode, whatever else the process loads.
 *
 * When a script makes String.prototype the prototype of a new object (`class X extends String`,
 * `Object.setPrototypeOf(o, String.prototype)`), V8 (11.3, Node 20) first turns it into a
 * dictionary-mode object, as it does for any new prototype it expects to be built up. It turns a
 * prototype back into fast mode only when a property load on an object (a JS object, not a
 * primitive) with it in its prototype chain misses its inline cache; method calls on string
 * primitives never do that. So String.prototype stays a dictionary, and every `s.charCodeAt(i)`,
 * `s.slice()`, `s.indexOf()` on a string primitive looks the method up in it instead of being
 * inlined: the HTML tokenizer, which reads a page one charCodeAt at a time, and much of the
 * pipeline run several times slower.
 *
 * ioredis (6.x, which BullMQ loads for its connections) does exactly that when it loads
 * (`class VerbatimString extends String`, resp/verbatim-string.js). Measured on this project's
 * 2-core VM (CPU time of the thread, other work running; benchmarks/RESULTS.md, "Session 9"): a
 * charCodeAt loop over one readability page took 0.03-0.05 ms in a fresh process and 0.15-0.24 ms
 * once ioredis (or any subclass of String) was loaded; sift() of the corpus's readability pages
 * ~13-18 ms a page in a process without ioredis, ~20-27 ms in one that had loaded it (a
 * SiftWorker's process among them: benchmarks/queue/thread-cpu.ts), and back to the first figure
 * with this function called.
 *
 * What it does: two property loads, at one site, on two objects of different shapes whose
 * prototype is String.prototype. The second misses the site's cache, and V8 then marks every
 * prototype in the chain as one to keep fast and turns String.prototype back into fast mode
 * (JSObject::MakePrototypesFast). Once marked, V8 no longer makes it a dictionary when another
 * script subclasses String, so calling this before such a script loads prevents the slowdown and
 * calling it after repairs it. It adds no property and changes no behaviour: only how V8 stores
 * String.prototype's properties. tests/string-prototype.test.ts checks that it does both.
 */

/** The load site: one property load, whose inline cache the two probes below go through. */
function probe(object: object): unknown {
  return (object as { pagesiftProbe?: unknown }).pagesiftProbe;
}

/** Make String.prototype fast again (or keep it fast) for string methods on primitives; see above. */
export function keepStringPrototypeFast(): void {
  const first = Object.create(String.prototype) as Record<string, number>;
  first['probeShapeA'] = 1;
  const second = Object.create(String.prototype) as Record<string, number>;
  second['probeShapeB'] = 1;
  probe(first);
  probe(second);
}
