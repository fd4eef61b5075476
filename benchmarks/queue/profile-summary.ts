/**
 * npx tsx benchmarks/queue/profile-summary.ts FILE.cpuprofile [--top N] [--inclusive NAME]...
 *
 * A V8 CPU profile (node --cpu-prof) summed the way the queue's overhead is asked about: sampled
 * time by where the code comes from (pagesift's src/, each package under node_modules, Node's own
 * modules, GC, idle), the functions with the most self time, and the inclusive time of the named
 * functions (`--inclusive sift` gives everything under a frame named "sift": the in-worker sift()).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '40' }, inclusive: { type: 'string', multiple: true, default: [] } },
});
if (positionals.length !== 1) {
  process.stderr.write('usage: npx tsx benchmarks/queue/profile-summary.ts FILE.cpuprofile [--top N] [--inclusive NAME]...\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** Where a frame's code comes from: a package, pagesift's own source, Node, or V8's pseudo-frames. */
function origin(url: string, name: string): string {
  if (url === '') return name.startsWith('(') ? name : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node:*';
  const src = /\/(src|benchmarks)\/([^/]+)/.exec(url);
  if (src) return `${src[1]}/${src[2]}`;
  return url;
}

// self time per sample node (a sample's time is the delta to the next sample)
const selfMs = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  selfMs.set(profile.samples[i]!, (selfMs.get(profile.samples[i]!) ?? 0) + dt);
}
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
const idle = [...selfMs].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((a, [, ms]) => a + ms, 0);

const add = (m: Map<string, number>, k: string, v: number): void => {
  m.set(k, (m.get(k) ?? 0) + v);
};
const byOrigin = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const f = byId.get(id)!.callFrame;
  add(byOrigin, origin(f.url, f.functionName), ms);
  add(byFunction, `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(node_modules|src|benchmarks)\//, '$1/')}:${f.lineNumber + 1}`, ms);
}

// inclusive time of named frames (a sample counts once even if the name recurs on its stack)
const inclusive = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const seen = new Set<string>();
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
    const name = byId.get(n)!.callFrame.functionName;
    if (values.inclusive.includes(name) && !seen.has(name)) {
      seen.add(name);
      add(inclusive, name, ms);
    }
  }
}

const pct = (ms: number): string => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / (total - idle)).toFixed(1).padStart(5)} %`;
const print = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
print(`${positionals[0]}: ${total.toFixed(0)} ms sampled, ${idle.toFixed(0)} ms idle; percentages of the busy time`);
print('\nby origin (self time):');
for (const [k, ms] of [...byOrigin].sort((a, b) => b[1] - a[1])) if (k !== '(idle)') print(`${pct(ms)}  ${k}`);
if (values.inclusive.length) {
  print('\ninclusive:');
  for (const name of values.inclusive) print(`${pct(inclusive.get(name) ?? 0)}  ${name}`);
}
print(`\ntop ${values.top} functions (self time):`);
for (const [k, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) print(`${pct(ms)}  ${k}`);
