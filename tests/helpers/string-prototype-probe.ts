/**
 * For tests/string-prototype.test.ts: `node --allow-natives-syntax --import tsx
 * tests/helpers/string-prototype-probe.ts STEP...` runs the steps in order and prints one JSON
 * line, whether String.prototype has fast properties (V8's own answer) after each step. Steps:
 * `ioredis` (load it: it subclasses String), `subclass` (define a subclass of String here), `keep`
 * (keepStringPrototypeFast), `sifter` (createSifter), `worker:URL` (createSiftWorker on that Redis,
 * then close it).
 */
import { createRequire } from 'node:module';
import { createSiftWorker } from '../../src/bullmq/index.js';
import { createSifter } from '../../src/index.js';
import { keepStringPrototypeFast } from '../../src/string-prototype.js';

const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean;
const require = createRequire(import.meta.url);
const out: Record<string, boolean> = { start: hasFastProperties(String.prototype) };
for (const step of process.argv.slice(2)) {
  if (step === 'ioredis') require('ioredis');
  else if (step === 'subclass') (globalThis as Record<string, unknown>)['PagesiftProbeString'] = class extends String {};
  else if (step === 'keep') keepStringPrototypeFast();
  else if (step === 'sifter') await createSifter();
  else if (step.startsWith('worker:')) {
    const worker = await createSiftWorker({ connection: { url: step.slice('worker:'.length) }, queue: `pagesift-test-string-prototype-${process.pid}` });
    await worker.waitUntilReady();
    out['worker running'] = hasFastProperties(String.prototype);
    await worker.close();
  } else throw new Error(`unknown step ${step}`);
  out[step.split(':')[0]!] = hasFastProperties(String.prototype);
}
process.stdout.write(`${JSON.stringify(out)}\n`);
