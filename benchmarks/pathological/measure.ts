/**
 * The child process side: main.ts run with `--child ID SIZES` measures one family at each size
 * (one sifter, created before the clock starts; a warm-up sift at n/8) and sends each
 * Measurement to the parent (run.ts) as it finishes.
 */
import { createSifter, type SiftInput } from '../../src/index.js';
import { FAMILIES } from './families.js';
import { asString } from './families/inputs.js';
import { findRegexes, regexFromLiteral } from './regex-sites.js';

export interface Measurement {
  n: number;
  /** Input size: characters for strings, bytes for byte input (contentType length for header families). */
  units: number;
  ms: number;
  runs: number;
  /** Peak RSS of the child process after this size, MB. */
  peakRssMb: number;
  segments?: number;
  /** Size of the report as JSON, MB (how much a small input can make the library produce). */
  reportMb?: number | string;
  truncated?: boolean;
  warnings?: string[];
}

export type ChildMessage = { type: 'ready'; baselineRssMb: number } | { type: 'size'; measurement: Measurement } | { type: 'error'; message: string };

const MIN_TIMED_MS = 300;
const MAX_RUNS = 5;

function unitsOf(input: SiftInput): number {
  if (typeof input === 'string') return input.length;
  if (input instanceof Uint8Array) return input.length;
  if (input.bytes) return input.bytes.length + (input.contentType?.length ?? 0);
  return (input.html ?? input.text ?? '').length;
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** The child's entry (main.ts --child ID SIZES): measures one family, sends each size to the parent. */
export async function child(familyId: string, sizes: number[]): Promise<void> {
  const send = (message: ChildMessage): void => {
    process.send?.(message);
  };
  try {
    await measureFamily(familyId, sizes, send);
  } catch (error) {
    // sift() must never throw on page content: report what it threw instead of the time
    send({ type: 'error', message: `threw ${(error as Error).name}: ${(error as Error).message}` });
    process.disconnect?.();
    process.exitCode = 1;
  }
}

async function measureFamily(familyId: string, sizes: number[], send: (message: ChildMessage) => void): Promise<void> {
  const family = FAMILIES.find((f) => f.id === familyId);
  if (!family) throw new Error(`unknown family ${familyId}`);
  let run: (input: SiftInput) => { segments?: number; truncated?: boolean; warnings?: string[]; report?: unknown };
  if (family.direct) {
    const site = findRegexes().find((s) => s.key === family.direct!.key);
    if (!site) throw new Error(`regex ${family.direct.key} not found in src/`);
    const regex = regexFromLiteral(site.literal);
    const use = family.direct.use;
    run = (input) => {
      const text = asString(input);
      regex.lastIndex = 0;
      if (use === 'test') regex.test(text);
      else if (use === 'split') text.split(regex);
      else text.replace(regex, ' ');
      return {};
    };
  } else if (family.run) {
    const custom = family.run;
    run = (input) => {
      custom(input);
      return {};
    };
  } else {
    const sifter = await createSifter(family.options);
    run = (input) => {
      const report = sifter.sift(input);
      return { segments: report.segments.length, truncated: report.input.truncated, warnings: report.warnings.map((w) => w.code), report };
    };
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  run(family.make(Math.max(1, Math.floor((sizes[0] ?? 8) / 8)))); // warm-up
  send({ type: 'ready', baselineRssMb: peakRssMb() });
  for (const n of sizes) {
    const input = family.make(n);
    const times: number[] = [];
    let info: ReturnType<typeof run> = {};
    let total = 0;
    // direct families run once: V8 caches regex results for the same subject string
    const maxRuns = family.direct ? 1 : MAX_RUNS;
    while (times.length < maxRuns && (times.length === 0 || total < MIN_TIMED_MS)) {
      gc?.();
      const start = performance.now();
      info = run(input);
      const ms = performance.now() - start;
      times.push(ms);
      total += ms;
    }
    times.sort((a, b) => a - b);
    const ms = times[Math.floor(times.length / 2)]!;
    const { report, ...rest } = info;
    let reportMb: number | string | undefined;
    if (report !== undefined) {
      try {
        reportMb = Math.round(JSON.stringify(report).length / 1e5) / 10;
      } catch {
        reportMb = '> 512'; // longer than V8's longest string
      }
    }
    info = {};
    send({ type: 'size', measurement: { n, units: unitsOf(input), ms: Math.round(ms * 10) / 10, runs: times.length, peakRssMb: peakRssMb(), ...rest, ...(reportMb !== undefined ? { reportMb } : {}) } });
  }
}
