/**
 * What must be undone however the process ends (the progress line's hidden cursor and wrapping,
 * progress.ts). There are three ways out and each skips a different hook: a normal end or
 * process.exit runs the 'exit' event; SIGTERM (`timeout 60 pagesift …`, a service manager) ends the
 * process without it; and the Ctrl-C path (interrupt.ts) ends the process by re-raising SIGINT,
 * which skips it too. One list serves all three. This module imports nothing: interrupt.ts, which
 * must load before the rest, reads it.
 */

const undoers = new Set<() => void>();

function runUndoers(): void {
  for (const undo of undoers) undo();
}

function onTerm(): void {
  runUndoers();
  process.off('SIGTERM', onTerm);
  process.kill(process.pid, 'SIGTERM');
}

/**
 * Runs `undo` when the process ends, whichever way; the returned function takes it back (the
 * owner undid it itself). `undo` must be synchronous: nothing asynchronous runs on the way out.
 */
export function onLeave(undo: () => void): () => void {
  if (undoers.size === 0) {
    process.on('exit', runUndoers);
    process.on('SIGTERM', onTerm);
  }
  undoers.add(undo);
  return () => {
    undoers.delete(undo);
    if (undoers.size === 0) {
      process.off('exit', runUndoers);
      process.off('SIGTERM', onTerm);
    }
  };
}

/** Runs every undo now, once: the SIGINT self-kill (interrupt.ts) is about to skip 'exit'. */
export function leaveNow(): void {
  runUndoers();
  undoers.clear();
  process.off('exit', runUndoers);
  process.off('SIGTERM', onTerm);
}
