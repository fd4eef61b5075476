import cliProgress from 'cli-progress';

/** A progress line on stderr for batches (only used when stderr is a terminal). */
export interface Progress {
  tick(done: number, spam: number, errors: number): void;
  /** Erase the line before another message goes to stderr. */
  clear(): void;
  stop(): void;
}

/** Redraw at most this often: drawing every page would cost more than sifting it. */
const REDRAW_MS = 100;

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
      bar.stop();
    },
  };
}
