import cliProgress from 'cli-progress';
import { onLeave } from './on-leave.js';

/** A progress line on stderr for batches (only used when stderr is a terminal). */
export interface Progress {
  tick(done: number, spam: number, errors: number): void;
  /** Erase the line before another message goes to stderr. */
  clear(): void;
  stop(): void;
}

/** Redraw at most this often: drawing every page would cost more than sifting it. */
const REDRAW_MS = 100;

/**
 * The terminal as the line found it: cursor shown (`?25h`), lines wrapping (`?7h`), the line
 * erased. The bar hides the cursor and turns wrapping off while it runs, and puts them back when it
 * stops; a process that ended with the bar running — `pagesift pages/ | head -1`, whose closed pipe
 * ends pagesift at once, a second Ctrl-C, a failed write, SIGTERM (`timeout 60 pagesift …`) — left
 * the user's terminal with no cursor and no wrapping (session-32 audit).
 */
const RESTORE_TERMINAL = '\x1b[?25h\x1b[?7h\r\x1b[2K';

/** The batch CLI's line; the queue commands pass their own (same tokens). */
export const SIFT_PROGRESS_FORMAT = 'pagesift {value} pages | {spam} spam | {errors} errors | {rate} pages/s';

export function createProgress(format: string = SIFT_PROGRESS_FORMAT): Progress {
  // The total is unknown while inputs are still being listed: show counts and rate, no bar.
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format,
      fps: 1000 / REDRAW_MS,
      clearOnComplete: true,
      hideCursor: true,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  // on the way out, where nothing asynchronous runs (a terminal's writes are synchronous)
  const forget = onLeave(() => process.stderr.write(RESTORE_TERMINAL));
  bar.start(0, 0, { spam: 0, errors: 0, rate: '0' });
  return {
    tick(done, spam, errors) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { spam, errors, rate: seconds > 0 ? (done / seconds).toFixed(1) : '0' });
    },
    clear() {
      process.stderr.write('\r\x1b[K');
    },
    stop() {
      forget();
      bar.stop();
    },
  };
}
