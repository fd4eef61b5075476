import { EXIT_INTERRUPTED } from './exit-status.js';
import { leaveNow } from './on-leave.js';

/**
 * Ctrl-C on the command line. The entry (main.ts) arms it before anything else loads, so that a
 * Ctrl-C during start-up (loading the modules, jieba's dictionary and the rules: a second or more)
 * is handled as one in the middle of a batch: the run stops taking pages, writes what was done and
 * its summary line, then leaves as killed by SIGINT (leaveInterrupted). A second Ctrl-C leaves at
 * once. This module imports only the exit statuses (exit-status.ts, constants) and on-leave.ts (no
 * imports): it must load before the rest.
 */

export interface Interrupt {
  /** Aborted at the first Ctrl-C. */
  readonly signal: AbortSignal;
  /** Hands SIGINT over to a command that handles it itself (the queue worker). */
  release(): void;
  /**
   * The run is over and its status set: a Ctrl-C from now on leaves at once, as killed by SIGINT.
   * (Not by removing the handler: a Ctrl-C that came with the end of the input — `sleep 30 |
   * pagesift --jsonl -`, where SIGINT ends both — was already received by the handler and, removed
   * before it ran, was lost: the run ended with status 0.)
   */
  finished(): void;
}

export function catchInterrupt(): Interrupt {
  const controller = new AbortController();
  let over = false;
  const onSigint = (): void => {
    if (controller.signal.aborted || over) leaveInterrupted(); // a second Ctrl-C, or one after the run: stop now
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  return {
    signal: controller.signal,
    release: () => process.off('SIGINT', onSigint),
    finished: () => {
      over = true;
    },
  };
}

/**
 * Leaves as killed by SIGINT, once the reports and the summary are written. A shell running
 * pagesift in a loop (`for f in *.html; do pagesift "$f"; done`) stops at Ctrl-C only when its
 * child died of the signal: a child that exits with status 130 is taken to have handled Ctrl-C
 * itself, and bash goes on with the loop ("wait and cooperative exit"; xargs, likewise, goes on
 * after a child's status of 130 and stops after a child killed by a signal). The shell still
 * reports 130. Should the signal not end the process, it exits with 130.
 */
export function leaveInterrupted(): void {
  leaveNow(); // the signal skips 'exit': undo the terminal first (on-leave.ts)
  process.exitCode = EXIT_INTERRUPTED;
  process.removeAllListeners('SIGINT');
  process.kill(process.pid, 'SIGINT');
}
