/**
 * The parent side: each family runs in a child process of its own (main.ts --child, measure.ts),
 * killed when one size takes longer than the timeout; judge() turns its times into a verdict.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Family, Group } from './families.js';
import type { ChildMessage, Measurement } from './measure.js';

/** The entry the children run (with --child). */
const ENTRY = fileURLToPath(new URL('./main.ts', import.meta.url));
/** Time growth per doubling above which a family is flagged NON-LINEAR (linear: 2, quadratic: 4). */
export const NON_LINEAR_RATIO = 3;
/** Top-size times below this are too short to judge a ratio on (noise). */
const MIN_JUDGED_MS = 20;
export const DOUBLINGS = [1, 2, 4, 8] as const;

export interface FamilyResult {
  id: string;
  group: Group;
  what: string;
  regexes: string[];
  sizes: Measurement[];
  /** t(2n)/t(n), t(4n)/t(2n), t(8n)/t(4n) for the sizes that finished. */
  ratios: number[];
  baselineRssMb?: number;
  peakRssMb?: number;
  /** Re-run once because it looked non-linear; times are the faster of the two runs. */
  confirmed?: boolean;
  /** Sizes that did not finish: timeout or crash. */
  failed?: { n: number; reason: string };
  /** NON-LINEAR also when a size timed out; THREW when sift() threw; CRASHED when the child died (out of memory…). */
  verdict: 'linear' | 'NON-LINEAR' | 'too fast to judge' | 'THREW' | 'CRASHED';
}

/** Runs one family in a child process at n, 2n, 4n, 8n (times scale); a size over timeoutMs kills the child. */
export function runFamily(family: Family, scale: number, timeoutMs: number): Promise<Omit<FamilyResult, 'ratios' | 'verdict'>> {
  const sizes = DOUBLINGS.map((k) => Math.max(1, Math.round(family.n * scale)) * k);
  const result: Omit<FamilyResult, 'ratios' | 'verdict'> = { id: family.id, group: family.group, what: family.what, regexes: familyRegexes(family), sizes: [] };
  return new Promise((done) => {
    const proc = fork(ENTRY, ['--child', family.id, JSON.stringify(sizes)], {
      // default heap limit: a family that needs more crashes here as it would for a user
      execArgv: [...process.execArgv, '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let timer: NodeJS.Timeout | undefined;
    let finished = false;
    const nextSize = (): number | undefined => sizes[result.sizes.length];
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const n = nextSize();
        if (n !== undefined) result.failed = { n, reason: `timeout (> ${timeoutMs / 1000} s)` };
        proc.kill('SIGKILL');
      }, timeoutMs);
    };
    arm(); // covers createSifter and the warm-up too
    proc.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') {
        result.baselineRssMb = message.baselineRssMb;
        arm();
      } else if (message.type === 'size') {
        result.sizes.push(message.measurement);
        result.peakRssMb = message.measurement.peakRssMb;
        process.stderr.write(`  ${family.id} n=${message.measurement.n}: ${message.measurement.ms} ms, peak RSS ${message.measurement.peakRssMb} MB\n`);
        arm();
      } else {
        result.failed = { n: nextSize() ?? 0, reason: message.message };
      }
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (finished) return;
      finished = true;
      const n = nextSize();
      if (n !== undefined && !result.failed) result.failed = { n, reason: `child exited (${signal ?? `code ${code}`})` };
      done(result);
    });
  });
}

/** The regexes a family is built against (a direct family: the one it runs). */
export function familyRegexes(family: Family): string[] {
  return family.regexes ?? (family.direct ? [family.direct.key] : []);
}

/** The growth ratios per doubling and the verdict (NON-LINEAR above NON_LINEAR_RATIO at the top sizes, or on a timeout). */
export function judge(partial: Omit<FamilyResult, 'ratios' | 'verdict'>): FamilyResult {
  const ms = partial.sizes.map((s) => s.ms);
  const ratios: number[] = [];
  for (let i = 1; i < ms.length; i++) ratios.push(Math.round((ms[i]! / Math.max(ms[i - 1]!, 0.05)) * 100) / 100);
  let verdict: FamilyResult['verdict'];
  const top = ms[ms.length - 1] ?? 0;
  const lastRatio = ratios[ratios.length - 1];
  if (partial.failed) verdict = partial.failed.reason.startsWith('timeout') ? 'NON-LINEAR' : partial.failed.reason.startsWith('threw') ? 'THREW' : 'CRASHED';
  else if (top < MIN_JUDGED_MS) verdict = 'too fast to judge';
  else verdict = lastRatio !== undefined && lastRatio > NON_LINEAR_RATIO ? 'NON-LINEAR' : 'linear';
  return { ...partial, ratios, verdict };
}
