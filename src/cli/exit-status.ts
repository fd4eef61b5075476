/**
 * The command line's exit statuses, as grep and friends use them, for the sifting command
 * (run.ts), the queue commands (queue.ts) and the entry's Ctrl-C and output handling (interrupt.ts,
 * output-errors.ts). This module imports nothing: interrupt.ts loads it before the rest.
 */

/** Done (no page spam, or --fail-on-spam not given). */
export const EXIT_OK = 0;
/** A page is spam and --fail-on-spam was given. */
export const EXIT_SPAM = 1;
/** A usage error, an unreadable file, bad options or rules, or a failed write. */
export const EXIT_ERROR = 2;
/** 128 + SIGINT: the status a shell reports for a process that SIGINT ended. */
export const EXIT_INTERRUPTED = 130;
