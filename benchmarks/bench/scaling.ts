/** 3. Scaling: the body of a median-sized page repeated 1×, 10×, 100× in one document. */
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { LibModule } from './build.js';
import { log } from './log.js';
import type { Page } from './pages.js';
import { exclusiveStages, type STAGE_COLUMNS, stageTimer, zeroStages, type TimedPipeline } from './stages.js';
import { MB, median } from './stats.js';

/** Scaling: size multipliers and repetitions per size. */
export const SCALES = [1, 10, 100] as const;
const SCALE_REPS: Record<(typeof SCALES)[number], number> = { 1: 20, 10: 7, 100: 5 };
/** Stop repeating a scaled page once one rep took this long. */
const SCALE_REP_BUDGET_MS = 30_000;
/** Non-linear when ms/MB at the largest size exceeds this multiple of ms/MB at 1×. */
export const LINEAR_MAX_RATIO = 2;

interface ScalePoint {
  scale: number;
  bytes: number;
  segments: number;
  reps: number;
  /** Fastest rep (the least disturbed by other processes); msPerMb is from it. */
  ms: number;
  medianMs: number;
  msPerMb: number;
  /** Garbage-collection time during the reps (V8's gc performance entries), ms per MB, mean per rep. */
  gcMsPerMb: number;
  truncated: boolean;
  /** ms per MB of each stage (one extra rep with a StageTimer; 'features' without tokenize). */
  stageMsPerMb: Record<(typeof STAGE_COLUMNS)[number], number>;
}

export interface Scaling {
  page: string;
  charset: string | null;
  bodyBytes: number;
  points: ScalePoint[];
  /** ms/MB at the largest size ÷ ms/MB at 1×. */
  ratio: number;
  linear: boolean;
}

/** Byte offsets of the body content: after the `<body …>` tag, before the last `</body`. */
function bodySpan(bytes: Uint8Array): { start: number; end: number } | null {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').toLowerCase();
  const open = latin1.search(/<body[\s>]/);
  if (open === -1) return null;
  const tagEnd = latin1.indexOf('>', open);
  const close = latin1.lastIndexOf('</body');
  if (tagEnd === -1 || close <= tagEnd + 1) return null;
  return { start: tagEnd + 1, end: close };
}

function scaledPage(bytes: Uint8Array, span: { start: number; end: number }, times: number): Uint8Array {
  const body = bytes.subarray(span.start, span.end);
  const out = new Uint8Array(bytes.byteLength + body.byteLength * (times - 1));
  out.set(bytes.subarray(0, span.end), 0);
  let at = span.end;
  for (let i = 1; i < times; i++) {
    out.set(body, at);
    at += body.byteLength;
  }
  out.set(bytes.subarray(span.end), at);
  return out;
}

export async function scaling(lib: LibModule, timed: TimedPipeline, pages: readonly Page[]): Promise<Scaling | null> {
  const sorted = pages.filter((p) => p.kind === 'html').sort((a, b) => a.bytes.byteLength - b.bytes.byteLength);
  const mid = sorted.length >> 1;
  // The page nearest the median position that has a <body>…</body>.
  const candidates = sorted.map((p, i) => ({ p, d: Math.abs(i - mid) })).sort((a, b) => a.d - b.d);
  const chosen = candidates.map(({ p }) => ({ p, span: bodySpan(p.bytes) })).find((c) => c.span !== null);
  if (chosen === undefined || chosen.span === null) return null;
  const { p: page, span } = chosen;
  const largest = SCALES[SCALES.length - 1] ?? 1;
  const maxBytes = Math.ceil(scaledPage(page.bytes, span, largest).byteLength * 1.1);
  const sifterMaxBytes = Math.max(maxBytes, lib.DEFAULT_MAX_BYTES);
  const sifter = await lib.createSifter({ maxBytes: sifterMaxBytes });
  let gcMs = 0;
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const points: ScalePoint[] = [];
  for (const scale of SCALES) {
    const bytes = scaledPage(page.bytes, span, scale);
    const input = { bytes };
    const first = sifter.sift(input); // warm-up (and the shape of the report)
    const reps: number[] = [];
    await nextTurn();
    gcMs = 0;
    for (let i = 0; i < SCALE_REPS[scale]; i++) {
      const start = performance.now();
      sifter.sift(input);
      const ms = performance.now() - start;
      reps.push(ms);
      await nextTurn(); // let the gc entries of this rep arrive
      if (ms > SCALE_REP_BUDGET_MS) break;
    }
    const gcPerRep = gcMs / reps.length;
    const ms = Math.min(...reps);
    const stages = zeroStages();
    timed.sift(input, stageTimer(() => stages), sifterMaxBytes);
    const mbs = bytes.byteLength / MB;
    points.push({
      scale,
      bytes: bytes.byteLength,
      segments: first.segments.length,
      reps: reps.length,
      ms,
      medianMs: median(reps),
      msPerMb: ms / mbs,
      gcMsPerMb: gcPerRep / mbs,
      truncated: first.input.truncated,
      stageMsPerMb: exclusiveStages(stages, mbs),
    });
    log(`  scaling: ${scale}× ${(bytes.byteLength / MB).toFixed(2)} MB ${ms.toFixed(1)} ms (median ${median(reps).toFixed(1)} ms)`);
  }
  gcObserver.disconnect();
  const base = points[0];
  const top = points[points.length - 1];
  const ratio = base !== undefined && top !== undefined ? top.msPerMb / base.msPerMb : Number.NaN;
  return { page: `${page.set}/${page.id}`, charset: page.charset, bodyBytes: span.end - span.start, points, ratio, linear: ratio <= LINEAR_MAX_RATIO };
}
